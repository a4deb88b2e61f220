// Byte scan for digits, then a careful parse of the amount around each: separators by locale,
// scale words, currencies, percent forms, ranges and approximation words.
#include "extract/amount_scanner.hpp"

#include <unicode/uchar.h>

#include <boost/container/small_vector.hpp>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <tuple>

#include "core/utf8.hpp"

namespace factlint::extract {

namespace {

using lang::LanguageData;

constexpr char32_t kNbsp = 0x00A0;
constexpr char32_t kNarrowNbsp = 0x202F;
constexpr char32_t kThinSpace = 0x2009;
constexpr char32_t kArabicDecimal = 0x066B;
constexpr char32_t kArabicGroup = 0x066C;
constexpr char32_t kFullwidthZero = 0xFF10;

bool is_space(char32_t cp) {
  return cp == ' ' || cp == kNbsp || cp == kNarrowNbsp || cp == kThinSpace;
}

bool is_dash(char32_t cp) { return cp == '-' || cp == 0x2013 || cp == 0x2014 || cp == 0x2212; }

std::string encode(char32_t cp) {
  std::string s;
  utf8::append(s, cp);
  return s;
}

char32_t cp_at(std::string_view text, std::size_t pos, std::size_t& next) {
  next = pos;
  if (pos >= text.size()) return 0;
  return utf8::decode(text, next);
}

char32_t cp_before(std::string_view text, std::size_t pos, std::size_t& prev) {
  prev = pos;
  if (pos == 0) return 0;
  return utf8::decode_before(text, prev);
}

/// A number as written: digit groups and the separators between them.
using Groups = boost::container::small_vector<std::string, 4>;

// small_vector's moves are not declared noexcept (moving inline elements copies them into the
// new inline buffer), hence the NOLINTs on the types that hold one.
struct Numeral {  // NOLINT(bugprone-exception-escape)
  std::size_t begin = 0;
  std::size_t end = 0;
  // Inline storage: a numeral rarely has more than four groups, and this runs for every
  // candidate, so the common case allocates nothing (digit groups fit std::string's SSO).
  Groups groups;  // ASCII digits
  boost::container::small_vector<char32_t, 4> seps;
  bool native = false;
};

/// A numeral read by a locale.
struct Reading {
  Decimal value;
  std::optional<Decimal> alternative;
  NumberFormat format;
};

class Scanner {
 public:
  Scanner(std::string_view text, const LanguageData& data) : text_(text), data_(data) {
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

  std::vector<RawAmount> run() {
    std::vector<RawAmount> out;
    std::size_t pos = 0;
    const std::size_t n = text_.size();
    while (pos < n) {
      pos = next_candidate(pos);
      if (pos >= n) break;
      std::size_t len = 0;
      if (digit_at(pos, len) < 0) {
        pos += len;
        continue;
      }
      std::size_t resume = pos;
      if (auto a = parse_at(pos, resume)) {
        if (out.empty() || a->span.begin >= out.back().span.end) out.push_back(std::move(*a));
      }
      pos = std::max(resume, pos + 1);
      // Never resume inside a UTF-8 sequence.
      while (pos < n && (static_cast<unsigned char>(text_[pos]) & 0xC0) == 0x80) ++pos;
    }
    if (data_.han_numerals) merge_han_amounts(out);
    return out;
  }

 private:
  /// The first byte at or after `pos` that may start a digit. Skips 16 bytes at a time where
  /// SSE2 is available: a digit starts with an ASCII digit or with one of the two lead bytes in
  /// candidate_ (fullwidth digits, the locale's native digits), so text in any other script is
  /// skipped as fast as ASCII.
  std::size_t next_candidate(std::size_t pos) const {
    const std::size_t n = text_.size();
    const char* data = text_.data();
#if defined(__SSE2__)
    const __m128i below = _mm_set1_epi8('0' - 1);
    const __m128i above = _mm_set1_epi8('9' + 1);
    const __m128i fullwidth = _mm_set1_epi8(static_cast<char>(0xEF));
    const __m128i native = _mm_set1_epi8(static_cast<char>(native_lead_));
    while (pos + 16 <= n) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + pos));
      const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, below), _mm_cmplt_epi8(v, above));
      const __m128i lead = _mm_or_si128(_mm_cmpeq_epi8(v, fullwidth), _mm_cmpeq_epi8(v, native));
      const auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(digit, lead)));
      if (mask != 0) return pos + static_cast<std::size_t>(__builtin_ctz(mask));
      pos += 16;
    }
