// Ranges: two figures joined by a dash or a range word ("5–7", "5 bis 7", "between 5 and 7",
// "5万～7万"), a scale or currency written once for both ("de 5 à 7 millions", "$2–3 billion").
#pragma once

#include <cstddef>
#include <optional>

#include "extract/amount/context.hpp"
#include "extract/amount/figures.hpp"

namespace factlint::extract::amount {

/// What follows a figure: nothing of a range, the upper bound of one, or the sign that the
/// figure is part of something else (a date "2023-07-03", "07-03"). A score or a vote ("3-2",
/// "52-48") is no range: both its sides are numbers.
struct RangeEnd {  // NOLINT(bugprone-exception-escape): holds a Figure
  enum class Kind : std::uint8_t { none, range, not_amount };
  Kind kind = Kind::none;
  std::optional<Figure> upper;
  std::size_t token_end = 0;  ///< not_amount: where the other thing ends
};

/// Finds the second bound of a range after a figure.
class Ranges {
 public:
  Ranges(const Numerals& numerals, const Figures& figures, const Context& context)
      : n_(numerals),
        figures_(figures),
        context_(context),
        text_(numerals.text()),
        data_(numerals.data()) {}

  /// The range that `first` opens, if any. `lead` is where the amount begins (a currency before
  /// the figure, or the figure); `currency_before` whether there is such a currency. A scale
  /// written only after the upper bound is given to `first` too ("5 to 7 million").
  [[nodiscard]] RangeEnd after(Figure& first, std::size_t lead, bool currency_before) const;

 private:
  /// A lowercase word with a plural ending of the language at `pos` ("ans", "años", "лет" is
  /// not: Russian lists genitive endings): a noun both bounds count.
  [[nodiscard]] bool plural_noun_at(std::size_t pos) const;

  const Numerals& n_;
  const Figures& figures_;
  const Context& context_;
  std::string_view text_;
  const lang::LanguageData& data_;
};

}  // namespace factlint::extract::amount
