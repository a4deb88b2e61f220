// Numbers written in words ("twenty-three", "zweiunddreißig", "quatre-vingt-dix", "dwa
// tysiące", "une vingtaine"): a matcher per language, built from ICU's spell-out rules and
// rules/terms/number_words.json. See docs/numbers-in-words.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.hpp"
#include "lang/spellout_forms.hpp"

namespace factlint::lang {

/// A number written in words, found by `NumberWords::match`.
struct WordNumeral {
  /// Byte span of the words: `end` is exclusive and never takes a trailing space. `begin` is
  /// past a clitic glued before the number (he "כ", ar "و"), so it may exceed the position
  /// asked for.
  std::size_t begin = 0;
  std::size_t end = 0;
  std::int64_t value = 0;    ///< for an approximation that names a range, its lower bound
  std::int64_t upper = 0;    ///< the range's upper bound ("dozens": 20 to 90), or 0
  bool approximate = false;  ///< "a dozen", "une vingtaine", "десяток", "dozens"
  bool ordinal = false;      ///< "third", "dritten", "troisième", "третьем"
  /// One word that is more often something else: an article ("one", "un", "ein", "bir") or
  /// a word listed as ambiguous for the language (it "sei", vi "năm", tr "yüz"). Callers read
  /// it as a number only when a scale word follows ("un millón").
  bool weak = false;
  int atoms = 0;  ///< words read (a glued compound such as "zweiunddreißig" is one)
};

/// The number words of one language. Matching allocates only when the first letters of a
/// word can begin a number word, and never calls ICU.
class NumberWords {
 public:
  NumberWords();
  ~NumberWords();
  NumberWords(const NumberWords&) = delete;
  NumberWords& operator=(const NumberWords&) = delete;
  NumberWords(NumberWords&&) noexcept;
  NumberWords& operator=(NumberWords&&) noexcept;

  /// Builds the words of `lang_tag` from ICU's spell-out rules and number_words.json. Prefer
  /// `number_words(tag)`, which caches.
  [[nodiscard]] static NumberWords build(std::string_view lang_tag);

  /// As `build(lang_tag)`, with the forms of ICU's spell-out rules given (`spellout_forms`
  /// reads them from the table generated at build time or from ICU; a test compares the two).
  [[nodiscard]] static NumberWords build(std::string_view lang_tag, const SpelloutForms& spelled);

  /// The longest number in words starting at byte `pos` of `text`, which must be a word
  /// start (a clitic listed for the language may come first), or nullopt.
  [[nodiscard]] std::optional<WordNumeral> match(std::string_view text, std::size_t pos) const;

  /// A cheap first test of a word start `pos` whose first code point `c0`, ending at `next`,
  /// the caller has decoded: false when `match` is certain to find nothing there (its first
  /// letters begin no number word, and no clitic or article may come first). Inline, with no
  /// lookup beyond a few tables: most words of a text are told by it.
  [[nodiscard]] bool may_match(std::string_view text, std::size_t pos, char32_t c0,
                               std::size_t next) const {
    if (screen_.empty()) return true;
    const auto b0 = static_cast<unsigned char>(text[pos]);
    if (b0 < 0x80) {
      const auto b1 =
          pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : std::uint8_t{0};
      if (b1 < 0x80) {
        if (!bit(kAsciiPairs + (std::size_t{b0} << 7U) + b1)) return false;
        // A word of three ASCII letters or more: the number is that word and what follows, so
        // some form begins with its first three letters, or a clitic or article comes first.
        const auto b2 =
            pos + 2 < text.size() ? static_cast<unsigned char>(text[pos + 2]) : std::uint8_t{0};
        // A word of two ASCII letters ("on", "of") is itself the number's first word, and the
        // last test below tells it.
        if (!ascii_letter(b0) || !ascii_letter(b1)) return true;
        if (bit(kAffixFirst + b0)) return true;
        if (ascii_letter(b2) &&
            !bit(kTriples + (std::size_t{(b0 | 0x20U) - 'a'} * 26 + ((b1 | 0x20U) - 'a')) * 26 +
                 ((b2 | 0x20U) - 'a'))) {
          return false;
        }
        return first_word_may_match(text, pos, b0 | 0x20U, b1 | 0x20U);
      }
    }
    if (c0 >= 0x10000) return true;
    if (!bit(kFirstCodePoints + c0)) return false;
    // Two letters: the number's first word is read from them, lower-cased, so a form begins
    // with both (or with the first, when it heads a glued compound).
    const char32_t l0 = folded(c0);
    if (l0 == 0 || next >= text.size()) return true;
    std::size_t q = next;
    const char32_t l1 = folded(utf8::decode(text, q));
    if (l1 == 0) return true;
    if ((bit(kGluedSingles + l0) || bit(kPairs + pair_hash(l0, l1))) &&
        first_word_may_match(text, pos, l0, l1)) {
      return true;
    }
    // Or a clitic or an article comes first (ar "و", "ال"; he "ב"), which most words of those
    // languages begin with a byte of: the number may follow it.
    return bit(kAffixFirst + b0) && may_match_after_affix(text, pos);
  }

