// Reporters: a Report rendered as text, JSON and the other output formats.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/finding.hpp"
#include "core/result.hpp"
#include "core/sink.hpp"

namespace factlint::report {

/// Renders `report` in format `id` ("text", "json"). A diagnostic for an unknown id.
[[nodiscard]] Result<std::string> render(std::string_view id, const Report& report);

/// Writes the same bytes into `out` as they are made (a report of many megabytes is never held
/// whole). A diagnostic for an unknown id, before anything is written.
[[nodiscard]] Result<bool> write(std::string_view id, const Report& report, Sink& out);

/// The format ids known to this build, in registry order.
[[nodiscard]] std::vector<std::string> format_ids();

}  // namespace factlint::report
