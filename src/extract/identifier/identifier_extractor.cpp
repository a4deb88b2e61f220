// Identifiers: glued letters and digits, dotted versions, tickers, heads, phone numbers.
#include "extract/identifier/identifier_extractor.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <bitset>

#include "core/utf8.hpp"
#include "extract/context.hpp"

namespace factlint::extract {
namespace {

using context::cp_at;
using context::cp_before;
using context::digit_value;

/// A letter of a script whose identifiers glue letters to digits (Latin, Greek, Cyrillic).
/// Not Arabic or Hebrew, where a conjunction or preposition is glued to a number (و٦٩, ב-20),
/// nor the scripts of Asia that glue counters (3人, 1,200개).
bool id_letter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20U) >= 'a' && (cp | 0x20U) <= 'z';
  if (u_isalpha(static_cast<UChar32>(cp)) == 0) return false;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode s = uscript_getScript(static_cast<UChar32>(cp), &status);
  return U_SUCCESS(status) && (s == USCRIPT_LATIN || s == USCRIPT_GREEK || s == USCRIPT_CYRILLIC);
}

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp)) != 0;
}
bool is_lower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return u_islower(static_cast<UChar32>(cp)) != 0;
}

/// A token of letters and digits with single '-', '.', '_' or '/' between them.
struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;
  int letters = 0;
  int digits = 0;
  int dots = 0;         ///< '.' between digits
  bool x_part = false;  ///< a part that is the letter x after a dot ("2.x")
  bool letter_first = false;
};

class Finder {
 public:
  Finder(std::string_view text, const lang::LanguageData& data, const context::DigitIndex& digits)
      : text_(text), data_(data), digits_(digits) {
    for (const auto& head : data_.identifier_heads_exact) {
      if (head.empty()) {
        empty_exact_head_ = true;
        head_last_bytes_.set();
      } else {
        head_last_bytes_.set(static_cast<unsigned char>(head.back()));
      }
    }
  }

  void run(std::vector<Candidate>& out) {
    std::size_t pos = 0;
    const std::size_t n = text_.size();
    context::DigitIndex::Cursor cursor;
    while (pos < n) {
      pos = digits_.next(pos, cursor);
      if (pos >= n) break;
      std::size_t next = pos;
      const char32_t cp = utf8::decode(text_, next);
      if (digit_value(cp) < 0 || pos < done_) {
        pos = next;
        continue;
      }
      if (std::size_t e = format_code(pos); e != 0) {
        add(out, pos, e);
        pos = done_ = e;
        continue;
      }
      if (std::size_t e = phone(pos); e != 0) {
        add(out, phone_begin_, e);
        pos = done_ = e;
        continue;
      }
      const Token t = token_around(pos);
      pos = std::max(next, t.end);
      done_ = t.end;
      if (const auto head = head_before(t); head != kNone && !amount_follows(t)) {
        if (is_plain_or_version(t)) {
          add(out, head, t.end);
          continue;
        }
      }
      if (glued(t) || version(t) || ticker(t) || zero_led(t)) add(out, t.begin, t.end);
    }
  }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  /// The end of digits glued to a printf conversion ("0%o", "0%04o", "1%s"), or 0: a code
  /// written into a program's message, compared as it is written.
  std::size_t format_code(std::size_t pos) const {
    std::size_t before = pos;
    const char32_t prev = cp_before(text_, pos, before);
    if (id_letter(prev) || digit_value(prev) >= 0) return 0;
    std::size_t p = pos;
    while (p < text_.size() && text_[p] >= '0' && text_[p] <= '9') ++p;
    if (p == pos || p >= text_.size() || text_[p] != '%') return 0;
    ++p;
    const auto any_of = [&](std::string_view set) {
      return p < text_.size() && set.find(text_[p]) != std::string_view::npos;
    };
    while (any_of("-+#0")) ++p;  // not the space flag: "12% to"
    while (any_of("0123456789")) ++p;
    if (any_of(".")) {
      ++p;
      while (any_of("0123456789")) ++p;
    }
    while (any_of("hlLqjzt")) ++p;
    if (!any_of("diouxXeEfFgGaAcsp")) return 0;
    ++p;
    std::size_t after = p;
    if (p < text_.size() && id_letter(cp_at(text_, p, after))) return 0;  // "50%off"
    return p;
  }

