// Per-language data for extraction: separators, digits, scale, currency and percent terms.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::lang {

/// Simple case folding of one code point (ICU `u_foldCase`, default options).
[[nodiscard]] char32_t fold(char32_t cp);

/// The string folded code point by code point, with soft hyphens (U+00AD) removed.
[[nodiscard]] std::string fold(std::string_view text);

/// True for letters of scripts that separate words with spaces (Latin, Cyrillic, Greek,
/// Arabic, Devanagari, …); false for Han, Kana, Hangul, Thai and non-letters. A term made of
/// such letters must not run on into another letter ("bn" must not match inside "bnx").
[[nodiscard]] bool is_spaced_letter(char32_t cp);

/// True for any letter (Unicode alphabetic) or decimal digit.
[[nodiscard]] bool is_word_char(char32_t cp);

/// The runs of decimal digits of `text` (any script's digits, as ASCII), a run going on across
/// one separator between two digits ("1,242", "6.3", "1 000", "٢٬١٠٠" give "1242", "63",
/// "1000", "2100"), in text order.
[[nodiscard]] std::vector<std::string> digit_runs(std::string_view text);

/// The decimal digits of `text` as ASCII, every other character dropped ("903,9" → "9039").
[[nodiscard]] std::string digits_only(std::string_view text);

/// An identifier as it is compared: NFKC, letters upper-cased, white space and hyphens and
/// dashes removed ("iPhone 6" → "IPHONE6", "COVID-19" → "COVID19", "ISO 9001" → "ISO9001").
[[nodiscard]] std::string identifier_key(std::string_view text);

/// A set of folded terms matched at a position of UTF-8 text, case-insensitively.
///
/// Matching folds the text one code point at a time (no copy of the text), ignores soft
/// hyphens, and only accepts a match that ends (or, backwards, starts) at a word boundary when
/// the term's edge is a spaced letter. Values are indices chosen by the owner.
class TermTrie {
 public:
  /// Adds `term` (any case) with `value`; the first value added for a term wins.
  void add(std::string_view term, std::uint32_t value);
  /// Longest term starting at byte `pos` of `text`: its end offset and value. With
  /// `boundary` false, a term may run on into a following letter (the caller decides).
  [[nodiscard]] std::optional<std::pair<std::size_t, std::uint32_t>> match_forward(
      std::string_view text, std::size_t pos, bool boundary = true) const;
  /// Longest term ending at byte `end` of `text` (matched backwards): its begin and value.
  [[nodiscard]] std::optional<std::pair<std::size_t, std::uint32_t>> match_backward(
      std::string_view text, std::size_t end) const;
  /// Number of distinct terms.
  [[nodiscard]] std::size_t size() const { return terms_; }
  /// Whether the folded term is present (for tests and diagnostics).
  [[nodiscard]] std::optional<std::uint32_t> find(std::string_view term) const;

 private:
  void add_one(std::string_view term, std::uint32_t value);
  struct Node {
    std::vector<std::pair<char32_t, std::uint32_t>> next;  // sorted by code point
    std::int64_t value = -1;
  };
  std::vector<Node> nodes_{Node{}};
  std::vector<Node> back_{Node{}};
  std::size_t terms_ = 0;
  /// Per ASCII byte: bit 0 when some term begins with it (folded), bit 1 when some term ends
  /// with it. Most matches are tried at a space, a digit or a letter that begins no term: one
  /// lookup tells them.
  std::array<std::uint8_t, 128> ascii_edges_{};
  /// The root's child per folded ASCII code point (0 = none), for each direction: the first
  /// step of every match, without a search through the root's children.
  std::array<std::uint32_t, 128> root_ascii_{};
  std::array<std::uint32_t, 128> back_root_ascii_{};
};

