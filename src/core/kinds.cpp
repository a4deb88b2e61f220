// The table of fact kinds and the questions every stage asks through it.
#include "core/kinds.hpp"

#include <algorithm>

namespace factlint {
namespace {

constexpr std::uint8_t kCardinal = 0;  ///< number, money, percent: a bare number meets the others
constexpr std::uint8_t kOrdinal = 1;
constexpr std::uint8_t kDate = 2;
constexpr std::uint8_t kIdentifier = 3;

}  // namespace

const std::vector<KindOps>& kind_table() {
  // The order is the registry order: reports list kinds in it.
  static const std::vector<KindOps> table{
      {FactKind::number, "number", kCardinal, &kinds::numeric_keys, &kinds::numeric_relate,
       &kinds::numeric_describe, &kinds::numeric_json},
      {FactKind::money, "money", kCardinal, &kinds::numeric_keys, &kinds::numeric_relate,
       &kinds::numeric_describe, &kinds::numeric_json},
      {FactKind::percent, "percent", kCardinal, &kinds::numeric_keys, &kinds::numeric_relate,
       &kinds::numeric_describe, &kinds::numeric_json},
      {FactKind::ordinal, "ordinal", kOrdinal, &kinds::numeric_keys, &kinds::numeric_relate,
       &kinds::numeric_describe, &kinds::numeric_json},
      {FactKind::date, "date", kDate, &kinds::date_keys, &kinds::date_relate, &kinds::date_describe,
       &kinds::date_json},
      {FactKind::identifier, "identifier", kIdentifier, &kinds::identifier_keys,
       &kinds::identifier_relate, &kinds::identifier_describe, &kinds::identifier_json},
  };
  return table;
}

const KindOps& kind_ops(FactKind kind) {
  const auto& t = kind_table();
  const auto it =
      std::find_if(t.begin(), t.end(), [&](const KindOps& k) { return k.kind == kind; });
  return it != t.end() ? *it : t.front();
}

std::string_view to_string(FactKind kind) { return kind_ops(kind).id; }

std::optional<FactKind> parse_fact_kind(std::string_view id) {
  for (const auto& k : kind_table()) {
    if (k.id == id) return k.kind;
  }
  return std::nullopt;
}

const std::vector<FactKind>& all_fact_kinds() {
  static const std::vector<FactKind> kinds = [] {
    std::vector<FactKind> v;
    for (const auto& k : kind_table()) v.push_back(k.kind);
    return v;
  }();
  return kinds;
}

bool compatible_kinds(FactKind a, FactKind b) {
  if (a == b) return true;
  if (a != FactKind::number && b != FactKind::number) return false;
  const FactKind other = a == FactKind::number ? b : a;
  // A bare number stands for an amount or a percentage whose unit a version dropped, and for a
  // year a version wrote without year context ("until the end of 2027" read as a count).
  // And for a label's number whose words a version translated, so that no identifier is
  // left ("Stylistic Set 15" against fa "مجموعهٔ سبکی ۱۵", "Light Gray 4" against "Ljusgrå 4").
  return kind_ops(other).family == kind_ops(FactKind::number).family || other == FactKind::date ||
         other == FactKind::identifier;
}

FactRelation relate(const Fact& a, const Fact& b) {
  if (!compatible_kinds(a.kind, b.kind)) return FactRelation::none;
  // The more specific kind judges: a date knows when a bare number is its year.
  return a.kind == FactKind::number ? kind_ops(b.kind).relate(b, a) : kind_ops(a.kind).relate(a, b);
}

FactKind more_specific(FactKind a, FactKind b) { return a == FactKind::number ? b : a; }

std::string describe_value(const Fact& fact) { return kind_ops(fact.kind).describe(fact); }

}  // namespace factlint
