// Identifiers: models, standards, versions, tickers and phone numbers, compared as written.
#pragma once

#include "extract/candidate.hpp"

namespace factlint::extract {

/// Proposes an identifier for:
/// - a token that glues letters (Latin, Greek, Cyrillic) to digits: "A320neo", "H100",
///   "iPhone6", "COVID-19", "5G", "x86_64", "Ил-76" — but not digits glued to a unit ("780MB",
///   "5km": figures) nor to an ordinal ending ("3rd": an ordinal), nor a decade ("1990s");
/// - a version of three or more dotted parts, or with an "x": "2.6.32", "2.x";
/// - a ticker: digits, a dot and capitals ("600884.SH");
/// - a number after a head word (rules/terms/identifiers.json: "ISO 9001", "version 2.6.32",
///   "Windows 11", "Abschnitt 3.4"), after a head in capitals or mixed case ("IBM 142",
///   "macOS 14", "SunOS 4.x"), or, in languages that do not capitalise every noun, after a
///   capitalised word that does not start the sentence ("Boeing 737", "Set 17");
/// - a phone number ("+49 30 1234567", "(030) 1234-567").
/// The head is part of the span; the key is lang::identifier_key of the span's text.
void propose_identifiers(std::string_view text, const lang::LanguageData& data,
                         const context::DigitIndex& digits, std::vector<Candidate>& out);

}  // namespace factlint::extract
