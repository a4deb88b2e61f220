// Parsing JSON files (rules, config, baselines) into nlohmann::json with file:line:column errors.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace factlint {

/// Parses `text`, the content of `path`, as JSON with comments allowed. Never throws: a syntax
/// error ("malformed JSON: …") and a number too large for a double ("number '1e999' is out of
/// range") come back as a Diagnostic with id `id`, naming `path` and the line and column
/// (in code points) where the problem starts.
///
/// Users of this header link nlohmann_json themselves (meson `json_dep`).
[[nodiscard]] Result<nlohmann::json> parse_json(std::string_view text, const std::string& path,
                                                const std::string& id);

}  // namespace factlint
