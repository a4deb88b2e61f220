// Exact decimal arithmetic used for every normalised numeric value.
#include "core/decimal.hpp"

#include <cmath>
#include <cstdlib>
#include <limits>

namespace factlint {
namespace {

constexpr int kMaxDigits = 18;

int digit_count(std::uint64_t v) {
  int n = 1;
  while (v >= 10) {
    v /= 10;
    ++n;
  }
  return n;
}

std::uint64_t magnitude(std::int64_t v) {
  return v < 0 ? static_cast<std::uint64_t>(-(v + 1)) + 1 : static_cast<std::uint64_t>(v);
}

}  // namespace

Decimal Decimal::from_parts(std::int64_t mantissa, std::int32_t exponent) {
  Decimal d;
  if (mantissa == 0) return d;
  while (mantissa % 10 == 0) {
    mantissa /= 10;
    ++exponent;
  }
  d.mantissa_ = mantissa;
  d.exponent_ = exponent;
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
  std::uint64_t mant = 0;
  int digits = 0;
  int exponent = 0;
  bool seen_digit = false;
  bool seen_point = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      seen_digit = true;
      if (mant == 0 && c == '0') {
        if (seen_point) --exponent;
        continue;
      }
      if (digits >= kMaxDigits) return std::nullopt;
      mant = mant * 10 + static_cast<std::uint64_t>(c - '0');
      ++digits;
      if (seen_point) --exponent;
    } else if (c == '.' && !seen_point) {
      seen_point = true;
    } else if ((c == 'e' || c == 'E') && seen_digit) {
      const std::string rest(text.substr(i + 1));
      if (rest.empty()) return std::nullopt;
      char* end = nullptr;
      const long e = std::strtol(rest.c_str(), &end, 10);
      if (*end != '\0' || e > 1000 || e < -1000) return std::nullopt;
      exponent += static_cast<int>(e);
      break;
    } else {
      return std::nullopt;
    }
  }
  if (!seen_digit) return std::nullopt;
  const auto signed_mant = static_cast<std::int64_t>(mant);
  return from_parts(negative ? -signed_mant : signed_mant, exponent);
}

Decimal Decimal::scaled(std::int32_t power) const {
  if (mantissa_ == 0) return *this;
  Decimal d = *this;
  d.exponent_ += power;
  return d;
}

std::string Decimal::to_string() const {
  if (mantissa_ == 0) return "0";
  std::string digits = std::to_string(magnitude(mantissa_));
  std::string out = mantissa_ < 0 ? "-" : "";
  if (exponent_ >= 0) {
    out += digits;
    out.append(static_cast<std::size_t>(exponent_), '0');
    return out;
  }
  const auto frac = static_cast<std::size_t>(-exponent_);
  if (digits.size() <= frac) {
    out += "0.";
    out.append(frac - digits.size(), '0');
    out += digits;
  } else {
    out += digits.substr(0, digits.size() - frac);
    out += '.';
    out += digits.substr(digits.size() - frac);
  }
  return out;
}

std::optional<std::int32_t> Decimal::power_ratio(const Decimal& other) const {
  if (mantissa_ != other.mantissa_ || mantissa_ == 0) return std::nullopt;
  const std::int32_t k = other.exponent_ - exponent_;
  if (k == 0) return std::nullopt;
  return k;
}

double Decimal::relative_difference(const Decimal& a, const Decimal& b) {
  const double x = static_cast<double>(a.mantissa_) * std::pow(10.0, a.exponent_);
  const double y = static_cast<double>(b.mantissa_) * std::pow(10.0, b.exponent_);
  const double m = std::max(std::fabs(x), std::fabs(y));
  if (m == 0.0) return 0.0;
  return std::fabs(x - y) / m;
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  const int sa = (a.mantissa_ > 0) - (a.mantissa_ < 0);
  const int sb = (b.mantissa_ > 0) - (b.mantissa_ < 0);
  if (sa != sb) return sa <=> sb;
  if (sa == 0) return std::strong_ordering::equal;
  // Same sign: compare magnitudes by order of magnitude first, then aligned digits.
  const std::uint64_t ma = magnitude(a.mantissa_);
  const std::uint64_t mb = magnitude(b.mantissa_);
  const int oa = digit_count(ma) + a.exponent_;
  const int ob = digit_count(mb) + b.exponent_;
  std::strong_ordering mag = std::strong_ordering::equal;
  if (oa != ob) {
    mag = oa <=> ob;
  } else {
    // Same leading power: pad the shorter mantissa with zeros (both fit in 18 digits + 18).
    std::string da = std::to_string(ma);
    std::string db = std::to_string(mb);
    const std::size_t n = std::max(da.size(), db.size());
    da.append(n - da.size(), '0');
    db.append(n - db.size(), '0');
    mag = da <=> db;
  }
  if (sa > 0) return mag;
  if (mag == std::strong_ordering::less) return std::strong_ordering::greater;
  if (mag == std::strong_ordering::greater) return std::strong_ordering::less;
  return mag;
}

}  // namespace factlint
