// Reporters: a Report rendered as text, JSON and the other output formats.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/finding.hpp"
#include "core/result.hpp"

namespace factlint::report {

/// Renders `report` in format `id` ("text", "json"). A diagnostic for an unknown id.
[[nodiscard]] Result<std::string> render(std::string_view id, const Report& report);

/// The format ids known to this build, in registry order.
[[nodiscard]] std::vector<std::string> format_ids();

}  // namespace factlint::report
