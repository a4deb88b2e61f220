// Amounts written in Han numerals, read where they are unmistakably amounts.
#include "extract/amount/han.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "core/utf8.hpp"
#include "lang/terms.hpp"

namespace factlint::extract::amount {
namespace {

/// 万, 萬, 亿, 億, 兆.
constexpr bool is_han_big_unit(char32_t c) {
  return c == 0x4E07 || c == 0x842C || c == 0x4EBF || c == 0x5104 || c == 0x5146;
}
/// The power of ten the language gives a large unit (its scale word); 0 for anything else.
std::int32_t han_big_unit(const lang::LanguageData& data, char32_t c) {
  return is_han_big_unit(c) ? data.scale_power(encode(c)).value_or(0) : 0;
}
constexpr char32_t kHanPoint = 0x70B9;  // 点 (decimal point)

/// One number in Han numerals: its value, whether it has a digit and a unit, and the largest
/// scale word in it.
struct HanNumber {
  Decimal value;
  bool has_unit = false;
  bool digit = false;  ///< a digit is written (三十), not only units (十, 十万)
  std::int32_t power = 0;
  std::string scale_word;
};

/// Reads the Han numeral in [begin, end) ("三千万", "十二点五", "一亿二千万"); nullopt when it
/// is no well-formed number or overflows.
std::optional<HanNumber> read_han(std::string_view text, const lang::LanguageData& data,
                                  std::size_t begin, std::size_t end) {
  constexpr std::int64_t kMax = 100'000'000'000'000;
  HanNumber out;
  std::int64_t section = 0;   // below the current large unit: 二千 in 一亿二千万
  std::int64_t pending = 0;   // digits not yet multiplied by a unit
  std::int64_t fraction = 0;  // digits after 点
  std::int32_t fraction_digits = 0;
  bool in_fraction = false;
  bool digit = false;
  std::int32_t last_big = 99;
  // section + pending (+ fraction) as an exact decimal.
  const auto part = [&]() -> std::optional<Decimal> {
    const Decimal whole = Decimal::from_parts(section + pending, 0);
    if (fraction_digits == 0) return whole;
    return Decimal::sum(whole, Decimal::from_parts(fraction, -fraction_digits));
  };
  std::size_t pos = begin;
  while (pos < end) {
    const char32_t c = utf8::decode(text, pos);
    if (const int d = han_digit(c); d >= 0) {
      digit = true;
      if (in_fraction) {
        if (fraction_digits >= 6) return std::nullopt;
        fraction = fraction * 10 + d;
        ++fraction_digits;
      } else {
        if (pending > kMax) return std::nullopt;
        pending = pending * 10 + d;  // positional (二〇二五), or the digit before a unit
      }
    } else if (c == kHanPoint) {
      if (in_fraction || !digit) return std::nullopt;
      in_fraction = true;
    } else if (const int u = han_small_unit(c); u > 0) {
      if (in_fraction) return std::nullopt;
      std::int64_t mult = 1;
      for (int i = 0; i < u; ++i) mult *= 10;
      section += (pending == 0 ? 1 : pending) * mult;  // 十二: the 1 of 十 is implied
      if (section > kMax) return std::nullopt;
      pending = 0;
      out.has_unit = true;
    } else if (const std::int32_t b = han_big_unit(data, c); b > 0) {
      if (b >= last_big) return std::nullopt;  // 万亿 and the like are not read
      last_big = b;
      out.has_unit = true;
      if (out.power == 0) {
        out.power = b;
        out.scale_word = encode(c);
      }
      const auto p = part();  // 三点五亿: the fraction belongs to the section
      if (!p) return std::nullopt;
      const auto sum = Decimal::sum(out.value, p->scaled(b));
      if (!sum) return std::nullopt;
      out.value = *sum;
      section = pending = fraction = 0;
      fraction_digits = 0;
      in_fraction = false;
    } else {
      return std::nullopt;
    }
  }
  if (!digit && !out.has_unit) return std::nullopt;
  out.digit = digit;
  const auto rest = part();  // after the last large unit: the 二千万 of 一亿二千万
  if (!rest) return std::nullopt;
  const auto sum = Decimal::sum(out.value, *rest);
  if (!sum) return std::nullopt;
  out.value = *sum;
  return out;
}

constexpr bool is_han_numeral_char_slow(char32_t c) {
  return han_digit(c) >= 0 || han_small_unit(c) > 0 || is_han_big_unit(c) || c == kHanPoint;
}

/// The code points from U+3000 to U+9FFF that `is_han_numeral_char_slow` takes, one bit each:
/// asked at every Han character of a Chinese or Japanese text. Made once, at first use (as a
/// constant expression it would take more steps than compilers allow).
constexpr char32_t kHanBitsFirst = 0x3000;
constexpr char32_t kHanBitsEnd = 0xA000;
using HanBits = std::array<std::uint64_t, (kHanBitsEnd - kHanBitsFirst) / 64>;

const HanBits& han_numeral_bits() {
  static const HanBits bits = [] {
    HanBits b{};
    for (char32_t c = kHanBitsFirst; c < kHanBitsEnd; ++c) {
      if (is_han_numeral_char_slow(c)) {
        b[(c - kHanBitsFirst) / 64] |= std::uint64_t{1} << ((c - kHanBitsFirst) % 64);
      }
    }
    return b;
  }();
  return bits;
}

bool is_han_numeral_char(char32_t c) {
  if (c < kHanBitsFirst || c >= kHanBitsEnd) return false;
  return ((han_numeral_bits()[(c - kHanBitsFirst) / 64] >> ((c - kHanBitsFirst) % 64)) & 1U) != 0;
}

/// 几, 幾, 数, 數 before a unit: "几十", "数百" (some tens, some hundreds).
bool is_some(char32_t c) { return c == 0x51E0 || c == 0x5E7E || c == 0x6570 || c == 0x6578; }

/// Whether two digits follow each other in [begin, end), the first not zero: positional
/// numerals (二〇二三, a year or a code) and approximations (三四十, thirty or forty) are not
/// read standing alone or as ordinals.
bool adjacent_digits(std::string_view text, std::size_t begin, std::size_t end) {
  int prev = -1;
  std::size_t pos = begin;
  while (pos < end) {
    const int d = han_digit(utf8::decode(text, pos));
    if (d >= 0 && prev > 0) return true;
    prev = d;
  }
  return false;
}

/// Whether a counter (number_words.json "counters" of the language: 人, 名, 个, 件, 社, 機, ...)
/// starts at `pos`, or, after a number below 100 with a digit, a span of time
/// (`number_context.json` "durations": 年, 年間, 年以内), as for digits; not before 年代 (a
/// decade).
bool counted_at(std::string_view text, std::size_t pos, const lang::LanguageData& data,
                const HanNumber& number) {
  static constexpr std::string_view kDecade =
      "\xE5\xB9\xB4\xE4\xBB\xA3";  // 年代: 九十年代, the 1990s
  if (text.substr(pos, kDecade.size()) == kDecade) return false;
  for (const auto& c : lang::terms_for(data.tag).counters) {
    if (!c.empty() && text.substr(pos, c.size()) == c) return true;
  }
  // 十年, 百年 without a digit are "a decade", "a century" (本十年末, the end of this decade).
  return number.digit && number.value < Decimal::from_parts(100, 0) &&
         data.duration_trie.match_forward(text, pos, false).has_value();
}

/// For 几十, 数百万: the power of ten of a numeral made of units only, or -1.
std::int32_t power_of_ten(const Decimal& value) {
  const std::string s = value.to_string();
  if (s.empty() || s[0] != '1' || s.find_first_not_of('0', 1) != std::string::npos) return -1;
  return static_cast<std::int32_t>(s.size() - 1);
}

}  // namespace

/// Amounts written in Han numerals, added to `out` (digit amounts, in text order) where they
/// do not overlap one. Only where the amount is unmistakable: after 百分之 (a percentage),
/// before a currency with a unit character in the numeral (三千万美元, 十二元), after 第 (an
/// ordinal: 第三), or before a counter (三千人, 五年, 几十人); bare Han numerals are everywhere
/// in words (一些, 三星, 十分, 万一) and are not read. All are marked as written in words.
void merge_han_amounts(const Numerals& numerals, const Affixes& affixes, const Context& context,
                       std::vector<RawAmount>& out) {
  const std::string_view text = numerals.text();
  static constexpr std::string_view kPercentPrefix =
      "\xE7\x99\xBE\xE5\x88\x86\xE4\xB9\x8B";  // 百分之
  std::vector<RawAmount> found;
  std::size_t pos = 0;
  const std::size_t n = text.size();
  while (pos < n) {
    // Han characters are three bytes with a lead byte E3–E9; skip everything else fast.
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0xE3 || lead > 0xE9) {
      ++pos;
      continue;
    }
    std::size_t p = pos;
    const char32_t c = utf8::decode(text, p);
    if (!is_han_numeral_char(c) || c == kHanPoint) {
      pos = p;
      continue;
    }
    const std::size_t begin = pos;
    std::size_t end = p;
    while (end < n) {
      std::size_t q = end;
      const char32_t d = utf8::decode(text, q);
      if (!is_han_numeral_char(d)) break;
      end = q;
    }
    pos = end;
    // Not part of a number written with digits ("1亿2千万" is read by the digit scanner).
    std::size_t before = begin;
    std::size_t dummy = begin;
    const char32_t prev = begin > 0 ? numerals.before(before, dummy) : 0;
    std::size_t after = end;
    const char32_t next = end < n ? utf8::decode(text, after) : 0;
    if ((prev >= '0' && prev <= '9') || (next >= '0' && next <= '9')) continue;
    // A trailing 点 belongs to the text ("三点", three o'clock), not to the number.
    static const std::string point = encode(kHanPoint);
    std::size_t num_end = end;
    while (num_end > begin && text.substr(num_end - point.size(), point.size()) == point) {
      num_end -= point.size();
    }
    const auto number = read_han(text, numerals.data(), begin, num_end);
    if (!number) continue;
    // 十几, 二十几, 十数: some units more than the tens (11–19, 21–29), approximately.
    bool tens_some = false;
    if (number->power == 0 && num_end == end && end < n) {
      const auto tens = number->value.to_int64();
      std::size_t q = end;
      if (tens && *tens >= 10 && *tens <= 90 && *tens % 10 == 0 && is_some(utf8::decode(text, q))) {
        tens_some = true;
        num_end = q;
        pos = q;
      }
    }
    RawAmount a;
    a.words = true;
    a.amount.value = number->value;
    const bool percent =
        begin >= kPercentPrefix.size() &&
        text.substr(begin - kPercentPrefix.size(), kPercentPrefix.size()) == kPercentPrefix;
    std::size_t span_begin = begin;
    std::size_t span_end = num_end;
    std::size_t some_begin = begin;
    const bool some = !number->digit && is_some(numerals.before(begin, some_begin));
    if (percent) {
      if (number->power != 0 || some || tens_some) continue;
      a.percent = true;
      span_begin = begin - kPercentPrefix.size();
    } else if (const auto ordinal = numerals.data().ordinal_prefix_trie.match_backward(text, begin);
               ordinal && !some) {
      // 第三, 第三十: an ordinal, 第 in its span as with digits.
      if (number->power != 0 || tens_some || adjacent_digits(text, begin, num_end)) continue;
      a.ordinal = true;
      span_begin = ordinal->first;
    } else if (const auto cur = affixes.currency_after(num_end); cur && number->has_unit) {
      a.currencies.push_back(cur->mention);
      span_end = cur->edge;
    } else {
      // Standing alone before a counter. Not one or two (一人 "alone", 一个 "a", 两家公司 "both
      // companies": small numbers in words are left out, see docs/numbers-in-words.md), not a
      // numeral that starts with 万 or 亿 (万一 "in case"), not positional digits.
      std::size_t first = begin;
      const bool big_first = is_han_big_unit(utf8::decode(text, first));
      const bool small = number->value < Decimal::from_parts(3, 0);
      if (small || big_first || adjacent_digits(text, begin, num_end) ||
          !counted_at(text, num_end, numerals.data(), *number)) {
        continue;
      }
    }
    if (some) {
      // 几十, 数百万: from two to nine of the unit, approximately.
      const std::int32_t power = power_of_ten(number->value);
      if (power < 0) continue;
      span_begin = std::min(span_begin, some_begin);
      a.amount.value = Decimal::from_parts(2, power);
      a.amount.upper = Decimal::from_parts(9, power);
      a.amount.approximate = true;
    } else if (tens_some) {
      const std::int64_t tens = *number->value.to_int64();
      a.amount.value = Decimal::from_parts(tens + 1, 0);
      a.amount.upper = Decimal::from_parts(tens + 9, 0);
      a.amount.approximate = true;
    }
    a.amount.digits = std::string(text.substr(begin, num_end - begin));
    a.amount.scale_power = number->power;
    a.amount.scale_word = number->scale_word;
    a.amount.format.native_digits = true;
    a.amount.approximate = a.amount.approximate || context.approximate_around(span_begin, span_end);
    a.span = Span{static_cast<std::uint32_t>(span_begin), static_cast<std::uint32_t>(span_end)};
    pos = std::max(pos, span_end);
    found.push_back(std::move(a));
  }
  if (found.empty()) return;
  std::vector<RawAmount> merged;
  merged.reserve(out.size() + found.size());
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < out.size() || j < found.size()) {
    const bool take_han =
        j < found.size() && (i == out.size() || found[j].span.begin < out[i].span.begin);
    RawAmount& next = take_han ? found[j++] : out[i++];
    if (!merged.empty() && next.span.begin < merged.back().span.end) continue;
    merged.push_back(std::move(next));
  }
  out = std::move(merged);
}

}  // namespace factlint::extract::amount