/// A quick test of whether a word from a short list may start at a position: a table of first
/// bytes, then the first three bytes of each form added, hashed to one bit of 65,536. Most
/// words of a text are turned away by one or two lookups before a trie is asked ("Der" and
/// "Auf" are not "Dez" and "Aug").
class WordScreen {
 public:
  /// Adds `form` exactly as given (the caller adds the cases it wants); shorter than three
  /// bytes, nothing.
  void add(std::string_view form) {
    if (form.size() < 3) return;
    if (bits_.empty()) bits_.assign(kWords, 0);
    first_[static_cast<unsigned char>(form[0])] = true;
    const std::size_t k = key(form);
    bits_[k >> 6] |= std::uint64_t{1} << (k & 63);
  }
  [[nodiscard]] bool empty() const { return bits_.empty(); }
  [[nodiscard]] bool may_start(std::string_view text, std::size_t pos) const {
    if (pos + 2 >= text.size() || !first_[static_cast<unsigned char>(text[pos])]) return false;
    const std::size_t k = key(text.substr(pos, 3));
    return ((bits_[k >> 6] >> (k & 63)) & 1U) != 0;
  }

 private:
  static constexpr std::size_t kWords = 1024;  // 65,536 bits
  static std::size_t key(std::string_view three) {
    const std::uint32_t packed =
        (static_cast<std::uint32_t>(static_cast<unsigned char>(three[0])) << 16) |
        (static_cast<std::uint32_t>(static_cast<unsigned char>(three[1])) << 8) |
        static_cast<unsigned char>(three[2]);
    return (packed * 0x9E3779B1U) >> 16;
  }
  std::array<bool, 256> first_{};
  std::vector<std::uint64_t> bits_;
};

/// A scale word and its power of ten ("Milliarden" → 9, "万" → 4, "lakh" → 5).
struct ScaleWord {
  std::string text;  ///< folded, soft hyphens removed
  std::int32_t power = 0;
  /// A single letter ("k", "M", "B"): only accepted next to a currency (a bare "5m" is metres).
  bool needs_currency = false;
};

/// A way of writing a currency and the ISO 4217 codes it can mean.
struct CurrencyTerm {
  std::string text;                ///< folded
  std::vector<std::string> codes;  ///< sorted, never empty
  std::string preferred;           ///< most likely code for this language
  /// A symbol or code-like form ("$", "US$", "Rp", "kr"), allowed before the number; names
  /// ("dollars", "won") only count after it.
  bool symbol = false;
};

/// A percent form: a sign ("%", "٪", "％") or a word ("Prozent", "persen").
struct PercentTerm {
  std::string text;     ///< folded
  bool points = false;  ///< percentage points ("Prozentpunkte", "percentage points")
};

/// Everything the extractors need to know about one language, derived from ICU on first use
/// and from rules/terms/ for what ICU lacks.
struct LanguageData {
  std::string tag;          ///< canonical tag the data was built for ("de-CH")
  std::string terms_lang;   ///< the rules/terms key used ("de"), after fallback
  std::string decimal_sep;  ///< ICU decimal separator with ASCII digits ("," for de)
  std::string group_sep;    ///< ICU grouping separator with ASCII digits ("." for de, U+00A0 sv)
  /// Grouping separators accepted besides `group_sep` (U+00A0, U+202F, U+2009 and ASCII space
  /// where the locale groups with a space; apostrophes where it groups with one).
  std::vector<std::string> group_alternates;
  std::string native_decimal_sep;  ///< separators with native digits (Arabic "٫"), else same
  std::string native_group_sep;
  /// Native decimal digits (U+0660… for ar, U+0966… for hi), or 0 when the locale uses ASCII
  /// only. ASCII and fullwidth digits are accepted everywhere.
  char32_t native_zero = 0;
  bool native_default = false;  ///< the native digits are the locale's default digits
  std::string own_currency;     ///< the locale's currency (likely region): "EUR" for de
  bool percent_prefix = false;  ///< the percent sign goes before the number ("%12" in tr)
  /// Groups of two above the thousands ("12,34,567" in hi and en-IN).
  bool indian_grouping = false;

