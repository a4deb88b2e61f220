// scale-differs: two aligned figures equal up to 10^(3k), k != 0 (billion vs Billion).
#include "check/predicates/scale_differs.hpp"

#include "check/predicates/numeric.hpp"

namespace factlint::check {
namespace {

class ScaleDiffers final : public Predicate {
 public:
  ScaleDiffers(detail::Tolerance tol, std::int32_t step) : tol_(tol), step_(step) {}
  [[nodiscard]] bool supports(Scope scope) const override { return scope == Scope::group; }
  [[nodiscard]] bool differs(const Fact& a, const Fact& b) const override {
    return detail::scale_between(a.amount(), b.amount(), tol_, step_).has_value();
  }

 private:
  detail::Tolerance tol_;
  std::int32_t step_;
};

}  // namespace

Result<std::unique_ptr<Predicate>> make_scale_differs(const Params& params) {
  if (auto bad =
          params.reject_unknown({"tolerance", "approximate_tolerance", "rounding", "step"})) {
    return *bad;
  }
  auto tol = detail::read_tolerance(params);
  if (!tol) return tol.error();
  auto step = params.number("step", 3, 1, 6);
  if (!step) return step.error();
  return std::unique_ptr<Predicate>(
      std::make_unique<ScaleDiffers>(*tol, static_cast<std::int32_t>(*step)));
}

}  // namespace factlint::check
