// Numbers in words: the forms ICU's spell-out rules write for a language, kept as normalised
// strings of words, and a matcher that reads the longest run of words forming a number.
#include "lang/number_words.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/bmp_cache.hpp"
#include "core/utf8.hpp"
#include "lang/spellout_forms.hpp"
#include "lang/terms.hpp"

namespace factlint::lang {

namespace {

/// Hash of the first two code points of a word, for the cheap first test of a position.
std::size_t lead_hash(char32_t a, char32_t b) { return NumberWords::glued_hash(a, b); }

bool is_separator(char32_t c) {
  return c == ' ' || c == '-' || c == 0x00A0 || c == 0x2010 || c == 0x2011 || c == 0x202F;
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

/// What `is_letter` and `lower` ask ICU about a code point above ASCII, cached: bit 0 a letter,
/// bit 1 its own lower case. Matching asks both at every letter of every word it reads (most
/// words of Arabic text are read).
constinit BmpCache letter_cache;

[[gnu::noinline]] std::uint8_t letter_bits_uncached(char32_t c) {
  const auto u = static_cast<UChar32>(c);
  const auto cat = u_charType(u);
  const bool letter = c == 0x200C || u_isalpha(u) != 0 || cat == U_NON_SPACING_MARK ||
                      cat == U_COMBINING_SPACING_MARK;
  return (letter ? 1U : 0U) | (u_tolower(u) == u ? 2U : 0U);
}

std::uint8_t letter_bits(char32_t c) { return letter_cache.get(c, letter_bits_uncached); }

/// A letter of a word: alphabetic, a combining mark (Devanagari vowel signs), or a
/// zero-width non-joiner inside a Persian word.
bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20U) >= 'a' && (c | 0x20U) <= 'z';
  return (letter_bits(c) & 1U) != 0;
}

/// `lower` above ASCII (out of line, so that the ASCII case stays inline where it is asked).
[[gnu::noinline]] char32_t lower_non_ascii(char32_t c) {
  if (c == 0x0622 || c == 0x0623 || c == 0x0625) return 0x0627;
  if (c == 0x0901) return 0x0902;
  if ((letter_bits(c) & 2U) != 0) return c;
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

/// Lower case, with the spelling variants of one letter made one: Arabic alef with hamza or
/// madda (ICU writes "إثنان", most text "اثنان"), Devanagari candrabindu and anusvara ("पाँच",
/// "पांच").
char32_t lower(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return lower_non_ascii(c);
}

/// Whether the character at `pos` is an upper-case letter.
bool starts_upper(std::string_view text, std::size_t pos) {
  return u_isupper(static_cast<UChar32>(utf8::decode(text, pos))) != 0;
}

/// Marks left out of a word as matched: soft hyphen, Arabic tatweel and short vowels.
bool ignored(char32_t c) { return c == 0x00AD || c == 0x0640 || (c >= 0x064B && c <= 0x0652); }

/// Whether `affix` (a clitic, an article, a joiner) is written at byte `pos` of `text`. Byte by
/// byte: an affix is a letter or two, and most words of those languages share its first byte.
bool written_at(std::string_view text, std::size_t pos, std::string_view affix) {
  if (pos > text.size() || affix.size() > text.size() - pos) return false;
  for (std::size_t i = 0; i < affix.size(); ++i) {
    if (text[pos + i] != affix[i]) return false;
  }
  return true;
}

/// Reads the word at `pos` of `text` into `out`, lower-cased, apostrophes as '\'' and soft
/// hyphens dropped; returns the end of the word (== pos when there is none). An apostrophe
/// counts only between two letters (uk "п'ять").
std::size_t read_word(std::string_view text, std::size_t pos, std::string& out) {
  std::size_t p = pos;
  std::size_t end = pos;
  while (p < text.size()) {
    // ASCII letters, the most common case, without the general tests below.
    if (const auto byte = static_cast<unsigned char>(text[p]);
        byte < 0x80 && (byte | 0x20U) >= 'a' && (byte | 0x20U) <= 'z') {
      out.push_back(static_cast<char>(byte | 0x20U));
      end = ++p;
      continue;
    }
    std::size_t q = p;
    const char32_t c = utf8::decode(text, q);
    if (ignored(c)) {
      p = q;
      continue;
    }
    if (is_apostrophe(c) && end > pos) {
      std::size_t r = q;
      if (r < text.size() && is_letter(utf8::decode(text, r))) {
        out.push_back('\'');
        p = q;
        continue;
      }
      break;
    }
    if (!is_letter(c)) break;
    utf8::append(out, lower(c));
    p = q;
    end = q;
  }
  return end;
}

/// The first two code points `read_word` writes for the word at `pos` (the second 0 when the
/// word has one; both 0 when there is no word), without writing them: the cheap first test of
/// a glued compound, which must agree with `read_word` exactly.
std::pair<char32_t, char32_t> word_lead(std::string_view text, std::size_t pos) {
  std::array<char32_t, 2> got{0, 0};
  std::size_t n = 0;
  bool letter_read = false;
  std::size_t p = pos;
  while (p < text.size() && n < 2) {
    std::size_t q = p;
    const char32_t c = utf8::decode(text, q);
    if (ignored(c)) {
      p = q;
      continue;
    }
    if (is_apostrophe(c) && letter_read) {
      std::size_t r = q;
      if (r < text.size() && is_letter(utf8::decode(text, r))) {
        got[n++] = '\'';
        p = q;
        continue;
      }
      break;
    }
    if (!is_letter(c)) break;
    got[n++] = lower(c);
    letter_read = true;
    p = q;
  }
  return {got[0], got[1]};
}

/// A 16-bit hash of a normalised word, for the table of first words.
std::size_t word_bits(std::string_view word) {
  std::uint64_t h = NumberWords::kWordSeed;
  for (const char c : word) h = NumberWords::hash_byte(h, static_cast<unsigned char>(c));
  return NumberWords::word_bits_of(h);
}

/// Hashes a string and a string_view alike, so that lookups need no copy.
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};

/// After a word ending at `pos`: the start of the next word when one separator (a space, a
/// hyphen, a no-break space) stands between them, else npos.
std::size_t next_word(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return std::string_view::npos;
  std::size_t q = pos;
  const char32_t c = utf8::decode(text, q);
  if (!is_separator(c)) return std::string_view::npos;
  std::size_t r = q;
  if (r < text.size() && is_letter(utf8::decode(text, r))) return q;
  return std::string_view::npos;
}

/// `form` as a list of normalised words joined by single spaces.
std::string normalise(std::string_view form) {
  std::string out;
  std::size_t p = 0;
  while (p < form.size()) {
    std::string word;
    const std::size_t e = read_word(form, p, word);
    if (e == p) {
      std::size_t q = p;
      (void)utf8::decode(form, q);
      p = q;
      continue;
    }
    if (!out.empty()) out.push_back(' ');
    out += word;
    p = e;
  }
  return out;
}

std::size_t word_count(std::string_view norm) {
  std::size_t n = norm.empty() ? 0 : 1;
  for (const char c : norm) n += c == ' ' ? 1 : 0;
  return n;
}

/// Languages whose numbers in words are Han numerals, read by the amount scanner's Han reader.
bool han_numerals(std::string_view lang) {
  const std::string_view primary = lang.substr(0, lang.find('-'));
  return primary == "zh" || primary == "ja";
}

/// Languages written without spaces between words: a spelled numeral would match inside
/// other words, so it is read only between ICU's dictionary word boundaries.
bool unspaced(std::string_view lang) {
  static constexpr std::array<std::string_view, 7> kLangs{"zh", "ja", "th", "lo", "km", "my", "bo"};
  const std::string_view primary = lang.substr(0, lang.find('-'));
  for (const auto l : kLangs) {
    if (primary == l) return true;
  }
  return false;
}

}  // namespace

