// What is written around a figure and belongs to the amount: currencies, percent forms, units.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>

#include "core/fact.hpp"
#include "extract/amount/numerals.hpp"

namespace factlint::extract::amount {

/// A currency written next to a figure: how it was written, and where it begins or ends.
struct CurrencyAt {
  CurrencyMention mention;
  std::size_t edge = 0;   ///< its end when after the figure, its begin when before
  bool suffixed = false;  ///< a case ending follows, glued to the word (tr "liraya")
};

/// A percent form written next to a figure.
struct PercentAt {
  std::size_t edge = 0;  ///< its end when after the figure, its begin when before
  bool points = false;   ///< percentage points
};

/// Currencies, percent forms and units before and after a figure.
class Affixes {
 public:
  explicit Affixes(const Numerals& numerals)
      : n_(numerals), text_(numerals.text()), data_(numerals.data()) {}

  /// An ISO 4217 code at `pos` ("EUR"), its end; 0 when none.
  [[nodiscard]] std::size_t iso_code_at(std::size_t pos) const;
  /// A currency after `pos` (after one optional space, or a hyphen when `hyphen_ok`).
  [[nodiscard]] std::optional<CurrencyAt> currency_after(std::size_t pos,
                                                         bool hyphen_ok = false) const;
  /// A currency symbol or code ending at `end` (before one optional space).
  [[nodiscard]] std::optional<CurrencyAt> currency_before(std::size_t end) const;
  /// A currency symbol (not a word) starting exactly at `pos`.
  [[nodiscard]] bool currency_symbol_at(std::size_t pos) const;
  /// A percent sign or word at `end` or after one space ("%", " Prozent", " percentage points").
  [[nodiscard]] std::optional<PercentAt> percent_after(std::size_t end) const;
  /// A percent form written before the figure ending at `begin` ("%12" in tr, "百分之").
  [[nodiscard]] std::optional<PercentAt> percent_before(std::size_t begin) const;
  /// A unit of measure written right at `pos` and ending there as a word ("780MB", "5km",
  /// "20°C"): the figure before it is a figure with its unit.
  [[nodiscard]] bool unit_at(std::size_t pos) const;

 private:
  [[nodiscard]] std::size_t iso_code_before(std::size_t end) const;
  [[nodiscard]] CurrencyMention mention_of(std::size_t begin, std::size_t end,
                                           std::uint32_t index) const;
  [[nodiscard]] CurrencyMention mention_of_code(std::size_t begin) const;

  const Numerals& n_;
  std::string_view text_;
  const lang::LanguageData& data_;
};

}  // namespace factlint::extract::amount
