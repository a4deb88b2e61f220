// The JSON reporter: the factlint-report/1 document of DESIGN.md.
#pragma once

#include <string>

#include "core/finding.hpp"
#include "core/sink.hpp"

namespace factlint::report {

/// The report as JSON (schema "factlint-report/1"): documents, facts with their values, groups,
/// findings and a summary; 2-space indent, keys in a fixed order, UTF-8 unescaped, a final
/// newline. Byte-identical for identical reports.
[[nodiscard]] std::string render_json(const Report& report);

/// Streams the same bytes into `out` as they are produced: memory stays proportional to the
/// report, not to its JSON text.
void write_json(const Report& report, Sink& out);

}  // namespace factlint::report