struct NumberWords::Data {
  struct Entry {
    std::int64_t value = 0;
    std::int64_t upper = 0;
    bool approximate = false;
    bool ordinal = false;
    bool weak = false;

    /// The numeral this form makes at [begin, end) of a text, `atoms` words long.
    [[nodiscard]] WordNumeral at(std::size_t begin, std::size_t end, int atoms) const {
      WordNumeral w;
      w.begin = begin;
      w.end = end;
      w.value = value;
      w.upper = upper;
      w.approximate = approximate;
      w.ordinal = ordinal;
      w.weak = weak;
      w.atoms = atoms;
      return w;
    }
  };
  std::unordered_map<std::string, Entry, StringHash, std::equal_to<>> forms;
  /// The first k words of a form, k < its length.
  std::unordered_set<std::string, StringHash, std::equal_to<>> prefixes;
  std::bitset<0x10000> leads;  ///< lead_hash of the first word of every form
  /// lead_hash of the first two code points of every form that can head a glued compound
  /// (`glued`), and the code point of those that are one code point long.
  std::bitset<0x10000> glued_leads;
  std::bitset<0x10000> glued_single;
  std::bitset<256> affix_first;  ///< the first byte of every clitic and article
  /// word_bits of the first word of every form: a word whose bit is clear begins no form
  /// (it is neither a one-word form nor the first word of a longer one).
  std::bitset<0x10000> first_words;
  /// A language written without spaces (th): forms are kept without spaces, `char_prefixes`
  /// holds every proper prefix of every form, and `in_run` finds them inside runs of letters.
  bool unspaced = false;
  std::string tag;
  std::unordered_set<std::string> char_prefixes;
  std::size_t max_words = 0;
  std::vector<std::string> clitics;   ///< glued before a number, left out of its span
  std::vector<std::string> articles;  ///< glued before a number, part of it
  std::vector<std::string> joiners;   ///< "and" glued to the next number word (ar و)
  /// Counter words (number_words.json "counters": ko 곳, 명, 나라; vi năm, tiếng; th คน, ปี):
  /// a weak form before one counts, and a Thai number in words needs one after it.
  std::vector<std::string> counters;

