// Ordinals: ranks written with digits.
#pragma once

#include "extract/candidate.hpp"

namespace factlint::extract {

/// Proposes an ordinal for a number of up to three digits written as a rank: with the
/// language's ordinal ending right after it ("3rd", "3e", "3º", "3:e", "3-й"; the ending is in
/// the span), after an ordinal prefix ("第3", "제3"; in the span), or, where the language writes
/// ordinals with a dot, "3." before a lowercase word or after a determiner ("3. miejsce",
/// "den 3. Platz"; the dot is in the span). A day before a month ("3. Juli") is left alone.
void propose_ordinals(std::string_view text, const lang::LanguageData& data,
                      const context::DigitIndex& digits, std::vector<Candidate>& out);

}  // namespace factlint::extract
