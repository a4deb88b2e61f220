// The shared scan behind the number, money and percent extractors: finds every amount.
#pragma once

#include <string_view>
#include <vector>

#include "core/fact.hpp"
#include "lang/language_data.hpp"

namespace factlint::extract {

/// One amount found in text, with everything around it that the fact kinds need.
struct RawAmount {
  Span span;         ///< the whole amount: currency, number(s), scale, percent sign or word
  Span number_span;  ///< the number alone (with its scale word)
  Amount amount;
  std::vector<CurrencyMention> currencies;  ///< in text order; empty when none
  bool percent = false;
  bool percentage_points = false;
};

/// Finds the amounts in `text` (UTF-8) for language `data`, in text order, non-overlapping.
/// Spans are byte offsets in `text`. Years, dates, times, versions, phone numbers and digits
/// inside words are skipped (see docs/facts/number.md).
[[nodiscard]] std::vector<RawAmount> scan_amounts(std::string_view text,
                                                  const lang::LanguageData& data);

}  // namespace factlint::extract
