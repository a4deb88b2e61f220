// Tracing for --verbose: one place that knows about spdlog, so the stages need not.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace factlint::log {

/// Whether debug traces are printed (--verbose); cheap, so callers can skip building messages.
[[nodiscard]] bool verbose();

/// Turns debug traces on or off (the CLI does, from --verbose).
void set_verbose(bool on);

/// Prints one debug line on standard error when verbose.
void debug(std::string_view message);

/// Measures one stage: `done(counts)` logs "stage: N ms, counts" when verbose.
class StageTimer {
 public:
  explicit StageTimer(std::string_view stage)
      : stage_(stage), start_(std::chrono::steady_clock::now()) {}
  /// Logs the stage's wall time since it started with `counts` ("12 segments, 3 facts").
  void done(std::string_view counts);

 private:
  std::string stage_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace factlint::log
