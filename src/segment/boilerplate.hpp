// Internal: boilerplate marking by position and shape, and by lack of counterparts.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "core/fact.hpp"
#include "segment/segmenter.hpp"

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
  /// Numeric tokens reduced to their ASCII digits, hashed (see numbers_in).
  std::vector<std::uint64_t> numbers;
  /// Tokens with a digit or an uppercase letter, hashed (token_key); filled by measure() only
  /// when asked for evidence.
  std::vector<std::uint64_t> distinctive;
  /// The first word when it is capitalised only because it starts the sentence, as far as the
  /// segment can tell ("Orvik", but also "Critics"); four letters or more, else empty.
  std::string initial;

  /// Ends like a sentence: '.', '!', '?', '…' and their full-width forms.
  [[nodiscard]] bool terminal() const;
};

/// Measures `text`. Without `evidence`, the distinctive tokens and the initial word (what the
/// pass across versions compares) are left empty, which saves most of the work. With evidence
/// and `lowercase`, the keys (token_key) of the words of four letters or more that start with
/// a lowercase letter are appended there: one array for a whole document, where a vector per
/// segment cost more in allocation than the keys themselves.
[[nodiscard]] Shape measure(std::string_view text, bool evidence = true,
                            std::vector<std::uint64_t>* lowercase = nullptr);

/// The key of a token as written (its UTF-8 bytes, no folding).
[[nodiscard]] std::uint64_t token_key(std::string_view word);

/// The data behind segment::Measurements: one shape (with evidence) per segment, and the keys
/// of the document's lowercase words (see measure).
struct Measurements::Data {
  std::vector<Shape> shapes;
  std::vector<std::uint64_t> lowercase;
};

/// Marks boilerplate in one segmented document by position and shape. With `keep`, the
/// segments' shapes with evidence, and the document's lowercase words, are kept there.
void mark_boilerplate(Document& doc, Measurements::Data* keep = nullptr);

/// Marks head and tail segments that have no counterpart in any other version (numbers by the
/// values of `facts` and by digits, distinctive tokens as written). `measured`, when given,
/// holds every document's measurements (from mark_boilerplate); else they are made here.
void mark_without_counterparts(std::vector<Document>& docs, const std::vector<Fact>& facts,
                               std::vector<Measurements::Data>* measured = nullptr);

}  // namespace factlint::segment
