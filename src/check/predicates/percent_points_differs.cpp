// percent-points-differs: "3 percent" in one version where the others say "3 percentage points".
#include "check/predicates/percent_points_differs.hpp"

namespace factlint::check {
namespace {

/// Sorts a group's percentages into those in percentage points and those in percent, and flags
/// the side outside the majority. Only percentages vote: a bare number in the group (a version
/// that dropped the sign or the word) says neither, so it counts for no side. The values are
/// not compared: that is value-differs' business (which sees 3 % and 3 points as the same
/// value), so a version that gets both wrong raises one finding of each.
class PercentPointsDiffers final : public Predicate {
 public:
  [[nodiscard]] bool supports(Scope scope) const override { return scope == Scope::group; }

  [[nodiscard]] bool differs(const Fact& a, const Fact& b) const override {
    if (a.kind != FactKind::percent || b.kind != FactKind::percent) return false;
    return a.numeric().percentage_points != b.numeric().percentage_points;
  }

  void judge_group(const RunView& run, const FactGroup& g, std::vector<Draft>& out) const override {
    std::vector<std::uint32_t> members;
    for (const auto m : run.voters(g)) {
      if (run.fact(m).kind == FactKind::percent) members.push_back(m);
    }
    judge_members(run, g, members, out);
  }
};

}  // namespace

Result<std::unique_ptr<Predicate>> make_percent_points_differs(const Params& params) {
  if (auto bad = params.reject_unknown({})) return *bad;
  return std::unique_ptr<Predicate>(std::make_unique<PercentPointsDiffers>());
}

}  // namespace factlint::check
