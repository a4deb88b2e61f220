// Fractions: a share of a whole, read as a percentage.
#pragma once

#include "extract/candidate.hpp"

namespace factlint::extract {

/// Proposes a percentage for every share written as a fraction: with a mark between the
/// denominator and the numerator (ja "5分の1", zh "五分之一", ko "5분의 1"; fractions.json
/// "marks"), or in words, a numerator word and a part word joined by a space or a hyphen,
/// followed by one of the language's "after" words (en "a fifth of", "two-thirds of", de "zwei
/// Drittel der", fr "un quart des"). The value is 100 × numerator / denominator to two
/// decimals (a third is 33.33 %), exact: "a third" agrees with "33 %" and "33.3 %" by rounding.
void propose_fractions(std::string_view text, const lang::LanguageData& data,
                       const context::DigitIndex& digits, std::vector<Candidate>& out);

}  // namespace factlint::extract
