// Internal: boilerplate marking by position and shape, and by lack of counterparts.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"

namespace factlint::segment {

/// Language-independent shape of a piece of text.
struct Shape {
  int words = 0;    ///< space-separated tokens, plus one per two characters of unspaced scripts
  int letters = 0;  ///< alphabetic code points
  int digits = 0;   ///< decimal digits of any script
  int leading_capitalised = 0;           ///< capitalised tokens before the first other one
  bool lowercase_after_leading = false;  ///< the token after those starts with a lowercase letter
  int separators = 0;                    ///< '|' and '•' standing alone between tokens
  bool first_is_digit = false;           ///< begins with a digit
  char32_t last = 0;                     ///< last code point, closing quotes and brackets skipped
  std::vector<std::string> numbers;      ///< numeric tokens reduced to their ASCII digits
  std::vector<std::string> distinctive;  ///< tokens with a digit or an uppercase letter
  /// The first word when it is capitalised only because it starts the sentence, as far as the
  /// segment can tell ("Orvik", but also "Critics"); four letters or more, else empty.
  std::string initial;

  /// Ends like a sentence: '.', '!', '?', '…' and their full-width forms.
  [[nodiscard]] bool terminal() const;
};

/// Measures `text`.
[[nodiscard]] Shape measure(std::string_view text);

/// Marks boilerplate in one segmented document by position and shape.
void mark_boilerplate(Document& doc);

/// Marks head and tail segments that have no counterpart in any other version.
void mark_without_counterparts(std::vector<Document>& docs);

}  // namespace factlint::segment