  /// A weak form is a number after all when a counter word follows it (ko "세 곳", vi "năm
  /// năm", five years); never the word for 1 ("한 명은", "one of them") or an ordinal. The
  /// counter may be two words (vi "công ty") or carry a Hangul particle ("곳이", "명의").
  void unweaken(std::string_view text, WordNumeral& w) const {
    if (!w.weak || w.ordinal || counters.empty() || w.value == 1) return;
    const std::size_t next = next_word(text, w.end);
    if (next == std::string_view::npos) return;
    std::string words;
    const std::size_t e = read_word(text, next, words);
    if (const std::size_t n2 = next_word(text, e); n2 != std::string_view::npos) {
      words.push_back(' ');
      (void)read_word(text, n2, words);
    }
    for (const auto& c : counters) {
      if (words.compare(0, c.size(), c) != 0) continue;
      std::size_t q = c.size();
      const char32_t after = q < words.size() ? utf8::decode(words, q) : U' ';
      if (after == ' ' || (after >= 0xAC00 && after <= 0xD7A3)) {
        w.weak = false;
        return;
      }
    }
  }

  void add(const std::string& norm, Entry e) {
    if (norm.empty()) return;
    const auto [it, inserted] = forms.emplace(norm, e);
    if (!inserted) {
      // A form that is both (vi "năm") stays cardinal; an exact value beats an approximation.
      if (it->second.ordinal && !e.ordinal) it->second = e;
      return;
    }
    std::size_t p = 0;
    const char32_t a = utf8::decode(norm, p);
    const char32_t b = p < norm.size() ? utf8::decode(norm, p) : 0;
    // As `longest` computes it: a second character that is no letter (a space, the apostrophe
    // of uk "п'ять") counts as none.
    leads.set(lead_hash(a, is_letter(b) ? b : 0));
    first_words.set(word_bits(std::string_view(norm).substr(0, norm.find(' '))));
    std::size_t words = 1;
    for (std::size_t i = 0; i < norm.size(); ++i) {
      if (norm[i] == ' ') {
        prefixes.insert(norm.substr(0, i));
        ++words;
      }
    }
    max_words = std::max(max_words, words);
    if (unspaced) {
      std::size_t q = 0;
      while (q < norm.size()) {
        (void)utf8::decode(norm, q);
        if (q < norm.size()) char_prefixes.insert(norm.substr(0, q));
      }
    }
  }

  /// In a language written without spaces: the first number in words in the run of letters at
  /// `pos` that ICU's dictionary word break sets apart as words of their own, and that is an
  /// ordinal (th "ที่สาม") or has a counter after it (`counters`, perhaps after a space: "ห้าปี",
  /// "สามสิบสองทีม", a scale word "ยี่สิบล้าน"); a numeral elsewhere is too often part of a
  /// word ("สาม" in "สามารถ").
  [[nodiscard]] std::optional<WordNumeral> in_run(std::string_view text, std::size_t pos) const {
    std::size_t run_end = pos;
    while (run_end < text.size()) {
      std::size_t q = run_end;
      if (!is_letter(utf8::decode(text, q))) break;
      run_end = q;
    }
    for (std::size_t start = pos; start < run_end;) {
      std::size_t next = start;
      const char32_t a = lower(utf8::decode(text, next));
      std::size_t after_b = next;
      const char32_t b = next < run_end ? lower(utf8::decode(text, after_b)) : 0;
      if (leads.test(lead_hash(a, is_letter(b) ? b : 0))) {
        std::string cur;
        const Entry* best = nullptr;
        std::size_t best_end = start;
        std::size_t p = start;
        while (p < run_end) {
          std::size_t q = p;
          utf8::append(cur, lower(utf8::decode(text, q)));
          const Entry* entry = find(cur);
          if (entry != nullptr) {
            best = entry;
            best_end = q;
          }
          if (char_prefixes.find(cur) == char_prefixes.end()) break;
          p = q;
        }
        if (best != nullptr && dictionary_word_boundary(text, start, tag) &&
            dictionary_word_boundary(text, best_end, tag) &&
            (best->ordinal || counter_at(text, best_end))) {
          return best->at(start, best_end, 1);
        }
      }
      start = next;
    }
    return std::nullopt;
  }

