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
  /// Keys (token_key) of the words that start with a lowercase letter; with evidence only.
  std::vector<std::uint64_t> lowercase;

  /// Ends like a sentence: '.', '!', '?', '…' and their full-width forms.
  [[nodiscard]] bool terminal() const;
};

/// Measures `text`. Without `evidence`, the distinctive tokens and the initial word (what the
/// pass across versions compares) are left empty, which saves most of the work.
[[nodiscard]] Shape measure(std::string_view text, bool evidence = true);

/// The key of a token as written (its UTF-8 bytes, no folding).
[[nodiscard]] std::uint64_t token_key(std::string_view word);

/// Marks boilerplate in one segmented document by position and shape. With `keep`, the
/// segments' shapes with evidence are kept there, one per segment.
void mark_boilerplate(Document& doc, std::vector<Shape>* keep = nullptr);

/// Marks head and tail segments that have no counterpart in any other version (numbers by the
/// values of `facts` and by digits, distinctive tokens as written). `shapes`, when given, are
/// every document's segment shapes with evidence (from mark_boilerplate); else they are
/// measured here.
void mark_without_counterparts(std::vector<Document>& docs, const std::vector<Fact>& facts,
                               std::vector<std::vector<Shape>>* shapes = nullptr);

/// The data behind segment::Measurements: one shape (with evidence) per segment.
struct Measurements::Data {
  std::vector<Shape> shapes;
};

}  // namespace factlint::segment
