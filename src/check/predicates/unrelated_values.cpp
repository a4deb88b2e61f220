// unrelated-values: aligned facts that their kind's relation does not relate (dates, identifiers).
#include "check/predicates/unrelated_values.hpp"

#include <algorithm>

#include "core/kinds.hpp"

namespace factlint::check {
namespace {

// The years the date extractor reads (src/extract/date/): four digits, 1000 to 2999.
constexpr std::int64_t kFirstYear = 1000;
constexpr std::int64_t kLastYear = 2999;

/// Compares the members of a group by core::relate: two facts agree when their kind relates
/// them in any way (equal, the other reading, one giving less of the same date, the same digits
/// under a translated head word) and differ when it says none. Only members of the group's kind
/// vote, and bare numbers that may stand for it; a group without a member of its own kind
/// among the voters (its only date is in boilerplate, say) is not judged.
class UnrelatedValues final : public Predicate {
 public:
  [[nodiscard]] bool supports(Scope scope) const override { return scope == Scope::group; }

  [[nodiscard]] bool differs(const Fact& a, const Fact& b) const override {
    return relate(a, b) == FactRelation::none;
  }

  void judge_group(const RunView& run, const FactGroup& g, std::vector<Draft>& out) const override {
    std::vector<std::uint32_t> members;
    for (const auto m : run.voters(g)) {
      const Fact& f = run.fact(m);
      if (f.kind == g.kind || (f.kind == FactKind::number && number_stands_for(f, g.kind))) {
        members.push_back(m);
      }
    }
    const bool own_kind = std::any_of(members.begin(), members.end(),
                                      [&](std::uint32_t m) { return run.fact(m).kind == g.kind; });
    if (own_kind) judge_members(run, g, members, out);
  }
};

}  // namespace

bool number_stands_for(const Fact& number, FactKind kind) {
  if (number.kind != FactKind::number || !number.is_numeric()) return false;
  if (kind == FactKind::number) return true;
  if (kind != FactKind::date) return compatible_kinds(FactKind::number, kind);
  // A count the aligner paired with a date ("2000 people", "124 million", "around 1500") is no
  // year; a year is written with four digits and nothing else.
  const Amount& a = number.amount();
  if (a.upper || a.approximate || a.alternative || a.scale_power != 0 || !a.scale_word.empty() ||
      !a.format.decimal_sep.empty() || !a.format.group_sep.empty()) {
    return false;
  }
  const auto year = as_integer(a.value);
  return year && *year >= kFirstYear && *year <= kLastYear;
}

Result<std::unique_ptr<Predicate>> make_unrelated_values(const Params& params) {
  if (auto bad = params.reject_unknown({})) return *bad;
  return std::unique_ptr<Predicate>(std::make_unique<UnrelatedValues>());
}

}  // namespace factlint::check
