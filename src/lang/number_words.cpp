// Numbers in words: the forms ICU's spell-out rules write for a language, kept as normalised
// strings of words, and a matcher that reads the longest run of words forming a number.
#include "lang/number_words.hpp"

#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

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

#include "core/utf8.hpp"
#include "lang/terms.hpp"

namespace factlint::lang {

namespace {

/// Hash of the first two code points of a word, for the cheap first test of a position.
std::size_t lead_hash(char32_t a, char32_t b) {
  return (static_cast<std::size_t>(a) * 31U + static_cast<std::size_t>(b)) & 0xFFFFU;
}

bool is_separator(char32_t c) {
  return c == ' ' || c == '-' || c == 0x00A0 || c == 0x2010 || c == 0x2011 || c == 0x202F;
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

/// A letter of a word: alphabetic, a combining mark (Devanagari vowel signs), or a
/// zero-width non-joiner inside a Persian word.
bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20U) >= 'a' && (c | 0x20U) <= 'z';
  if (c == 0x200C) return true;
  if (u_isalpha(static_cast<UChar32>(c)) != 0) return true;
  const auto cat = u_charType(static_cast<UChar32>(c));
  return cat == U_NON_SPACING_MARK || cat == U_COMBINING_SPACING_MARK;
}

/// Lower case, with the spelling variants of one letter made one: Arabic alef with hamza or
/// madda (ICU writes "إثنان", most text "اثنان"), Devanagari candrabindu and anusvara ("पाँच",
/// "पांच").
char32_t lower(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c == 0x0622 || c == 0x0623 || c == 0x0625) return 0x0627;
  if (c == 0x0901) return 0x0902;
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

/// Marks left out of a word as matched: soft hyphen, Arabic tatweel and short vowels.
bool ignored(char32_t c) { return c == 0x00AD || c == 0x0640 || (c >= 0x064B && c <= 0x0652); }

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
  std::uint64_t h = 14695981039346656037ULL;
  for (const char c : word) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return static_cast<std::size_t>((h ^ (h >> 32U) ^ (h >> 16U)) & 0xFFFFU);
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

bool is_cardinal_set(const icu::UnicodeString& name) {
  return name.startsWith(icu::UnicodeString(u"%spellout-cardinal")) ||
         name == icu::UnicodeString(u"%spellout-numbering") ||
         name == icu::UnicodeString(u"%spellout-numbering-verbose");
}

bool is_ordinal_set(const icu::UnicodeString& name) {
  return name.startsWith(icu::UnicodeString(u"%spellout-ordinal"));
}

/// Languages written without spaces between words: a spelled numeral would match inside
/// other words. Han numerals are read by the amount scanner's Han reader.
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
  std::size_t max_words = 0;
  std::vector<std::string> clitics;   ///< glued before a number, left out of its span
  std::vector<std::string> articles;  ///< glued before a number, part of it
  std::vector<std::string> joiners;   ///< "and" glued to the next number word (ar و)

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
    leads.set(lead_hash(a, b == ' ' ? 0 : b));
    first_words.set(word_bits(std::string_view(norm).substr(0, norm.find(' '))));
    std::size_t words = 1;
    for (std::size_t i = 0; i < norm.size(); ++i) {
      if (norm[i] == ' ') {
        prefixes.insert(norm.substr(0, i));
        ++words;
      }
    }
    max_words = std::max(max_words, words);
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
    for (std::size_t k = 1; k <= max_words; ++k) {
      if (k > 1) norm.push_back(' ');
      const std::size_t e = read_word(text, p, norm);
      if (e == p) break;
      // Most words that pass the lead test ("the", "for") begin no form: one bit tells.
      if (k == 1 && !first_words.test(word_bits(norm))) break;
      if (const Entry* entry = find(norm)) {
        WordNumeral w;
        w.begin = pos;
        w.end = e;
        w.value = entry->value;
        w.upper = entry->upper;
        w.approximate = entry->approximate;
        w.ordinal = entry->ordinal;
        w.weak = entry->weak;
        w.atoms = static_cast<int>(k);
        best = w;
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
        if (text.substr(next, j.size()) == j) {
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
  NumberWords out;
  if (unspaced(lang_tag)) return out;
  auto data = std::make_unique<Data>();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale loc = icu::Locale::forLanguageTag(std::string(lang_tag), status);
  if (U_FAILURE(status)) return out;
  icu::RuleBasedNumberFormat rbnf(icu::URBNF_SPELLOUT, loc, status);
  if (U_FAILURE(status)) return out;
  // ICU falls back to English rules for a language it has none for: keep those out.
  if (std::string_view(rbnf.getLocale(ULOC_ACTUAL_LOCALE, status).getLanguage()) !=
      std::string_view(loc.getLanguage())) {
    return out;
  }
  const TermsForLanguage& terms = terms_for(lang_tag);
  std::unordered_set<std::string> weak;
  for (const auto& w : terms.number_words_weak) weak.insert(normalise(w));
  // The rule sets of a language write most numbers alike (de masculine, feminine, neuter…).
  // Adding a form again with the same value and reading changes nothing (see Data::add), so a
  // string already seen for them is not converted and normalised again.
  std::vector<std::vector<icu::UnicodeString>> seen(4000);
  const auto seen_slot = [](std::int64_t v, bool ordinal) {
    // 0–1000 as themselves, multiples of a thousand up to 999,000 at 1000 + v / 1000.
    const auto i = static_cast<std::size_t>(v <= 1000 ? v : 1000 + v / 1000);
    return ordinal ? 2000 + i : i;
  };
  const auto format = [&](const icu::UnicodeString& set, std::int64_t v, bool ordinal) {
    UErrorCode st = U_ZERO_ERROR;
    icu::UnicodeString s;
    icu::FieldPosition fp;
    rbnf.format(static_cast<int64_t>(v), set, s, fp, st);
    if (U_FAILURE(st) || s.isEmpty()) return;
    auto& prior = seen[seen_slot(v, ordinal)];
    if (std::find(prior.begin(), prior.end(), s) != prior.end()) return;
    prior.push_back(s);
    std::string utf8;
    s.toUTF8String(utf8);
    const std::string norm = normalise(utf8);
    Data::Entry e;
    e.value = v;
    e.ordinal = ordinal;
    e.weak = weak.count(norm) != 0 || (v == 1 && word_count(norm) == 1);
    // One Hangul syllable ("이", "사", "일") is more often another word.
    if (norm.size() == 3 && static_cast<unsigned char>(norm[0]) >= 0xEA &&
        static_cast<unsigned char>(norm[0]) <= 0xED) {
      e.weak = true;
    }
    data->add(norm, e);
  };
  for (int32_t i = 0; i < rbnf.getNumberOfRuleSetNames(); ++i) {
    const icu::UnicodeString name = rbnf.getRuleSetName(i);
    if (is_cardinal_set(name)) {
      for (std::int64_t v = 0; v <= 1000; ++v) format(name, v, false);
      for (std::int64_t v = 2; v < 1000; ++v) format(name, v * 1000, false);
    } else if (is_ordinal_set(name)) {
      for (std::int64_t v = 1; v <= 100; ++v) format(name, v, true);
    }
  }
  for (const auto& t : terms.number_words) {
    Data::Entry e;
    e.value = t.value;
    e.upper = t.upper;
    e.approximate = t.approximate;
    data->add(normalise(t.text), e);
  }
  data->clitics = terms.clitics;
  data->articles = terms.articles;
  data->joiners = terms.number_joiners;
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
  return out;
}

std::optional<WordNumeral> NumberWords::match(std::string_view text, std::size_t pos) const {
  if (!data_ || pos >= text.size() || !data_->may_start(text, pos)) return std::nullopt;
  if (auto w = data_->joined(text, pos)) return w;
  // A glued clitic, perhaps with a hyphen or maqaf ("ו-", "ב־"), then perhaps an article.
  for (const auto& c : data_->clitics) {
    if (text.substr(pos, c.size()) != c) continue;
    std::size_t p = pos + c.size();
    std::size_t q = p;
    if (p < text.size()) {
      const char32_t h = utf8::decode(text, q);
      if (h == '-' || h == 0x05BE) p = q;
    }
    if (p >= text.size()) continue;
    if (auto w = data_->joined(text, p)) return w;
    for (const auto& a : data_->articles) {
      if (text.substr(p, a.size()) != a) continue;
      if (auto w = data_->joined(text, p + a.size())) {
        w->begin = p;
        return w;
      }
    }
  }
  for (const auto& a : data_->articles) {
    if (text.substr(pos, a.size()) != a) continue;
    if (auto w = data_->joined(text, pos + a.size())) {
      w->begin = pos;
      return w;
    }
  }
  return std::nullopt;
}

bool NumberWords::empty() const { return !data_; }

std::size_t NumberWords::form_count() const { return data_ ? data_->forms.size() : 0; }

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

}  // namespace factlint::lang