  /// Whether a counter starts at `pos`, perhaps after spaces (unspaced languages).
  [[nodiscard]] bool counter_at(std::string_view text, std::size_t pos) const {
    while (pos < text.size()) {
      std::size_t q = pos;
      if (!is_separator(utf8::decode(text, q))) break;
      pos = q;
    }
    return std::any_of(counters.begin(), counters.end(),
                       [&](const std::string& c) { return text.substr(pos, c.size()) == c; });
  }

  /// Fills `glued_leads` and `glued_single` once every form is in.
  void index_glued_heads() {
    for (const auto& [norm, e] : forms) {
      if (!can_head_glued(e) || norm.size() < 3 || norm.find(' ') != std::string::npos) continue;
      std::size_t p = 0;
      const char32_t a = utf8::decode(norm, p);
      if (p == norm.size()) {
        glued_single.set(a & 0xFFFFU);
      } else {
        glued_leads.set(lead_hash(a, utf8::decode(norm, p)));
      }
    }
  }

  /// False when no number can be read at `pos` (< text.size()): the first two code points
  /// begin no form, no glued compound, and no clitic or article comes first. Most words are
  /// told this way, with no copy and no lookup; it agrees with `joined` and `match` exactly.
  [[nodiscard]] bool may_start(std::string_view text, std::size_t pos) const {
    if (affix_first.test(static_cast<unsigned char>(text[pos]))) return true;
    std::size_t p = pos;
    const char32_t c0 = utf8::decode(text, p);
    const char32_t c1 = p < text.size() ? utf8::decode(text, p) : 0;
    // Marks that `read_word` drops or keeps as an apostrophe: let the full readers decide.
    if (ignored(c0) || ignored(c1) || is_apostrophe(c1)) return true;
    const char32_t a = lower(c0);
    const char32_t b = lower(c1);
    if (leads.test(lead_hash(a, is_letter(b) ? b : 0))) return true;  // as `longest` tests
    // As `glued` tests, with `word_lead` reading (a, lower(c1)) here.
    return is_letter(c0) && is_letter(c1) &&
           (glued_leads.test(lead_hash(a, b)) || glued_single.test(a & 0xFFFFU));
  }

  /// A multiple of a thousand that may begin a glued compound.
  static bool can_head_glued(const Entry& e) {
    return !e.ordinal && !e.approximate && e.value >= 1000 && e.value % 1000 == 0;
  }

  [[nodiscard]] const Entry* find(std::string_view norm) const {
    const auto it = forms.find(norm);
    return it == forms.end() ? nullptr : &it->second;
  }

  /// A form of several words whose last word, in Hangul, has a particle of one or two
  /// syllables glued to it (ko "세 번째다", "두 번째로"): the form, with `end` moved before the
  /// particle and `norm` cut to it; nullptr when there is none. `word` is where the last word
  /// starts.
  const Entry* without_particle(std::string_view text, std::size_t word, std::string& norm,
                                std::size_t& end) const {
    constexpr std::size_t kSyllable = 3;  // a Hangul syllable is three bytes of UTF-8
    for (std::size_t cut = 1; cut <= 2; ++cut) {
      if (end < word + (cut + 1) * kSyllable) return nullptr;
      std::size_t q = end - cut * kSyllable;
      const std::size_t at = q;
      const char32_t c = utf8::decode(text, q);
      if (c < 0xAC00 || c > 0xD7A3) return nullptr;
      std::string cut_norm = norm.substr(0, norm.size() - cut * kSyllable);
      if (const Entry* entry = find(cut_norm); entry != nullptr && !entry->weak) {
        norm = std::move(cut_norm);
        end = at;
        return entry;
      }
    }
    return nullptr;
  }

