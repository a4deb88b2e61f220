// Byte scan for digits, then a careful parse of the amount around each: separators by locale,
// scale words, currencies, percent forms, ranges and approximation words.
#include "extract/amount_scanner.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>

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
struct Numeral {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<std::string> groups;  // ASCII digits
  std::vector<char32_t> seps;
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
    if (data_.native_zero != 0) {
      const std::string z = encode(data_.native_zero);
      candidate_[static_cast<unsigned char>(z[0])] = true;
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
      while (pos < n && !candidate_[static_cast<unsigned char>(text_[pos])]) ++pos;
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
    return out;
  }

 private:
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
      if (lang::is_word_char(cp) || digit_at(pos, len) >= 0) {
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

  bool valid_grouping(const std::vector<std::string>& groups, std::size_t count) const {
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

  std::string joined(const std::vector<std::string>& groups, std::size_t from,
                     std::size_t to) const {
    std::string s;
    for (std::size_t i = from; i < to; ++i) s += groups[i];
    return s;
  }

  /// How the document's locale writes these digits.
  std::string expected(const std::vector<std::string>& int_groups, bool grouped,
                       const std::string& fraction, bool native) const {
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
        r.format.expected = expected({a, b}, true, "", num.native) + " / " + r.format.expected;
      }
      return r;
    }
    // Two kinds of separator: grouping (c1, repeated) then one decimal separator at the end.
    if (first_other != ns - 1) return std::nullopt;
    const char32_t c2 = num.seps[ns - 1];
    if (!valid_grouping(gs, gs.size() - 1)) return std::nullopt;
    const std::vector<std::string> int_groups(gs.begin(), gs.end() - 1);
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
  std::optional<std::pair<CurrencyMention, std::size_t>> currency_after(std::size_t pos) const {
    for (const std::size_t p : {pos, skip_space(pos)}) {
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

  bool is_plain_year(const Numeral& num, const Reading& r) const {
    if (!num.seps.empty() || num.groups[0].size() != 4) return false;
    (void)r;
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

  /// Parses the amount whose first digit is at `start`; `resume` is where scanning goes on.
  std::optional<RawAmount> parse_at(std::size_t start, std::size_t& resume) {
    Numeral num = read_numeral(start);
    resume = num.end;
    const auto reject = [&]() -> std::optional<RawAmount> {
      resume = skip_token(num.end);
      return std::nullopt;
    };

    // Left context.
    std::size_t before = start;
    const char32_t prev = cp_before(text_, start, before);
    std::optional<std::pair<CurrencyMention, std::size_t>> attached_currency;
    if (prev != 0 && lang::is_word_char(prev)) {
      if (lang::is_spaced_letter(prev) || u_is_digit_like(prev)) {
        attached_currency = currency_before(start);
        if (!attached_currency || attached_currency->second == start) return reject();
      } else if (data_.ordinal_prefix_trie.match_backward(text_, start)) {
        return reject();
      }
    }
    if (prev == '+' || prev == '/' || prev == ':' || prev == '_' || prev == '#' || prev == '@') {
      return reject();
    }
    if (prev == '.' || prev == ',') {
      std::size_t pp = before;
      const char32_t p2 = cp_before(text_, before, pp);
      if (lang::is_word_char(p2)) return reject();  // "v.2", "1,2" already read, "No.5"
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

    auto reading = interpret(num);
    if (!reading) {
      if (auto cut = cut_at_space(num, text_)) {
        num = *cut;
        reading = interpret(num);
      }
      if (!reading) return reject();
    }
    resume = num.end;

    // Right context that rules the numeral out.
    std::size_t after = num.end;
    const char32_t next = cp_at(text_, num.end, after);
    if ((next == ':' || next == '/') && is_digit(after)) return reject();  // 12:30, 7/3/2023
    if ((next == '.' || next == ',') && after < text_.size() && is_digit(after)) return reject();

    // Range: "5–7", "5 - 7", "5 bis 7".
    std::optional<Numeral> upper_num;
    std::optional<Reading> upper;
    {
      std::size_t p = num.end;
      bool tight_hyphen = false;
      std::size_t q = std::string_view::npos;
      std::size_t dn = p;
      const char32_t c = cp_at(text_, p, dn);
      if (is_dash(c) && is_digit(dn)) {
        tight_hyphen = c == '-';
        q = dn;
      } else {
        const std::size_t s = skip_space(p);
        std::size_t d2 = s;
        const char32_t c2 = cp_at(text_, s, d2);
        if (s != p && is_dash(c2)) {
          const std::size_t t = skip_space(d2);
          if (is_digit(t) && t != d2) q = t;
        } else if (s != p) {
          if (const auto w = data_.range_trie.match_forward(text_, s)) {
            const std::size_t t = skip_space(w->first);
            if (t != w->first && is_digit(t)) q = t;
          }
        } else if (const auto w = data_.range_trie.match_forward(text_, p)) {
          // Unspaced range marks: "5～7", "5から7".
          if (is_digit(w->first)) q = w->first;
        }
      }
      if (q != std::string_view::npos) {
        Numeral second = read_numeral(q);
        std::size_t a2 = second.end;
        const char32_t n2 = cp_at(text_, second.end, a2);
        if (tight_hyphen && (is_dash(n2) || n2 == '/' || n2 == ':' || n2 == '.') && is_digit(a2)) {
          num.end = second.end;
          return reject();  // 2023-07-03, 202-555-0147
        }
        auto r2 = interpret(second);
        if (r2 && r2->value > reading->value) {
          const bool years = is_plain_year(num, *reading) && is_plain_year(second, *r2);
          if (years) {
            num.end = second.end;
            return reject();
          }
          upper_num = second;
          upper = r2;
        } else if (tight_hyphen) {
          num.end = second.end;
          return reject();  // "3-2", "07-03"
        }
      }
    }
    const std::size_t numeral_end = upper_num ? upper_num->end : num.end;

    RawAmount out;
    out.amount.digits = std::string(text_.substr(start, num.end - start));
    out.amount.format = reading->format;
    out.amount.value = reading->value;
    out.amount.alternative = reading->alternative;

    // Suffixes: scale word, connector, currency, percent.
    std::size_t end = numeral_end;
    std::int32_t power = 0;
    bool scale_needs_currency = false;
    std::size_t scale_end = numeral_end;
    for (const std::size_t p : {numeral_end, skip_space(numeral_end)}) {
      if (const auto m = data_.scale_trie.match_forward(text_, p)) {
        const auto& w = data_.scale_words[m->second];
        power = w.power;
        scale_needs_currency = w.needs_currency;
        // A single letter must touch the number ("$5m", not "$5 m").
        if (scale_needs_currency && p != numeral_end) {
          power = 0;
          continue;
        }
        out.amount.scale_word = std::string(text_.substr(p, m->first - p));
        scale_end = m->first;
        break;
      }
    }
    end = scale_end;

    std::vector<CurrencyMention> currencies;
    std::size_t span_begin = begin;
    // Currency before the number (or its sign).
    if (attached_currency) {
      currencies.push_back(attached_currency->first);
      span_begin = attached_currency->second;
    } else if (auto c = currency_before(begin)) {
      currencies.push_back(c->first);
      span_begin = c->second;
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
      auto c = currency_after(end);
      if (!c && !out.amount.scale_word.empty()) {
        const std::size_t s = skip_space(end);
        if (const auto m = data_.connector_trie.match_forward(text_, s)) {
          c = currency_after(m->first);
          if (c && c->first.codes.empty()) c.reset();
        }
      }
      if (c) {
        currencies.push_back(c->first);
        end = c->second;
      }
    }
    if (scale_needs_currency && currencies.empty()) {
      // "5m" without a currency is a measure, not five million.
      power = 0;
      out.amount.scale_word.clear();
      end = numeral_end;
      if (percent) {
        // keep the percent found after the numeral only if it touched the numeral
        percent = false;
        points = false;
        for (const std::size_t p : {end, skip_space(end)}) {
          if (const auto m = data_.percent_trie.match_forward(text_, p)) {
            percent = true;
            points = data_.percent_terms[m->second].points;
            end = m->first;
            break;
          }
        }
      }
      scale_end = numeral_end;
    }

    // Right boundary: a number running into letters is part of a word ("3rd", "4K", "A320neo").
    {
      std::size_t a = end;
      const char32_t c = cp_at(text_, end, a);
      if (c != 0 && (lang::is_spaced_letter(c) || (c >= '0' && c <= '9'))) {
        num.end = end;
        return reject();
      }
      if (c != 0 && lang::is_word_char(c) && end == numeral_end &&
          data_.non_number_trie.match_forward(text_, end)) {
        return reject();  // "2023年", "3月"
      }
    }

    const bool bare = currencies.empty() && !percent && power == 0 && !upper_num;
    if (bare && !negative && is_plain_year(num, *reading)) return std::nullopt;
    if (bare && month_adjacent(num, begin)) return std::nullopt;

    if (negative) {
      out.amount.value =
          Decimal::from_parts(-out.amount.value.mantissa(), out.amount.value.exponent());
      if (out.amount.alternative) {
        out.amount.alternative = Decimal::from_parts(-out.amount.alternative->mantissa(),
                                                     out.amount.alternative->exponent());
      }
    }
    if (power != 0) {
      out.amount.scale_power = power;
      out.amount.value = out.amount.value.scaled(power);
      if (out.amount.alternative) out.amount.alternative = out.amount.alternative->scaled(power);
    }
    if (upper) {
      out.amount.upper = upper->value.scaled(power);
      if (upper->format.foreign && !out.amount.format.foreign) {
        out.amount.format.foreign = true;
        out.amount.format.expected = upper->format.expected;
      }
    }

    // Approximation word before the whole amount.
    std::size_t lead =
        currencies.empty() ? (percent ? std::min(pct_begin, begin) : begin) : span_begin;
    if (percent) span_begin = std::min(pct_begin, begin);
    const std::size_t q = skip_space_back(lead);
    if (data_.approximation_trie.match_backward(text_, q)) out.amount.approximate = true;

    out.span = Span{static_cast<std::uint32_t>(span_begin), static_cast<std::uint32_t>(end)};
    out.number_span =
        Span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(scale_end)};
    out.currencies = std::move(currencies);
    out.percent = percent;
    out.percentage_points = points;
    resume = end;
    return out;
  }

  static bool u_is_digit_like(char32_t cp) { return cp >= '0' && cp <= '9'; }

  std::string_view text_;
  const LanguageData& data_;
  std::array<bool, 256> candidate_{};
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
