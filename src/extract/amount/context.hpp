// The context that rules a numeral out as an amount (a phone number, a time, an ordinal, a day
// of a month) or marks it approximate.
#pragma once

#include <cstddef>

#include "extract/amount/numerals.hpp"

namespace factlint::extract::amount {

/// Questions about what surrounds a numeral.
class Context {
 public:
  explicit Context(const Numerals& numerals)
      : n_(numerals), text_(numerals.text()), data_(numerals.data()) {}

  /// End of a phone-number-like chain of digit groups starting at `start` (`prev` is the
  /// character before it), or npos.
  [[nodiscard]] std::size_t phone_end(std::size_t start, char32_t prev) const;
  /// True when the numeral is written as a time next to a time word ("12.30 Uhr").
  [[nodiscard]] bool time_like(const Numeral& num, std::size_t begin) const;
  /// The end of the minutes when the numeral is the hour of "12 h 30" or "12h30"; else 0.
  [[nodiscard]] std::size_t hour_minutes_end(const Numeral& num) const;
  /// True when the integers `first` and `last` (a range's bounds) are hours of the clock before
  /// one of the language's clock words: "11 und 18 Uhr", "11 bis 18 Uhr".
  [[nodiscard]] bool clock_hours(const Numeral& first, const Numeral& last) const;
  /// An hour from 1 to 12 before an afternoon word ("6 p.m.", "6pm"; number_context.json
  /// "pm_words"): the hour on the 24-hour clock (18; 12 p.m. is 12) and the end of the word.
  [[nodiscard]] std::optional<std::pair<std::int64_t, std::size_t>> afternoon_hour(
      const Numeral& num) const;
  /// True when the integer is an ordinal ("3.er", "3:e", "3-е", "3. Platz" in de/pl).
  [[nodiscard]] bool ordinal_like(const Numeral& num) const;
  /// True when a small integer is the day of a month next to it ("3 July", "July 3").
  [[nodiscard]] bool month_adjacent(const Numeral& num, std::size_t begin) const;
  /// An approximation word right before `begin` ("around", "約") or right after `end` ("左右").
  [[nodiscard]] bool approximate_around(std::size_t begin, std::size_t end) const;
  /// True when an ordinal in words in [begin, end) counts a group instead ("pada ketiga disk",
  /// id "on all three disks", against "disk ketiga", "the third disk"): the language puts its
  /// ordinals after the noun ("collective_after" given), a word follows, and the ordinal starts
  /// a clause or follows one of "collective_after".
  [[nodiscard]] bool collective_ordinal(std::size_t begin, std::size_t end) const;
  /// True when a weak ordinal in words at [begin, end) is a rank all the same: after one of the
  /// language's "rank_after" words and before a lowercase word that is no "rank_not_before"
  /// ("the second quarter", "a second heatwave"; not "a second later").
  [[nodiscard]] bool weak_rank(std::size_t begin, std::size_t end) const;
  /// True when the digits at `start` are the first side of a score or a vote: "3-1", "52-48"
  /// (a hyphen, the first side not smaller: "1-3" is a range), "2:0" (a colon and one digit:
  /// "10:30" is a time). Each side has one to three digits and no leading zero ("07-03" is a date),
  /// and no figure goes on before or after the pair. Both sides are numbers then.
  [[nodiscard]] bool score_first(std::size_t start) const;
  /// True when the digits at `start` are the second side of such a pair.
  [[nodiscard]] bool score_second(std::size_t start) const;
  /// Four digits starting with 1 or 2, without separators: what a year looks like.
  [[nodiscard]] static bool is_plain_year(const Numeral& num);

 private:
  const Numerals& n_;
  std::string_view text_;
  const lang::LanguageData& data_;
};

}  // namespace factlint::extract::amount