  /// The last step of `may_match` at a word whose first two letters, as `read_word` writes
  /// them, are `l0` `l1`: true when they may head a glued compound or when the whole first
  /// word begins some form.
  [[nodiscard]] bool first_word_may_match(std::string_view text, std::size_t pos, char32_t l0,
                                          char32_t l1) const {
    if (bit(kGluedSingles + l0) || bit(kGluedLeads + glued_hash(l0, l1))) return true;
    std::uint64_t h = kWordSeed;
    std::size_t p = pos;
    while (p < text.size()) {
      std::size_t r = p;
      const char32_t c = utf8::decode(text, r);
      const char32_t f = folded(c);
      if (f == 0) {
        if (c < 0x80 && c != '\'') break;  // the word ends
        return true;                       // a letter not folded here, a mark, an apostrophe
      }
      h = hash_utf8(h, f);
      p = r;
    }
    return bit(kFirstWords + word_bits_of(h));
  }

  /// True when the language has no number words read this way (languages written without
  /// spaces between words: Han, Thai; their numerals are read elsewhere).
  [[nodiscard]] bool empty() const;

  /// Number of distinct forms known (tests and diagnostics).
  [[nodiscard]] std::size_t form_count() const;

  /// Every form known with what it reads as, a sorted line each: the form, value, upper bound
  /// and flags (`a`pproximate, `o`rdinal, `w`eak), tab-separated (tests and diagnostics).
  [[nodiscard]] std::string dump() const;

  /// FNV-1a of the bytes of a text, and its 16-bit fold: the table of first words.
  static constexpr std::uint64_t kWordSeed = 14695981039346656037ULL;
  static std::uint64_t hash_byte(std::uint64_t h, unsigned char b) {
    return (h ^ b) * 1099511628211ULL;
  }
  static std::uint64_t hash_utf8(std::uint64_t h, char32_t c) {
    if (c < 0x80) return hash_byte(h, static_cast<unsigned char>(c));
    if (c < 0x800) {
      h = hash_byte(h, static_cast<unsigned char>(0xC0U | (c >> 6U)));
    } else {
      h = hash_byte(h, static_cast<unsigned char>(0xE0U | (c >> 12U)));
      h = hash_byte(h, static_cast<unsigned char>(0x80U | ((c >> 6U) & 0x3FU)));
    }
    return hash_byte(h, static_cast<unsigned char>(0x80U | (c & 0x3FU)));
  }
  static std::size_t word_bits_of(std::uint64_t h) {
    return static_cast<std::size_t>((h ^ (h >> 32U) ^ (h >> 16U)) & 0xFFFFU);
  }
  /// The hash of the first two code points of a glued compound's head (number_words.cpp).
  static std::size_t glued_hash(char32_t a, char32_t b) {
    return (static_cast<std::size_t>(a) * 31U + static_cast<std::size_t>(b)) & 0xFFFFU;
  }

  struct Data;  ///< the built tables (number_words.cpp)

