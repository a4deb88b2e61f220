// Date values (a year, a month, a day as far as given): keys, relations, description, JSON.
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "core/kinds.hpp"

namespace factlint::kinds {

namespace {

std::uint64_t date_key(std::int32_t year, std::uint8_t month, std::uint8_t day) {
  const auto packed = (static_cast<std::uint64_t>(static_cast<std::uint32_t>(year)) << 16) |
                      (static_cast<std::uint64_t>(month) << 8) | day;
  return (14695981039346656037ULL ^ 0xda7eULL ^ packed) * 1099511628211ULL;
}

/// The keys of `value` read as a plain number.
void number_keys(std::int32_t value, std::vector<std::uint64_t>& exact) {
  Fact number;
  number.kind = FactKind::number;
  NumericValue v;
  v.amount.value = Decimal::from_parts(value, 0);
  number.value = v;
  std::vector<std::uint64_t> unused;
  numeric_keys(number, exact, unused);
}

}  // namespace

void date_keys(const Fact& f, std::vector<std::uint64_t>& exact,
               std::vector<std::uint64_t>& /*scaled*/) {
  const DateValue& d = f.date();
  exact.push_back(date_key(d.year, d.month, d.day));
  if (d.month_only()) return;  // no figure of it to find elsewhere
  // The month alone ("in May" in another version).
  if (d.month != 0) exact.push_back(date_key(0, d.month, 0));
  if (d.year == 0) {
    // A day and a month: the day as a number too, as a version that did not write it as a date
    // has it.
    number_keys(d.day, exact);
    return;
  }
  // The same day and month without the year ("5 March" in another version).
  if (d.day != 0) exact.push_back(date_key(0, d.month, d.day));
  // The year as a number too: a version that wrote the year without year context has a count.
  number_keys(d.year, exact);
}

FactRelation date_relate(const Fact& a, const Fact& b) {
  // A bare number that is the year of a date: the same year, written without year context
  // (equal to a year given alone; of a date that gives more, as a date that gives less is).
  // A bare number that is the day of a date without a year: a version that wrote the day
  // where another wrote the day and the month.
  if (a.kind == FactKind::date && b.kind == FactKind::number && b.is_numeric()) {
    const DateValue& d = a.date();
    if (d.month_only()) return FactRelation::none;
    const Amount& n = b.amount();
    const std::int32_t part = d.year != 0 ? d.year : d.day;
    const bool same = !n.upper && !n.approximate && n.value == Decimal::from_parts(part, 0);
    if (!same) return FactRelation::none;
    return d.month == 0 ? FactRelation::equal : FactRelation::alternative;
  }
  if (a.kind != FactKind::date || b.kind != FactKind::date) return FactRelation::none;
  const DateValue& x = a.date();
  const DateValue& y = b.date();
  if (x == y) return FactRelation::equal;
  // One version gives more of the date than the other ("2023" and "3 July 2023"; "5 March"
  // and "5 March 2023"). A day and a month meet a date of the same month only.
  const bool years = x.year == y.year || ((x.year == 0 || y.year == 0) && x.month == y.month);
  const bool compatible = years && (x.month == 0 || y.month == 0 || x.month == y.month) &&
                          (x.day == 0 || y.day == 0 || x.day == y.day);
  return compatible ? FactRelation::alternative : FactRelation::none;
}

std::string date_describe(const Fact& f) {
  const DateValue& d = f.date();
  char buf[32];
  if (d.month_only()) {
    // ISO 8601's form of a month of a year not given.
    std::snprintf(buf, sizeof buf, "--%02d", d.month);
  } else if (d.year == 0) {
    // ISO 8601's form of a day of a year not given.
    std::snprintf(buf, sizeof buf, "--%02d-%02d", d.month, d.day);
  } else if (d.month == 0) {
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
  if (f.date().year != 0) w.member("year", f.date().year);
  if (f.date().month != 0) w.member("month", static_cast<std::uint32_t>(f.date().month));
  if (f.date().day != 0) w.member("day", static_cast<std::uint32_t>(f.date().day));
  w.end_object();
}

}  // namespace factlint::kinds