  /// The longest form at `pos` (a word start), without compounds of thousands.
  std::optional<WordNumeral> longest(std::string_view text, std::size_t pos) const {
    std::size_t p0 = pos;
    const char32_t a = lower(utf8::decode(text, p0));
    std::size_t p1 = p0;
    const char32_t b = p0 < text.size() ? lower(utf8::decode(text, p1)) : 0;
    if (!leads.test(lead_hash(a, is_letter(b) ? b : 0))) return std::nullopt;
    std::optional<WordNumeral> best;
    std::string norm;
    std::size_t p = pos;
    const bool lower_first = !starts_upper(text, pos);
    bool capital_inside = false;
    for (std::size_t k = 1; k <= max_words; ++k) {
      // A capital inside a lowercase run of words starts a name: vi "thứ Ba" is Tuesday, not
      // "third" (de "ein Dutzend" stays a number).
      capital_inside = capital_inside || (k > 1 && lower_first && starts_upper(text, p));
      if (k > 1) norm.push_back(' ');
      std::size_t e = read_word(text, p, norm);
      if (e == p) break;
      // Most words that pass the lead test ("the", "for") begin no form: one bit tells.
      if (k == 1 && !first_words.test(word_bits(norm))) break;
      const Entry* entry = find(norm);
      if (entry == nullptr && k > 1) entry = without_particle(text, p, norm, e);
      if (entry != nullptr && !(entry->ordinal && capital_inside)) {
        best = entry->at(pos, e, static_cast<int>(k));
      }
      if (prefixes.find(norm) == prefixes.end()) break;
      p = next_word(text, e);
      if (p == std::string_view::npos) break;
    }
    return best;
  }

