// The HTML report's inline style sheet and script, embedded at build time from src/report/html/.
#pragma once

#include <string_view>

namespace factlint::report::detail {

/// The page's style sheet (src/report/html/report.css, comments and indentation removed).
[[nodiscard]] std::string_view html_style();
/// The page's script (src/report/html/report.js, whole-line comments and indentation removed).
[[nodiscard]] std::string_view html_script();
/// "sha256-<base64>" of html_script(), for the page's Content-Security-Policy.
[[nodiscard]] std::string_view html_script_hash();

}  // namespace factlint::report::detail
