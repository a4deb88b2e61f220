// Numbers written in words ("twenty-three", "zweiunddreißig", "quatre-vingt-dix", "dwa
// tysiące", "une vingtaine"): a matcher per language, built from ICU's spell-out rules and
// rules/terms/number_words.json. See docs/numbers-in-words.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

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

  /// The longest number in words starting at byte `pos` of `text`, which must be a word
  /// start (a clitic listed for the language may come first), or nullopt.
  [[nodiscard]] std::optional<WordNumeral> match(std::string_view text, std::size_t pos) const;

  /// A cheap first test of a word start `pos` whose first code point `c0` the caller has
  /// decoded: false when `match` is certain to find nothing there (its first two characters
  /// begin no number word, and no clitic or article may come first). Inline, with no lookup
  /// beyond two tables: most words of a text are told by it.
  [[nodiscard]] bool may_match(std::string_view text, std::size_t pos, char32_t c0) const {
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
        if (!ascii_letter(b0) || !ascii_letter(b1) || !ascii_letter(b2)) return true;
        return bit(kAffixFirst + b0) ||
               bit(kTriples + (std::size_t{(b0 | 0x20U) - 'a'} * 26 + ((b1 | 0x20U) - 'a')) * 26 +
                   ((b2 | 0x20U) - 'a'));
      }
    }
    return c0 >= 0x10000 || bit(kFirstCodePoints + c0);
  }

  /// True when the language has no number words read this way (languages written without
  /// spaces between words: Han, Thai; their numerals are read elsewhere).
  [[nodiscard]] bool empty() const;

  /// Number of distinct forms known (tests and diagnostics).
  [[nodiscard]] std::size_t form_count() const;

  struct Data;  ///< the built tables (number_words.cpp)

 private:
  /// `match` before the context of a weak word is looked at.
  [[nodiscard]] std::optional<WordNumeral> match_raw(std::string_view text, std::size_t pos) const;

  /// Fills `screen_` once the tables of `data_` are built.
  void build_screen();

  static bool ascii_letter(unsigned char b) { return (b | 0x20U) >= 'a' && (b | 0x20U) <= 'z'; }

  [[nodiscard]] bool bit(std::size_t i) const { return ((screen_[i / 64] >> (i % 64)) & 1U) != 0; }

  /// Bits of `may_match`, empty when every position must be tried (no words, a language
  /// written without spaces): at kAsciiPairs + 128 * b0 + b1, whether `match` may find a number
  /// at two ASCII bytes b0 b1 (b1 0 at the end of the text); at kFirstCodePoints + c, whether
  /// one may start at the code point c of the Basic Multilingual Plane; at kAffixFirst + b,
  /// whether a clitic or an article begins with the byte b; at kTriples + (26 * x + y) * 26 + z,
  /// whether a form begins with the lowercase ASCII letters x y z (0 for 'a').
  static constexpr std::size_t kAsciiPairs = 0;
  static constexpr std::size_t kFirstCodePoints = std::size_t{128} * 128;
  static constexpr std::size_t kAffixFirst = kFirstCodePoints + 0x10000;
  static constexpr std::size_t kTriples = kAffixFirst + 256;
  static constexpr std::size_t kScreenBits = kTriples + std::size_t{26} * 26 * 26;
  std::vector<std::uint64_t> screen_;
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
