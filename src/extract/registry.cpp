// The list of extractors the extract stage runs.
#include "extract/registry.hpp"

#include "extract/amount/amount_extractor.hpp"
#include "extract/date/date_extractor.hpp"
#include "extract/fraction/fraction_extractor.hpp"
#include "extract/identifier/identifier_extractor.hpp"
#include "extract/ordinal/ordinal_extractor.hpp"

namespace factlint::extract {

const std::vector<ExtractorEntry>& registry() {
  static const std::vector<ExtractorEntry> entries{
      {"amounts", &propose_amounts,
       "numbers, money and percentages written with digits (and Han numerals)"},
      {"dates", &propose_dates, "years with year context (in 2023, 2023年, July 2023)"},
      {"fractions", &propose_fractions,
       "shares as percentages (a fifth of, zwei Drittel der, 5分の1, 五分之一)"},
      {"identifiers", &propose_identifiers,
       "models, standards, versions, tickers and phone numbers (A320neo, ISO 9001, 2.6.32)"},
      {"ordinals", &propose_ordinals, "ranks written with digits (3rd, 3e, 3., 第3)"},
  };
  return entries;
}

}  // namespace factlint::extract
