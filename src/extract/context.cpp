// Context around figures: spaces, digits of any script, year words, months and determiners.
#include "extract/context.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <string>

#include "core/bmp_cache.hpp"
#include "core/utf8.hpp"
#include "extract/digit_blocks.hpp"

namespace factlint::extract::context {

bool is_space(char32_t cp) { return cp == ' ' || cp == 0x00A0 || cp == 0x202F || cp == 0x2009; }

std::size_t skip_space(std::string_view text, std::size_t pos) {
  std::size_t next = pos;
  if (pos < text.size() && is_space(cp_at(text, pos, next))) return next;
  return pos;
}

std::size_t skip_space_back(std::string_view text, std::size_t pos) {
  std::size_t prev = pos;
  if (pos > 0 && is_space(cp_before(text, pos, prev))) return prev;
  return pos;
}

namespace {

/// Asked at every character by several extractors: ICU's answer is cached, as value + 1 (0
/// for a code point that is no decimal digit).
constinit BmpCache digit_cache;

std::uint8_t digit_value_plus_one(char32_t cp) {
  const auto u = static_cast<UChar32>(cp);
  return u_charType(u) == U_DECIMAL_DIGIT_NUMBER
             ? static_cast<std::uint8_t>(u_charDigitValue(u) + 1)
             : std::uint8_t{0};
}

/// Where decimal digits begin: the bytes that begin one, and the digits of the Basic
/// Multilingual Plane, so that a letter sharing its lead byte with a digit (most Arabic and
/// Devanagari letters do) is told from one without decoding.
struct DigitStarts {
  std::array<bool, 256> lead{};
  std::bitset<0x10000> bmp{};
  /// The least lead byte of a sequence that may be a digit (0xD9, of U+0660): the letters of
  /// Latin, Greek, Cyrillic and Hebrew begin with lower ones, skipped sixteen at a time.
  unsigned char first_lead = 0xFF;
};

/// What `u_enumCharTypes` passes to `mark_digits`.
struct DigitStartsTarget {
  DigitStarts* starts;
};

UBool mark_digits(const void* context, UChar32 start, UChar32 limit, UCharCategory type) {
  if (type != U_DECIMAL_DIGIT_NUMBER) return 1;
  DigitStarts& d = *static_cast<const DigitStartsTarget*>(context)->starts;
  for (auto c = static_cast<std::uint32_t>(start); c < static_cast<std::uint32_t>(limit); ++c) {
    if (c < 0x80) {
      d.lead[c] = true;
    } else if (c < 0x800) {
      d.lead[0xC0U | (c >> 6U)] = true;
      d.bmp.set(c);
    } else if (c < 0x10000) {
      d.lead[0xE0U | (c >> 12U)] = true;
      d.bmp.set(c);
    } else {
      d.lead[0xF0U | (c >> 18U)] = true;
    }
  }
  return 1;
}

const DigitStarts& digit_starts() {
  static const DigitStarts starts = [] {
    DigitStarts d;
    const DigitStartsTarget target{&d};
    u_enumCharTypes(mark_digits, &target);
    for (unsigned b = 0xFF; b >= 0x80; --b) {
      if (d.lead[b]) d.first_lead = static_cast<unsigned char>(b);
    }
    return d;
  }();
  return starts;
}

}  // namespace

std::size_t next_digit_start(std::string_view text, std::size_t pos) {
  const DigitStarts& d = digit_starts();
  const std::size_t n = text.size();
  const auto starts_digit = [&](std::size_t at) {
    const auto b = static_cast<unsigned char>(text[at]);
    if (!d.lead[b]) return false;
    // The code point as `utf8::decode` reads a well-formed sequence; a cut or ill-formed one
    // decodes to no digit, and is let through as before.
    if (b < 0x80 || b >= 0xF0 || at + (b < 0xE0 ? 1 : 2) >= n) return true;
    const auto low = [&](std::size_t i) { return static_cast<unsigned char>(text[i]) & 0x3FU; };
    const unsigned cp = b < 0xE0 ? ((b & 0x1FU) << 6U) | low(at + 1)
                                 : ((b & 0x0FU) << 12U) | (low(at + 1) << 6U) | low(at + 2);
    return d.bmp.test(cp);
  };
#if defined(__SSE2__)
  // Bytes from first_lead to 0xFF (negative as signed bytes).
  const __m128i below_lead = _mm_set1_epi8(static_cast<char>(d.first_lead - 1));
  const __m128i zero = _mm_setzero_si128();
  const auto lead = [&](__m128i v) {
    return _mm_and_si128(_mm_cmpgt_epi8(v, below_lead), _mm_cmplt_epi8(v, zero));
  };
#else
  const auto lead = [](int) { return 0; };
#endif
  if (const std::size_t at = next_in_blocks(text, pos, lead, starts_digit);
      at != std::string_view::npos) {
    return at;
  }
  while (pos < n && !starts_digit(pos)) ++pos;
  return pos;
}

DigitIndex::DigitIndex(std::string_view text) : size_(text.size()) {
  for (std::size_t pos = next_digit_start(text, 0); pos < size_;
       pos = next_digit_start(text, pos + 1)) {
    starts_.push_back(pos);
  }
}

std::size_t DigitIndex::next(std::size_t pos, Cursor& cursor) const {
  if (cursor.at > 0 && starts_[cursor.at - 1] >= pos) {
    // Back before the last start found: look it up afresh.
    cursor.at = static_cast<std::size_t>(std::lower_bound(starts_.begin(), starts_.end(), pos) -
                                         starts_.begin());
  }
  while (cursor.at < starts_.size() && starts_[cursor.at] < pos) ++cursor.at;
  return cursor.at < starts_.size() ? starts_[cursor.at] : size_;
}

int digit_value_non_ascii(char32_t cp) {
  return static_cast<int>(digit_cache.get(cp, digit_value_plus_one)) - 1;
}

char32_t cp_before(std::string_view text, std::size_t pos, std::size_t& prev) {
  prev = pos;
  if (pos == 0) return 0;
  return utf8::decode_before(text, prev);
}

char32_t cp_at(std::string_view text, std::size_t pos, std::size_t& next) {
  next = pos;
  if (pos >= text.size()) return 0;
  return utf8::decode(text, next);
}

DigitRun digit_run(std::string_view text, std::size_t pos) {
  constexpr int kValueDigits = 9;
  DigitRun run{pos, 0, 0};
  while (run.end < text.size()) {
    std::size_t q = run.end;
    const int d = digit_value(utf8::decode(text, q));
    if (d < 0) break;
    if (run.digits < kValueDigits) run.value = run.value * 10 + d;
    ++run.digits;
    run.end = q;
  }
  return run;
}

std::size_t before_ordinal_suffix(std::string_view text, const lang::LanguageData& data,
                                  std::size_t end) {
  // A suffix is a few bytes ("rd", "er", "ème", "º"); the trie is matched forward from each
  // place it could start, where an ASCII digit is before it.
  constexpr std::size_t kLongestSuffix = 6;
  for (std::size_t k = 1; k <= kLongestSuffix && k < end; ++k) {
    const std::size_t at = end - k;
    if (text[at - 1] < '0' || text[at - 1] > '9') continue;
    const auto m = data.ordinal_suffix_trie.match_forward(text, at);
    if (m && m->first == end) return at;
  }
  return end;
}

bool year_context(std::string_view text, const lang::LanguageData& data, std::size_t begin,
                  std::size_t end) {
  std::size_t q = skip_space_back(text, begin);
  if (data.year_before_trie.match_backward(text, q)) return true;
  if (data.month_trie.match_backward(text, q)) return true;
  // "1 de enero de 1979", "3 luglio del 2023": a connector between the month and the year.
  if (const auto c = data.connector_trie.match_backward(text, q)) {
    if (data.month_trie.match_backward(text, skip_space_back(text, c->first))) return true;
  }
  if (q > 0 && text[q - 1] == ',') {
    q = skip_space_back(text, q - 1);
    if (data.month_trie.match_backward(text, q)) return true;  // "11 December, 1998"
  }
  // "July 3rd, 2023": the day's ordinal ending.
  q = before_ordinal_suffix(text, data, q);
  std::size_t d = q;
  while (d > 0 && text[d - 1] >= '0' && text[d - 1] <= '9' && q - d < 2) --d;
  if (d != q) {
    std::size_t m = d;
    if (m > 0 && text[m - 1] == '.') --m;
    const std::size_t before_day = skip_space_back(text, m);
    if (before_day != m && data.month_trie.match_backward(text, before_day)) return true;
    // "July 3, 2023": the month is before the day.
    if (data.month_trie.match_backward(text, skip_space_back(text, d))) return true;
  }
  const std::size_t p = skip_space(text, end);
  if (p != end && data.year_after_trie.match_forward(text, p)) return true;
  return data.year_after_trie.match_forward(text, end).has_value();
}

std::string_view word_at(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size()) {
    std::size_t q = end;
    if (!lang::is_spaced_letter(utf8::decode(text, q))) break;
    end = q;
  }
  return text.substr(pos, end - pos);
}

bool plural_noun(const lang::LanguageData& data, std::string_view word) {
  if (word.empty() || data.count_suffixes.empty()) return false;
  const std::string folded = lang::fold(word);
  return std::any_of(data.count_suffixes.begin(), data.count_suffixes.end(),
                     [&](const std::string& s) {
                       return (folded.size() > s.size() + 1 && folded.ends_with(s)) ||
                              (s.size() >= 3 && folded == s);
                     });
}

bool year_determiner(std::string_view text, const lang::LanguageData& data, std::size_t begin) {
  return data.year_determiner_trie.match_backward(text, skip_space_back(text, begin)).has_value();
}

}  // namespace factlint::extract::context
