// Money: an amount with at least one currency mention (symbol, code or name).
#include "extract/money/money_extractor.hpp"

#include "extract/fact_builder.hpp"

namespace factlint::extract {

std::optional<Fact> make_money(RawAmount& raw, std::string_view text) {
  if (raw.currencies.empty() || raw.percent) return std::nullopt;
  Fact f = detail::fact_from(FactKind::money, raw, text);
  f.numeric().currencies = std::move(raw.currencies);
  return f;
}

}  // namespace factlint::extract
