// The amount scan behind the amount extractor: every number, money amount and percentage
// written with digits or Han numerals.
#pragma once

#include <string_view>
#include <vector>

#include "core/fact.hpp"
#include "lang/language_data.hpp"

namespace factlint::extract {

/// One amount found in text, with everything around it that the fact kinds need.
struct RawAmount {
  Span span;  ///< the whole amount: currency, number(s), scale, percent sign or word
  Amount amount;
  std::vector<CurrencyMention> currencies;  ///< in text order; empty when none
  bool percent = false;
  bool percentage_points = false;
  bool words = false;    ///< the numeral is written in words ("twenty-five million")
  bool ordinal = false;  ///< an ordinal in words ("third", "dritten"): not an amount
};

/// Finds the amounts in `text` (UTF-8) for language `data`, in text order, non-overlapping.
/// Spans are byte offsets in `text`. Dates, times, versions, phone numbers and digits inside
/// words are skipped (see docs/facts/number.md); years are amounts here, and the date
/// extractor's reading of them wins where the text gives year context.
[[nodiscard]] std::vector<RawAmount> scan_amounts(std::string_view text,
                                                  const lang::LanguageData& data);

}  // namespace factlint::extract
