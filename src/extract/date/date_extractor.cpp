// Dates: four-digit years with year context.
#include "extract/date/date_extractor.hpp"

#include <array>

#include "core/utf8.hpp"
#include "extract/context.hpp"

namespace factlint::extract {
namespace {

/// The year characters of languages that mark every year (ja, zh, ko).
constexpr std::string_view kHanYear = "\xE5\xB9\xB4";     // 年
constexpr std::string_view kHangulYear = "\xEB\x85\x84";  // 년

/// The bytes that may begin a decimal digit in UTF-8: ASCII digits and the lead bytes of the
/// blocks that hold digits of other scripts (Arabic-Indic D9, extended DB, NKo DF, Indic
/// E0–E1, Vai and others EA, full-width EF, and every four-byte sequence F0), checked against
/// ICU 72's data. Other bytes are skipped without decoding (Han, kana and most Hangul).
constexpr std::array<bool, 256> kMayBeginDigit = [] {
  std::array<bool, 256> t{};
  for (int b = '0'; b <= '9'; ++b) t[static_cast<std::size_t>(b)] = true;
  for (const int b : {0xD9, 0xDB, 0xDF, 0xE0, 0xE1, 0xEA, 0xEF, 0xF0}) {
    t[static_cast<std::size_t>(b)] = true;
  }
  return t;
}();

bool joins_digits(char32_t cp) {
  return cp == '.' || cp == ',' || cp == 0x066B || cp == 0x066C || context::is_space(cp) ||
         cp == '\'' || cp == 0x2019;
}

}  // namespace

void propose_dates(std::string_view text, const lang::LanguageData& data,
                   std::vector<Candidate>& out) {
  std::size_t pos = 0;
  const std::size_t n = text.size();
  while (pos < n) {
    if (!kMayBeginDigit[static_cast<unsigned char>(text[pos])]) {
      ++pos;
      continue;
    }
    std::size_t next = pos;
    const char32_t first = utf8::decode(text, next);
    if (context::digit_value(first) < 0) {
      pos = next;
      continue;
    }
    // The whole run of digits.
    const std::size_t begin = pos;
    int value = 0;
    int digits = 0;
    std::size_t end = pos;
    while (end < n) {
      std::size_t q = end;
      const int d = context::digit_value(utf8::decode(text, q));
      if (d < 0) break;
      value = value * 10 + d;
      ++digits;
      end = q;
      if (digits > 4) break;
    }
    pos = end;
    while (pos < n && context::digit_value(context::cp_at(text, pos, next)) >= 0) pos = next;
    if (digits != 4 || value < 1000 || value > 2999) continue;
    // Not part of a longer figure: "12.2023", "2023,5", "1 2023".
    std::size_t prev_pos = begin;
    const char32_t before = context::cp_before(text, begin, prev_pos);
    std::size_t before2 = prev_pos;
    if (context::digit_value(before) >= 0) continue;
    if (joins_digits(before) &&
        context::digit_value(context::cp_before(text, prev_pos, before2)) >= 0) {
      continue;
    }
    std::size_t after_pos = end;
    const char32_t after = context::cp_at(text, end, after_pos);
    if (joins_digits(after) && context::digit_value(context::cp_at(text, after_pos, next)) >= 0) {
      continue;
    }
    if (after == '-' || after == 0x2013) {
      if (context::digit_value(context::cp_at(text, after_pos, next)) >= 0) continue;  // a range
    }
    // Glued letters make it part of a word or an identifier ("A2023", "2023b"), except a
    // decade's ending ("2000s", "2000er").
    const bool decade =
        value % 10 == 0 && data.year_after_trie.match_forward(text, end).has_value();
    if (lang::is_spaced_letter(before) || (lang::is_spaced_letter(after) && !decade)) continue;
    // An amount, not a year: "2000 kronor", "2000 %", "2000 millones".
    const std::size_t word = context::skip_space(text, end);
    if (data.currency_trie.match_forward(text, word) ||
        data.percent_trie.match_forward(text, word) || data.scale_trie.match_forward(text, word)) {
      continue;
    }
    std::size_t span_end = end;
    bool year = false;
    if (data.years_marked) {
      for (const std::string_view mark : {kHanYear, kHangulYear}) {
        if (text.substr(end, mark.size()) == mark) {
          span_end = end + mark.size();
          year = true;
        }
      }
    }
    year = year || context::year_context(text, data, begin, end) ||
           (value >= 1900 && value <= 2100 && context::year_determiner(text, data, begin));
    if (!year) continue;
    Candidate c;
    c.fact.kind = FactKind::date;
    c.fact.span = Span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(span_end)};
    c.fact.text = std::string(text.substr(begin, span_end - begin));
    c.fact.value = DateValue{value, 0, 0};
    c.score = score::kDate;
    out.push_back(std::move(c));
  }
}

}  // namespace factlint::extract
