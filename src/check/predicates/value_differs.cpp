// value-differs: two aligned figures disagree, and not merely by a power of 1000 (that is scale).
#include "check/predicates/value_differs.hpp"

#include <algorithm>
#include <string>

#include "check/predicates/numeric.hpp"
#include "core/kinds.hpp"

namespace factlint::check {
namespace {

/// Whether document `doc` writes the figure `bound` (an integer, in any digits) in its
/// segments of row `row`.
bool row_writes(const RunView& run, std::uint32_t row, std::uint32_t doc, const Decimal& bound) {
  const auto n = as_integer(bound);
  if (!n) return true;  // a fractional bound: no digit string to look for, so take it as there
  const std::string wanted = std::to_string(*n);
  const auto& rows = run.report().alignment.rows;
  if (row >= rows.size() || doc >= rows[row].segments.size()) return true;
  const auto runs = run.digit_runs(doc, rows[row].segments[doc]);
  return std::find(runs.begin(), runs.end(), wanted) != runs.end();
}

class ValueDiffers final : public Predicate {
 public:
  explicit ValueDiffers(detail::Tolerance tol) : tol_(tol) {}
  [[nodiscard]] bool supports(Scope scope) const override { return scope == Scope::group; }
  [[nodiscard]] bool differs(const Fact& a, const Fact& b) const override {
    if (kinds::vague_numbers_meet(a, b) || detail::amounts_agree(a.amount(), b.amount(), tol_)) {
      return false;
    }
    return !detail::scale_between(a.amount(), b.amount(), tol_, 3).has_value();
  }

 protected:
  /// A range agrees with a single figure through one of its bounds only when the single
  /// figure's version writes the other bound in the row too: "from 1 to 31" against "1 … 31"
  /// agrees, "between 0 and 11" against "zwischen und 11" does not.
  [[nodiscard]] bool differs_in(const RunView& run, const FactGroup& g, std::uint32_t a,
                                std::uint32_t b) const override {
    const Fact& fa = run.fact(a);
    const Fact& fb = run.fact(b);
    if (differs(fa, fb)) return true;
    const Amount& x = fa.amount();
    const Amount& y = fb.amount();
    if (x.upper.has_value() == y.upper.has_value() || x.approximate || y.approximate) return false;
    const Fact& range = x.upper ? fa : fb;
    const Fact& single = x.upper ? fb : fa;
    Amount lower = range.amount();
    lower.upper.reset();
    const bool lower_agrees = detail::amounts_agree(lower, single.amount(), tol_);
    const Decimal& other = lower_agrees ? *range.amount().upper : range.amount().value;
    return !row_writes(run, g.row, single.doc, other);
  }

 private:
  detail::Tolerance tol_;
};

}  // namespace

Result<std::unique_ptr<Predicate>> make_value_differs(const Params& params) {
  if (auto bad = params.reject_unknown({"tolerance", "approximate_tolerance", "rounding"})) {
    return *bad;
  }
  auto tol = detail::read_tolerance(params);
  if (!tol) return tol.error();
  return std::unique_ptr<Predicate>(std::make_unique<ValueDiffers>(*tol));
}

}  // namespace factlint::check
