// Ordinals: digits with an ordinal ending, prefix or dot.
#include "extract/ordinal/ordinal_extractor.hpp"

#include <unicode/uchar.h>

#include "core/utf8.hpp"
#include "extract/context.hpp"
#include "lang/number_words.hpp"

namespace factlint::extract {
namespace {

using context::cp_at;
using context::cp_before;
using context::digit_value;

void add(std::string_view text, std::size_t begin, std::size_t end, int value,
         std::vector<Candidate>& out) {
  Candidate c;
  c.fact.kind = FactKind::ordinal;
  c.fact.span = Span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
  c.fact.text = std::string(text.substr(begin, end - begin));
  NumericValue v;
  v.amount.value = Decimal::from_parts(value, 0);
  c.fact.value = std::move(v);
  c.score = score::kOrdinal;
  out.push_back(std::move(c));
}

/// Whether the number ending at `end` goes on as a figure ("1,200", "3/7/2566", "3.5") or is
/// an amount (a scale word, currency or percent after it): then a word before it that marks
/// ordinals elsewhere is another word (th "อยู่ที่ 1,200 ล้าน" "is at 1,200 million").
bool goes_on_as_amount(std::string_view text, std::size_t end, const lang::LanguageData& data) {
  std::size_t q = end;
  const char32_t c = cp_at(text, end, q);
  if (c == '.' || c == ',' || c == '/' || c == ':' || c == '-' || c == 0x066B || c == 0x066C ||
      c == 0x2013) {
    std::size_t r = q;
    if (digit_value(cp_at(text, q, r)) >= 0) return true;
  }
  const std::size_t after = context::skip_space(text, end);
  return data.percent_trie.match_forward(text, end).has_value() ||
         data.percent_trie.match_forward(text, after).has_value() ||
         data.currency_trie.match_forward(text, after).has_value() ||
         data.scale_trie.match_forward(text, after).has_value();
}

}  // namespace

void propose_ordinals(std::string_view text, const lang::LanguageData& data,
                      const context::DigitIndex& digits, std::vector<Candidate>& out) {
  std::size_t pos = 0;
  const std::size_t n = text.size();
  context::DigitIndex::Cursor cursor;
  while (pos < n) {
    pos = digits.next(pos, cursor);
    if (pos >= n) break;
    std::size_t next = pos;
    if (digit_value(utf8::decode(text, next)) < 0) {
      pos = next;
      continue;
    }
    const std::size_t begin = pos;
    const context::DigitRun run = context::digit_run(text, pos);
    const std::size_t end = run.end;
    const int value = run.value;
    pos = end;
    if (run.digits > 3 || value == 0) continue;
    std::size_t before_pos = begin;
    const char32_t before = cp_before(text, begin, before_pos);
    // Part of a longer figure or word: "1.3rd", "A3".
    if (digit_value(before) >= 0 || before == '.' || before == ',' ||
        (lang::is_spaced_letter(before) && !data.ordinal_prefix_trie.match_backward(text, begin))) {
      continue;
    }
    // "第3", "제3", "ke-3", "thứ 12", "ที่ 3".
    if (const auto m = data.ordinal_prefix_trie.match_backward(text, begin)) {
      // In a language without spaces the prefix must be a word of its own ("ไตรมาสที่ 3"), not
      // the end of one ("เจ้าหน้าที่ 30 คน", thirty officials).
      if (!goes_on_as_amount(text, end, data) &&
          lang::dictionary_word_boundary(text, m->first, data.tag)) {
        add(text, m->first, end, value, out);
      }
      continue;
    }
    // "3rd", "3e", "3º", "3:e", "3-й", "3-тє", "150वीं".
    if (const auto m = data.ordinal_suffix_trie.match_forward(text, end)) {
      add(text, begin, m->first, value, out);
      continue;
    }
    // ja "3位", "21世紀", ko "3위를", "3분기에": a counter of ranks, centuries or quarters; a
    // Korean particle may follow it in the same word.
    if (const auto m = data.ordinal_counter_trie.match_forward(text, end, false)) {
      add(text, begin, m->first, value, out);
      continue;
    }
    // "3. miejsce", "den 3. Platz".
    if (data.ordinal_dot && end < n && text[end] == '.') {
      const std::size_t word = context::skip_space(text, end + 1);
      if (word == end + 1) continue;  // "3.5", "3.)": no space after the dot
      std::size_t after = word;
      const char32_t c = cp_at(text, word, after);
      if (data.month_trie.match_forward(text, word)) continue;  // "3. Juli": a date
      const bool lower_word = u_islower(static_cast<UChar32>(c)) != 0;
      const bool determiner =
          data.ordinal_before_trie.match_backward(text, context::skip_space_back(text, begin))
              .has_value();
      if ((lower_word || (determiner && u_isalpha(static_cast<UChar32>(c)) != 0))) {
        add(text, begin, end + 1, value, out);
      }
    }
  }
}

}  // namespace factlint::extract