  /// A glued compound of thousands and the rest ("zweitausenddreihundert", "tremilacinque"):
  /// split the word where a multiple of a thousand ends and the rest is a number below it.
  std::optional<WordNumeral> glued(std::string_view text, std::size_t pos) const {
    // Most words begin with no multiple of a thousand: tell them by their first two letters.
    const auto [a, b] = word_lead(text, pos);
    if (b == 0 || (!glued_leads.test(lead_hash(a, b)) && !glued_single.test(a & 0xFFFFU))) {
      return std::nullopt;
    }
    std::string word;
    const std::size_t e = read_word(text, pos, word);
    if (e == pos || word.size() < 6) return std::nullopt;
    // A head is a form of one word, so the hash of its bytes is among `first_words`: most words
    // (ar "التي", which begins like "الف") have no cut where one may end, told without a lookup.
    bool head_may_end = false;
    std::uint64_t h = NumberWords::kWordSeed;
    for (std::size_t i = 0; i + 2 < word.size() && !head_may_end; ++i) {
      h = NumberWords::hash_byte(h, static_cast<unsigned char>(word[i]));
      head_may_end = i + 1 >= 3 && first_words.test(NumberWords::word_bits_of(h));
    }
    if (!head_may_end) return std::nullopt;
    for (std::size_t cut = word.size() - 2; cut >= 3; --cut) {
      if ((static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80) continue;
      const std::string_view whole(word);
      const Entry* head = find(whole.substr(0, cut));
      if (head == nullptr || !can_head_glued(*head)) continue;
      const Entry* tail = find(whole.substr(cut));
      if (tail == nullptr || tail->approximate || tail->value >= 1000) continue;
      WordNumeral w;
      w.begin = pos;
      w.end = e;
      w.value = head->value + tail->value;
      w.ordinal = tail->ordinal;
      w.atoms = 1;
      return w;
    }
    return std::nullopt;
  }

  std::optional<WordNumeral> at(std::string_view text, std::size_t pos) const {
    auto w = longest(text, pos);
    if (!w) w = glued(text, pos);
    if (!w || w->ordinal || w->approximate || w->value < 1000 || w->value % 1000 != 0) return w;
    // "tres mil quinientos", "two thousand three hundred": the thousands, then the rest.
    const std::size_t next = next_word(text, w->end);
    if (next == std::string_view::npos) return w;
    auto rest = longest(text, next);
    if (rest && !rest->approximate && !rest->weak && rest->value < 1000) {
      w->value += rest->value;
      w->ordinal = rest->ordinal;
      w->end = rest->end;
      w->atoms += rest->atoms;
    }
    return w;
  }

  /// "خمسة وعشرين", "עשרים ושלוש": a number word, a glued "and", a number word that fits in
  /// the first one's empty places (or tens after units).
  std::optional<WordNumeral> joined(std::string_view text, std::size_t pos) const {
    auto w = at(text, pos);
    if (!w || w->ordinal || w->approximate || joiners.empty()) return w;
    for (;;) {
      const std::size_t next = next_word(text, w->end);
      if (next == std::string_view::npos) return w;
      std::optional<WordNumeral> rest;
      for (const auto& j : joiners) {
        if (written_at(text, next, j)) {
          rest = at(text, next + j.size());
          if (rest) break;
        }
      }
      if (!rest || rest->approximate || rest->weak) return w;
      std::int64_t place = 1;
      while (w->value % (place * 10) == 0 && place < 1'000'000'000'000) place *= 10;
      const bool fills = rest->value < place;
      const bool tens_after_units =
          w->value < 10 && rest->value >= 20 && rest->value < 100 && rest->value % 10 == 0;
      if (!fills && !tens_after_units) return w;
      w->value += rest->value;
      w->ordinal = rest->ordinal;
      w->end = rest->end;
      w->atoms += rest->atoms;
      if (w->ordinal) return w;
    }
  }
};

NumberWords::NumberWords() = default;
NumberWords::~NumberWords() = default;
NumberWords::NumberWords(NumberWords&&) noexcept = default;
NumberWords& NumberWords::operator=(NumberWords&&) noexcept = default;

NumberWords NumberWords::build(std::string_view lang_tag) {
  if (han_numerals(lang_tag)) return {};
  // What ICU's spell-out rules write, from the table generated at build time for the tags it
  // holds (running the rules took most of a small check), else from ICU now.
  return build(lang_tag, spellout_forms(lang_tag));
}

NumberWords NumberWords::build(std::string_view lang_tag, const SpelloutForms& spelled) {
  NumberWords out;
  if (han_numerals(lang_tag)) return out;
  auto data = std::make_unique<Data>();
  data->unspaced = unspaced(lang_tag);
  data->tag = std::string(lang_tag);
  // Forms as stored: normalised, and without spaces where the language writes none (ICU puts
  // a zero-width space between Thai syllables, "สิบ\u200Bสอง").
  const auto key = [&](std::string_view form) {
    std::string norm = normalise(form);
    if (data->unspaced) norm.erase(std::remove(norm.begin(), norm.end(), ' '), norm.end());
    return norm;
  };
  // ICU has no rules of the language's own (it falls back to English): no words at all.
  if (!spelled.ruled) return out;
  const TermsForLanguage& terms = terms_for(lang_tag);
  std::unordered_set<std::string> weak;
  for (const auto& w : terms.number_words_weak) weak.insert(key(w));
  for (const auto& f : spelled.forms) {
    const std::string norm = key(spelled.text(f));
    Data::Entry e;
    e.value = f.value;
    e.ordinal = f.ordinal;
    e.weak = weak.count(norm) != 0 || (f.value == 1 && word_count(norm) == 1);
    // One Hangul syllable ("이", "사", "일") is more often another word.
    if (norm.size() == 3 && static_cast<unsigned char>(norm[0]) >= 0xEA &&
        static_cast<unsigned char>(norm[0]) <= 0xED) {
      e.weak = true;
    }
    data->add(norm, e);
  }
  std::vector<std::pair<std::string, std::int64_t>> unit_ordinals;
  for (const auto& t : terms.number_words) {
    Data::Entry e;
    e.value = t.value;
    e.upper = t.upper;
    e.approximate = t.approximate;
    e.ordinal = t.ordinal;
    e.weak = weak.count(key(t.text)) != 0 || (t.value == 1 && word_count(key(t.text)) == 1);
    data->add(key(t.text), e);
    if (t.ordinal && t.value < 10 && !e.weak) unit_ordinals.emplace_back(key(t.text), t.value);
  }
  // A compound ordinal changes its last word only (fa "بیست و سه" → "بیست و سوم"): for every
  // cardinal of several words ending in a unit that has an ordinal in the terms, that ordinal.
  if (!unit_ordinals.empty()) {
    std::vector<std::pair<std::string, Data::Entry>> derived;
    for (const auto& [form, entry] : data->forms) {
      const auto space = form.rfind(' ');
      if (entry.ordinal || entry.approximate || space == std::string::npos) continue;
      const Data::Entry* last = data->find(form.substr(space + 1));
      if (last == nullptr || last->ordinal) continue;
      for (const auto& [word, value] : unit_ordinals) {
        if (value != last->value) continue;
        Data::Entry e = entry;
        e.ordinal = true;
        e.weak = false;
        derived.emplace_back(form.substr(0, space + 1) + word, e);
      }
    }
    std::sort(derived.begin(), derived.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [form, e] : derived) data->add(form, e);
  }
  data->clitics = terms.clitics;
  data->articles = terms.articles;
  data->joiners = terms.number_joiners;
  for (const auto& c : terms.counters) data->counters.push_back(key(c));
  // Longest first, so that "وب" is tried before "و".
  const auto by_length = [](const std::string& a, const std::string& b) {
    return a.size() > b.size();
  };
  std::sort(data->clitics.begin(), data->clitics.end(), by_length);
  std::sort(data->articles.begin(), data->articles.end(), by_length);
  data->index_glued_heads();
  for (const auto* list : {&data->clitics, &data->articles}) {
    for (const auto& a : *list) {
      if (!a.empty()) data->affix_first.set(static_cast<unsigned char>(a[0]));
    }
  }
  if (!data->forms.empty()) out.data_ = std::move(data);
  out.build_screen();
  return out;
}

void NumberWords::build_screen() {
  screen_.clear();
  if (!data_ || data_->unspaced) return;
  // An empty clitic or article would let a number start anywhere: no screen then.
  for (const auto* list : {&data_->clitics, &data_->articles}) {
    for (const auto& a : *list) {
      if (a.empty()) return;
    }
  }
  std::vector<std::uint64_t> bits((kScreenBits + 63) / 64, 0);
  const auto set = [&](std::size_t i) { bits[i / 64] |= std::uint64_t{1} << (i % 64); };
  // Two ASCII bytes: exactly as `may_start` answers, which gates `match_raw`. A position
  // whose first byte is no letter is not screened (word starts are letters).
  for (unsigned b0 = 0; b0 < 128; ++b0) {
    const bool letter = (b0 | 0x20U) >= 'a' && (b0 | 0x20U) <= 'z';
    for (unsigned b1 = 0; b1 < 128; ++b1) {
      const std::array<char, 2> two{static_cast<char>(b0), static_cast<char>(b1)};
      if (!letter || data_->may_start(std::string_view(two.data(), two.size()), 0)) {
        set(kAsciiPairs + (std::size_t{b0} << 7U) + b1);
      }
    }
  }
  // One code point: every form begins with the lower case of the first letter read
  // (`read_word`), unless that is a mark it drops; a clitic or an article begins with its byte.
  std::bitset<0x10000> firsts;
  bool firsts_beyond = false;
  for (const auto& entry : data_->forms) {
    std::size_t p = 0;
    const char32_t a = utf8::decode(entry.first, p);
    if (a < 0x10000) {
      firsts.set(a);
    } else {
      firsts_beyond = true;
    }
  }
  // Worked out for the scripts of the languages with number words in ICU (below U+2000) and
  // for Hangul syllables; every other code point is let through. Hangul syllables have no
  // case: where no form, clitic or article begins with one, none begins a number (and, as a
  // second letter, they are let through).
  bool hangul = false;
  for (char32_t c = kHangulFirst; c <= kHangulLast && !hangul; ++c) hangul = firsts.test(c);
  for (unsigned b = 0xEA; b <= 0xED; ++b) hangul = hangul || data_->affix_first.test(b);
  fold_.assign(kFoldLow + (kHangulLast - kHangulFirst + 1), 0);
  for (char32_t c = 0; c < 0x10000; ++c) {
    const bool in_hangul = c >= kHangulFirst && c <= kHangulLast;
    if (c >= kFoldLow && !in_hangul) {
      set(kFirstCodePoints + c);
      continue;
    }
    if (in_hangul && !hangul) continue;
    const char32_t l = lower(c);
    if (is_letter(c) && !ignored(c) && !is_apostrophe(c) && l != 0 && l < 0x10000) {
      fold_[c < kFoldLow ? c : kFoldLow + (c - kHangulFirst)] = l;
    }
    const unsigned lead = c < 0x80 ? c : c < 0x800 ? 0xC0U | (c >> 6U) : 0xE0U | (c >> 12U);
    if (ignored(c) || data_->affix_first.test(lead) ||
        (l < 0x10000 ? firsts.test(l) : firsts_beyond)) {
      set(kFirstCodePoints + c);
    }
  }
  for (unsigned b = 0; b < 256; ++b) {
    if (data_->affix_first.test(b)) set(kAffixFirst + b);
  }
  for (std::size_t i = 0; i < 0x10000; ++i) {
    if (data_->glued_leads.test(i)) set(kGluedLeads + i);
    if (data_->first_words.test(i)) set(kFirstWords + i);
  }
  for (const auto& entry : data_->forms) {
    std::size_t p = 0;
    const char32_t a = utf8::decode(entry.first, p);
    if (p < entry.first.size()) set(kPairs + pair_hash(a, utf8::decode(entry.first, p)));
    if (p == entry.first.size() && entry.first.size() >= 3 && Data::can_head_glued(entry.second)) {
      set(kGluedSingles + (a & 0xFFFFU));
    }
  }
  for (const auto& entry : data_->forms) {
    const std::string& f = entry.first;
    if (f.size() < 3) continue;
    std::size_t triple = 0;
    bool letters = true;
    for (std::size_t i = 0; i < 3; ++i) {
      const auto b = static_cast<unsigned char>(f[i]);
      letters = letters && b >= 'a' && b <= 'z';
      triple = triple * 26 + (b - 'a');
    }
    if (letters) set(kTriples + triple);
  }
  screen_ = std::move(bits);
}

bool NumberWords::may_match_after_affix(std::string_view text, std::size_t pos) const {
  const auto may_match_at = [&](std::size_t p) {
    if (p >= text.size()) return false;
    std::size_t next = p;
    const char32_t c = utf8::decode(text, next);
    return may_match(text, p, c, next);
  };
  // As `match_raw` reads them: a clitic, perhaps a hyphen or maqaf, then the number or an
  // article (which `may_match` after the clitic covers); or an article, then the number.
  for (const auto& c : data_->clitics) {
    if (!written_at(text, pos, c)) continue;
    std::size_t p = pos + c.size();
    if (p < text.size()) {
      std::size_t q = p;
      const char32_t h = utf8::decode(text, q);
      if (h == '-' || h == 0x05BE) p = q;
    }
    if (may_match_at(p)) return true;
  }
  return std::any_of(data_->articles.begin(), data_->articles.end(), [&](const std::string& a) {
    return written_at(text, pos, a) && may_match_at(pos + a.size());
  });
}

std::optional<WordNumeral> NumberWords::match_raw(std::string_view text, std::size_t pos) const {
  if (!data_ || pos >= text.size()) return std::nullopt;
  if (data_->unspaced) return data_->in_run(text, pos);
  if (!data_->may_start(text, pos)) return std::nullopt;
  if (auto w = data_->joined(text, pos)) return w;
  // A glued clitic, perhaps with a hyphen or maqaf ("ו-", "ב־"), then perhaps an article.
  for (const auto& c : data_->clitics) {
    if (!written_at(text, pos, c)) continue;
    std::size_t p = pos + c.size();
    std::size_t q = p;
    if (p < text.size()) {
      const char32_t h = utf8::decode(text, q);
      if (h == '-' || h == 0x05BE) p = q;
    }
    if (p >= text.size()) continue;
    if (auto w = data_->joined(text, p)) return w;
    for (const auto& a : data_->articles) {
      if (!written_at(text, p, a)) continue;
      if (auto w = data_->joined(text, p + a.size())) {
        w->begin = p;
        return w;
      }
    }
  }
  for (const auto& a : data_->articles) {
    if (!written_at(text, pos, a)) continue;
    if (auto w = data_->joined(text, pos + a.size())) {
      w->begin = pos;
      return w;
    }
  }
  return std::nullopt;
}

std::optional<WordNumeral> NumberWords::match(std::string_view text, std::size_t pos) const {
  auto w = match_raw(text, pos);
  if (w) data_->unweaken(text, *w);
  return w;
}

bool NumberWords::empty() const { return !data_; }

std::size_t NumberWords::form_count() const { return data_ ? data_->forms.size() : 0; }

std::string NumberWords::dump() const {
  if (!data_) return {};
  std::vector<std::string> lines;
  lines.reserve(data_->forms.size());
  for (const auto& [form, e] : data_->forms) {
    std::string line = form;
    for (const std::int64_t v : {e.value, e.upper}) {
      line += '\t';
      line += std::to_string(v);
    }
    line += '\t';
    if (e.approximate) line += 'a';
    if (e.ordinal) line += 'o';
    if (e.weak) line += 'w';
    line += '\n';
    lines.push_back(std::move(line));
  }
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const auto& l : lines) out += l;
  return out;
}

