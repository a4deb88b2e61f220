// Numerals: runs of digits of any script and the separators between them, read by the locale.
#pragma once

#include <array>
#include <boost/container/small_vector.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"
#include "core/fact.hpp"
#include "lang/language_data.hpp"

namespace factlint::extract::amount {

/// A number as written: digit groups and the separators between them.
using Groups = boost::container::small_vector<std::string, 4>;

// small_vector's moves are not declared noexcept (moving inline elements copies them into the
// new inline buffer), hence the NOLINTs on the types that hold one.
struct Numeral {  // NOLINT(bugprone-exception-escape)
  std::size_t begin = 0;
  std::size_t end = 0;
  // Inline storage: a numeral rarely has more than four groups, and this runs for every
  // candidate, so the common case allocates nothing (digit groups fit std::string's SSO).
  Groups groups;  ///< ASCII digits
  boost::container::small_vector<char32_t, 4> seps;
  bool native = false;  ///< written in digits other than ASCII and full-width ones
};

/// A numeral read by a locale.
struct Reading {
  Decimal value;
  std::optional<Decimal> alternative;
  NumberFormat format;
};

/// The text being scanned, its language, and how that language writes digits. Every part of
/// the amount scan reads the text through one of these.
class Numerals {
 public:
  Numerals(std::string_view text, const lang::LanguageData& data);

  [[nodiscard]] std::string_view text() const { return text_; }
  [[nodiscard]] const lang::LanguageData& data() const { return data_; }

  /// Where the first digit at or after `pos` starts, or the size of the text.
  [[nodiscard]] std::size_t next_candidate(std::size_t pos) const;
  /// The value (0–9) of the digit at `pos` and its byte length, or -1 (len = bytes to skip).
  /// Inline for ASCII: the numeral readers ask it at every character.
  int digit_at(std::size_t pos, std::size_t& len) const {
    const auto c = static_cast<unsigned char>(text_[pos]);
    if (c >= '0' && c <= '9') {
      len = 1;
      return c - '0';
    }
    return digit_at_multibyte(pos, len);
  }
  [[nodiscard]] bool is_digit(std::size_t pos) const;
  /// Skips the rest of a token that is not a number ("2.0.1", "H100", "12:30", "COVID-19").
  [[nodiscard]] std::size_t skip_token(std::size_t pos) const;

  /// Reads digits and separators from `pos` (a digit).
  [[nodiscard]] Numeral read(std::size_t pos) const;
  /// Reads a numeral by the document's locale; nullopt when it is no number.
  [[nodiscard]] std::optional<Reading> interpret(const Numeral& num) const;
  /// The numeral cut at its first space separator ("2019 100" → "2019"), for a retry.
  [[nodiscard]] std::optional<Numeral> cut_at_space(const Numeral& num) const;

  /// The code point at `pos` (0 at the end) and the position after it.
  char32_t at(std::size_t pos, std::size_t& next) const;
  /// The code point before `pos` (0 at the start) and its start.
  char32_t before(std::size_t pos, std::size_t& prev) const;
  /// `pos` moved past one space at it, or back over one space before it.
  [[nodiscard]] std::size_t skip_space(std::size_t pos) const;
  [[nodiscard]] std::size_t skip_space_back(std::size_t pos) const;

 private:
  /// `digit_at` for any byte but an ASCII digit.
  int digit_at_multibyte(std::size_t pos, std::size_t& len) const;
  [[nodiscard]] bool separator_ok(char32_t cp) const;
  [[nodiscard]] bool valid_grouping(const Groups& groups, std::size_t count) const;
  [[nodiscard]] std::string expected(const Groups& int_groups, bool grouped,
                                     const std::string& fraction, bool native) const;

  std::string_view text_;
  const lang::LanguageData& data_;
  std::array<bool, 256> candidate_{};
  unsigned char native_lead_ = 0xEF;  // lead byte of the native digits (0xEF when none)
  bool space_groups_ = false;
  bool apostrophe_groups_ = false;
  char32_t dec_ = '.';
  char32_t grp_ = ',';
  char32_t native_dec_ = '.';
  char32_t native_grp_ = ',';
};

/// A space that may sit inside or next to a figure: ASCII space, no-break, narrow no-break, thin.
[[nodiscard]] bool is_space(char32_t cp);
/// A hyphen, en dash, em dash or minus sign.
[[nodiscard]] bool is_dash(char32_t cp);
/// The UTF-8 encoding of one code point.
[[nodiscard]] std::string encode(char32_t cp);

}  // namespace factlint::extract::amount
