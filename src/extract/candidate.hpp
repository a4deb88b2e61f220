// Candidates: what an extractor proposes for a span of text, before the resolver picks.
#pragma once

#include <string_view>
#include <vector>

#include "core/fact.hpp"
#include "extract/context.hpp"
#include "lang/language_data.hpp"

namespace factlint::extract {

/// A reading of a span of text as a fact, with how much it is worth: where readings overlap
/// ("2023" as a number and as a year, "737" as a number and "Boeing 737" as a model), the
/// resolver keeps the non-overlapping set of the highest total score.
struct Candidate {
  Fact fact;  ///< span and text relative to the text the extractor read
  double score = 1.0;
};

/// Scores by how much a reading says: a more specific reading of the same digits wins.
namespace score {
/// A month named alone ("in May", "5月の"): below a figure, so that a date written with its
/// day or year ("May 2023", "5 May"), which scores more than the month and its figures, wins.
constexpr double kMonth = 0.5;
constexpr double kNumber = 1.0;      ///< a figure: number, amount of money, percentage
constexpr double kOrdinal = 2.0;     ///< a rank ("3rd", "troisième")
constexpr double kDate = 2.0;        ///< a year with year context
constexpr double kIdentifier = 3.0;  ///< a model, standard, version, ticker, phone number
/// A share ("a fifth of", "5分の1"): more than the rank ("fifth") or the two numbers it is
/// written with.
constexpr double kFraction = 3.0;
/// A day, a month and a year written in figures ("3. 7. 2023"): more than the three numbers,
/// or a rank and two numbers, that its parts read as.
constexpr double kFullDate = 5.0;
}  // namespace score

/// An extractor: appends its candidates for `text` (UTF-8, one segment) in language `data`;
/// `digits` tells where digits may begin in `text`.
using Propose = void (*)(std::string_view text, const lang::LanguageData& data,
                         const context::DigitIndex& digits, std::vector<Candidate>& out);

}  // namespace factlint::extract
