// value-differs: two aligned figures disagree, and not merely by a power of 1000 (that is scale).
#include "check/predicates/value_differs.hpp"

#include "check/predicates/numeric.hpp"

namespace factlint::check {
namespace {

class ValueDiffers final : public Predicate {
 public:
  explicit ValueDiffers(detail::Tolerance tol) : tol_(tol) {}
  [[nodiscard]] bool supports(Scope scope) const override { return scope == Scope::group; }
  [[nodiscard]] bool differs(const Fact& a, const Fact& b) const override {
    if (detail::amounts_agree(a.amount(), b.amount(), tol_)) return false;
    return !detail::scale_between(a.amount(), b.amount(), tol_, 3).has_value();
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
