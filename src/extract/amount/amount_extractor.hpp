// Amounts: numbers, money and percentages written with digits or Han numerals.
#pragma once

#include "extract/candidate.hpp"

namespace factlint::extract {

/// Proposes a number, money or percent candidate for every amount the amount scanner finds:
/// money when it names a currency, percent when it has a percent sign or word, else number.
void propose_amounts(std::string_view text, const lang::LanguageData& data,
                     const context::DigitIndex& digits, std::vector<Candidate>& out);

}  // namespace factlint::extract
