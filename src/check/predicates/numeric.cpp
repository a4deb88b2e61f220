// Numeric agreement: rounding to the precision a figure shows, relative tolerances, scales.
#include "check/predicates/numeric.hpp"

#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include "core/utf8.hpp"

namespace factlint::check::detail {
namespace {

/// One reading of an amount: the value and the power of ten of its last shown digit.
struct Reading {
  Decimal value;
  std::optional<std::int32_t> precision;  ///< none when the digits are unknown
};

/// Power of ten of the last digit written: "903,9" with "Milliarden" is 10^8.
std::optional<std::int32_t> shown_precision(const Amount& a) {
  if (a.last_digit_power) return a.last_digit_power;  // "1億2400万": to 万
  if (a.digits.empty()) return std::nullopt;
  std::int32_t fraction = 0;
  const std::string& sep = a.format.decimal_sep;
  if (!sep.empty()) {
    const std::size_t pos = a.digits.rfind(sep);
    if (pos != std::string::npos) {
      fraction = static_cast<std::int32_t>(
          utf8::count_code_points(std::string_view(a.digits).substr(pos + sep.size())));
    }
  }
  return a.scale_power - fraction;
}

std::vector<Reading> readings(const Amount& a) {
  std::vector<Reading> out;
  out.push_back({a.value, shown_precision(a)});
  if (a.alternative) out.push_back({*a.alternative, std::nullopt});
  return out;
}

bool agree(const Reading& x, const Reading& y, double relative, bool rounding) {
  if (x.value == y.value) return true;
  // The difference is exact, so that two 40-digit figures a unit apart never agree for want
  // of precision; only the relative allowance is a floating-point product.
  const auto diff = Decimal::difference(x.value, y.value);
  if (!diff) return false;
  if (rounding && (x.precision || y.precision)) {
    // The coarser figure is a rounding of the finer one when they differ by at most half a unit
    // of its last digit ("904 billion" for 903.9 billion).
    std::int32_t p = x.precision.value_or(y.precision.value_or(0));
    if (y.precision) p = std::max(p, *y.precision);
    if (diff->abs() <= Decimal::from_parts(5, p - 1)) return true;
  }
  if (relative <= 0) return false;
  const long double a = std::fabs(x.value.to_long_double());
  const long double b = std::fabs(y.value.to_long_double());
  const long double allowed = static_cast<long double>(relative) * std::max(a, b);
  return std::fabs(diff->to_long_double()) <= allowed * (1.0L + 1e-12L);
}

bool bounds_agree(const Amount& a, const Amount& b, const Tolerance& tol, double relative) {
  if (a.upper.has_value() != b.upper.has_value()) return false;
  if (!a.upper) return true;
  return agree({*a.upper, std::nullopt}, {*b.upper, std::nullopt}, relative, tol.rounding) ||
         *a.upper == *b.upper;
}

/// A round figure: at most two significant digits ("about 2,000", "rund 48", "some 1.5
/// million"). Only a round approximate figure gets the approximate allowance, against a figure
/// that is not approximate; "around 1995" names a year to the unit, and agrees with a finer
/// figure only by rounding.
bool round_figure(const Amount& a) {
  std::size_t n = a.value.digits().size();
  while (n > 0 && a.value.digits()[n - 1] == '0') --n;
  return n <= 2;
}

double relative_for(const Amount& a, const Amount& b, const Tolerance& tol) {
  // Two approximations of one quantity give the same figure ("about 100 MB", "omkring 100
  // MB"): "about 105" against "about 100" is a changed figure, not a looser one.
  if (a.approximate && b.approximate && !a.upper && !b.upper) return tol.relative;
  const bool loose = (a.approximate && round_figure(a)) || (b.approximate && round_figure(b));
  return loose ? std::max(tol.relative, tol.approximate) : tol.relative;
}

}  // namespace

Result<Tolerance> read_tolerance(const Params& params) {
  Tolerance tol;
  auto rel = params.number("tolerance", 0.0, 0.0, 1.0);
  if (!rel) return rel.error();
  auto approx = params.number("approximate_tolerance", 0.0, 0.0, 1.0);
  if (!approx) return approx.error();
  auto rounding = params.boolean("rounding", true);
  if (!rounding) return rounding.error();
  tol.relative = *rel;
  tol.approximate = *approx;
  tol.rounding = *rounding;
  return tol;
}

bool amounts_agree(const Amount& a, const Amount& b, const Tolerance& tol) {
  // Two vague ranges that overlap say the same ("dozens", "des dizaines", "عشرات").
  if (a.approximate && b.approximate && a.upper && b.upper && !(*b.upper < a.value) &&
      !(*a.upper < b.value)) {
    return true;
  }
  const double relative = relative_for(a, b, tol);
  if (a.upper.has_value() != b.upper.has_value()) {
    // A range against a single figure: versions that write the bounds as two figures ("from 1
    // to 31", "de la 7 a la 10") give each bound on its own; either bound agrees.
    const Amount& range = a.upper ? a : b;
    const Amount& single = a.upper ? b : a;
    Amount upper = range;
    upper.value = *range.upper;
    upper.upper.reset();
    upper.alternative.reset();
    Amount lower = range;
    lower.upper.reset();
    return amounts_agree(lower, single, tol) || amounts_agree(upper, single, tol);
  }
  if (!bounds_agree(a, b, tol, relative)) return false;
  for (const auto& x : readings(a)) {
    for (const auto& y : readings(b)) {
      if (agree(x, y, relative, tol.rounding)) return true;
    }
  }
  return false;
}

std::optional<std::int32_t> scale_between(const Amount& a, const Amount& b, const Tolerance& tol,
                                          std::int32_t step) {
  if (step <= 0 || amounts_agree(a, b, tol)) return std::nullopt;
  // Zero is no power of ten of anything: scaled, it would round every small figure to itself.
  if (a.value.is_zero() || b.value.is_zero()) return std::nullopt;
  const double relative = relative_for(a, b, tol);
  for (std::int32_t k = 1; k <= 4; ++k) {
    for (const std::int32_t p : {k * step, -k * step}) {
      for (const auto& x : readings(a)) {
        Reading scaled{x.value.scaled(p), std::nullopt};
        if (x.precision) scaled.precision = *x.precision + p;
        for (const auto& y : readings(b)) {
          if (agree(scaled, y, relative, tol.rounding)) return p;
        }
      }
    }
  }
  return std::nullopt;
}

}  // namespace factlint::check::detail