  Token token_around(std::size_t pos) const {
    Token t;
    t.begin = pos;
    // Back over letters and digits (and joiners between them).
    while (t.begin > 0) {
      std::size_t p = t.begin;
      const char32_t c = cp_before(text_, t.begin, p);
      if (id_letter(c) || digit_value(c) >= 0) {
        t.begin = p;
        continue;
      }
      if ((c == '-' || c == '.' || c == '_') && p > 0) {
        std::size_t q = p;
        const char32_t d = cp_before(text_, p, q);
        if (id_letter(d) || digit_value(d) >= 0) {
          t.begin = q;
          continue;
        }
      }
      break;
    }
    t.end = t.begin;
    char32_t prev = 0;
    bool after_dot = false;
    while (t.end < text_.size()) {
      std::size_t p = t.end;
      const char32_t c = cp_at(text_, t.end, p);
      if (id_letter(c) || digit_value(c) >= 0) {
        if (t.letters == 0 && t.digits == 0) t.letter_first = id_letter(c);
        if (id_letter(c)) {
          ++t.letters;
          if (after_dot && (c == 'x' || c == 'X')) t.x_part = true;
        } else {
          ++t.digits;
        }
        if (after_dot && digit_value(prev) >= 0 && digit_value(c) >= 0) ++t.dots;
        after_dot = false;
        prev = c;
        t.end = p;
        continue;
      }
      if (c == '-' || c == '.' || c == '_') {
        std::size_t q = p;
        const char32_t d = cp_at(text_, p, q);
        // After digits, a hyphen and a word is a compound noun: "G7-Gipfel", "5G-Netz".
        if (c == '-' && t.digits > 0 && letter_word_at(p)) break;
        if (id_letter(d) || digit_value(d) >= 0) {
          after_dot = c == '.';
          t.end = p;
          continue;
        }
      }
      break;
    }
    return t;
  }

  /// Whether a word of three or more letters (and no digit) starts at `pos`.
  bool letter_word_at(std::size_t pos) const {
    int letters = 0;
    while (pos < text_.size()) {
      std::size_t next = pos;
      const char32_t c = cp_at(text_, pos, next);
      if (digit_value(c) >= 0) return false;
      if (!lang::is_word_char(c)) break;
      ++letters;
      pos = next;
    }
    return letters >= 3;
  }

  /// The unit that the letters after the leading digits of `t` spell out exactly, if any.
  bool digits_then_unit(const Token& t) const {
    // The first letter after the figure ("6.3bn": the "b").
    std::size_t q = t.begin;
    while (q < t.end) {
      std::size_t r = q;
      const char32_t c = cp_at(text_, q, r);
      if (digit_value(c) < 0 && c != '.' && c != ',') break;
      q = r;
    }
    const std::string_view rest = text_.substr(q, t.end - q);
    for (const auto& u : data_.units) {
      if (rest == u) return true;
    }
    // A scale word or a currency glued to a figure ("6.3bn", "450Mkr", "5EUR") is an amount's.
    if (const auto m = data_.scale_trie.match_forward(text_, q, false); m && m->first == t.end) {
      return true;
    }
    if (const auto m = data_.currency_trie.match_forward(text_, q); m && m->first == t.end) {
      return true;
    }
    return false;
  }

  /// A time of day: "10pm", "2.30am", "12h30", "12h".
  bool time_token(const Token& t) const {
    const std::string_view s = text_.substr(t.begin, t.end - t.begin);
    const auto letters = s.find_first_not_of("0123456789.:");
    if (letters == std::string_view::npos || letters == 0) return false;
    const std::string_view rest = s.substr(letters);
    if (rest == "am" || rest == "pm" || rest == "AM" || rest == "PM") return true;
    if (rest[0] != 'h' && rest[0] != 'H') return false;
    return rest.size() == 1 ||
           rest.substr(1).find_first_not_of("0123456789") == std::string_view::npos;
  }

  /// A date written with dots: "03.07.2023", "3.7.23".
  bool dotted_date(const Token& t) const {
    if (t.letters != 0 || t.dots != 2) return false;
    const std::string_view s = text_.substr(t.begin, t.end - t.begin);
    const auto a = s.find('.');
    const auto b = s.find('.', a + 1);
    const std::size_t day = a;
    const std::size_t month = b - a - 1;
    const std::size_t year = s.size() - b - 1;
    return day <= 2 && month <= 2 && (year == 2 || year == 4);
  }