 private:
  /// The end of `may_match` at a non-ASCII `pos` whose first byte begins a clitic or an
  /// article: whether a clitic or an article written at `pos` has, after it, what `may_match`
  /// lets through (as `match_raw` reads what follows them).
  [[nodiscard]] bool may_match_after_affix(std::string_view text, std::size_t pos) const;

  /// `match` before the context of a weak word is looked at.
  [[nodiscard]] std::optional<WordNumeral> match_raw(std::string_view text, std::size_t pos) const;

  /// Fills `screen_` once the tables of `data_` are built.
  void build_screen();

  /// What `read_word` writes for the letter `c` below U+2000 or in Hangul, or 0 for any other
  /// code point and for what it drops or keeps as an apostrophe.
  [[nodiscard]] char32_t folded(char32_t c) const {
    if (c < kFoldLow) return fold_[c];
    if (c >= kHangulFirst && c <= kHangulLast) return fold_[kFoldLow + (c - kHangulFirst)];
    return 0;
  }

  static std::size_t pair_hash(char32_t a, char32_t b) {
    return (static_cast<std::size_t>(a) * 0x9E37U + static_cast<std::size_t>(b)) & 0xFFFFU;
  }

  static bool ascii_letter(unsigned char b) { return (b | 0x20U) >= 'a' && (b | 0x20U) <= 'z'; }

  [[nodiscard]] bool bit(std::size_t i) const { return ((screen_[i / 64] >> (i % 64)) & 1U) != 0; }

  /// Bits of `may_match`, empty when every position must be tried (no words, a language
  /// written without spaces): at kAsciiPairs + 128 * b0 + b1, whether `match` may find a number
  /// at two ASCII bytes b0 b1 (b1 0 at the end of the text); at kFirstCodePoints + c, whether
  /// one may start at the code point c of the Basic Multilingual Plane; at kAffixFirst + b,
  /// whether a clitic or an article begins with the byte b; at kTriples + (26 * x + y) * 26 + z,
  /// whether a form begins with the lowercase ASCII letters x y z (0 for 'a'); at kPairs +
  /// pair_hash(a, b), whether a form may begin with the code points a b; at kGluedSingles + a,
  /// whether the form of the one code point a heads glued compounds; at kGluedLeads and
  /// kFirstWords, the bits of Data::glued_leads and Data::first_words.
  static constexpr std::size_t kAsciiPairs = 0;
  static constexpr std::size_t kFirstCodePoints = std::size_t{128} * 128;
  static constexpr std::size_t kAffixFirst = kFirstCodePoints + 0x10000;
  static constexpr std::size_t kTriples = kAffixFirst + 256;
  static constexpr std::size_t kPairs = kTriples + std::size_t{26} * 26 * 26;
  static constexpr std::size_t kGluedSingles = kPairs + 0x10000;
  static constexpr std::size_t kGluedLeads = kGluedSingles + 0x10000;
  static constexpr std::size_t kFirstWords = kGluedLeads + 0x10000;
  static constexpr std::size_t kScreenBits = kFirstWords + 0x10000;
  static constexpr char32_t kFoldLow = 0x2000;
  static constexpr char32_t kHangulFirst = 0xAC00;
  static constexpr char32_t kHangulLast = 0xD7A3;
  std::vector<std::uint64_t> screen_;
  /// `folded` of the code points below kFoldLow, then of the Hangul syllables.
  std::vector<char32_t> fold_;
  std::unique_ptr<Data> data_;
};

/// The number words of `lang_tag`, built on first use and kept for the life of the process.
/// Thread-safe.
[[nodiscard]] const NumberWords& number_words(std::string_view lang_tag);

/// Whether byte `pos` of `text` is a word boundary by ICU's dictionary word break rules, for a
/// language written without spaces between words (th "ไตรมาส|ที่", but not inside
/// "เจ้าหน้าที่"); true for every other language, for `pos` 0 and the end of `text`. Thread-safe.
[[nodiscard]] bool dictionary_word_boundary(std::string_view text, std::size_t pos,
                                            std::string_view lang_tag);

}  // namespace factlint::lang