const NumberWords& number_words(std::string_view lang_tag) {
  static std::mutex mutex;
  static auto& cache = *new std::map<std::string, std::unique_ptr<NumberWords>, std::less<>>();
  {
    const std::lock_guard<std::mutex> lock(mutex);
    const auto it = cache.find(lang_tag);
    if (it != cache.end()) return *it->second;
  }
  auto built = std::make_unique<NumberWords>(NumberWords::build(lang_tag));
  const std::lock_guard<std::mutex> lock(mutex);
  const auto [it, inserted] = cache.emplace(std::string(lang_tag), std::move(built));
  return *it->second;
}

bool dictionary_word_boundary(std::string_view text, std::size_t pos, std::string_view lang_tag) {
  if (pos == 0 || pos >= text.size() || !unspaced(lang_tag)) return true;
  // One word break iterator per thread and language: creating one loads the dictionary.
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>, std::less<>> iterators;
  auto it = iterators.find(lang_tag);
  if (it == iterators.end()) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale loc = icu::Locale::forLanguageTag(std::string(lang_tag), status);
    std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createWordInstance(loc, status));
    if (U_FAILURE(status)) bi.reset();
    it = iterators.emplace(std::string(lang_tag), std::move(bi)).first;
  }
  if (!it->second) return true;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return true;
  it->second->setText(ut, status);
  const bool boundary = U_FAILURE(status) || it->second->isBoundary(static_cast<int32_t>(pos)) != 0;
  utext_close(ut);
  return boundary;
}

}  // namespace factlint::lang
