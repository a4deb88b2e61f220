// Exact decimal arithmetic used for every normalised numeric value.
#include "core/decimal.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace factlint {
namespace {

/// Magnitude comparison of two non-zero normalised values.
std::strong_ordering compare_magnitude(const Decimal& a, const Decimal& b) {
  if (a.magnitude() != b.magnitude()) return a.magnitude() <=> b.magnitude();
  // Same leading power: the digit strings compare as written, a shorter one being padded with
  // zeros (there are no trailing zeros, so a proper prefix is smaller).
  const int c = a.digits().compare(b.digits());
  return c <=> 0;
}

/// The digits of |v| as an integer at `exponent` (<= v.exponent()): digits then zeros.
std::string aligned(const Decimal& v, std::int32_t exponent) {
  std::string s = v.digits();
  s.append(static_cast<std::size_t>(v.exponent() - exponent), '0');
  return s;
}

/// x + y for unsigned digit strings.
std::string add_digits(const std::string& x, const std::string& y) {
  std::string out;
  out.reserve(std::max(x.size(), y.size()) + 1);
  int carry = 0;
  auto i = x.size();
  auto j = y.size();
  while (i > 0 || j > 0 || carry != 0) {
    int d = carry;
    if (i > 0) d += x[--i] - '0';
    if (j > 0) d += y[--j] - '0';
    out.push_back(static_cast<char>('0' + d % 10));
    carry = d / 10;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

/// x - y for unsigned digit strings with x >= y.
std::string subtract_digits(const std::string& x, const std::string& y) {
  std::string out;
  out.reserve(x.size());
  int borrow = 0;
  auto i = x.size();
  auto j = y.size();
  while (i > 0) {
    int d = (x[--i] - '0') - borrow;
    if (j > 0) d -= y[--j] - '0';
    borrow = d < 0 ? 1 : 0;
    out.push_back(static_cast<char>('0' + (d + 10) % 10));
  }
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace

Decimal Decimal::from_parts(std::int64_t mantissa, std::int32_t exponent) {
  const bool negative = mantissa < 0;
  const std::uint64_t magnitude = negative ? static_cast<std::uint64_t>(-(mantissa + 1)) + 1
                                           : static_cast<std::uint64_t>(mantissa);
  return from_digits(std::to_string(magnitude), exponent, negative).value_or(Decimal());
}

std::optional<Decimal> Decimal::from_digits(std::string_view digits, std::int32_t exponent,
                                            bool negative) {
  std::size_t first = 0;
  while (first < digits.size() && digits[first] == '0') ++first;
  std::size_t last = digits.size();
  while (last > first && digits[last - 1] == '0') {
    --last;
    ++exponent;
  }
  for (std::size_t i = first; i < last; ++i) {
    if (digits[i] < '0' || digits[i] > '9') return std::nullopt;
  }
  Decimal d;
  if (first == last) return d;  // zero, whatever the sign and exponent
  if (last - first > kMaxDigits) return std::nullopt;
  if (exponent > kMaxExponent || exponent < -kMaxExponent - static_cast<std::int32_t>(kMaxDigits)) {
    return std::nullopt;
  }
  d.digits_.assign(digits.substr(first, last - first));
  d.exponent_ = exponent;
  d.negative_ = negative;
  return d;
}

std::optional<Decimal> Decimal::parse(std::string_view text) {
  if (text.empty()) return std::nullopt;
  bool negative = false;
  std::size_t i = 0;
  if (text[0] == '-' || text[0] == '+') {
    negative = text[0] == '-';
    ++i;
  }
  std::string digits;
  std::int32_t exponent = 0;
  bool seen_digit = false;
  bool seen_point = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      seen_digit = true;
      if (digits.empty() && c == '0') {
        if (seen_point) --exponent;
        continue;
      }
      if (digits.size() > kMaxDigits + 1) return std::nullopt;
      digits.push_back(c);
      if (seen_point) --exponent;
    } else if (c == '.' && !seen_point) {
      seen_point = true;
    } else if ((c == 'e' || c == 'E') && seen_digit) {
      const std::string rest(text.substr(i + 1));
      if (rest.empty()) return std::nullopt;
      char* end = nullptr;
      const long e = std::strtol(rest.c_str(), &end, 10);
      if (*end != '\0' || e > kMaxExponent || e < -kMaxExponent) return std::nullopt;
      exponent += static_cast<std::int32_t>(e);
      break;
    } else {
      return std::nullopt;
    }
  }
  if (!seen_digit) return std::nullopt;
  return from_digits(digits, exponent, negative);
}

std::optional<std::int64_t> Decimal::to_int64() const {
  if (is_zero()) return 0;
  if (exponent_ < 0 || magnitude() > 18) return std::nullopt;
  std::uint64_t v = 0;
  for (const char c : digits_) v = v * 10 + static_cast<std::uint64_t>(c - '0');
  for (std::int32_t e = 0; e < exponent_; ++e) v *= 10;
  if (v > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
    return std::nullopt;
  }
  const auto s = static_cast<std::int64_t>(v);
  return negative_ ? -s : s;
}

long double Decimal::to_long_double() const {
  if (is_zero()) return 0.0L;
  // The leading 21 digits carry all a long double can hold.
  long double m = 0;
  const std::size_t n = std::min<std::size_t>(digits_.size(), 21);
  for (std::size_t i = 0; i < n; ++i) m = m * 10 + static_cast<long double>(digits_[i] - '0');
  const auto e = exponent_ + static_cast<std::int32_t>(digits_.size() - n);
  const long double v = m * std::pow(10.0L, static_cast<long double>(e));
  return negative_ ? -v : v;
}

std::uint64_t Decimal::digits_hash() const {
  std::uint64_t h = negative_ ? 0x9e3779b97f4a7c15ULL : 14695981039346656037ULL;
  for (const char c : digits_) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return h;
}

Decimal Decimal::scaled(std::int32_t power) const {
  if (is_zero()) return *this;
  Decimal d = *this;
  d.exponent_ += power;
  return d;
}

Decimal Decimal::negated() const {
  Decimal d = *this;
  if (!d.is_zero()) d.negative_ = !d.negative_;
  return d;
}

Decimal Decimal::abs() const {
  Decimal d = *this;
  d.negative_ = false;
  return d;
}

std::optional<Decimal> Decimal::sum(const Decimal& a, const Decimal& b) {
  if (a.is_zero()) return b;
  if (b.is_zero()) return a;
  // Aligning 1e4000 with 1e-4000 would build a string of 8000 digits: refuse what exceeds the
  // bounds before building it.
  const std::int32_t e = std::min(a.exponent_, b.exponent_);
  const std::int32_t top = std::max(a.magnitude(), b.magnitude());
  if (static_cast<std::int64_t>(top) - e + 2 > static_cast<std::int64_t>(kMaxDigits)) {
    return std::nullopt;
  }
  const std::string x = aligned(a, e);
  const std::string y = aligned(b, e);
  if (a.negative_ == b.negative_) return from_digits(add_digits(x, y), e, a.negative_);
  const auto order = compare_magnitude(a, b);
  if (order == std::strong_ordering::equal) return Decimal();
  if (order == std::strong_ordering::greater) {
    return from_digits(subtract_digits(x, y), e, a.negative_);
  }
  return from_digits(subtract_digits(y, x), e, b.negative_);
}

std::optional<Decimal> Decimal::difference(const Decimal& a, const Decimal& b) {
  return sum(a, b.negated());
}

std::string Decimal::to_string() const {
  if (is_zero()) return "0";
  std::string out = negative_ ? "-" : "";
  if (exponent_ >= 0) {
    out += digits_;
    out.append(static_cast<std::size_t>(exponent_), '0');
    return out;
  }
  const auto frac = static_cast<std::size_t>(-exponent_);
  if (digits_.size() <= frac) {
    out += "0.";
    out.append(frac - digits_.size(), '0');
    out += digits_;
  } else {
    out += digits_.substr(0, digits_.size() - frac);
    out += '.';
    out += digits_.substr(digits_.size() - frac);
  }
  return out;
}

std::optional<std::int32_t> Decimal::power_ratio(const Decimal& other) const {
  if (is_zero() || digits_ != other.digits_ || negative_ != other.negative_) return std::nullopt;
  const std::int32_t k = other.exponent_ - exponent_;
  if (k == 0) return std::nullopt;
  return k;
}

double Decimal::relative_difference(const Decimal& a, const Decimal& b) {
  if (a == b) return 0.0;
  const auto diff = difference(a, b);
  const long double m = std::max(std::fabs(a.to_long_double()), std::fabs(b.to_long_double()));
  if (!diff || m == 0.0L) return 1.0;
  return static_cast<double>(std::fabs(diff->to_long_double()) / m);
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  const int sa = a.is_zero() ? 0 : (a.negative_ ? -1 : 1);
  const int sb = b.is_zero() ? 0 : (b.negative_ ? -1 : 1);
  if (sa != sb) return sa <=> sb;
  if (sa == 0) return std::strong_ordering::equal;
  const std::strong_ordering mag = compare_magnitude(a, b);
  if (sa > 0) return mag;
  if (mag == std::strong_ordering::less) return std::strong_ordering::greater;
  if (mag == std::strong_ordering::greater) return std::strong_ordering::less;
  return mag;
}

}  // namespace factlint