  /// Letters glued to digits, not a figure with a unit, an ordinal or a decade.
  bool glued(const Token& t) const {
    if (t.letters == 0 || t.digits == 0) return false;
    if (time_token(t)) return false;
    // A currency glued before the figure is an amount ("Rp25.000", "Rp5,2 triliun").
    if (t.letter_first) {
      if (const auto m = data_.currency_trie.match_forward(text_, t.begin, false)) {
        std::size_t r = m->first;
        if (digit_value(cp_at(text_, m->first, r)) >= 0) return false;
      }
    }
    // An ordinal prefix and digits ("ke-150") are the ordinal extractor's.
    if (t.letter_first) {
      std::size_t q = t.begin;
      while (q < t.end) {
        std::size_t r = q;
        if (digit_value(cp_at(text_, q, r)) >= 0) break;
        q = r;
      }
      const auto m = data_.ordinal_prefix_trie.match_backward(text_, q);
      if (m && m->first == t.begin && digits_to_end(q, t.end)) return false;
    }
    if (!t.letter_first) {
      if (digits_then_unit(t)) return false;
      // An ordinal ending ("3rd", "2e") is the ordinal extractor's.
      std::size_t q = t.begin;
      while (q < t.end) {
        std::size_t r = q;
        if (digit_value(cp_at(text_, q, r)) < 0) break;
        q = r;
      }
      if (const auto m = data_.ordinal_suffix_trie.match_forward(text_, q, false)) {
        if (m->first == t.end) return false;
      }
      // "1990s", "80s": a decade.
      if (t.end - q == 1 && text_[q] == 's') return false;
    }
    return true;
  }

  /// Whether [begin, end) holds digits only.
  bool digits_to_end(std::size_t begin, std::size_t end) const {
    while (begin < end) {
      std::size_t r = begin;
      if (digit_value(cp_at(text_, begin, r)) < 0) return false;
      begin = r;
    }
    return true;
  }

  /// Three or more dotted numeric parts that are no grouping of thousands ("2.6.32", not
  /// "1.234.567"), or an "x" part ("2.x").
  bool version(const Token& t) const {
    if (t.letters != 0) return t.x_part && t.letters == 1;
    if (t.dots < 2 || dotted_date(t)) return false;
    // Each piece between hyphens a grouping of thousands is a range of figures
    // ("2.000-3.000"), not a version.
    const std::string_view whole = text_.substr(t.begin, t.end - t.begin);
    bool grouping = true;
    for (std::size_t from = 0; from <= whole.size() && grouping;) {
      const auto hyphen = whole.find('-', from);
      const std::string_view s =
          whole.substr(from, (hyphen == std::string_view::npos ? whole.size() : hyphen) - from);
      std::size_t start = 0;
      for (std::size_t part = 0; start <= s.size(); ++part) {
        const auto dot = s.find('.', start);
        const std::size_t len = (dot == std::string_view::npos ? s.size() : dot) - start;
        if (part == 0 ? (len == 0 || len > 3) : len != 3) grouping = false;
        if (dot == std::string_view::npos) break;
        start = dot + 1;
      }
      if (hyphen == std::string_view::npos) break;
      from = hyphen + 1;
    }
    return !grouping;
  }

  /// Three or more digits led by a zero, standing alone: a code, a mode or a pattern ("0700",
  /// "00000", "007"), compared as written; not a part of a phone number, a date or a time.
  bool zero_led(const Token& t) const {
    if (t.letters != 0 || t.dots != 0 || t.digits < 3 || text_[t.begin] != '0') return false;
    const std::string_view s = text_.substr(t.begin, t.end - t.begin);
    if (s.find_first_not_of("0123456789") != std::string_view::npos) return false;
    std::size_t q = t.begin;
    const char32_t before = cp_before(text_, t.begin, q);
    if (before == '+' || before == '(' || before == '/' || before == ':' || before == '.' ||
        before == ',' || before == '\'' || before == 0x2019) {
      return false;
    }
    if (context::is_space(before)) {
      std::size_t r = q;
      if (digit_value(cp_before(text_, q, r)) >= 0) return false;  // "1 048 576": a group
    }
    std::size_t p = t.end;
    const char32_t after = cp_at(text_, t.end, p);
    if (after == ':' || after == '/' || after == '.' || after == ',' || after == ')') {
      std::size_t r = p;
      if (digit_value(cp_at(text_, p, r)) >= 0) return false;  // "007.5", "0800/123"
    }
    if (after == ' ' || after == '-' || after == 0x00A0) {
      std::size_t r = p;
      if (digit_value(cp_at(text_, p, r)) >= 0) return false;  // "030 1234567"
    }
    return true;
  }