#endif
    while (pos < n && !candidate_[static_cast<unsigned char>(data[pos])]) ++pos;
    return pos;
  }

  static char32_t first_cp(const std::string& s) {
    if (s.empty()) return 0;
    std::size_t p = 0;
    return utf8::decode(s, p);
  }

  /// The value (0–9) of the digit at `pos` and its byte length, or -1 (len = bytes to skip).
  int digit_at(std::size_t pos, std::size_t& len) const {
    const auto c = static_cast<unsigned char>(text_[pos]);
    if (c >= '0' && c <= '9') {
      len = 1;
      return c - '0';
    }
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

  bool is_digit(std::size_t pos) const {
    if (pos >= text_.size()) return false;
    std::size_t len = 0;
    return digit_at(pos, len) >= 0;
  }

  /// Skips the rest of a token that is not a number ("2.0.1", "H100", "12:30", "COVID-19").
  std::size_t skip_token(std::size_t pos) const {
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

  bool separator_ok(char32_t cp) const {
    if (cp == '.' || cp == ',' || cp == kArabicDecimal || cp == kArabicGroup) return true;
    if (cp == dec_ || cp == grp_ || cp == native_dec_ || cp == native_grp_) return true;
    if (is_space(cp)) return space_groups_;
    if (cp == '\'' || cp == 0x2019) return apostrophe_groups_;
    return false;
  }

  /// Reads digits and separators from `pos`.
  Numeral read_numeral(std::size_t pos) const {
    Numeral num;
    num.begin = pos;
    int kind = -1;  // 0 ASCII, 1 other
    while (true) {
      std::string group;
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
      num.groups.push_back(group);
      num.end = pos;
      std::size_t next = pos;
      const char32_t sep = cp_at(text_, pos, next);
      if (pos >= text_.size() || !separator_ok(sep) || !is_digit(next)) break;
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
      num.seps.push_back(sep);
      pos = next;
    }
    {
      std::size_t next = num.begin;
      const char32_t first = utf8::decode(text_, next);
      num.native = first >= 0x80 && !(first >= kFullwidthZero && first <= kFullwidthZero + 9);
    }
    return num;
  }

  bool valid_grouping(const Groups& groups, std::size_t count) const {
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

  std::string joined(const Groups& groups, std::size_t from, std::size_t to) const {
    std::string s;
    for (std::size_t i = from; i < to; ++i) s += groups[i];
    return s;
  }

  /// How the document's locale writes these digits.
  std::string expected(const Groups& int_groups, bool grouped, const std::string& fraction,
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

  static std::optional<Decimal> make(const std::string& integer, const std::string& fraction) {
    std::string lit = integer.empty() ? "0" : integer;
    // Drop leading zeros so that long zero-padded runs do not overflow the digit budget.
    std::size_t nz = 0;
    while (nz + 1 < lit.size() && lit[nz] == '0') ++nz;
    lit.erase(0, nz);
    if (!fraction.empty()) lit += "." + fraction;
    return Decimal::parse(lit);
  }

  /// Reads a numeral by the document's locale; nullopt when it is no number.
  std::optional<Reading> interpret(const Numeral& num) const {
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
      const auto as_group = make(a + b, "");
      if (!as_decimal || !as_group) return std::nullopt;
      if (is_space(c1) || c1 == '\'' || c1 == 0x2019) {
        if (!groupable || !is_local_group(c1)) return std::nullopt;
        r.value = *as_group;
        r.format.group_sep = encode(c1);
        return r;
      }
      if (c1 == dec) {
        r.value = *as_decimal;
        r.format.decimal_sep = encode(c1);
        if (groupable && a != "0") {
          r.format.ambiguous = true;
          r.alternative = *as_group;
          r.format.alternative_expected = expected({a, b}, true, "", num.native);
        }
        return r;
      }
      if (c1 == grp) {
        if (groupable && a != "0") {
          r.value = *as_group;
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
        r.alternative = *as_group;
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
  static std::optional<Numeral> cut_at_space(const Numeral& num, std::string_view text) {
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
          (void)utf8::decode(text, next);
          pos = next;
          ++digits;
        }
        if (g < i) {
          std::size_t next = pos;
          (void)utf8::decode(text, next);
          pos = next;
        }
      }
      cut.end = pos;
      return cut;
    }
    return std::nullopt;
  }

  /// Skips one space-like character at `pos` (if any).
  std::size_t skip_space(std::size_t pos) const {
    std::size_t next = pos;
    if (pos < text_.size() && is_space(cp_at(text_, pos, next))) return next;
    return pos;
  }
  std::size_t skip_space_back(std::size_t pos) const {
    std::size_t prev = pos;
    if (pos > 0 && is_space(cp_before(text_, pos, prev))) return prev;
    return pos;
  }

  /// An ISO 4217 code at `pos` ("EUR"), its end; 0 when none.
  std::size_t iso_code_at(std::size_t pos) const {
    if (pos + 3 > text_.size()) return 0;
    for (std::size_t i = 0; i < 3; ++i) {
      const char c = text_[pos + i];
      if (c < 'A' || c > 'Z') return 0;
    }
    if (pos > 0 && lang::is_word_char(static_cast<unsigned char>(text_[pos - 1]))) return 0;
    if (pos + 3 < text_.size()) {
      std::size_t next = pos + 3;
      if (lang::is_word_char(utf8::decode(text_, next))) return 0;
    }
    return LanguageData::is_iso_code(text_.substr(pos, 3)) ? pos + 3 : 0;
  }
  std::size_t iso_code_before(std::size_t end) const {
    if (end < 3) return std::string_view::npos;
    return iso_code_at(end - 3) == end ? end - 3 : std::string_view::npos;
  }

  CurrencyMention mention_of(std::size_t begin, std::size_t end, std::uint32_t index) const {
    const auto& t = data_.currencies[index];
    return CurrencyMention{std::string(text_.substr(begin, end - begin)), t.codes, t.preferred};
  }
  CurrencyMention mention_of_code(std::size_t begin) const {
    std::string code(text_.substr(begin, 3));
    return CurrencyMention{code, {code}, code};
  }

  /// A currency after `pos` (after one optional space): its mention and end.
  std::optional<std::pair<CurrencyMention, std::size_t>> currency_after(
      std::size_t pos, bool hyphen_ok = false) const {
    const std::size_t hyphen =
        (hyphen_ok && pos + 1 < text_.size() && text_[pos] == '-') ? pos + 1 : pos;
    for (const std::size_t p : {pos, skip_space(pos), hyphen}) {
      if (const std::size_t e = iso_code_at(p); e != 0)
        return std::make_pair(mention_of_code(p), e);
      if (const auto m = data_.currency_trie.match_forward(text_, p)) {
        // A name right after a letter-less symbol is fine; a word needs its own boundary.
        return std::make_pair(mention_of(p, m->first, m->second), m->first);
      }
    }
    return std::nullopt;
  }

  /// A currency symbol or code ending at `end` (before one optional space): mention, begin.
  std::optional<std::pair<CurrencyMention, std::size_t>> currency_before(std::size_t end) const {
    for (const std::size_t p : {end, skip_space_back(end)}) {
      if (const std::size_t b = iso_code_before(p); b != std::string_view::npos) {
        return std::make_pair(mention_of_code(b), b);
      }
      if (const auto m = data_.currency_trie.match_backward(text_, p)) {
        if (data_.currencies[m->second].symbol) {
          return std::make_pair(mention_of(m->first, p, m->second), m->first);
        }
      }
    }
    return std::nullopt;
  }

  static bool is_plain_year(const Numeral& num) {
    if (!num.seps.empty() || num.groups[0].size() != 4) return false;
    const char first = num.groups[0][0];
    return first == '1' || first == '2';
  }

  bool month_adjacent(const Numeral& num, std::size_t begin) const {
    if (!num.seps.empty() || num.groups[0].size() > 2 || data_.months.empty()) return false;
    // "3. Juli", "3 July"
    std::size_t p = num.end;
    if (p < text_.size() && text_[p] == '.') ++p;
    p = skip_space(p);
    if (p != num.end && data_.month_trie.match_forward(text_, p)) return true;
    // "July 3"
    const std::size_t q = skip_space_back(begin);
    return q != begin && data_.month_trie.match_backward(text_, q).has_value();
  }

  /// A number with its scale words: "6,3 Milliarden", "1億2400万", "45 लाख करोड़".
  struct Bound {  // NOLINT(bugprone-exception-escape): holds a Numeral
    Numeral num;
    Reading reading;
    Decimal value;           ///< scale and compound parts applied
    std::int32_t power = 0;  ///< power of ten of the scale word(s)
    bool letter_scale = false;
    bool compound = false;
    std::size_t scale_begin = 0;
    std::size_t scale_end = 0;  ///< after the scale word(s), before compound parts
    std::size_t end = 0;        ///< after the last scale word or compound part
  };

  /// a + b exactly, or nullopt on overflow.
  static std::optional<Decimal> add(const Decimal& a, const Decimal& b) {
    const std::int32_t e = std::min(a.exponent(), b.exponent());
    std::int64_t m = 0;
    for (const Decimal* d : {&a, &b}) {
      std::int64_t v = d->mantissa();
      for (std::int32_t i = e; i < d->exponent(); ++i) {
        if (__builtin_mul_overflow(v, 10, &v)) return std::nullopt;
      }
      if (__builtin_add_overflow(m, v, &m)) return std::nullopt;
    }
    if (m > 999999999999999999LL || m < -999999999999999999LL) return std::nullopt;
    return Decimal::from_parts(m, e);
  }

  /// A scale word at `pos` or after one space: (begin, end, word). Single letters must touch.
  std::optional<std::tuple<std::size_t, std::size_t, const lang::ScaleWord*>> scale_at(
      std::size_t pos, bool allow_letters, bool currency_before) const {
    const std::size_t hyphen = (pos + 1 < text_.size() && text_[pos] == '-') ? pos + 1 : pos;
    const std::array<std::size_t, 3> starts{pos, skip_space(pos), hyphen};
    for (std::size_t i = 0; i < starts.size(); ++i) {
      const std::size_t p = starts[i];
      if (i > 0 && p == pos) continue;
      if (const auto m = data_.scale_trie.match_forward(text_, p, /*boundary=*/false)) {
        const auto& w = data_.scale_words[m->second];
        // A scale word running into letters counts only when they are a currency symbol
        // ("450 Mkr", "2 mdkr"); otherwise it is part of a longer word.
        std::size_t after = m->first;
        const char32_t next = cp_at(text_, m->first, after);
        const bool glued_currency = currency_symbol_at(m->first);
        if (lang::is_word_char(next) &&
            lang::is_spaced_letter(w.text.empty() ? 0 : last_cp(w.text)) && !glued_currency) {
          continue;
        }
        if (w.needs_currency) {
          if (!allow_letters) return std::nullopt;
          if (p != pos && !currency_before && !glued_currency) return std::nullopt;
        }
        return std::make_tuple(p, m->first, &w);
      }
    }
    return std::nullopt;
  }

  static char32_t last_cp(const std::string& s) {
    std::size_t p = s.size();
    return utf8::decode_before(s, p);
  }

  /// A currency symbol (not a word) starting exactly at `pos`.
  bool currency_symbol_at(std::size_t pos) const {
    if (pos >= text_.size()) return false;
    if (const auto m = data_.currency_trie.match_forward(text_, pos)) {
      return data_.currencies[m->second].symbol;
    }
    return false;
  }

  std::optional<Bound> read_bound(std::size_t pos, bool allow_letters, bool currency_before) const {
    Bound b;
    b.num = read_numeral(pos);
    auto reading = interpret(b.num);
    if (!reading) {
      if (auto cut = cut_at_space(b.num, text_)) {
        b.num = *cut;
        reading = interpret(b.num);
      }
      if (!reading) return std::nullopt;
    }
    b.reading = *reading;
    b.value = reading->value;
    b.end = b.num.end;
    b.scale_begin = b.num.end;
    const auto first = scale_at(b.num.end, allow_letters, currency_before);
    if (!first) return b;
    const auto& [sb, se, word] = *first;
    b.scale_begin = sb;
    b.power = word->power;
    b.letter_scale = word->needs_currency;
    b.end = se;
    // Stacked scale words multiply: "lakh crore" (10^12), "mil milhões" (10^9).
    if (const auto second = scale_at(b.end, false, false)) {
      const auto& [sb2, se2, word2] = *second;
      if (word2->power > b.power && b.power + word2->power <= 15) {
        b.power += word2->power;
        b.end = se2;
      }
    }
    b.value = reading->value.scaled(b.power);
    b.scale_end = b.end;
    // Compound CJK numbers: "1億2400万", "6万1500", "1조2000억".
    std::size_t prev_last = b.end;
    std::size_t len = 0;
    std::int32_t unit = b.power;
    std::size_t before_end = b.end;
    std::size_t dummy = before_end;
    const char32_t last = cp_before(text_, before_end, dummy);
    if (!lang::is_spaced_letter(last) && lang::is_word_char(last)) {
      while (b.end < text_.size() && digit_at(b.end, len) >= 0) {
        Numeral part = read_numeral(b.end);
        if (!part.seps.empty()) break;
        const auto v = Decimal::parse(part.groups[0]);
        if (!v) break;
        std::int32_t p = 0;
        std::size_t e = part.end;
        if (const auto m = data_.scale_trie.match_forward(text_, part.end)) {
          const auto& w = data_.scale_words[m->second];
          if (w.needs_currency || w.power >= unit) break;
          p = w.power;
          e = m->first;
        } else if (part.groups[0].size() > static_cast<std::size_t>(unit)) {
          break;
        }
        const auto sum = add(b.value, v->scaled(p));
        if (!sum) break;
        b.value = *sum;
        b.end = e;
        b.compound = true;
        if (p == 0) break;
        unit = p;
      }
    }
    (void)prev_last;
    return b;
  }

  /// End of a phone-number-like chain of digit groups starting at `start`, or npos.
  std::size_t phone_end(std::size_t start, char32_t prev) const {
    bool strong = prev == '+' || prev == '(';
    std::size_t pos = start;
    int groups = 0;
    int digits = 0;
    bool dash = false;
    bool odd_group = false;
    bool leading_zero = false;
    bool after_space = false;
    std::size_t end = start;
    while (true) {
      int n = 0;
      const std::size_t group_begin = pos;
      while (pos < text_.size()) {
        std::size_t len = 0;
        if (digit_at(pos, len) < 0) break;
        pos += len;
        ++n;
      }
      if (n == 0) break;
      if (groups == 0 && text_[group_begin] == '0' && n > 1) leading_zero = true;
      if (after_space && n != 3) odd_group = true;
      ++groups;
      digits += n;
      end = pos;
      std::size_t next = pos;
      char32_t c = cp_at(text_, pos, next);
      if (c == ')' && groups == 1 && prev == '(') {
        strong = true;
        pos = next;
        c = cp_at(text_, pos, next);
      }
      if (c == '-' || is_space(c)) {
        if (!is_digit(next)) break;
        dash = dash || c == '-';
        after_space = is_space(c);
        pos = next;
        continue;
      }
      break;
    }
    const bool phone = (strong && digits >= 6 && groups >= 2) ||
                       (groups >= 3 && digits >= 7 && (leading_zero || odd_group)) ||
                       (dash && leading_zero && digits >= 7) ||
                       (groups == 2 && leading_zero && digits >= 7);
    return phone ? end : std::string_view::npos;
  }

  /// True when the numeral is written as a time next to a time word ("12.30 Uhr").
  bool time_like(const Numeral& num, std::size_t begin) const {
    if (num.seps.size() != 1 || num.seps[0] != '.' || num.groups[1].size() != 2) return false;
    if (num.groups[0].size() > 2) return false;
    const int h = std::stoi(num.groups[0]);
    const int m = std::stoi(num.groups[1]);
    if (h > 24 || m > 59) return false;
    const std::size_t q = skip_space_back(begin);
    if (data_.time_before_trie.match_backward(text_, q)) return true;
    return data_.time_after_trie.match_forward(text_, skip_space(num.end)).has_value();
  }

  /// True when the integer is an ordinal ("3.er", "3:e", "3-е", "3. Platz" in de/pl).
  bool ordinal_like(const Numeral& num) const {
    if (!num.seps.empty()) return false;
    std::size_t next = num.end;
    const char32_t c = cp_at(text_, num.end, next);
    if (c == '.' || c == ':') {
      std::size_t n2 = next;
      const char32_t d = cp_at(text_, next, n2);
      if (lang::is_spaced_letter(d)) return true;
      if (c == '.' && data_.ordinal_dot && num.groups[0].size() <= 3 && is_space(d)) {
        std::size_t n3 = n2;
        const char32_t e = cp_at(text_, n2, n3);
        if (lang::is_word_char(e) && !(e >= '0' && e <= '9')) {
          // "3. miejsce": a lowercase word follows; "den 3. Platz": a determiner precedes.
          if (!u_isupper(static_cast<UChar32>(e))) return true;
          if (data_.ordinal_before_trie.match_backward(text_, skip_space_back(num.begin))) {
            return true;
          }
        }
      }
      return false;
    }
    if (c == '-') {
      std::size_t p = next;
      int letters = 0;
      while (p < text_.size()) {
        std::size_t n2 = p;
        const char32_t d = cp_at(text_, p, n2);
        if (!lang::is_spaced_letter(d)) break;
        ++letters;
        p = n2;
      }
      return letters >= 1 && letters <= 3;
    }
    return false;
  }

  /// Parses the amount whose first digit is at `start`; `resume` is where scanning goes on.
  std::optional<RawAmount> parse_at(std::size_t start, std::size_t& resume) {
    std::size_t token_end = read_numeral(start).end;
    resume = token_end;
    const auto reject = [&]() -> std::optional<RawAmount> {
      resume = skip_token(token_end);
      return std::nullopt;
    };

    // Left context.
    std::size_t before = start;
    const char32_t prev = cp_before(text_, start, before);
    std::optional<std::pair<CurrencyMention, std::size_t>> attached_currency;
    if (prev != 0 && lang::is_word_char(prev) && prev != 0x0640) {  // tatweel: "لـ٦١"
      const bool hangul = prev >= 0xAC00 && prev <= 0xD7A3;
      if (lang::is_spaced_letter(prev) || hangul || (prev >= '0' && prev <= '9')) {
        attached_currency = currency_before(start);
        if (!attached_currency || attached_currency->second == start) return reject();
      } else if (data_.ordinal_prefix_trie.match_backward(text_, start)) {
        return reject();
      }
    }
    if (const std::size_t pe = phone_end(start, prev); pe != std::string_view::npos) {
      token_end = pe;
      return reject();
    }
    if (prev == '+' || prev == '/' || prev == ':' || prev == '_' || prev == '#' || prev == '@' ||
        prev == '{' || prev == '\\' || (prev == '%' && !data_.percent_prefix)) {
      return reject();
    }
    if (prev == '.' || prev == ',') {
      std::size_t pp = before;
      const char32_t p2 = cp_before(text_, before, pp);
      if (lang::is_word_char(p2)) return reject();  // "v.2", "No.5"
    }
    bool negative = false;
    std::size_t begin = start;
    if (prev == '-' || prev == 0x2212) {
      std::size_t pp = before;
      const char32_t p2 = cp_before(text_, before, pp);
      if (lang::is_word_char(p2) || p2 == '-') return reject();  // "COVID-19", "F&E-2"
      if (p2 == 0 || is_space(p2) || p2 == '(' || p2 == '\n' || p2 == '\t') {
        negative = true;
        begin = before;
      }
    }

    auto currency_prefix = attached_currency ? attached_currency : currency_before(begin);
    const bool has_currency_before = currency_prefix.has_value();
    auto b1 = read_bound(start, true, has_currency_before);
    if (!b1) return reject();
    token_end = b1->num.end;
    resume = b1->num.end;

    // Right context that rules the numeral out.
    std::size_t after = b1->num.end;
    const char32_t next = cp_at(text_, b1->num.end, after);
    if ((next == ':' || next == '/') && is_digit(after)) return reject();  // 12:30, 7/3/2023
    if ((next == '.' || next == ',') && after < text_.size() && is_digit(after)) return reject();
    if (b1->power == 0 && ordinal_like(b1->num)) return reject();
    if (b1->power == 0 && time_like(b1->num, begin)) return reject();
    if (b1->power == 0 && b1->num.seps.empty() && b1->num.groups[0].size() <= 2) {
      // "12 h 30", "12h30": a time of day.
      std::size_t p = skip_space(b1->num.end);
      if (p < text_.size() && text_[p] == 'h') {
        const std::size_t q = skip_space(p + 1);
        if (is_digit(q)) {
          const Numeral minutes = read_numeral(q);
          if (minutes.seps.empty() && minutes.groups[0].size() == 2) {
            token_end = minutes.end;
            return reject();
          }
        }
      }
    }

    // Range: "5–7", "5 - 7", "5 bis 7", "5万～7万".
    std::optional<Bound> b2;
    {
      const std::size_t p = b1->end;
      bool change_unless_shared_scale = false;
      bool tight_hyphen = false;
      std::size_t q = std::string_view::npos;
      // The second bound may repeat the currency symbol: "$2–$3 billion", "€5bn-€7bn".
      const auto bound_at = [&](std::size_t t) -> std::size_t {
        if (is_digit(t)) return t;
        if (!has_currency_before || t >= text_.size()) return std::string_view::npos;
        if (const auto m = data_.currency_trie.match_forward(text_, t)) {
          if (data_.currencies[m->second].symbol && is_digit(m->first)) return m->first;
        }
        return std::string_view::npos;
      };
      std::size_t dn = p;
      const char32_t c = cp_at(text_, p, dn);
      if (is_dash(c) && bound_at(dn) != std::string_view::npos) {
        tight_hyphen = c == '-' && is_digit(dn);
        q = bound_at(dn);
      } else {
        const std::size_t s = skip_space(p);
        std::size_t d2 = s;
        const char32_t c2 = cp_at(text_, s, d2);
        if (s != p && is_dash(c2)) {
          const std::size_t t = skip_space(d2);
          if (t != d2) q = bound_at(t);
        } else if (s != p) {
          // "5 bis 7", but not "from 5 million to 7 million" (a change); "between 5 and 7".
          const std::size_t lead =
              skip_space_back(currency_prefix ? std::min(currency_prefix->second, begin) : begin);
          const bool from = data_.range_from_trie.match_backward(text_, lead).has_value();
          const bool between = data_.between_trie.match_backward(text_, lead).has_value();
          std::optional<std::pair<std::size_t, std::uint32_t>> w;
          if (between) w = data_.between_and_trie.match_forward(text_, s);
          if (!w) w = data_.range_trie.match_forward(text_, s);
          // After "from", only a shared scale makes it a range ("de 5 à 7 millions").
          change_unless_shared_scale = from && !between;
          if (w) {
            const std::size_t t = skip_space(w->first);
            if (t != w->first) q = bound_at(t);
          }
        } else if (const auto w = data_.range_trie.match_forward(text_, p)) {
          // Unspaced range marks: "5～7", "5から7".
          q = bound_at(w->first);
        }
      }
      if (q != std::string_view::npos) {
        auto second = read_bound(q, true, has_currency_before);
        if (second) {
          std::size_t a2 = second->num.end;
          const char32_t n2 = cp_at(text_, second->num.end, a2);
          if (tight_hyphen && (is_dash(n2) || n2 == '/' || n2 == ':' || n2 == '.') &&
              is_digit(a2)) {
            token_end = second->num.end;
            return reject();  // 2023-07-03, 202-555-0147
          }
          Decimal lower = b1->value;
          if (b1->power == 0 && second->power != 0 && !b1->compound) {
            lower = b1->reading.value.scaled(second->power);
          }
          const bool shared_scale = b1->power == 0 && second->power != 0;
          if (change_unless_shared_scale && !shared_scale) {
            // "from 1,200 to 1,500": two numbers.
          } else if (second->value > lower) {
            const bool years = b1->power == 0 && second->power == 0 && is_plain_year(b1->num) &&
                               is_plain_year(second->num);
            if (years) {
              token_end = second->num.end;
              return reject();
            }
            if (b1->power == 0 && second->power != 0) {
              b1->value = lower;
              b1->power = second->power;
              b1->letter_scale = second->letter_scale;
            }
            b2 = second;
          } else if (tight_hyphen) {
            token_end = second->num.end;
            return reject();  // "3-2", "07-03"
          }
        }
      }
    }
    const Bound& last = b2 ? *b2 : *b1;

    RawAmount out;
    out.amount.digits = std::string(text_.substr(start, b1->num.end - start));
    out.amount.format = b1->reading.format;
    out.amount.value = b1->value;
    out.amount.alternative = b1->reading.alternative;
    if (out.amount.alternative && b1->power != 0) {
      out.amount.alternative = out.amount.alternative->scaled(b1->power);
    }
    if (b1->compound) out.amount.alternative.reset();
    std::int32_t power = b1->power;
    const Bound& scaled = last.power != 0 ? last : *b1;
    const std::size_t scale_begin = scaled.scale_begin;
    std::size_t end = last.end;
    std::size_t number_end = last.end;

    std::vector<CurrencyMention> currencies;
    std::size_t span_begin = begin;
    if (currency_prefix) {
      currencies.push_back(std::move(currency_prefix->first));
      span_begin = currency_prefix->second;
    }
    // Percent.
    bool percent = false;
    bool points = false;
    std::size_t pct_begin = begin;
    for (const std::size_t p : {end, skip_space(end)}) {
      if (const auto m = data_.percent_trie.match_forward(text_, p)) {
        percent = true;
        points = data_.percent_terms[m->second].points;
        end = m->first;
        break;
      }
    }
    if (!percent && currencies.empty()) {
      for (const std::size_t p : {begin, skip_space_back(begin)}) {
        if (const auto m = data_.percent_prefix_trie.match_backward(text_, p)) {
          percent = true;
          pct_begin = m->first;
          break;
        }
      }
    }
    // Currency after the number (also after a connector: "milliards de dollars").
    if (!percent) {
      // "200-Milliarden-Euro": a hyphen may join scale word and currency.
      const bool hyphenated = power != 0 && scale_begin > 0 && text_[scale_begin - 1] == '-';
      auto c = currency_after(end, hyphenated);
      if (!c && power != 0) {
        const std::size_t s = skip_space(end);
        if (const auto m = data_.connector_trie.match_forward(text_, s)) {
          c = currency_after(m->first);
        }
      }
      if (c) {
        currencies.push_back(c->first);
        end = c->second;
      }
    }
    const bool decimal_letter_scale = b1->letter_scale && !b1->reading.format.decimal_sep.empty();
    if ((b1->letter_scale || last.letter_scale) && currencies.empty() && !decimal_letter_scale) {
      // "5m" without a currency is a measure, not five million: a figure with its unit, where
      // the letter is a unit; anything else is left alone.
      if (b2 || !unit_at(b1->num.end)) {
        token_end = end;
        return reject();
      }
      power = 0;
      b1->power = 0;
      b1->value = b1->reading.value;
      out.amount.value = b1->value;
      end = number_end = b1->num.end;
    }
    if (power != 0 || last.power != 0) {
      out.amount.scale_word =
          std::string(text_.substr(scale_begin, scaled.scale_end - scale_begin));
    }

    // Right boundary: a number running into letters is part of a word ("3rd", "4K", "A320neo").
    {
      std::size_t a = end;
      const char32_t c = cp_at(text_, end, a);
      if (c != 0 && (lang::is_spaced_letter(c) || (c >= '0' && c <= '9')) &&
          !unit_at(end)) {
        token_end = end;
        return reject();
      }
      if (c != 0 && lang::is_word_char(c) && end == b1->num.end && b1->num.seps.empty() &&
          data_.non_number_trie.match_forward(text_, end)) {
        // "2023年", "3月" are date parts; "22分" is a duration unless a clock marker precedes
        // the number ("10時22分"); so is a small number before a span word ("5年以内").
        const bool duration =
            (data_.clock_part_trie.match_forward(text_, end) &&
             !data_.clock_marker_trie.match_backward(text_, skip_space_back(b1->num.begin))) ||
            (b1->num.groups[0].size() <= 2 && data_.duration_trie.match_forward(text_, end, false));
        if (!duration) return reject();
      }
    }

    // Approximation word before the whole amount.
    const std::size_t lead = currencies.empty() ? std::min(pct_begin, begin) : span_begin;
    if (percent) span_begin = std::min(pct_begin, begin);
    if (approximate_around(lead, end)) out.amount.approximate = true;

    // A four-digit number is proposed as a number even when it may be a year: the date
    // extractor proposes the year where the text gives year context, and the resolver keeps
    // the year there; elsewhere it is a count ("2000 people").
    const bool bare = currencies.empty() && !percent && power == 0 && !b2;
    if (bare && prev == '[' && next == ']') return reject();  // a reference mark "[12]"
    if (bare && month_adjacent(b1->num, begin)) return reject();

    if (negative) {
      out.amount.value =
          Decimal::from_parts(-out.amount.value.mantissa(), out.amount.value.exponent());
      if (out.amount.alternative) {
        out.amount.alternative = Decimal::from_parts(-out.amount.alternative->mantissa(),
                                                     out.amount.alternative->exponent());
      }
    }
    out.amount.scale_power = power;
    if (b2) {
      out.amount.upper = b2->value;
      if (b2->reading.format.foreign && !out.amount.format.foreign) {
        out.amount.format.foreign = true;
        out.amount.format.expected = b2->reading.format.expected;
      }
    }

    out.span = Span{static_cast<std::uint32_t>(span_begin), static_cast<std::uint32_t>(end)};
    out.number_span =
        Span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(number_end)};
    out.currencies = std::move(currencies);
    out.percent = percent;
    out.percentage_points = points;
    resume = end;
    return out;
  }

  static bool u_is_digit_like(char32_t cp) { return cp >= '0' && cp <= '9'; }

  /// A unit of measure written right at `pos` and ending there as a word ("780MB", "5km",
  /// "20°C"): the figure before it is a figure with its unit.
  bool unit_at(std::size_t pos) const {
    for (const auto& u : data_.units) {
      if (text_.substr(pos, u.size()) != u) continue;
      std::size_t next = pos + u.size();
      const char32_t after = cp_at(text_, pos + u.size(), next);
      if (!lang::is_word_char(after)) return true;
    }
    return false;
  }

  /// An approximation word right before `begin` ("around", "約") or right after `end` ("左右").
  bool approximate_around(std::size_t begin, std::size_t end) const {
    return data_.approximation_trie.match_backward(text_, skip_space_back(begin)).has_value() ||
           data_.approximation_after_trie.match_forward(text_, skip_space(end)).has_value();
  }

  // ---- Numbers written in Han numerals (zh, ja): 三千万美元, 十二亿元, 百分之十二点五 ----

  static int han_digit(char32_t c) {
    switch (c) {
      case 0x3007:  // 〇
      case 0x96F6:  // 零
        return 0;
      case 0x4E00:  // 一
        return 1;
      case 0x4E8C:  // 二
      case 0x4E24:  // 两
      case 0x5169:  // 兩
        return 2;
      case 0x4E09:  // 三
        return 3;
      case 0x56DB:  // 四
        return 4;
      case 0x4E94:  // 五
        return 5;
      case 0x516D:  // 六
        return 6;
      case 0x4E03:  // 七
        return 7;
      case 0x516B:  // 八
        return 8;
      case 0x4E5D:  // 九
        return 9;
      default:
        return -1;
    }
  }
  /// 十, 百, 千: the power of ten they multiply the digit before them by; 0 otherwise.
  static int han_small_unit(char32_t c) {
    if (c == 0x5341) return 1;  // 十
    if (c == 0x767E) return 2;  // 百
    if (c == 0x5343) return 3;  // 千
    return 0;
  }
  /// 万, 萬, 亿, 億, 兆.
  static bool is_han_big_unit(char32_t c) {
    return c == 0x4E07 || c == 0x842C || c == 0x4EBF || c == 0x5104 || c == 0x5146;
  }
  /// The power of ten the language gives a large unit (its scale word); 0 for anything else.
  std::int32_t han_big_unit(char32_t c) const {
    return is_han_big_unit(c) ? data_.scale_power(encode(c)).value_or(0) : 0;
  }
  static constexpr char32_t kHanPoint = 0x70B9;  // 点 (decimal point)

  /// One number in Han numerals: its value, whether it has a digit and a unit, and the largest
  /// scale word in it.
  struct HanNumber {
    Decimal value;
    bool has_unit = false;
    std::int32_t power = 0;
    std::string scale_word;
  };

  /// Reads the Han numeral in [begin, end) ("三千万", "十二点五", "一亿二千万"); nullopt when it
  /// is no well-formed number or overflows.
  std::optional<HanNumber> read_han(std::size_t begin, std::size_t end) const {
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
      return add(whole, Decimal::from_parts(fraction, -fraction_digits));
    };
    std::size_t pos = begin;
    while (pos < end) {
      const char32_t c = utf8::decode(text_, pos);
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
      } else if (const std::int32_t b = han_big_unit(c); b > 0) {
        if (b >= last_big) return std::nullopt;  // 万亿 and the like are not read
        last_big = b;
        out.has_unit = true;
        if (out.power == 0) {
          out.power = b;
          out.scale_word = encode(c);
        }
        const auto p = part();  // 三点五亿: the fraction belongs to the section
        if (!p) return std::nullopt;
        const auto sum = add(out.value, p->scaled(b));
        if (!sum) return std::nullopt;
        out.value = *sum;
        section = pending = fraction = 0;
        fraction_digits = 0;
        in_fraction = false;
      } else {
        return std::nullopt;
      }
    }
    if (!digit) return std::nullopt;
    const auto rest = part();  // after the last large unit: the 二千万 of 一亿二千万
    if (!rest) return std::nullopt;
    const auto sum = add(out.value, *rest);
    if (!sum) return std::nullopt;
    out.value = *sum;
    return out;
  }

  static bool is_han_numeral_char(char32_t c) {
    return han_digit(c) >= 0 || han_small_unit(c) > 0 || is_han_big_unit(c) || c == kHanPoint;
  }

  /// Amounts written in Han numerals, added to `out` (digit amounts, in text order) where they
  /// do not overlap one. Only where the amount is unmistakable: after 百分之 (a percentage), or
  /// before a currency with a unit character in the numeral (三千万美元, 十二元); bare Han
  /// numerals are everywhere in words (一些, 三星, 十分, 万一) and are not read.
  void merge_han_amounts(std::vector<RawAmount>& out) const {
    static constexpr std::string_view kPercentPrefix =
        "\xE7\x99\xBE\xE5\x88\x86\xE4\xB9\x8B";  // 百分之
    std::vector<RawAmount> found;
    std::size_t pos = 0;
    const std::size_t n = text_.size();
    while (pos < n) {
      // Han characters are three bytes with a lead byte E3–E9; skip everything else fast.
      const auto lead = static_cast<unsigned char>(text_[pos]);
      if (lead < 0xE3 || lead > 0xE9) {
        ++pos;
        continue;
      }
      std::size_t p = pos;
      const char32_t c = utf8::decode(text_, p);
      if (!is_han_numeral_char(c) || c == kHanPoint) {
        pos = p;
        continue;
      }
      const std::size_t begin = pos;
      std::size_t end = p;
      while (end < n) {
        std::size_t q = end;
        const char32_t d = utf8::decode(text_, q);
        if (!is_han_numeral_char(d)) break;
        end = q;
      }
      pos = end;
      // Not part of a number written with digits ("1亿2千万" is read by the digit scanner).
      std::size_t before = begin;
      std::size_t dummy = begin;
      const char32_t prev = begin > 0 ? cp_before(text_, before, dummy) : 0;
      std::size_t after = end;
      const char32_t next = end < n ? utf8::decode(text_, after) : 0;
      if (u_is_digit_like(prev) || u_is_digit_like(next)) continue;
      // A trailing 点 belongs to the text ("三点", three o'clock), not to the number.
      static const std::string point = encode(kHanPoint);
      std::size_t num_end = end;
      while (num_end > begin && text_.substr(num_end - point.size(), point.size()) == point) {
        num_end -= point.size();
      }
      const auto number = read_han(begin, num_end);
      if (!number) continue;
      RawAmount a;
      const bool percent =
          begin >= kPercentPrefix.size() &&
          text_.substr(begin - kPercentPrefix.size(), kPercentPrefix.size()) == kPercentPrefix;
      std::size_t span_begin = begin;
      std::size_t span_end = num_end;
      if (percent) {
        if (number->power != 0) continue;
        a.percent = true;
        span_begin = begin - kPercentPrefix.size();
      } else {
        if (!number->has_unit) continue;
        const auto cur = currency_after(num_end);
        if (!cur) continue;
        a.currencies.push_back(cur->first);
        span_end = cur->second;
      }
      a.amount.value = number->value;
      a.amount.digits = std::string(text_.substr(begin, num_end - begin));
      a.amount.scale_power = number->power;
      a.amount.scale_word = number->scale_word;
      a.amount.format.native_digits = true;
      a.amount.approximate = approximate_around(span_begin, span_end);
      a.span = Span{static_cast<std::uint32_t>(span_begin), static_cast<std::uint32_t>(span_end)};
      a.number_span = Span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(num_end)};
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

  std::string_view text_;
  const LanguageData& data_;
  std::array<bool, 256> candidate_{};
  unsigned char native_lead_ = 0xEF;  // lead byte of the native digits (0xEF when none)
  bool space_groups_ = false;
  bool apostrophe_groups_ = false;
  char32_t dec_ = '.';
  char32_t grp_ = ',';
  char32_t native_dec_ = '.';
  char32_t native_grp_ = ',';
};

}  // namespace

std::vector<RawAmount> scan_amounts(std::string_view text, const lang::LanguageData& data) {
  return Scanner(text, data).run();
}

}  // namespace factlint::extract
