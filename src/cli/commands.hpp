// Subcommands of the factlint executable, independent of the option parser.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::cli {

/// The parsed command line.
struct CommandLine {
  std::string command;            ///< "check", "extract", "rules", "eval"
  std::vector<std::string> args;  ///< INPUTs, the rules subcommand, or the cases file
  std::string pivot;
  std::string format = "text";
  std::optional<std::string> output;
  std::optional<std::string> html;
  std::vector<std::string> rule_dirs;
  std::optional<std::string> fail_on;  ///< default "error" (or the config file's)
  std::optional<std::string> config;
  std::optional<std::string> baseline;
  std::optional<double> min_recall;        ///< eval: the gate on every category's recall
  std::optional<double> max_false_alarms;  ///< eval: the gate on every category's false alarms
  std::vector<std::string> gate_skip;      ///< eval: categories the gate leaves out
};

/// Runs a subcommand; returns the exit status (0 clean, 1 findings, 2 usage or input error,
/// including a report that could not be written).
[[nodiscard]] int run_command(const CommandLine& cl);

/// The version string.
[[nodiscard]] std::string_view version();

}  // namespace factlint::cli
