// Dates: for now, years where the text says they are years.
#pragma once

#include "extract/candidate.hpp"

namespace factlint::extract {

/// Proposes a date (a year) for every plain four-digit number 1000–2999 with year context: a
/// year word or month next to it ("in 2019", "w 2019 r.", "July 2023"), a determiner before a
/// number in 1900–2100 ("the 2024 elections"), or the year character after it where years
/// carry one ("2023年", "2023년"; the character is in the span). A four-digit number without
/// such context is a count ("2000 people"): the amount extractor's number stands.
void propose_dates(std::string_view text, const lang::LanguageData& data,
                   const context::DigitIndex& digits, std::vector<Candidate>& out);

}  // namespace factlint::extract