  /// Digits, a dot, one to three capitals: "600884.SH".
  bool ticker(const Token& t) const {
    const std::string_view s = text_.substr(t.begin, t.end - t.begin);
    const auto dot = s.find('.');
    if (dot == std::string_view::npos || dot == 0) return false;
    const std::string_view num = s.substr(0, dot);
    const std::string_view code = s.substr(dot + 1);
    if (num.size() < 3 || code.empty() || code.size() > 3) return false;
    for (const char c : num) {
      if (c < '0' || c > '9') return false;
    }
    for (const char c : code) {
      if (c < 'A' || c > 'Z') return false;
    }
    return true;
  }

  /// A plain integer or a dotted version after a head ("9001", "2.6.32", "3.4", "4.x").
  static bool is_plain_or_version(const Token& t) {
    return (t.letters == 0 || (t.x_part && t.letters == 1)) && t.digits > 0;
  }

  /// Whether `t` is the first group of a grouped figure: a separator and exactly three digits
  /// follow it ("1,000,000", "1 000"). Model and standard numbers are not grouped.
  bool starts_grouped_figure(const Token& t) const {
    if (t.dots > 0 || t.letters > 0 || t.digits > 3) return false;
    std::size_t p = t.end;
    const char32_t sep = cp_at(text_, t.end, p);
    if (sep != ',' && sep != '.' && sep != '\'' && sep != 0x2019 && !context::is_space(sep)) {
      return false;
    }
    int run = 0;
    for (;;) {
      std::size_t q = p;
      if (p >= text_.size() || digit_value(cp_at(text_, p, q)) < 0) break;
      p = q;
      ++run;
    }
    return run == 3;
  }

  /// The start of a head word one space before `t` (kNone when there is none): a head from the
  /// list, a head in capitals or mixed case, or a capitalised word that does not begin the
  /// sentence, where the language does not capitalise every noun.
  std::size_t head_before(const Token& t) const {
    if (t.letter_first) return kNone;            // "A320" is glued, not a head and a number
    if (starts_grouped_figure(t)) return kNone;  // "MB 1,000,000", "kB 1 000": a quantity
    const std::size_t space = context::skip_space_back(text_, t.begin);
    if (space == t.begin) {
      // A head glued to the digits in a script written without spaces ("ボーイング737").
      std::size_t q = t.begin;
      const char32_t before = cp_before(text_, t.begin, q);
      if (before == 0 || lang::is_spaced_letter(before)) return kNone;
      const auto m = data_.identifier_head_trie.match_backward(text_, t.begin);
      return m ? m->first : kNone;
    }
    if (const auto m = data_.identifier_head_trie.match_backward(text_, space)) {
      return m->first;
    }
    // The last byte first: this runs for every figure, and most heads end otherwise.
    const bool exact_head_may_end =
        space > 0 ? head_last_bytes_.test(static_cast<unsigned char>(text_[space - 1]))
                  : empty_exact_head_;
    for (const auto& head : data_.identifier_heads_exact) {
      if (!exact_head_may_end) break;
      if (head.size() <= space && (head.empty() || text_[space - 1] == head.back()) &&
          text_.substr(space - head.size(), head.size()) == head) {
        const std::size_t b = space - head.size();
        std::size_t q = b;
        if (b == 0 || !lang::is_word_char(cp_before(text_, b, q))) return b;
      }
    }
    // The word before the space.
    std::size_t b = space;
    int letters = 0;
    int uppers = 0;
    bool lower_then_upper = false;
    bool seen_lower = false;
    while (b > 0) {
      std::size_t p = b;
      const char32_t c = cp_before(text_, b, p);
      if (!id_letter(c)) break;
      ++letters;
      b = p;
    }
    if (letters < 2) return kNone;
    std::size_t p = b;
    char32_t first = 0;
    while (p < space) {
      const char32_t c = cp_at(text_, p, p);
      if (first == 0) first = c;
      if (is_upper(c)) {
        ++uppers;
        if (seen_lower) lower_then_upper = true;
      } else if (is_lower(c)) {
        seen_lower = true;
      }
    }
    const bool capitals = uppers == letters || lower_then_upper;  // "IBM", "macOS", "SunOS"
    // Most words before a figure are in lower case (or, in de, every noun is capitalised).
    if (!capitals && (data_.nouns_capitalized || !is_upper(first) || letters < 3)) return kNone;
    // A currency before an amount is no head ("EUR 5", "USD 300").
    if (const auto m = data_.currency_trie.match_forward(text_, b); m && m->first == space) {
      return kNone;
    }
    if (lang::LanguageData::is_iso_code(text_.substr(b, space - b))) return kNone;
    if (capitals) return b;  // "IBM 142", "macOS 14", "SunOS 4"
    // A capitalised word: not at the start of the sentence, not a month ("July 2023").
    std::size_t before = b;
    char32_t c = cp_before(text_, b, before);
    while (context::is_space(c)) c = cp_before(text_, before, before);
    if (c == 0 || c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == 0x201C ||
        c == 0x00AB) {
      return kNone;
    }
    if (data_.month_trie.match_backward(text_, space)) return kNone;
    // A place or an event and a year ("Lund 1998", "Rio 2016") is no product name.
    if (t.digits == 4 && t.dots == 0 && t.letters == 0) {
      const std::string digits = lang::digits_only(text_.substr(t.begin, t.end - t.begin));
      if (digits.size() == 4 && (digits[0] == '1' || digits[0] == '2')) return kNone;
    }
    return b;
  }

