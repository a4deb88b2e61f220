// Numeric values (number, money, percent, ordinal): keys, relations, description, JSON.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/kinds.hpp"

namespace factlint::kinds {
namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) h = (h ^ ((v >> (8 * i)) & 0xFFU)) * kFnvPrime;
  return h;
}

/// A seed per family, so that an ordinal never anchors to a cardinal of the same value.
std::uint64_t seed(const Fact& f) {
  return kFnvOffset ^ (f.kind == FactKind::ordinal ? 0x0D1ULL : 0ULL);
}

bool same_bounds(const Amount& a, const Amount& b) {
  if (!a.upper || !b.upper) return true;  // a range against a single value: compare the start
  return *a.upper == *b.upper;
}

bool scale_related(const Decimal& a, const Decimal& b) {
  const auto k = a.power_ratio(b);
  return k && *k % 3 == 0;
}

void value_keys(const Fact& f, const Decimal& v, std::vector<std::uint64_t>& exact,
                std::vector<std::uint64_t>& scaled) {
  if (v.is_zero()) return;
  const std::uint64_t mantissa = v.digits_hash();
  const std::int32_t e = v.exponent();
  exact.push_back(mix(mix(seed(f), mantissa), static_cast<std::uint32_t>(e)));
  scaled.push_back(
      mix(mix(seed(f) ^ 0x5ca1eULL, mantissa), static_cast<std::uint32_t>(((e % 3) + 3) % 3)));
}

}  // namespace

void numeric_keys(const Fact& f, std::vector<std::uint64_t>& exact,
                  std::vector<std::uint64_t>& scaled) {
  const Amount& a = f.amount();
  value_keys(f, a.value, exact, scaled);
  if (a.alternative) value_keys(f, *a.alternative, exact, scaled);
}

bool vague_numbers_meet(const Fact& a, const Fact& b) {
  if (!a.is_numeric() || !b.is_numeric()) return false;
  // "a dozen", "около десятка", "نحو عشرة", "十数人" are how translations say one crowd.
  if (!a.amount().approximate || !b.amount().approximate) return false;
  if (!a.numeric().words && !b.numeric().words) return false;
  const auto bounds = [](const Fact& f) {
    const Amount& v = f.amount();
    const long double value = v.value.to_long_double();
    if (v.upper) return std::pair{value, v.upper->to_long_double()};
    // Only a round word is vague: "a dozen", "десяток"; "fünfhundertachtundzwanzig" is exact.
    const bool round = v.value.digits().size() <= 2;
    return f.numeric().words && round ? std::pair{value * 0.8L, value * 1.25L}
                                      : std::pair{value, value};
  };
  const auto [a_low, a_high] = bounds(a);
  const auto [b_low, b_high] = bounds(b);
  return a_low <= b_high && b_low <= a_high;
}

FactRelation numeric_relate(const Fact& a, const Fact& b) {
  if (!a.is_numeric() || !b.is_numeric()) return FactRelation::none;
  const Amount& x = a.amount();
  const Amount& y = b.amount();
  if (x.value == y.value && same_bounds(x, y)) return FactRelation::equal;
  // Two vague ranges that overlap say the same ("dozens", "des dizaines", "عشرات", "दर्जनों").
  if (x.approximate && y.approximate && x.upper && y.upper && !(*y.upper < x.value) &&
      !(*x.upper < y.value)) {
    return FactRelation::equal;
  }
  if (vague_numbers_meet(a, b)) return FactRelation::equal;
  if ((x.alternative && *x.alternative == y.value) ||
      (y.alternative && x.value == *y.alternative) ||
      (x.alternative && y.alternative && *x.alternative == *y.alternative)) {
    return FactRelation::alternative;
  }
  if (scale_related(x.value, y.value) ||
      (x.alternative && scale_related(*x.alternative, y.value)) ||
      (y.alternative && scale_related(x.value, *y.alternative))) {
    return FactRelation::scale;
  }
  return FactRelation::none;
}

std::string numeric_describe(const Fact& fact) {
  const Amount& a = fact.amount();
  std::string out;
  if (a.approximate) out += '~';
  out += a.value.to_string();
  if (a.upper) {
    out += "\u2013";
    out += a.upper->to_string();
  }
  if (a.alternative) {
    out += " (or ";
    out += a.alternative->to_string();
    out += ')';
  }
  if (fact.kind == FactKind::percent) {
    out += fact.numeric().percentage_points ? " pp" : " %";
  }
  if (fact.kind == FactKind::ordinal) out += '.';
  if (fact.kind == FactKind::money) {
    std::string codes;
    for (const auto& c : fact.currencies()) {
      std::string code = c.preferred;
      if (code.empty() && !c.codes.empty()) code = c.codes.front();
      if (code.empty()) continue;
      // "USD+EUR" for two disjoint mentions; a repeated code is shown once.
      if (("+" + codes + "+").find("+" + code + "+") != std::string::npos) continue;
      if (!codes.empty()) codes += '+';
      codes += code;
    }
    if (!codes.empty()) out += ' ' + codes;
  }
  return out;
}

void numeric_json(const Fact& f, JsonWriter& w) {
  const Amount& a = f.amount();
  w.begin_object();
  w.member("value", a.value.to_string());
  if (a.upper) w.member("upper", a.upper->to_string());
  w.member("approximate", a.approximate);
  w.member("ambiguous", a.format.ambiguous);
  if (a.alternative) w.member("alternative", a.alternative->to_string());
  w.member("digits", a.digits);
  if (a.scale_power != 0 || !a.scale_word.empty()) {
    w.key("scale");
    w.begin_object();
    w.member("word", a.scale_word);
    w.member("power", a.scale_power);
    w.end_object();
  }
  w.key("format");
  w.begin_object();
  w.member("decimal", a.format.decimal_sep);
  w.member("group", a.format.group_sep);
  w.member("native_digits", a.format.native_digits);
  w.member("foreign", a.format.foreign);
  w.member("expected", a.format.expected);
  w.end_object();
  if (f.numeric().words) w.member("words", true);
  if (f.kind == FactKind::money) {
    w.key("currencies");
    w.begin_array();
    for (const auto& c : f.currencies()) {
      w.begin_object();
      w.member("text", c.text);
      w.key("codes");
      w.begin_array();
      for (const auto& code : c.codes) w.value(code);
      w.end_array();
      w.member("preferred", c.preferred);
      w.end_object();
    }
    w.end_array();
  }
  if (f.kind == FactKind::percent) w.member("points", f.numeric().percentage_points);
  w.end_object();
}

}  // namespace factlint::kinds
