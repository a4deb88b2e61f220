// Tracing for --verbose through spdlog, on standard error.
#include "core/log.hpp"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <cstdio>

namespace factlint::log {
namespace {

std::atomic<bool>& flag() {
  static std::atomic<bool> on{false};
  return on;
}

}  // namespace

bool verbose() { return flag().load(std::memory_order_relaxed); }

void set_verbose(bool on) {
  flag().store(on, std::memory_order_relaxed);
  // Traces go to standard error: standard output carries the report.
  static const bool installed = [] {
    spdlog::set_default_logger(spdlog::stderr_logger_mt("factlint"));
    return true;
  }();
  static_cast<void>(installed);
  spdlog::set_pattern("factlint: %v");
  spdlog::set_level(on ? spdlog::level::debug : spdlog::level::warn);
}

void debug(std::string_view message) {
  if (verbose()) spdlog::debug("{}", message);
}

void StageTimer::done(std::string_view counts) {
  const auto now = std::chrono::steady_clock::now();
  if (verbose()) {
    const double ms = std::chrono::duration<double, std::milli>(now - start_).count();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f ms", ms);
    std::string line = stage_ + ": " + buf;
    if (!counts.empty()) {
      line += ", ";
      line += counts;
    }
    spdlog::debug("{}", line);
  }
}

}  // namespace factlint::log
