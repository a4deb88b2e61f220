// foreign-format: a number whose separators are another locale's (a Swedish "6.3").
#include "check/predicates/foreign_format.hpp"

namespace factlint::check {
namespace {

class ForeignFormat final : public Predicate {
 public:
  explicit ForeignFormat(bool include_ambiguous) : include_ambiguous_(include_ambiguous) {}
  [[nodiscard]] bool supports(Scope scope) const override { return scope == Scope::fact; }
  [[nodiscard]] std::optional<FactIssue> check(const Fact& fact,
                                               const Document& /*doc*/) const override {
    const NumberFormat& f = fact.amount.format;
    if (!f.foreign) return std::nullopt;
    // An ambiguous figure ("1.500") may well be the locale's own grouping; flag it only on
    // request.
    if (f.ambiguous && !include_ambiguous_) return std::nullopt;
    return FactIssue{f.expected};
  }

 private:
  bool include_ambiguous_;
};

}  // namespace

Result<std::unique_ptr<Predicate>> make_foreign_format(const Params& params) {
  if (auto bad = params.reject_unknown({"include_ambiguous"})) return *bad;
  auto amb = params.boolean("include_ambiguous", false);
  if (!amb) return amb.error();
  return std::unique_ptr<Predicate>(std::make_unique<ForeignFormat>(*amb));
}

}  // namespace factlint::check
