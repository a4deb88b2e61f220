// Case folding helpers and the term trie used to match language terms inside text.
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cstdint>

#include "core/bmp_cache.hpp"
#include "core/utf8.hpp"
#include "lang/language_data.hpp"

namespace factlint::lang {

namespace {

constexpr char32_t kSoftHyphen = 0x00AD;

/// Child of `node` for `cp`, or 0 (the root is never a child) when there is none.
std::uint32_t find_child(const std::vector<std::pair<char32_t, std::uint32_t>>& next, char32_t cp) {
  const auto it = std::lower_bound(next.begin(), next.end(), cp,
                                   [](const auto& e, char32_t c) { return e.first < c; });
  return (it != next.end() && it->first == cp) ? it->second : 0;
}

template <typename NodeVec>
void insert_key(NodeVec& nodes, std::array<std::uint32_t, 128>& root_ascii,
                const std::u32string& key, std::uint32_t value, bool& added) {
  std::uint32_t node = 0;
  for (const char32_t cp : key) {
    std::uint32_t next = find_child(nodes[node].next, cp);
    if (next == 0) {
      next = static_cast<std::uint32_t>(nodes.size());
      auto& vec = nodes[node].next;
      const auto it = std::lower_bound(vec.begin(), vec.end(), cp,
                                       [](const auto& e, char32_t c) { return e.first < c; });
      vec.insert(it, {cp, next});
      nodes.emplace_back();
      if (node == 0 && cp < 0x80) root_ascii[cp] = next;
    }
    node = next;
  }
  added = nodes[node].value < 0;
  if (added) nodes[node].value = value;
}

/// `fold`, inline for ASCII: the trie walks fold every code point they read.
char32_t ascii_or_fold(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  return fold(cp);
}

}  // namespace

char32_t fold(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  // Curly apostrophes fold to the ASCII one so "d’" and "d'" match alike.
  if (cp == 0x2019 || cp == 0x02BC) return '\'';
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT));
}

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = utf8::decode(text, pos);
    if (cp == kSoftHyphen) continue;
    utf8::append(out, fold(cp));
  }
  return out;
}

namespace {

bool spaced_letter_uncached(char32_t cp) {
  if (!u_isalpha(static_cast<UChar32>(cp)) &&
      u_charType(static_cast<UChar32>(cp)) != U_NON_SPACING_MARK &&
      u_charType(static_cast<UChar32>(cp)) != U_COMBINING_SPACING_MARK) {
    return false;
  }
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
  if (U_FAILURE(status)) return true;
  switch (script) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_HANGUL:
    case USCRIPT_THAI:
    case USCRIPT_LAO:
    case USCRIPT_KHMER:
    case USCRIPT_MYANMAR:
      return false;
    default:
      return true;
  }
}

bool word_char_uncached(char32_t cp) {
  const auto c = static_cast<UChar32>(cp);
  return u_isalpha(c) || u_isdigit(c) || u_charType(c) == U_NON_SPACING_MARK ||
         u_charType(c) == U_COMBINING_SPACING_MARK;
}

// Both properties of a code point, cached: bit 0 a spaced letter, bit 1 a word character.
constinit BmpCache letter_cache;

std::uint8_t letter_bits(char32_t cp) {
  return letter_cache.get(cp, [](char32_t c) {
    return (spaced_letter_uncached(c) ? 1U : 0U) | (word_char_uncached(c) ? 2U : 0U);
  });
}

}  // namespace

bool is_spaced_letter(char32_t cp) {
  if (cp < 0x80) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
  return (letter_bits(cp) & 1U) != 0;
}

bool is_word_char(char32_t cp) {
  if (cp < 0x80) {
    return ((cp | 32) >= 'a' && (cp | 32) <= 'z') || (cp >= '0' && cp <= '9');
  }
  return (letter_bits(cp) & 2U) != 0;
}

namespace {

/// The value of a decimal digit of any script, or -1.
int digit_of(char32_t cp) {
  if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
  if (cp < 0x80) return -1;
  return u_charType(static_cast<UChar32>(cp)) == U_DECIMAL_DIGIT_NUMBER
             ? u_charDigitValue(static_cast<UChar32>(cp))
             : -1;
}

bool joins_digits(char32_t cp) {
  return cp == '.' || cp == ',' || cp == '\'' || cp == ' ' || cp == 0x00A0 || cp == 0x202F ||
         cp == 0x2009 || cp == 0x066B || cp == 0x066C || cp == 0x2019;
}

}  // namespace

