// Context around a figure that extractors share: spaces, digits and year context.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "lang/language_data.hpp"

namespace factlint::extract::context {

/// A space that may sit inside or next to a figure: ASCII space, no-break, narrow no-break, thin.
[[nodiscard]] bool is_space(char32_t cp);

/// `pos` moved past one space at `pos`, if there is one.
[[nodiscard]] std::size_t skip_space(std::string_view text, std::size_t pos);
/// `pos` moved back over one space right before it, if there is one.
[[nodiscard]] std::size_t skip_space_back(std::string_view text, std::size_t pos);

/// `digit_value` for a code point above U+007F.
[[nodiscard]] int digit_value_non_ascii(char32_t cp);

/// The value (0–9) of the decimal digit `cp` of any script, or -1.
[[nodiscard]] inline int digit_value(char32_t cp) {
  if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
  // No decimal digit lies between ASCII and the Arabic-Indic digits (U+0660): Latin, Greek,
  // Cyrillic, Armenian and Hebrew letters are told without a lookup.
  if (cp < 0x0660) return -1;
  return digit_value_non_ascii(cp);
}

/// The first position from `pos` on that may begin a decimal digit of any script (an ASCII
/// digit, a digit of the Basic Multilingual Plane by ICU's data, or the lead byte of a longer
/// or cut sequence), or `text.size()`. Every position skipped holds no digit, so a loop over
/// the code points of a text that acts only at digits may jump there.
[[nodiscard]] std::size_t next_digit_start(std::string_view text, std::size_t pos);

/// Every position of a segment where `next_digit_start` stops, found in one scan that the
/// extractors acting only at digits share.
class DigitIndex {
 public:
  explicit DigitIndex(std::string_view text);

  /// Where an extractor is in the index: its calls move mostly forward, and each looks on from
  /// where the last one stopped.
  struct Cursor {
    std::size_t at = 0;
  };

  /// `next_digit_start(text, pos)`, by a lookup from `cursor`.
  [[nodiscard]] std::size_t next(std::size_t pos, Cursor& cursor) const;

 private:
  std::vector<std::size_t> starts_;
  std::size_t size_ = 0;
};

/// A run of decimal digits of any script: where it ends, how many digits it has, and the value
/// of its first nine digits (enough for the years, ranks and counts the extractors look at).
struct DigitRun {
  std::size_t end = 0;
  int digits = 0;
  int value = 0;
};

/// The run of digits starting at `pos` (empty, `end == pos`, when none starts there).
[[nodiscard]] DigitRun digit_run(std::string_view text, std::size_t pos);

/// The code point before `pos` (0 at the start), and its start in `prev`.
[[nodiscard]] char32_t cp_before(std::string_view text, std::size_t pos, std::size_t& prev);
/// The code point at `pos` (0 at the end), and the position after it in `next`.
[[nodiscard]] char32_t cp_at(std::string_view text, std::size_t pos, std::size_t& next);

/// Where an ordinal ending that ends at `end` and follows an ASCII digit starts ("3rd",
/// "1er"); `end` when there is none.
[[nodiscard]] std::size_t before_ordinal_suffix(std::string_view text,
                                                const lang::LanguageData& data, std::size_t end);

/// Whether the four-digit number in [begin, end) reads as a year by what surrounds it: a year
/// word before or after it ("in 2019", "2019 r.", "в 2019 году"), a month before it, or a day
/// and a month ("3 July 2023", "July 3, 2023", "3. Juli 2023").
[[nodiscard]] bool year_context(std::string_view text, const lang::LanguageData& data,
                                std::size_t begin, std::size_t end);

/// Whether a determiner before `begin` makes a number in 1900–2100 a year ("the 2024 elections").
[[nodiscard]] bool year_determiner(std::string_view text, const lang::LanguageData& data,
                                   std::size_t begin);

/// The word at `pos`: letters of a spaced script, or an empty view.
[[nodiscard]] std::string_view word_at(std::string_view text, std::size_t pos);

/// Whether `word` ends like a plural noun of the language (number_context.json
/// "count_suffixes"); an ending of three letters or more is a word of its own too (nl "jaar",
/// ar "عاماً", nouns that follow numbers in the singular).
[[nodiscard]] bool plural_noun(const lang::LanguageData& data, std::string_view word);

}  // namespace factlint::extract::context