  /// Whether a percent sign or word, a currency or a scale word follows `t`: then the number is
  /// an amount after a name ("Debian 100 poin persentase", "Apple 5 Milliarden"), not part of it.
  bool amount_follows(const Token& t) const {
    const std::size_t after = context::skip_space(text_, t.end);
    return data_.percent_trie.match_forward(text_, after) ||
           data_.percent_trie.match_forward(text_, t.end) ||
           data_.currency_trie.match_forward(text_, after) ||
           data_.scale_trie.match_forward(text_, after);
  }

  /// The end of a phone number starting at `pos` (0 when none); phone_begin_ its start.
  std::size_t phone(std::size_t pos) {
    std::size_t b = pos;
    const char32_t prev = cp_before(text_, pos, b);
    const bool plus = prev == '+';
    const bool paren = prev == '(';
    if (!plus && !paren) return 0;
    if (b > 0) {
      std::size_t q = b;
      const char32_t before = cp_before(text_, b, q);
      if (id_letter(before) || digit_value(before) >= 0) return 0;
    }
    int groups = 0;
    int digits = 0;
    bool closed = false;
    std::size_t p = pos;
    std::size_t end = pos;
    while (p < text_.size()) {
      int run = 0;
      while (p < text_.size()) {
        std::size_t r = p;
        if (digit_value(cp_at(text_, p, r)) < 0) break;
        p = r;
        ++run;
      }
      if (run == 0) break;
      ++groups;
      digits += run;
      end = p;
      std::size_t r = p;
      char32_t c = cp_at(text_, p, r);
      if (c == ')' && paren && groups == 1) {
        closed = true;
        p = r;
        c = cp_at(text_, p, r);
      }
      std::size_t after_digit = r;
      if ((c == ' ' || c == '-' || c == 0x00A0) && digit_value(cp_at(text_, r, after_digit)) >= 0) {
        p = r;
        continue;
      }
      break;
    }
    if (digits < 6 || groups < 2) return 0;
    // "(030) 1234-5678" closes its area code; "(1970-01-01 UTC)" is a date in brackets.
    if (paren && !closed) return 0;
    phone_begin_ = b;
    return end;
  }

  void add(std::vector<Candidate>& out, std::size_t begin, std::size_t end) const {
    Candidate c;
    c.fact.kind = FactKind::identifier;
    c.fact.span = Span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
    c.fact.text = std::string(text_.substr(begin, end - begin));
    IdentifierValue v;
    v.key = lang::identifier_key(c.fact.text);
    v.digits = lang::digits_only(c.fact.text);
    c.fact.value = std::move(v);
    c.score = score::kIdentifier;
    out.push_back(std::move(c));
  }

  std::string_view text_;
  const lang::LanguageData& data_;
  const context::DigitIndex& digits_;
  std::size_t done_ = 0;
  std::size_t phone_begin_ = 0;
  /// The last bytes of the exact heads (every byte when one is empty).
  std::bitset<256> head_last_bytes_;
  bool empty_exact_head_ = false;
};

}  // namespace

void propose_identifiers(std::string_view text, const lang::LanguageData& data,
                         const context::DigitIndex& digits, std::vector<Candidate>& out) {
  Finder(text, data, digits).run(out);
}

}  // namespace factlint::extract
