// Fractions: "a fifth of", "zwei Drittel der", "5分の1", "五分之一" as percentages.
#include "extract/fraction/fraction_extractor.hpp"

#include <unicode/uchar.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "core/decimal.hpp"
#include "core/utf8.hpp"
#include "extract/amount/han.hpp"
#include "extract/context.hpp"
#include "extract/word_scan.hpp"

namespace factlint::extract {
namespace {

/// The value of a Han numeral of one character, 1 to 10 (一 … 九, 两, 十), or 0.
int han_digit(char32_t cp) {
  if (const int d = amount::han_digit(cp); d > 0) return d;
  return amount::han_small_unit(cp) == 1 ? 10 : 0;
}

/// A small whole number (digits of any script, or one Han numeral) ending at `end`: its value
/// and start.
std::optional<std::pair<int, std::size_t>> number_before(std::string_view text, std::size_t end) {
  std::size_t p = end;
  int value = 0;
  int scale = 1;
  while (p > 0) {
    std::size_t q = p;
    const char32_t cp = context::cp_before(text, p, q);
    const int d = context::digit_value(cp);
    if (d < 0 || scale > 100) break;
    value += d * scale;
    scale *= 10;
    p = q;
  }
  if (p != end) return std::make_pair(value, p);
  std::size_t q = end;
  const int han = end > 0 ? han_digit(context::cp_before(text, end, q)) : 0;
  if (han != 0) return std::make_pair(han, q);
  return std::nullopt;
}

/// A small whole number (digits of any script, or one Han numeral) starting at `pos`: its value
/// and end.
std::optional<std::pair<int, std::size_t>> number_after(std::string_view text, std::size_t pos) {
  const context::DigitRun run = context::digit_run(text, pos);
  if (run.digits > 0) {
    if (run.digits > 3) return std::nullopt;
    return std::make_pair(run.value, run.end);
  }
  std::size_t q = pos;
  const int han = pos < text.size() ? han_digit(context::cp_at(text, pos, q)) : 0;
  if (han != 0) return std::make_pair(han, q);
  return std::nullopt;
}

/// 100 × parts / whole, to two decimals, rounded half up.
Decimal share(int parts, int whole) {
  const std::int64_t hundredths = (std::int64_t{parts} * 20000 + whole) / (std::int64_t{2} * whole);
  return Decimal::from_parts(hundredths, -2);
}

Candidate make(std::string_view text, std::size_t begin, std::size_t end, int parts, int whole) {
  Candidate c;
  c.fact.kind = FactKind::percent;
  c.fact.span = Span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
  c.fact.text = std::string(text.substr(begin, end - begin));
  NumericValue v;
  v.amount.value = share(parts, whole);
  // An exact share, even in words: "a fifth" is no vague crowd that "a quarter" meets
  // (kinds::vague_numbers_meet), and "a third" agrees with "33 %" by rounding alone.
  v.words = false;
  c.fact.value = std::move(v);
  c.score = score::kFraction;
  return c;
}

/// "5分の1", "五分之一", "5분의 1": the denominator, the mark, the numerator.
void marked_fractions(std::string_view text, const lang::LanguageData& data,
                      std::vector<Candidate>& out) {
  for (const std::string& mark : data.fraction_marks) {
    for (std::size_t at = text.find(mark); at != std::string_view::npos;
         at = text.find(mark, at + mark.size())) {
      const auto whole = number_before(text, at);
      if (!whole) continue;
      const auto parts = number_after(text, context::skip_space(text, at + mark.size()));
      // Not a percentage written as hundredths (zh "百分之十二" is the percent reader's).
      if (!parts || whole->first < 2 || whole->first > 100 || parts->first < 1 ||
          parts->first >= whole->first) {
        continue;
      }
      out.push_back(make(text, whole->second, parts->second, parts->first, whole->first));
    }
  }
}

/// "a fifth of", "two-thirds of", "zwei Drittel der": a numerator word, a space or a hyphen, a
/// part word at `begin`, and one of the "after" words.
void word_fraction_at(std::string_view text, const lang::LanguageData& data, std::size_t begin,
                      std::vector<Candidate>& out) {
  const auto part = data.fraction_denominator_trie.match_forward(text, begin);
  if (!part || begin == 0) return;
  const char joint = text[begin - 1];
  if (joint != ' ' && joint != '-') return;
  const std::size_t numerator_end =
      joint == ' ' ? context::skip_space_back(text, begin) : begin - 1;
  auto numerator = data.fraction_numerator_trie.match_backward(text, numerator_end);
  if (!numerator) {
    // ru "около четверти": a part word that says one part by itself.
    const auto alone = data.fraction_alone_trie.match_forward(text, begin);
    if (!alone || alone->first != part->first) return;
    numerator = std::make_pair(begin, std::uint32_t{1});
  }
  if (data.fraction_after_trie.size() != 0) {
    const std::size_t a = context::skip_space(text, part->first);
    auto after = data.fraction_after_trie.match_forward(text, a);
    if (!after) {
      // An elided form glued to the next word: fr "d'euros".
      after = data.fraction_after_trie.match_forward(text, a, /*boundary=*/false);
      if (after && !(text.substr(a, after->first - a).ends_with("'") ||
                     text.substr(a, after->first - a).ends_with("\u2019"))) {
        after.reset();
      }
    }
    if (a == part->first || !after) return;
  }
  const auto whole = static_cast<int>(part->second);
  const auto parts = static_cast<int>(numerator->second);
  if (parts < 1 || parts >= whole) return;
  out.push_back(make(text, numerator->first, part->first, parts, whole));
}

/// Part words follow a space or a hyphen ("two-thirds").
void word_fractions(std::string_view text, const lang::LanguageData& data,
                    std::vector<Candidate>& out) {
  for_each_screened_word(text, data.fraction_denominator_screen, /*after_hyphen=*/true,
                         [&](std::size_t begin) { word_fraction_at(text, data, begin, out); });
}

}  // namespace

void propose_fractions(std::string_view text, const lang::LanguageData& data,
                       const context::DigitIndex& /*digits*/, std::vector<Candidate>& out) {
  marked_fractions(text, data, out);
  word_fractions(text, data, out);
}

}  // namespace factlint::extract
