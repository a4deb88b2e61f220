// Amounts: the scanner's finds as number, money and percent candidates.
#include "extract/amount/amount_extractor.hpp"

#include "extract/amount/amount_scanner.hpp"

namespace factlint::extract {

void propose_amounts(std::string_view text, const lang::LanguageData& data,
                     const context::DigitIndex& /*digits*/, std::vector<Candidate>& out) {
  auto raws = scan_amounts(text, data);
  out.reserve(out.size() + raws.size());
  for (auto& raw : raws) {
    // Built in place: a candidate is a few hundred bytes, and moving its strings costs more
    // than filling them.
    Candidate& c = out.emplace_back();
    Fact& f = c.fact;
    f.kind = raw.ordinal              ? FactKind::ordinal
             : raw.percent            ? FactKind::percent
             : raw.currencies.empty() ? FactKind::number
                                      : FactKind::money;
    f.span = raw.span;
    f.text.assign(text.substr(raw.span.begin, raw.span.size()));
    NumericValue& v = f.numeric();
    v.amount = std::move(raw.amount);
    if (f.kind == FactKind::money) v.currencies = std::move(raw.currencies);
    v.percentage_points = raw.percent && raw.percentage_points;
    v.words = raw.words;
    c.score = raw.ordinal ? score::kOrdinal : score::kNumber;
  }
}

}  // namespace factlint::extract
