// The text reporter: one compiler-style line per finding, the compared facts under it.
#pragma once

#include <string>

#include "core/finding.hpp"

namespace factlint::report {

/// `path:line:col: severity: message [rule]`, then one indented line per fact the finding
/// compared from the other versions (`    en path:line:col: $6.3 billion = 6300000000 USD`),
/// then a summary line ("1 error, 2 warnings, 0 info in 5 documents", or "no findings in 5
/// documents"). Deterministic.
[[nodiscard]] std::string render_text(const Report& report);

}  // namespace factlint::report
