// Exact decimal numbers of any length: significant digits times a power of ten, never a double.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace factlint {

/// An exact decimal value `±digits * 10^exponent`, of any length.
///
/// Always kept normalised: the digits carry no leading and no trailing zeros (so 6.30 and 6.3
/// are the same `Decimal`), and zero has no digits, exponent 0 and no sign. Up to 15 significant
/// digits live inside the object (std::string's small buffer), so the figures people write
/// allocate nothing; longer ones ("a 40-digit key") are exact too.
class Decimal {
 public:
  /// The most significant digits a value may have: far beyond any figure in prose, low enough
  /// that a run of a million digits cannot make arithmetic quadratic.
  static constexpr std::size_t kMaxDigits = 4096;
  /// The largest power of ten a value may carry, either way.
  static constexpr std::int32_t kMaxExponent = 4096;

  Decimal() = default;

  /// Builds `mantissa * 10^exponent` and normalises it.
  static Decimal from_parts(std::int64_t mantissa, std::int32_t exponent);

  /// Builds `±digits * 10^exponent` from ASCII digits (leading and trailing zeros allowed);
  /// nullopt when a character is no digit or the value is out of bounds.
  static std::optional<Decimal> from_digits(std::string_view digits, std::int32_t exponent,
                                            bool negative = false);

  /// Parses an ASCII decimal literal such as "-903.9", "6300000000", "1e9", "0.25", of any
  /// length up to kMaxDigits significant digits. Returns nullopt on anything else.
  static std::optional<Decimal> parse(std::string_view text);

  /// The significant digits, ASCII, without leading or trailing zeros ("" for zero).
  [[nodiscard]] const std::string& digits() const { return digits_; }
  [[nodiscard]] std::int32_t exponent() const { return exponent_; }
  [[nodiscard]] bool negative() const { return negative_; }
  [[nodiscard]] bool is_zero() const { return digits_.empty(); }
  /// Whether the value is a whole number.
  [[nodiscard]] bool is_integer() const { return exponent_ >= 0; }

  /// The value as an integer when it is one and fits in 64 bits.
  [[nodiscard]] std::optional<std::int64_t> to_int64() const;
  /// The value, rounded to a long double: for tolerances and magnitudes only.
  [[nodiscard]] long double to_long_double() const;
  /// The power of ten of the leading digit (2 for 903.9, -2 for 0.05); 0 for zero.
  [[nodiscard]] std::int32_t magnitude() const {
    return is_zero() ? 0 : exponent_ + static_cast<std::int32_t>(digits_.size()) - 1;
  }
  /// A 64-bit hash of sign and digits, the exponent left out: equal for values that differ
  /// only by a power of ten.
  [[nodiscard]] std::uint64_t digits_hash() const;

  /// This value times 10^power (exact).
  [[nodiscard]] Decimal scaled(std::int32_t power) const;
  [[nodiscard]] Decimal negated() const;
  [[nodiscard]] Decimal abs() const;

  /// a + b and a - b, exact; nullopt when the result would exceed the bounds.
  [[nodiscard]] static std::optional<Decimal> sum(const Decimal& a, const Decimal& b);
  [[nodiscard]] static std::optional<Decimal> difference(const Decimal& a, const Decimal& b);

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
  std::string digits_;
  std::int32_t exponent_ = 0;
  bool negative_ = false;
};

}  // namespace factlint
