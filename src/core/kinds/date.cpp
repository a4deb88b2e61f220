// Date values (a year, a month, a day as far as given): keys, relations, description, JSON.
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "core/kinds.hpp"

namespace factlint::kinds {

void date_keys(const Fact& f, std::vector<std::uint64_t>& exact,
               std::vector<std::uint64_t>& /*scaled*/) {
  const DateValue& d = f.date();
  const auto packed = (static_cast<std::uint64_t>(static_cast<std::uint32_t>(d.year)) << 16) |
                      (static_cast<std::uint64_t>(d.month) << 8) | d.day;
  exact.push_back((14695981039346656037ULL ^ 0xda7eULL ^ packed) * 1099511628211ULL);
  // The year as a number too: a version that wrote the year without year context has a count.
  Fact year;
  year.kind = FactKind::number;
  NumericValue v;
  v.amount.value = Decimal::from_parts(d.year, 0);
  year.value = v;
  std::vector<std::uint64_t> unused;
  numeric_keys(year, exact, unused);
}

FactRelation date_relate(const Fact& a, const Fact& b) {
  // A bare number that is the year of a date: the same year, written without year context
  // (equal to a year given alone; of a date that gives more, as a date that gives less is).
  if (a.kind == FactKind::date && b.kind == FactKind::number && b.is_numeric()) {
    const DateValue& d = a.date();
    const Amount& n = b.amount();
    const bool same = !n.upper && !n.approximate && n.value == Decimal::from_parts(d.year, 0);
    if (!same) return FactRelation::none;
    return d.month == 0 ? FactRelation::equal : FactRelation::alternative;
  }
  if (a.kind != FactKind::date || b.kind != FactKind::date) return FactRelation::none;
  const DateValue& x = a.date();
  const DateValue& y = b.date();
  if (x == y) return FactRelation::equal;
  // One version gives more of the date than the other ("2023" and "3 July 2023").
  const bool compatible = x.year == y.year &&
                          (x.month == 0 || y.month == 0 || x.month == y.month) &&
                          (x.day == 0 || y.day == 0 || x.day == y.day);
  return compatible ? FactRelation::alternative : FactRelation::none;
}

std::string date_describe(const Fact& f) {
  const DateValue& d = f.date();
  char buf[32];
  if (d.month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", d.year);
  } else if (d.day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  }
  return buf;
}

void date_json(const Fact& f, JsonWriter& w) {
  w.begin_object();
  w.member("value", date_describe(f));
  w.member("year", f.date().year);
  if (f.date().month != 0) w.member("month", static_cast<std::uint32_t>(f.date().month));
  if (f.date().day != 0) w.member("day", static_cast<std::uint32_t>(f.date().day));
  w.end_object();
}

}  // namespace factlint::kinds