  std::vector<ScaleWord> scale_words;         ///< sorted by text
  std::vector<CurrencyTerm> currencies;       ///< sorted by text
  std::vector<PercentTerm> percent_terms;     ///< after the number
  std::vector<std::string> percent_prefixes;  ///< before the number ("百分之", "%" in tr)
  std::vector<std::string> approximation;     ///< folded words before an approximate number
  std::vector<std::string> connectors;        ///< between scale word and currency ("de", "di")
  std::vector<std::string> range_words;       ///< between two bounds ("to", "bis", "à")
  std::vector<std::string> months;            ///< folded month names, wide and abbreviated
  /// The Gregorian month (1–12) of each of `months`, 0 where the name is another calendar's.
  std::vector<std::uint8_t> month_numbers;
  std::vector<std::string> ordinal_prefixes;     ///< "第", "제": the number is an ordinal
  std::vector<std::string> non_number_suffixes;  ///< "年", "月": date parts, not numbers

  TermTrie scale_trie;     ///< value: index into scale_words
  TermTrie currency_trie;  ///< value: index into currencies
  TermTrie percent_trie;   ///< value: index into percent_terms
  TermTrie percent_prefix_trie;
  TermTrie approximation_trie;
  TermTrie approximation_after_trie;  ///< words after an approximate amount ("左右", "정도")
  TermTrie duration_trie;  ///< after a small number, a span of time, not a date ("5年以内")
  TermTrie connector_trie;
  TermTrie range_trie;
  TermTrie month_trie;
  /// The wide Gregorian month names of a locale whose own calendar is Gregorian, in both
  /// contexts ("May", "мая", "май") and with glued clitics: what may name a month alone ("in
  /// May", "im Mai"). Value: the month, 1–12.
  TermTrie month_alone_trie;
  /// month_alone_trie's names as the language writes a month (capitalised or not).
  WordScreen month_alone_screen;
  TermTrie ordinal_prefix_trie;
  TermTrie non_number_trie;
  TermTrie time_before_trie;  ///< "klockan", "pukul": "12.30" after them is a time
  /// "分", "秒": a number before them is a clock part only right after a clock marker
  /// ("10時22分"); otherwise it is a duration ("22分"), which is a number.
  TermTrie clock_part_trie;
  TermTrie clock_marker_trie;    ///< "時", "分": what precedes the number in a clock time
  TermTrie time_after_trie;      ///< "Uhr", "uur", "WIB"
  TermTrie ordinal_before_trie;  ///< "den" in "den 3. Platz"
  /// id "pada" in "pada ketiga disk": an ordinal in words after it, or at the start of a clause,
  /// before a word, is a collective count ("the three disks"); empty in most languages.
  TermTrie collective_after_trie;
  bool collective_ordinals = false;  ///< "collective_after" is given
  /// Case endings glued to a currency word (tr "liraya", "dolarlık"): the word is the currency,
  /// the ending stays outside the fact.
  TermTrie word_suffix_trie;
  /// Era names of the calendars in "era_calendars" (ja 令和, 平成 …, from ICU); the value indexes
  /// `era_first_years`, the Gregorian year of each era's first year.
  TermTrie era_trie;
  /// Phrases whose figures count nothing ("24/7", fr "24 h/24"): no fact starts inside them.
  TermTrie fixed_phrase_trie;
  /// A postposition that makes "X and Y" a range after it: fi "10 ja 15 miljoonan välillä".
  TermTrie between_after_trie;
  std::vector<int> era_first_years;
  TermTrie year_before_trie;      ///< "in", "im Jahr": a four-digit number after them is a year
  TermTrie month_number_trie;     ///< vi "tháng": the number after it is a month
  TermTrie day_number_trie;       ///< vi "ngày": the number after it is a day
  TermTrie year_after_trie;       ///< "r.", "году": a four-digit number before them is a year
  TermTrie year_determiner_trie;  ///< "the", "'s": "the 2024 elections" is a year
  TermTrie year_label_trie;       ///< "für", "de": "die Zahlen für 2023 übertreffen" is a year
  TermTrie year_verb_trie;        ///< "was", "saw": "2023 was a record year" opens with a year
  TermTrie clock_word_trie;       ///< "o'clock", "Uhr": "sieben Uhr" is a time, not a count
  /// Letters glued before a number that are not part of it (ar "و" "and", he "ב" "in"),
  /// perhaps with a hyphen or maqaf: "و69", "ב-20%" (number_words.json "clitics").
  TermTrie clitic_trie;
  /// Clitics after which digits are a rank or a label (he "ה-3", "the third").
  TermTrie ordinal_clitic_trie;
  TermTrie range_from_trie;   ///< "from": "from 5 to 7" is a change, not a range
  TermTrie between_trie;      ///< "between" of "between 5 and 7"
  TermTrie between_and_trie;  ///< "and" of "between 5 and 7"
  /// "version", "Abschnitt": a number after them is an identifier (any case).
  TermTrie identifier_head_trie;
  /// "ISO", "EN", "Windows": the same, written exactly so ("en 2019" is no standard).
  std::vector<std::string> identifier_heads_exact;
  /// "MB", "km": digits glued to them are a figure with its unit, not an identifier. Matched as
  /// written (case matters: "mB" is no unit), longest first.
  std::vector<std::string> units;
  TermTrie ordinal_suffix_trie;  ///< "rd", "e", "º", ":e": right after digits, an ordinal
  /// "位", "世紀", "위", "분기": right after digits, an ordinal, perhaps with a particle glued on
  /// ("3위를"); matched without a word boundary after it.
  TermTrie ordinal_counter_trie;
  TermTrie not_scale_trie;             ///< zh "兆瓦": a scale word there is a unit's prefix
  TermTrie pm_word_trie;               ///< "p.m.": an hour before it is on the 24-hour clock + 12
  TermTrie rank_after_trie;            ///< "the", "a": a weak ordinal after one may be a rank
  TermTrie rank_not_before_trie;       ///< "later", "of": a weak ordinal before one is no rank
  TermTrie fraction_numerator_trie;    ///< value: the number of parts ("two" → 2)
  TermTrie fraction_denominator_trie;  ///< value: the parts in the whole ("fifth" → 5)
  WordScreen fraction_denominator_screen;   ///< the part words, folded and capitalised
  std::vector<std::string> fraction_marks;  ///< as written, for a plain search
  TermTrie fraction_after_trie;             ///< en "of": one must follow the part word
  TermTrie fraction_alone_trie;             ///< ru "четверть": one part with no numerator
  std::vector<std::string> count_suffixes;  ///< folded plural endings ("s", "ów")
  bool nouns_capitalized = false;           ///< nouns start with a capital (de)
  bool years_marked = false;                ///< years always carry 年/년 (ja, zh, ko)
  /// Years are written in the Buddhist Era (th): 2560 BE is 2017 CE.
  bool buddhist_era = false;
  bool han_numerals = false;  ///< written in a Han script (zh, ja): 三千万美元, 百分之十二
  /// Ordinals are written with a dot ("3. Platz" in de, "3. miejsce" in pl).
  bool ordinal_dot = false;
  /// ICU writes the locale's month names with a capital (en "March", de "März"): a month named
  /// beside a day without a year is read only as written so ("5 May", not "5 may").
  bool months_capitalized = false;

  /// Looks up a folded currency term; nullptr when unknown.
  [[nodiscard]] const CurrencyTerm* currency(std::string_view text) const;
  /// Power of ten of a scale word (any case); nullopt when unknown.
  [[nodiscard]] std::optional<std::int32_t> scale_power(std::string_view text) const;
  /// Whether `code` is an ISO 4217 code ICU knows ("EUR").
  [[nodiscard]] static bool is_iso_code(std::string_view code);
};

/// Data for a canonical tag ("de", "pt-BR"), built on first use and cached for the process
/// (thread-safe; different languages build concurrently). An empty, malformed or "und" tag
/// gets English data; terms fall back by truncation ("fr-CA" → "fr"); a language without terms
/// still gets everything ICU knows.
[[nodiscard]] const LanguageData& language_data(std::string_view tag);

}  // namespace factlint::lang
