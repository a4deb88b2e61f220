// Diagnostic and Result<T>: how stages report problems without exceptions.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace factlint {

/// A problem with an input, a rule file or the command line.
struct Diagnostic {
  std::string id;            ///< stable lower-kebab id such as "read/invalid-utf8"
  std::string file;          ///< the file concerned; empty when none
  std::uint32_t line = 0;    ///< 1-based; 0 when no position applies
  std::uint32_t column = 0;  ///< 1-based, in code points; 0 when no position applies
  std::string message;       ///< lowercase, no trailing period

  /// One line: "file:line:column: error: message" (parts omitted when empty or zero).
  [[nodiscard]] std::string format() const;
};

/// Collects non-fatal diagnostics while a stage goes on.
using Diagnostics = std::vector<Diagnostic>;

/// A value or the diagnostic that prevented it (C++20 has no std::expected).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}         // NOLINT(google-explicit-constructor)
  Result(Diagnostic diag) : data_(std::move(diag)) {}  // NOLINT(google-explicit-constructor)

  [[nodiscard]] bool ok() const { return data_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(data_); }
  const T& value() const& { return std::get<0>(data_); }
  T&& value() && { return std::get<0>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  [[nodiscard]] const Diagnostic& error() const { return std::get<1>(data_); }

 private:
  std::variant<T, Diagnostic> data_;
};

/// Aborts with a message when an internal invariant is broken (a bug, not bad input).
[[noreturn]] void assertion_failed(const char* expr, const char* file, int line);

}  // namespace factlint

// NOLINTNEXTLINE(cppcoreguidelines-macro-usage)
#define FACTLINT_ASSERT(expr) \
  ((expr) ? static_cast<void>(0) : ::factlint::assertion_failed(#expr, __FILE__, __LINE__))
