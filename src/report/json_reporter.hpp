// The JSON reporter: the factlint-report/1 document of DESIGN.md.
#pragma once

#include <string>

#include "core/finding.hpp"

namespace factlint::report {

/// The report as JSON (schema "factlint-report/1"): documents, facts with their values, groups,
/// findings and a summary; 2-space indent, keys in a fixed order, UTF-8 unescaped, a final
/// newline. Byte-identical for identical reports.
[[nodiscard]] std::string render_json(const Report& report);

}  // namespace factlint::report
