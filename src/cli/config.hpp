// --config and --baseline files: settings for a run and known findings to accept.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "check/engine.hpp"
#include "core/finding.hpp"
#include "core/result.hpp"

namespace factlint::cli {

/// Settings read from a --config file (JSON, comments allowed). Every field is optional; the
/// command line wins over the file.
struct Config {
  std::optional<std::string> pivot;
  std::optional<std::string> fail_on;
  std::vector<std::string> rule_dirs;  ///< relative paths are taken from the file's folder
  std::vector<std::string> disable;    ///< rule ids to switch off
  std::vector<std::pair<std::string, Severity>> severity;  ///< rule id → new severity
};

/// Reads a config file. A diagnostic names the file, line:column of a syntax error, or the
/// unknown key / bad value.
[[nodiscard]] Result<Config> load_config(const std::string& path);

/// Applies `disable` and `severity` to a loaded rule set; a diagnostic when a rule id is
/// unknown (a typo must not silently switch nothing off).
[[nodiscard]] Result<bool> apply_config(const Config& config, const std::string& path,
                                        check::RuleSet& rules);

/// Fingerprints of accepted findings, from a --baseline file: a factlint JSON report (its
/// findings' fingerprints) or {"fingerprints": [...]}.
[[nodiscard]] Result<std::set<std::string>> load_baseline(const std::string& path);

/// Removes the findings whose fingerprint is in `baseline`; returns how many were removed.
std::size_t apply_baseline(const std::set<std::string>& baseline, std::vector<Finding>& findings);

}  // namespace factlint::cli