std::vector<std::string> digit_runs(std::string_view text) {
  std::vector<std::string> out;
  std::string run;
  std::size_t pos = 0;
  bool pending_separator = false;
  while (pos < text.size()) {
    const char32_t cp = utf8::decode(text, pos);
    const int d = digit_of(cp);
    if (d >= 0) {
      run += static_cast<char>('0' + d);
      pending_separator = false;
      continue;
    }
    if (!run.empty() && joins_digits(cp) && !pending_separator) {
      pending_separator = true;  // one separator between two digits keeps the run going
      continue;
    }
    if (!run.empty()) out.push_back(std::move(run));
    run.clear();
    pending_separator = false;
  }
  if (!run.empty()) out.push_back(std::move(run));
  return out;
}

std::string identifier_key(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (U_SUCCESS(status) && nfkc != nullptr) s = nfkc->normalize(s, status);
  if (U_FAILURE(status))
    s = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  s.toUpper(icu::Locale::getRoot());
  std::string utf8;
  s.toUTF8String(utf8);
  std::string out;
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    const std::size_t start = pos;
    const char32_t cp = utf8::decode(utf8, pos);
    const auto c = static_cast<UChar32>(cp);
    const bool dash = u_charType(c) == U_DASH_PUNCTUATION || cp == 0x2212;
    if (dash || u_isUWhiteSpace(c) != 0) continue;
    out.append(utf8, start, pos - start);
  }
  return out;
}

std::string digits_only(std::string_view text) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const int d = digit_of(utf8::decode(text, pos));
    if (d >= 0) out += static_cast<char>('0' + d);
  }
  return out;
}

void TermTrie::add(std::string_view term, std::uint32_t value) {
  if (std::all_of(term.begin(), term.end(), [](char c) { return (c & 0x80) == 0; })) {
    add_one(term, value);  // ASCII has one normal form
    return;
  }
  // Text may carry either normalisation form ("ড়" is U+095C or U+0921 U+093C): add both.
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(term.data(), static_cast<int32_t>(term.size())));
  for (const icu::Normalizer2* norm :
       {icu::Normalizer2::getNFCInstance(status), icu::Normalizer2::getNFDInstance(status)}) {
    if (U_FAILURE(status) || norm == nullptr) break;
    UErrorCode st = U_ZERO_ERROR;
    if (norm->isNormalized(u, st) && U_SUCCESS(st)) continue;
    st = U_ZERO_ERROR;
    const icu::UnicodeString n = norm->normalize(u, st);
    if (U_FAILURE(st) || n == u) continue;
    std::string other;
    n.toUTF8String(other);
    add_one(other, value);
  }
  add_one(term, value);
  // Nukta letters (U+0958–U+095F and kin) are composition exclusions: NFC keeps them apart,
  // yet much text has the precomposed form. Add that form too.
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(st);
  if (U_FAILURE(st) || nfd == nullptr) return;
  // Only Indic scripts have such letters.
  bool indic = false;
  for (int32_t i = 0; i < u.length() && !indic; ++i) indic = u[i] >= 0x0900 && u[i] < 0x0B80;
  if (!indic) return;
  icu::UnicodeString composed = nfd->normalize(u, st);
  if (U_FAILURE(st)) return;
  bool changed = false;
  for (const UChar32 cp :
       {0x0958, 0x0959, 0x095A, 0x095B, 0x095C, 0x095D, 0x095E, 0x095F, 0x09DC, 0x09DD, 0x09DF,
        0x0A33, 0x0A36, 0x0A59, 0x0A5A, 0x0A5B, 0x0A5E, 0x0B5C, 0x0B5D}) {
    icu::UnicodeString decomposition;
    if (!nfd->getDecomposition(cp, decomposition)) continue;
    if (composed.indexOf(decomposition) < 0) continue;
    composed.findAndReplace(decomposition, icu::UnicodeString(cp));
    changed = true;
  }
  if (changed) {
    std::string other;
    composed.toUTF8String(other);
    add_one(other, value);
  }
}

