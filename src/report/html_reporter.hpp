// The HTML report: a self-contained page for reviewers (no network, CSP-locked).
#pragma once

#include <string>

#include "core/finding.hpp"

namespace factlint::report {

/// Renders the versions side by side in aligned rows, facts highlighted by the worst finding
/// touching them, and the list of findings each one click from its sentence. All text is
/// escaped; the page loads nothing (a Content-Security-Policy forbids it). Deterministic.
[[nodiscard]] std::string render_html(const Report& report);

}  // namespace factlint::report
