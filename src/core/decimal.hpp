// Exact decimal numbers: an integer mantissa times a power of ten, never a double.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace factlint {

/// An exact decimal value `mantissa * 10^exponent`.
///
/// Always kept normalised: the mantissa carries no trailing decimal zeros (so 6.30 and 6.3 are
/// the same `Decimal`), and zero is `{0, 0}`. Values whose significant digits do not fit in 18
/// decimal digits are rejected by the constructors (`parse` returns nullopt).
class Decimal {
 public:
  constexpr Decimal() = default;

  /// Builds `mantissa * 10^exponent` and normalises it.
  static Decimal from_parts(std::int64_t mantissa, std::int32_t exponent);

  /// Parses an ASCII decimal literal such as "-903.9", "6300000000", "1e9", "0.25".
  /// Returns nullopt on anything else or when more than 18 significant digits are needed.
  static std::optional<Decimal> parse(std::string_view text);

  [[nodiscard]] std::int64_t mantissa() const { return mantissa_; }
  [[nodiscard]] std::int32_t exponent() const { return exponent_; }
  [[nodiscard]] bool is_zero() const { return mantissa_ == 0; }

  /// This value times 10^power (exact).
  [[nodiscard]] Decimal scaled(std::int32_t power) const;

  /// Plain decimal notation without exponent: "6300000000", "903.9", "-0.05".
  [[nodiscard]] std::string to_string() const;

  /// If `other == this * 10^k` for some k != 0, returns k; otherwise nullopt.
  [[nodiscard]] std::optional<std::int32_t> power_ratio(const Decimal& other) const;

  /// Relative difference |a-b| / max(|a|,|b|) as a double, for tolerances only (never stored).
  [[nodiscard]] static double relative_difference(const Decimal& a, const Decimal& b);

  friend bool operator==(const Decimal&, const Decimal&) = default;
  /// Numeric order (not lexical on the parts).
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);

 private:
  std::int64_t mantissa_ = 0;
  std::int32_t exponent_ = 0;
};

}  // namespace factlint
