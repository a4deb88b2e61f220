// foreign-format: a number whose separators are another locale's (a Swedish "6.3").
#include "check/predicates/foreign_format.hpp"

namespace factlint::check {
namespace {

class ForeignFormat final : public Predicate {
 public:
  ForeignFormat(bool include_ambiguous, bool bare_decimals)
      : include_ambiguous_(include_ambiguous), bare_decimals_(bare_decimals) {}
  [[nodiscard]] bool supports(Scope scope) const override { return scope == Scope::fact; }
  [[nodiscard]] std::optional<FactIssue> check(const Fact& fact,
                                               const Document& /*doc*/) const override {
    const NumberFormat& f = fact.amount().format;
    if (!f.foreign) return std::nullopt;
    // An ambiguous figure ("1.500") may well be the locale's own grouping; flag it only on
    // request.
    if (f.ambiguous && !include_ambiguous_) return std::nullopt;
    // A bare decimal (no currency, percent or scale word) is as often a version, a section or
    // a value of a program's syntax ("FreeType 2.0", "Section 3.4", "0.0 means none") as a
    // quantity, and those keep their dots in every language; flag it only on request.
    if (!bare_decimals_ && fact.kind == FactKind::number && fact.amount().scale_word.empty() &&
        !f.decimal_sep.empty()) {
      return std::nullopt;
    }
    return FactIssue{f.expected};
  }

 private:
  bool include_ambiguous_;
  bool bare_decimals_;
};

}  // namespace

Result<std::unique_ptr<Predicate>> make_foreign_format(const Params& params) {
  if (auto bad = params.reject_unknown({"include_ambiguous", "bare_decimals"})) return *bad;
  auto amb = params.boolean("include_ambiguous", false);
  if (!amb) return amb.error();
  auto bare = params.boolean("bare_decimals", true);
  if (!bare) return bare.error();
  return std::unique_ptr<Predicate>(std::make_unique<ForeignFormat>(*amb, *bare));
}

}  // namespace factlint::check
