// Numerals: digits of any script and their separators, read by the locale of the document.
#include "extract/amount/numerals.hpp"

#include <algorithm>
#include <cstdint>

#include "core/utf8.hpp"
#include "extract/digit_blocks.hpp"

namespace factlint::extract::amount {

namespace {

constexpr char32_t kNbsp = 0x00A0;
constexpr char32_t kNarrowNbsp = 0x202F;
constexpr char32_t kThinSpace = 0x2009;
constexpr char32_t kFullwidthComma = 0xFF0C;
constexpr char32_t kFullwidthStop = 0xFF0E;
constexpr char32_t kArabicDecimal = 0x066B;
constexpr char32_t kArabicGroup = 0x066C;
constexpr char32_t kFullwidthZero = 0xFF10;

char32_t first_cp(const std::string& s) {
  if (s.empty()) return 0;
  std::size_t p = 0;
  return utf8::decode(s, p);
}

std::string joined(const Groups& groups, std::size_t from, std::size_t to) {
  std::string s;
  for (std::size_t i = from; i < to; ++i) s += groups[i];
  return s;
}

/// The value of `integer`.`fraction` (ASCII digits), as Decimal::parse reads that literal: its
/// digits from the first non-zero one, no more than kMaxDigits + 2 of them, one power of ten
/// less for each digit of the fraction. Built without the literal: this runs for every figure.
std::optional<Decimal> make(const std::string& integer, const std::string& fraction) {
  std::string digits;
  digits.reserve(integer.size() + fraction.size());
  digits += integer;
  digits += fraction;
  const std::size_t first = std::min(digits.find_first_not_of('0'), digits.size());
  if (digits.size() - first > Decimal::kMaxDigits + 2) return std::nullopt;
  return Decimal::from_digits(std::string_view(digits).substr(first),
                              -static_cast<std::int32_t>(fraction.size()));
}

}  // namespace

bool is_space(char32_t cp) {
  return cp == ' ' || cp == kNbsp || cp == kNarrowNbsp || cp == kThinSpace;
}

bool is_dash(char32_t cp) {
  // Hyphen-minus, hyphens, figure dash, en and em dash, horizontal bar, minus, small and
  // full-width hyphen-minus ("７０－９０％").
  return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE63 ||
         cp == 0xFF0D;
}

std::string encode(char32_t cp) {
  std::string s;
  utf8::append(s, cp);
  return s;
}

Numerals::Numerals(std::string_view text, const lang::LanguageData& data)
    : text_(text), data_(data) {
  candidate_.fill(false);
  for (char c = '0'; c <= '9'; ++c) candidate_[static_cast<unsigned char>(c)] = true;
  candidate_[0xEF] = true;  // fullwidth digits U+FF10..FF19
  native_lead_ = 0xEF;
  if (data_.native_zero != 0) {
    const std::string z = encode(data_.native_zero);
    candidate_[static_cast<unsigned char>(z[0])] = true;
    native_lead_ = static_cast<unsigned char>(z[0]);
  }
  space_groups_ = false;
  apostrophe_groups_ = false;
  for (const auto& g : data_.group_alternates) {
    if (g == " ") space_groups_ = true;
    if (g == "'") apostrophe_groups_ = true;
  }
  dec_ = first_cp(data_.decimal_sep);
  grp_ = first_cp(data_.group_sep);
  native_dec_ = first_cp(data_.native_decimal_sep);
  native_grp_ = first_cp(data_.native_group_sep);
  space_groups_ = space_groups_ || is_space(grp_) || is_space(native_grp_);
  apostrophe_groups_ = apostrophe_groups_ || grp_ == '\'' || grp_ == 0x2019;
}

/// The first digit at or after `pos`. Skips 16 bytes at a time where SSE2 is available: a
/// digit starts with an ASCII digit or with one of the two lead bytes in candidate_ (fullwidth
/// digits, the locale's native digits), so text in any other script is skipped as fast as
/// ASCII. A lead byte is taken only when a digit starts there: in Devanagari or Arabic text
/// most letters share the lead byte of the native digits.
std::size_t Numerals::next_candidate(std::size_t pos) const {
  const std::size_t n = text_.size();
  const char* data = text_.data();
  const auto starts_digit = [&](std::size_t at) {
    std::size_t len = 0;
    return static_cast<unsigned char>(data[at]) < 0x80 || digit_at(at, len) >= 0;
  };
#if defined(__SSE2__)
  const __m128i fullwidth = _mm_set1_epi8(static_cast<char>(0xEF));
  const __m128i native = _mm_set1_epi8(static_cast<char>(native_lead_));
  const auto lead = [&](__m128i v) {
    return _mm_or_si128(_mm_cmpeq_epi8(v, fullwidth), _mm_cmpeq_epi8(v, native));
  };
#else
  const auto lead = [](int) { return 0; };
#endif
  if (const std::size_t at = next_in_blocks(text_, pos, lead, starts_digit);
      at != std::string_view::npos) {
    return at;
  }
  while (pos < n && !(candidate_[static_cast<unsigned char>(data[pos])] && starts_digit(pos))) {
    ++pos;
  }
  return pos;
}

int Numerals::digit_at_multibyte(std::size_t pos, std::size_t& len) const {
  std::size_t next = pos;
  const char32_t cp = utf8::decode(text_, next);
  len = next - pos;
  if (cp >= kFullwidthZero && cp <= kFullwidthZero + 9)
    return static_cast<int>(cp - kFullwidthZero);
  if (data_.native_zero != 0 && cp >= data_.native_zero && cp <= data_.native_zero + 9) {
    return static_cast<int>(cp - data_.native_zero);
  }
  return -1;
}

bool Numerals::is_digit(std::size_t pos) const {
  if (pos >= text_.size()) return false;
  std::size_t len = 0;
  return digit_at(pos, len) >= 0;
}

/// Skips the rest of a token that is not a number ("2.0.1", "H100", "12:30", "COVID-19").
std::size_t Numerals::skip_token(std::size_t pos) const {
  while (pos < text_.size()) {
    std::size_t next = pos;
    const char32_t cp = utf8::decode(text_, next);
    std::size_t len = 0;
    // Han, Kana and other unspaced scripts run on without spaces: "1日18万人" must not
    // lose "18万" when "1日" is rejected, so only spaced letters and digits are skipped.
    if (lang::is_spaced_letter(cp) || digit_at(pos, len) >= 0) {
      pos = next;
      continue;
    }
    if ((cp == '.' || cp == ',' || cp == '/' || cp == ':' || cp == '-' || cp == '\'') &&
        next < text_.size()) {
      std::size_t after = next;
      if (lang::is_word_char(utf8::decode(text_, after))) {
        pos = next;
        continue;
      }
    }
    break;
  }
  return pos;
}

bool Numerals::separator_ok(char32_t cp) const {
  if (cp == '.' || cp == ',' || cp == kArabicDecimal || cp == kArabicGroup) return true;
  if (cp == kFullwidthComma || cp == kFullwidthStop) return true;
  if (cp == dec_ || cp == grp_ || cp == native_dec_ || cp == native_grp_) return true;
  if (is_space(cp)) return space_groups_;
  if (cp == '\'' || cp == 0x2019) return apostrophe_groups_;
  return false;
}

/// Reads digits and separators from `pos`.
Numeral Numerals::read(std::size_t pos) const {
  Numeral num;
  num.begin = pos;
  int kind = -1;  // 0 ASCII, 1 other
  while (true) {
    std::string& group = num.groups.emplace_back();
    while (pos < text_.size()) {
      std::size_t len = 0;
      const int d = digit_at(pos, len);
      if (d < 0) break;
      const int k = (len == 1) ? 0 : 1;
      if (kind >= 0 && k != kind) break;
      kind = k;
      group.push_back(static_cast<char>('0' + d));
      pos += len;
    }
    num.end = pos;
    std::size_t next = pos;
    const char32_t sep = at(pos, next);
    if (pos >= text_.size() || !separator_ok(sep) || !is_digit(next)) break;
    // A full-width comma after ASCII digits is CJK punctuation ("1，2，3"), not grouping.
    if ((sep == kFullwidthComma || sep == kFullwidthStop) && kind == 0) break;
    if (is_space(sep)) {
      // A space groups only when exactly three digits follow.
      std::size_t p = next;
      int count = 0;
      while (p < text_.size() && is_digit(p)) {
        std::size_t len = 0;
        (void)digit_at(p, len);
        p += len;
        ++count;
      }
      if (count != 3) break;
    }
    // Full-width separators go with full-width digits ("１２３，４５６"): read as ',' and '.'.
    num.seps.push_back(sep == kFullwidthComma ? U',' : sep == kFullwidthStop ? U'.' : sep);
    pos = next;
  }
  {
    std::size_t next = num.begin;
    const char32_t first = utf8::decode(text_, next);
    num.native = first >= 0x80 && !(first >= kFullwidthZero && first <= kFullwidthZero + 9);
  }
  return num;
}

bool Numerals::valid_grouping(const Groups& groups, std::size_t count) const {
  if (count < 2) return false;
  if (groups[0].empty() || groups[0].size() > 3) return false;
  if (groups[count - 1].size() != 3) return false;
  bool all3 = true;
  bool indian = data_.indian_grouping && groups[0].size() <= 2;
  for (std::size_t i = 1; i + 1 < count; ++i) {
    if (groups[i].size() != 3) all3 = false;
    if (groups[i].size() != 2) indian = false;
  }
  return all3 || (indian && count > 2);
}

/// How the document's locale writes these digits.
std::string Numerals::expected(const Groups& int_groups, bool grouped, const std::string& fraction,
                               bool native) const {
  const std::string& g = native ? data_.native_group_sep : data_.group_sep;
  const std::string& d = native ? data_.native_decimal_sep : data_.decimal_sep;
  std::string out;
  if (grouped) {
    for (std::size_t i = 0; i < int_groups.size(); ++i) {
      if (i > 0) out += g;
      out += int_groups[i];
    }
  } else {
    for (const auto& s : int_groups) out += s;
  }
  if (!fraction.empty()) out += d + fraction;
  return out;
}

/// Reads a numeral by the document's locale; nullopt when it is no number.
std::optional<Reading> Numerals::interpret(const Numeral& num) const {
  const char32_t dec = num.native ? native_dec_ : dec_;
  const char32_t grp = num.native ? native_grp_ : grp_;
  const auto is_local_group = [&](char32_t c) {
    return c == grp || (is_space(c) && space_groups_) ||
           ((c == '\'' || c == 0x2019) && apostrophe_groups_);
  };
  const auto is_punct = [](char32_t c) {
    return c == '.' || c == ',' || c == kArabicDecimal || c == kArabicGroup;
  };
  Reading r;
  r.format.native_digits = num.native;
  const auto& gs = num.groups;
  const std::size_t ns = num.seps.size();
  if (ns == 0) {
    const auto v = make(gs[0], "");
    if (!v) return std::nullopt;
    r.value = *v;
    return r;
  }
  // Distinct separators, in order.
  const char32_t c1 = num.seps[0];
  std::size_t first_other = ns;
  for (std::size_t i = 1; i < ns; ++i) {
    if (num.seps[i] != c1) {
      first_other = i;
      break;
    }
  }
  if (first_other == ns) {
    if (ns >= 2) {
      // "1.234.567": grouping only.
      if (!valid_grouping(gs, gs.size())) return std::nullopt;
      const auto v = make(joined(gs, 0, gs.size()), "");
      if (!v) return std::nullopt;
      r.value = *v;
      r.format.group_sep = encode(c1);
      if (!is_local_group(c1)) {
        if (!is_punct(c1)) return std::nullopt;
        r.format.foreign = true;
        r.format.expected = expected(gs, true, "", num.native);
      }
      return r;
    }
    // One separator: "a S b".
    const std::string& a = gs[0];
    const std::string& b = gs[1];
    const bool groupable = b.size() == 3 && !a.empty() && a.size() <= 3;
    const auto as_decimal = make(a, b);
    if (!as_decimal) return std::nullopt;
    // The same digits as a whole number: `make(a + b, "")`, without reading them again (it
    // fails only where the power of ten would exceed the bound).
    const auto shift = static_cast<std::int32_t>(b.size());
    if (!as_decimal->is_zero() && as_decimal->exponent() + shift > Decimal::kMaxExponent) {
      return std::nullopt;
    }
    const Decimal as_group = as_decimal->scaled(shift);
    if (is_space(c1) || c1 == '\'' || c1 == 0x2019) {
      if (!groupable || !is_local_group(c1)) return std::nullopt;
      r.value = as_group;
      r.format.group_sep = encode(c1);
      return r;
    }
    if (c1 == dec) {
      r.value = *as_decimal;
      r.format.decimal_sep = encode(c1);
      if (groupable && a != "0") {
        r.format.ambiguous = true;
        r.alternative = as_group;
        r.format.alternative_expected = expected({a, b}, true, "", num.native);
      }
      return r;
    }
    if (c1 == grp) {
      if (groupable && a != "0") {
        r.value = as_group;
        r.format.group_sep = encode(c1);
        return r;
      }
      r.value = *as_decimal;
      r.format.decimal_sep = encode(c1);
      r.format.foreign = true;
      r.format.expected = expected({a}, false, b, num.native);
      return r;
    }
    if (!is_punct(c1)) return std::nullopt;
    // A separator this locale uses for neither (a '.' in Swedish or French).
    r.value = *as_decimal;
    r.format.decimal_sep = encode(c1);
    r.format.foreign = true;
    r.format.expected = expected({a}, false, b, num.native);
    if (groupable && a != "0") {
      r.format.ambiguous = true;
      r.alternative = as_group;
      r.format.alternative_expected = expected({a, b}, true, "", num.native);
      r.format.expected = r.format.alternative_expected + " / " + r.format.expected;
    }
    return r;
  }
  // Two kinds of separator: grouping (c1, repeated) then one decimal separator at the end.
  if (first_other != ns - 1) return std::nullopt;
  const char32_t c2 = num.seps[ns - 1];
  if (!valid_grouping(gs, gs.size() - 1)) return std::nullopt;
  const Groups int_groups(gs.begin(), gs.end() - 1);
  const auto v = make(joined(gs, 0, gs.size() - 1), gs.back());
  if (!v) return std::nullopt;
  r.value = *v;
  r.format.group_sep = encode(c1);
  r.format.decimal_sep = encode(c2);
  if (c2 == dec && is_local_group(c1)) return r;
  if (!is_punct(c2)) return std::nullopt;
  if (!is_punct(c1) && !is_local_group(c1)) return std::nullopt;
  r.format.foreign = true;
  r.format.expected = expected(int_groups, true, gs.back(), num.native);
  return r;
}

/// A numeral cut at its first space separator ("2019 100" → "2019"), for a retry.
std::optional<Numeral> Numerals::cut_at_space(const Numeral& num) const {
  for (std::size_t i = 0; i < num.seps.size(); ++i) {
    if (!is_space(num.seps[i])) continue;
    Numeral cut = num;
    cut.groups.resize(i + 1);
    cut.seps.resize(i);
    // Recompute the end: walk the text over the kept groups and separators.
    std::size_t pos = num.begin;
    for (std::size_t g = 0; g <= i; ++g) {
      std::size_t digits = 0;
      while (digits < cut.groups[g].size()) {
        std::size_t next = pos;
        (void)utf8::decode(text_, next);
        pos = next;
        ++digits;
      }
      if (g < i) {
        std::size_t next = pos;
        (void)utf8::decode(text_, next);
        pos = next;
      }
    }
    cut.end = pos;
    return cut;
  }
  return std::nullopt;
}

char32_t Numerals::at(std::size_t pos, std::size_t& next) const {
  next = pos;
  if (pos >= text_.size()) return 0;
  return utf8::decode(text_, next);
}

char32_t Numerals::before(std::size_t pos, std::size_t& prev) const {
  prev = pos;
  if (pos == 0) return 0;
  return utf8::decode_before(text_, prev);
}

std::size_t Numerals::skip_space(std::size_t pos) const {
  std::size_t next = pos;
  if (pos < text_.size() && is_space(at(pos, next))) return next;
  return pos;
}

std::size_t Numerals::skip_space_back(std::size_t pos) const {
  std::size_t prev = pos;
  if (pos > 0 && is_space(before(pos, prev))) return prev;
  return pos;
}

}  // namespace factlint::extract::amount
