// missing-counterpart: a version has an aligned segment in a group's row but no fact in it.
#include "check/predicates/missing_counterpart.hpp"

namespace factlint::check {
namespace {

/// The engine does the work (it knows the alignment); this predicate only declares that the
/// group is judged by presence, so that rules can pick it and set its scope and kinds.
class MissingCounterpart final : public Predicate {
 public:
  [[nodiscard]] bool supports(Scope scope) const override { return scope == Scope::group; }
  [[nodiscard]] bool judges_presence() const override { return true; }
};

}  // namespace

Result<std::unique_ptr<Predicate>> make_missing_counterpart(const Params& params) {
  if (auto bad = params.reject_unknown({})) return *bad;
  return std::unique_ptr<Predicate>(std::make_unique<MissingCounterpart>());
}

}  // namespace factlint::check
