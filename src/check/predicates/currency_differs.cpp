// currency-differs: aligned amounts whose currency sets cannot meet, or one amount naming two.
#include "check/predicates/currency_differs.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

namespace factlint::check {
namespace {

using Codes = std::vector<std::string>;

Codes sorted(Codes c) {
  std::sort(c.begin(), c.end());
  c.erase(std::unique(c.begin(), c.end()), c.end());
  return c;
}

Codes intersect(const Codes& a, const Codes& b) {
  Codes out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

/// The codes every mention of the fact allows; empty when two mentions contradict each other.
/// nullopt when the fact names no currency (nothing to compare).
std::optional<Codes> common_codes(const Fact& f) {
  std::optional<Codes> common;
  for (const auto& m : f.currencies()) {
    if (m.codes.empty()) continue;
    Codes c = sorted(m.codes);
    common = common ? intersect(*common, c) : c;
  }
  return common;
}

/// The mentions' code sets, for telling two identical contradictions apart from different ones.
std::vector<Codes> mention_sets(const Fact& f) {
  std::vector<Codes> out;
  for (const auto& m : f.currencies()) {
    if (!m.codes.empty()) out.push_back(sorted(m.codes));
  }
  std::sort(out.begin(), out.end());
  return out;
}

class CurrencyDiffers final : public Predicate {
 public:
  [[nodiscard]] bool supports(Scope /*scope*/) const override { return true; }

  [[nodiscard]] bool differs(const Fact& a, const Fact& b) const override {
    const auto ca = common_codes(a);
    const auto cb = common_codes(b);
    if (!ca || !cb) return false;
    if (ca->empty() || cb->empty()) {
      // A self-contradictory amount agrees only with the very same contradiction.
      return mention_sets(a) != mention_sets(b);
    }
    return intersect(*ca, *cb).empty();
  }

  [[nodiscard]] std::optional<FactIssue> check(const Fact& fact,
                                               const Document& /*doc*/) const override {
    const auto c = common_codes(fact);
    if (c && c->empty()) return FactIssue{};
    return std::nullopt;
  }
};

}  // namespace

Result<std::unique_ptr<Predicate>> make_currency_differs(const Params& params) {
  if (auto bad = params.reject_unknown({})) return *bad;
  return std::unique_ptr<Predicate>(std::make_unique<CurrencyDiffers>());
}

}  // namespace factlint::check