void TermTrie::add_one(std::string_view term, std::uint32_t value) {
  std::u32string key;
  std::size_t pos = 0;
  while (pos < term.size()) {
    const char32_t cp = utf8::decode(term, pos);
    if (cp == kSoftHyphen) continue;
    key.push_back(fold(cp));
  }
  if (key.empty()) return;
  // The ASCII bytes that fold to the first and to the last code point of the key.
  for (const auto& [cp, bit] : {std::pair{key.front(), 1U}, std::pair{key.back(), 2U}}) {
    if (cp >= 0x80) continue;
    ascii_edges_[cp] |= bit;
    if (cp >= 'a' && cp <= 'z') ascii_edges_[cp - 32] |= bit;
  }
  bool added = false;
  insert_key(nodes_, root_ascii_, key, value, added);
  std::u32string rev(key.rbegin(), key.rend());
  bool added_back = false;
  insert_key(back_, back_root_ascii_, rev, value, added_back);
  if (added) ++terms_;
}

std::optional<std::pair<std::size_t, std::uint32_t>> TermTrie::match_forward(std::string_view text,
                                                                             std::size_t pos,
                                                                             bool boundary) const {
  struct Hit {
    std::size_t end;
    std::uint32_t value;
    char32_t last;
  };
  if (pos < text.size()) {
    const auto first = static_cast<unsigned char>(text[pos]);
    if (first < 0x80 && (ascii_edges_[first] & 1U) == 0) return std::nullopt;
  }
  Hit hits[16];
  int n_hits = 0;
  std::uint32_t node = 0;
  char32_t last = 0;
  while (pos < text.size()) {
    const char32_t raw = utf8::decode(text, pos);
    if (raw == kSoftHyphen) continue;
    const char32_t cp = ascii_or_fold(raw);
    node = (node == 0 && cp < 0x80) ? root_ascii_[cp] : find_child(nodes_[node].next, cp);
    if (node == 0) break;
    last = cp;
    if (nodes_[node].value >= 0) {
      if (n_hits == 16) n_hits = 15;
      hits[n_hits++] = Hit{pos, static_cast<std::uint32_t>(nodes_[node].value), last};
    }
  }
  for (int i = n_hits - 1; i >= 0; --i) {
    const auto& h = hits[i];
    if (boundary && h.end < text.size() && is_spaced_letter(h.last)) {
      std::size_t p = h.end;
      if (is_word_char(utf8::decode(text, p))) continue;
    }
    return std::make_pair(h.end, h.value);
  }
  return std::nullopt;
}

std::optional<std::pair<std::size_t, std::uint32_t>> TermTrie::match_backward(
    std::string_view text, std::size_t end) const {
  struct Hit {
    std::size_t begin;
    std::uint32_t value;
    char32_t first;
  };
  if (end > 0) {
    const auto last = static_cast<unsigned char>(text[end - 1]);
    if (last < 0x80 && (ascii_edges_[last] & 2U) == 0) return std::nullopt;
  }
  Hit hits[16];
  int n_hits = 0;
  std::uint32_t node = 0;
  std::size_t pos = end;
  while (pos > 0) {
    const char32_t raw = utf8::decode_before(text, pos);
    if (raw == kSoftHyphen) continue;
    const char32_t cp = ascii_or_fold(raw);
    node = (node == 0 && cp < 0x80) ? back_root_ascii_[cp] : find_child(back_[node].next, cp);
    if (node == 0) break;
    if (back_[node].value >= 0) {
      if (n_hits == 16) n_hits = 15;
      hits[n_hits++] = Hit{pos, static_cast<std::uint32_t>(back_[node].value), cp};
    }
  }
  for (int i = n_hits - 1; i >= 0; --i) {
    const auto& h = hits[i];
    if (h.begin > 0 && is_spaced_letter(h.first)) {
      std::size_t p = h.begin;
      if (is_word_char(utf8::decode_before(text, p))) continue;
    }
    return std::make_pair(h.begin, h.value);
  }
  return std::nullopt;
}

std::optional<std::uint32_t> TermTrie::find(std::string_view term) const {
  const auto hit = match_forward(term, 0);
  if (hit && hit->first == term.size()) return hit->second;
  return std::nullopt;
}

}  // namespace factlint::lang
