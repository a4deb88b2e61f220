// Figures: a numeral with its scale words ("6,3 Milliarden", "45 लाख करोड़") and the parts of a
// compound CJK amount ("1億2400万").
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <tuple>

#include "extract/amount/affixes.hpp"
#include "extract/amount/numerals.hpp"

namespace factlint::extract::amount {

/// A numeral with its scale words applied.
struct Figure {  // NOLINT(bugprone-exception-escape): holds a Numeral
  Numeral num;
  Reading reading;
  Decimal value;           ///< scale and compound parts applied
  std::int32_t power = 0;  ///< power of ten of the scale word(s)
  bool letter_scale = false;
  bool compound = false;
  std::int32_t last_unit = 0;  ///< compound only: the power of ten of the last part's unit
  std::size_t scale_begin = 0;
  std::size_t scale_end = 0;  ///< after the scale word(s), before compound parts
  std::size_t end = 0;        ///< after the last scale word or compound part
};

/// Reads figures: numerals with the scale words after them.
class Figures {
 public:
  Figures(const Numerals& numerals, const Affixes& affixes)
      : n_(numerals), affixes_(affixes), text_(numerals.text()), data_(numerals.data()) {}

  /// The figure whose first digit is at `pos`. Single-letter scales ("5m", "$5bn") need
  /// `allow_letters`, and a currency before the figure when they stand apart from it.
  [[nodiscard]] std::optional<Figure> read(std::size_t pos, bool allow_letters,
                                           bool currency_before) const;

  /// Applies the scale words after `b.end` to `b` (its value and end): "fünf Millionen".
  void apply_scales(Figure& b, bool allow_letters, bool currency_before) const;

 private:
  /// A scale word at `pos` or after one space or hyphen: (begin, end, word).
  [[nodiscard]] std::optional<std::tuple<std::size_t, std::size_t, const lang::ScaleWord*>>
  scale_at(std::size_t pos, bool allow_letters, bool currency_before) const;

  const Numerals& n_;
  const Affixes& affixes_;
  std::string_view text_;
  const lang::LanguageData& data_;
};

}  // namespace factlint::extract::amount
