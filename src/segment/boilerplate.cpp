// Boilerplate marking: site furniture recognised by position, shape and lack of counterparts.
//
// Nothing here knows a phrase of any site or language. A document is cut into a head (the
// blocks before the first prose block), a body and a tail (from a run of two short lines after
// which the text stays furniture-dense, or the short lines after the last prose block). Shape
// rules that are safe anywhere (no letters at all, "A | B | C" credit lines, "N … M" counters)
// apply everywhere; the others (short lines, prompts, bios) only in the head or tail. Across
// versions, head and tail segments sharing no number and no distinctive word with any other
// version are furniture too. docs/segmentation.md lists every rule with its reason string.
#include "segment/boilerplate.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <set>

#include "core/result.hpp"
#include "core/utf8.hpp"
#include "lang/language_data.hpp"

namespace factlint::segment {
namespace {

constexpr int kProseWords = 8;       // a block this long that ends like a sentence is prose
constexpr int kLongProseWords = 20;  // prose this long is article body even without a period
constexpr int kSentenceWords = 12;   // two such blocks in a row: the article goes on
constexpr int kShortWords = 6;       // furniture lines are at most this long
constexpr int kHeadShortWords = 3;   // a line this short before the body is a label
constexpr int kPromptWords = 8;      // "Leave a comment!", "Share:", "Was this helpful?"
constexpr int kCreditWords = 12;     // "Name | Agency | Agency"
constexpr int kCounterWords = 2;     // "Comments (3)", "Share 15": a label and a count
constexpr int kAnchorHeadWords = 4;  // a shared title this long starts the body of a version

// ASCII answers without a call into ICU (the same answers ICU gives): these run on every code
// point of every block and segment, and most text is mostly ASCII.
bool is_space(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  return u_isUWhiteSpace(static_cast<UChar32>(cp)) != 0;
}
bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20U) >= 'a' && (cp | 0x20U) <= 'z';
  return u_isalpha(static_cast<UChar32>(cp)) != 0;
}
bool is_digit(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return u_isdigit(static_cast<UChar32>(cp)) != 0;
}
bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp)) != 0 || u_istitle(static_cast<UChar32>(cp)) != 0;
}
bool is_lower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return u_islower(static_cast<UChar32>(cp)) != 0;
}

bool is_unspaced(char32_t cp) {
  if (cp < 0x80) return false;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
  if (U_FAILURE(status)) return false;
  switch (script) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_THAI:
    case USCRIPT_LAO:
    case USCRIPT_KHMER:
    case USCRIPT_MYANMAR:
      return true;
    default:
      return false;
  }
}

/// Separators that may sit between the digits of one number ("1,500", "6.3", "1 000").
bool is_digit_separator(char32_t cp) {
  return cp == '.' || cp == ',' || cp == '\'' || cp == 0x00A0 || cp == 0x202F || cp == 0x2009 ||
         cp == 0x066B || cp == 0x066C || cp == 0x2019;
}

bool is_closing(char32_t cp) {
  const auto type = static_cast<UCharCategory>(u_charType(static_cast<UChar32>(cp)));
  return type == U_FINAL_PUNCTUATION || type == U_END_PUNCTUATION ||
         type == U_INITIAL_PUNCTUATION || cp == '"' || cp == '\'' || cp == '*';
}

/// Character classes, as bits: every code point is classified once per text, so that the
/// passes of measure() ask a byte, not ICU.
enum Class : std::uint8_t {
  kSpace = 1,
  kLetter = 2,
  kDigit = 4,
  kUpper = 8,
  kLower = 16,
  kUnspaced = 32,
};

std::uint8_t classify(char32_t cp) {
  std::uint8_t c = 0;
  if (is_space(cp)) c |= kSpace;
  if (is_letter(cp)) c |= kLetter;
  if (is_digit(cp)) c |= kDigit;
  if (is_upper(cp)) c |= kUpper;
  if (is_lower(cp)) c |= kLower;
  if (is_unspaced(cp)) c |= kUnspaced;
  return c;
}

/// The classes of every code point written with one or two UTF-8 bytes (below U+0800: ASCII,
/// Latin, Greek, Cyrillic, Hebrew, Arabic …), so that text in those scripts asks ICU nothing.
constexpr char32_t kClassTableSize = 0x800;

const std::array<std::uint8_t, kClassTableSize>& small_classes() {
  static const std::array<std::uint8_t, kClassTableSize> table = [] {
    std::array<std::uint8_t, kClassTableSize> t{};
    for (char32_t cp = 0; cp < kClassTableSize; ++cp) t[cp] = classify(cp);
    return t;
  }();
  return table;
}

}  // namespace

bool Shape::terminal() const {
  switch (last) {
    case '.':
    case '!':
    case '?':
    case 0x2026:  // …
    case 0x3002:  // 。
    case 0xFF01:  // ！
    case 0xFF1F:  // ？
    case 0x061F:  // ؟
    case 0x0964:  // ।
      return true;
    default:
      return false;
  }
}

std::uint64_t token_key(std::string_view word) {
  // Eight bytes per multiplication, the length in the seed: computed once per word kept.
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ULL;
  std::uint64_t h = (14695981039346656037ULL ^ 0x7042e9) ^ word.size();
  std::size_t i = 0;
  for (; i + 8 <= word.size(); i += 8) {
    std::uint64_t w = 0;
    std::memcpy(&w, word.data() + i, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 32;
  }
  std::uint64_t tail = 0;
  if (i < word.size()) std::memcpy(&tail, word.data() + i, word.size() - i);
  h = (h ^ tail) * kMul;
  return h ^ (h >> 29);
}

Shape measure(std::string_view text, bool evidence, std::vector<std::uint64_t>* lowercase) {
  // One pass over the code points, for every block and segment of every version: space-
  // separated chunks (a token is a chunk without the punctuation at its edges), runs of letters
  // and digits inside them, runs of letters, and numbers, each followed as it goes.
  Shape shape;
  const auto& classes = small_classes();
  int unspaced = 0;
  int tokens = 0;
  bool leading = true;
  // The current chunk.
  std::size_t chunk_cps = 0;
  char32_t chunk_first = 0;
  int chunk_uppers = 0;
  int chunk_letters = 0;
  std::size_t word_first = 0;  // code-point index in the chunk of its first letter or digit
  std::size_t word_last = 0;   // … and one past its last
  std::size_t word_begin_byte = 0;
  std::size_t word_end_byte = 0;
  bool has_word = false;
  std::uint8_t word_first_class = 0;
  std::vector<std::uint64_t> runs;  // keys of the chunk's letter-and-digit runs with a capital
  // The current run of letters and digits, and of letters: code points and bytes. Their keys
  // are computed from the bytes when a run that is kept ends.
  std::size_t alnum_len = 0;
  bool alnum_upper = false;
  std::size_t alnum_begin = 0;
  std::size_t alnum_end = 0;
  std::size_t alpha_len = 0;
  bool alpha_lower_first = false;
  std::size_t alpha_begin = 0;
  std::size_t alpha_end = 0;
  // The current number.
  std::string number;
  bool separator_pending = false;

  const auto end_alnum = [&] {
    if (alnum_len >= 2 && alnum_upper && evidence) {
      runs.push_back(token_key(text.substr(alnum_begin, alnum_end - alnum_begin)));
    }
    alnum_len = 0;
    alnum_upper = false;
  };
  const auto end_alpha = [&] {
    // Words that start with a lowercase letter, as long as an initial can be.
    if (lowercase != nullptr && alpha_len >= 4 && alpha_lower_first) {
      lowercase->push_back(token_key(text.substr(alpha_begin, alpha_end - alpha_begin)));
    }
    alpha_len = 0;
  };
  const auto end_number = [&] {
    if (number.empty()) return;
    // Only down to two significant digits: a bare "10" or "300" would match every "1" or "3".
    std::size_t significant = number.size();
    while (significant > 0 && number[significant - 1] == '0') --significant;
    if (significant >= 2) number.resize(significant);
    std::uint64_t h = 14695981039346656037ULL;
    for (const char c : number) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    shape.numbers.push_back(h);
    number.clear();
    separator_pending = false;
  };
  const auto end_chunk = [&] {
    end_alnum();
    if (chunk_cps == 1 && (chunk_first == '|' || chunk_first == 0x2022 || chunk_first == 0x00B7)) {
      ++shape.separators;  // a stand-alone separator between the parts of a credit line
    }
    if (has_word) {
      // A capital that only starts the sentence says nothing; "EU", "McFarland" still do.
      const bool sentence_initial =
          tokens == 0 && chunk_uppers == 1 && (word_first_class & kUpper) != 0;
      const bool all_letters = static_cast<std::size_t>(chunk_letters) == word_last - word_first;
      if (evidence && chunk_uppers > 0 && !sentence_initial) {
        shape.distinctive.insert(shape.distinctive.end(), runs.begin(), runs.end());
      }
      if (evidence && sentence_initial && word_last - word_first >= 4 && all_letters) {
        shape.initial = std::string(text.substr(word_begin_byte, word_end_byte - word_begin_byte));
      }
      if (leading) {
        if ((word_first_class & kUpper) != 0) {
          ++shape.leading_capitalised;
        } else {
          leading = false;
          shape.lowercase_after_leading = (word_first_class & kLower) != 0;
        }
      }
      ++tokens;
    }
    runs.clear();
    chunk_cps = 0;
    chunk_uppers = 0;
    chunk_letters = 0;
    has_word = false;
  };

  std::size_t pos = 0;
  bool first_cp = true;
  while (pos < text.size()) {
    // A whole chunk of lowercase ASCII letters followed by a space (most words of most text):
    // exactly what the general steps below do for its letters and the space, at once. The
    // chunk is a token that starts with a lowercase letter and holds no capital.
    if (chunk_cps == 0 && number.empty() && text[pos] >= 'a' && text[pos] <= 'z') {
      const std::size_t q = utf8::ascii_lower_run_end(text, pos);
      if (q < text.size() && text[q] == ' ') {
        const std::size_t len = q - pos;
        first_cp = false;
        shape.letters += static_cast<int>(len);
        if (lowercase != nullptr && len >= 4)
          lowercase->push_back(token_key(text.substr(pos, len)));
        if (leading) {
          leading = false;
          shape.lowercase_after_leading = true;
        }
        ++tokens;
        pos = q + 1;
        continue;
      }
    }
    // A run of lowercase ASCII letters inside a word whose letters have begun (most of most
    // text): for each, exactly the bookkeeping the general steps below do for such a letter
    // (no number is open, the chunk and the runs go on), without classifying it.
    if (alpha_len > 0 && has_word && chunk_cps > 0 && number.empty()) {
      const std::size_t q = utf8::ascii_lower_run_end(text, pos);
      if (q != pos) {
        const std::size_t run = q - pos;
        shape.letters += static_cast<int>(run);
        chunk_letters += static_cast<int>(run);
        chunk_cps += run;
        word_last = chunk_cps;
        word_end_byte = q;
        alnum_len += run;
        alnum_end = q;
        alpha_len += run;
        alpha_end = q;
        pos = q;
        if (pos == text.size()) break;
      }
    }
    const std::size_t at = pos;
    const auto byte = static_cast<unsigned char>(text[pos]);
    char32_t cp = 0;
    std::uint8_t c = 0;
    if (byte < 0x80) {
      cp = byte;
      c = classes[byte];
      ++pos;
    } else {
      cp = utf8::decode(text, pos);
      c = cp < kClassTableSize ? classes[cp] : classify(cp);
    }
    if (first_cp) {
      shape.first_is_digit = (c & kDigit) != 0;
      if (shape.first_is_digit) {
        // A date's part is no count: "5月の鉱工業生産、2.4％上昇" is a title.
        std::size_t q = at;
        while (q < text.size() && text[q] >= '0' && text[q] <= '9') ++q;
        const std::string_view rest = text.substr(q);
        for (const std::string_view part :
             {"\u5E74", "\u6708", "\u65E5", "\uB144", "\uC6D4", "\uC77C"}) {
          if (rest.starts_with(part)) shape.first_is_digit = false;
        }
      }
      first_cp = false;
    }
    shape.letters += (c & kLetter) != 0 ? 1 : 0;
    shape.digits += (c & kDigit) != 0 ? 1 : 0;
    unspaced += (c & kUnspaced) != 0 ? 1 : 0;
    // Numbers: digits, with one separator between two digits.
    if ((c & kDigit) != 0) {
      number += static_cast<char>('0' + (cp < 0x80 ? static_cast<int>(cp - '0')
                                                   : u_charDigitValue(static_cast<UChar32>(cp))));
      separator_pending = false;
    } else if (!number.empty() && !separator_pending && is_digit_separator(cp)) {
      separator_pending = true;
    } else {
      end_number();
    }
    if ((c & kSpace) != 0) {
      end_alpha();
      end_chunk();
      continue;
    }
    if (chunk_cps == 0) chunk_first = cp;
    const std::size_t index = chunk_cps++;
    if ((c & (kLetter | kDigit)) != 0) {
      if (!has_word) {
        has_word = true;
        word_first = index;
        word_begin_byte = at;
        word_first_class = c;
      }
      word_last = index + 1;
      word_end_byte = pos;
      chunk_uppers += (c & kUpper) != 0 ? 1 : 0;
      chunk_letters += (c & kLetter) != 0 ? 1 : 0;
      if (alnum_len++ == 0) alnum_begin = at;
      alnum_end = pos;
      alnum_upper = alnum_upper || (c & kUpper) != 0;
    } else {
      end_alnum();
    }
    if ((c & kLetter) != 0) {
      if (alpha_len++ == 0) {
        alpha_lower_first = (c & kLower) != 0;
        alpha_begin = at;
      }
      alpha_end = pos;
    } else {
      end_alpha();
    }
  }
  end_number();
  end_alpha();
  end_chunk();
  shape.words = tokens + unspaced / 2;
  // The last code point, closing quotes, brackets and spaces skipped.
  std::size_t end = text.size();
  while (end > 0) {
    std::size_t prev = end;
    const char32_t cp = utf8::decode_before(text, prev);
    const bool space = ((cp < kClassTableSize ? classes[cp] : classify(cp)) & kSpace) != 0;
    if (!space && !is_closing(cp)) {
      shape.last = cp;
      break;
    }
    end = prev;
  }
  return shape;
}

namespace {

struct BlockInfo {
  const Shape* shape = nullptr;  // a segment's kept shape, or the block's own measure
  bool structural = false;       // a heading, list item or table cell: the author's structure
  bool prose = false;
  bool short_line = false;
  bool sentence_like = false;  // long enough and ends like a sentence: an article goes on
};

/// Where the article body begins and where the tail begins, in block indices.
struct Layout {
  std::size_t body_begin = 0;
  std::size_t tail_begin = 0;
  std::size_t last_prose = 0;  // the last prose block
};

Layout layout_of(const std::vector<BlockInfo>& blocks) {
  const std::size_t n = blocks.size();
  Layout out{n, n, n};
  std::size_t last_prose = n;
  for (std::size_t i = 0; i < n; ++i) {
    if (!blocks[i].prose) continue;
    if (out.body_begin == n) out.body_begin = i;
    last_prose = i;
  }
  // No prose (a caption, a menu label, a list of short strings): no head, body or tail can be
  // told apart, so it is all body, and only the rules that hold anywhere apply.
  if (out.body_begin == n) return Layout{0, n, n};
  out.last_prose = last_prose;
  // A run of two short lines starts the tail when what follows is furniture-dense: at least a
  // third short lines and never two full sentences in a row (an article goes on in those).
  for (std::size_t i = out.body_begin + 1; i + 1 < n; ++i) {
    if (!(blocks[i].short_line && blocks[i + 1].short_line)) continue;
    std::size_t shorts = 0;
    bool article_goes_on = false;
    for (std::size_t j = i; j < n; ++j) {
      shorts += blocks[j].short_line ? 1 : 0;
      if (j > i && blocks[j].sentence_like && blocks[j - 1].sentence_like) article_goes_on = true;
    }
    if (!article_goes_on && shorts * 3 >= n - i) {
      out.tail_begin = i;
      break;
    }
  }
  std::size_t trailing = n;
  while (trailing > last_prose + 1 && blocks[trailing - 1].short_line) --trailing;
  out.tail_begin = std::min(out.tail_begin, trailing);
  return out;
}

bool is_prompt_end(char32_t cp) {
  return cp == '!' || cp == ':' || cp == '?' || cp == 0xFF01 || cp == 0xFF1A || cp == 0xFF1F;
}

/// Why segment `shape` of block `b` is furniture, or an empty string.
std::string reason_for(const Shape& shape, std::size_t b, std::size_t segments_in_block,
                       const std::vector<BlockInfo>& blocks, const Document& doc,
                       const Layout& layout) {
  const BlockInfo& block = blocks[b];
  const BlockKind kind = doc.blocks[b].kind;
  if (shape.letters == 0 && kind != BlockKind::table_cell) {
    return "no words: a bare number or symbol";
  }
  if (kind == BlockKind::paragraph && block.shape->separators >= 1 &&
      block.shape->words <= kCreditWords && !block.shape->terminal()) {
    return "credit line: short parts between separators";  // "By Owen Pryce | 4 min read"
  }
  if (kind == BlockKind::paragraph && segments_in_block == 1 && shape.numbers.size() == 1 &&
      shape.words <= kCounterWords && !shape.terminal()) {
    return "counter: a label and a number";  // "Comments (3)", "תגובות: 12", "评论 3"
  }
  if (kind == BlockKind::paragraph && segments_in_block == 1 && shape.first_is_digit &&
      shape.numbers.size() == 2 && shape.words <= kPromptWords && !shape.terminal()) {
    return "counter: two numbers in a short line";  // "93 out of 132 found this helpful"
  }
  if (b < layout.body_begin && !block.structural) {
    if (shape.words <= kHeadShortWords && !shape.terminal()) return "short line before the body";
    if (shape.words <= kPromptWords && is_prompt_end(shape.last)) {
      return "prompt before the body";
    }
  }
  if (b >= layout.tail_begin) return "after the article body";
  if (b > layout.last_prose && layout.last_prose < blocks.size() && !block.structural &&
      shape.words <= kPromptWords && (shape.last == '!' || shape.last == ':')) {
    return "prompt after the body";
  }
  if (b + 1 == blocks.size() && b > layout.body_begin && kind == BlockKind::paragraph &&
      block.shape->words >= kProseWords && block.shape->digits == 0 &&
      block.shape->leading_capitalised >= 2 && block.shape->lowercase_after_leading) {
    return "author bio: a name and a description at the end";
  }
  return {};
}

}  // namespace

void mark_boilerplate(Document& doc, Measurements::Data* keep) {
  std::vector<std::size_t> per_block(doc.blocks.size(), 0);
  for (const Segment& s : doc.segments) ++per_block[s.block];
  // A segment that is its whole block (a line, a one-sentence paragraph) has its block's shape.
  const auto whole = [&](const Segment& s) {
    return per_block[s.block] == 1 && s.span.begin == 0 &&
           s.span.end == doc.blocks[s.block].text.size();
  };
  if (keep != nullptr) {
    keep->shapes.clear();
    keep->lowercase.clear();
    keep->shapes.reserve(doc.segments.size());
    for (const Segment& s : doc.segments) {
      keep->shapes.push_back(measure(doc.segment_text(s), true, &keep->lowercase));
    }
  }
  // A text of one block (a sentence, a label, a paragraph) is all content: there is no page
  // around it for furniture to belong to.
  if (doc.blocks.size() <= 1) return;
  std::vector<BlockInfo> blocks(doc.blocks.size());
  std::vector<int> whole_segment(doc.blocks.size(), -1);
  for (std::size_t i = 0; i < doc.segments.size(); ++i) {
    if (whole(doc.segments[i])) whole_segment[doc.segments[i].block] = static_cast<int>(i);
  }
  // Shapes are referred to, not copied (a shape with evidence holds two vectors).
  std::vector<Shape> block_shapes(doc.blocks.size());
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    BlockInfo& info = blocks[b];
    if (keep != nullptr && whole_segment[b] >= 0) {
      info.shape = &keep->shapes[static_cast<std::size_t>(whole_segment[b])];
    } else {
      block_shapes[b] = measure(doc.blocks[b].text, false);
      info.shape = &block_shapes[b];
    }
    info.structural = doc.blocks[b].kind != BlockKind::paragraph;
    const int words = info.shape->words;
    info.prose = words >= kProseWords && (info.shape->terminal() || words >= kLongProseWords);
    info.sentence_like = words >= kSentenceWords && info.shape->terminal();
    info.short_line = !info.structural && words <= kShortWords && info.shape->last != '.';
  }
  const Layout layout = layout_of(blocks);
  for (std::size_t i = 0; i < doc.segments.size(); ++i) {
    Segment& s = doc.segments[i];
    // A translation unit (a catalog message, a segment of a translation memory) is content
    // by definition: a label there is the text to translate, not site furniture.
    if (s.boilerplate || !doc.blocks[s.block].unit.empty()) continue;
    Shape measured;
    const Shape* shape = nullptr;
    if (keep != nullptr) {
      shape = &keep->shapes[i];
    } else if (whole(s)) {
      shape = blocks[s.block].shape;
    } else {
      measured = measure(doc.segment_text(s), false);
      shape = &measured;
    }
    std::string reason = reason_for(*shape, s.block, per_block[s.block], blocks, doc, layout);
    if (!reason.empty()) {
      s.boilerplate = true;
      s.boilerplate_reason = std::move(reason);
    }
  }
}

namespace {

/// The key of a figure's value, in a space of its own (tagged apart from digit keys).
std::uint64_t value_key(const Decimal& v) {
  std::uint64_t h = 14695981039346656037ULL ^ 0x5a1eULL;
  const auto mix = [&](std::uint64_t x) {
    for (int b = 0; b < 8; ++b) h = (h ^ ((x >> (8 * b)) & 0xFFU)) * 1099511628211ULL;
  };
  mix(v.digits_hash());
  mix(static_cast<std::uint64_t>(static_cast<std::uint32_t>(v.exponent())));
  return h;
}

}  // namespace

void mark_without_counterparts(std::vector<Document>& docs, const std::vector<Fact>& facts,
                               std::vector<Measurements::Data>* kept) {
  if (docs.size() < 2) return;
  struct Evidence {
    std::vector<std::uint64_t> numbers;  // sorted
    std::vector<std::uint64_t> tokens;   // sorted
  };
  std::vector<Measurements::Data> measured_here;
  if (kept == nullptr) {
    measured_here.resize(docs.size());
    for (std::size_t d = 0; d < docs.size(); ++d) {
      for (const Segment& s : docs[d].segments) {
        measured_here[d].shapes.push_back(
            measure(docs[d].segment_text(s), true, &measured_here[d].lowercase));
      }
    }
  }
  std::vector<Measurements::Data>& measured = kept != nullptr ? *kept : measured_here;
  std::vector<Evidence> evidence(docs.size());
  std::vector<std::vector<std::vector<const Fact*>>> facts_of(docs.size());
  for (std::size_t d = 0; d < docs.size(); ++d) facts_of[d].resize(docs[d].segments.size());
  for (const Fact& f : facts) {
    if (f.doc < docs.size() && f.segment < facts_of[f.doc].size()) {
      facts_of[f.doc][f.segment].push_back(&f);
    }
  }
  for (std::size_t d = 0; d < docs.size(); ++d) {
    FACTLINT_ASSERT(measured[d].shapes.size() == docs[d].segments.size());
    // Which of the sentence-initial words the document also writes with a lowercase first
    // letter: the initials' keys in a small open-addressed table, then one pass over the
    // document's lowercase words (far more numerous than its initials: no sort of them all).
    std::size_t slots = 16;
    while (slots < 2 * measured[d].shapes.size()) slots *= 2;
    struct Slot {
      std::uint64_t key = 0;
      bool used = false;
      bool lowercase = false;
    };
    std::vector<Slot> initials(slots);
    const auto slot_of = [&](std::uint64_t key) -> Slot& {
      std::size_t at = static_cast<std::size_t>(key ^ (key >> 29)) & (slots - 1);
      while (initials[at].used && initials[at].key != key) at = (at + 1) & (slots - 1);
      return initials[at];
    };
    std::vector<std::uint64_t> initial_key(measured[d].shapes.size(), 0);
    for (std::size_t i = 0; i < measured[d].shapes.size(); ++i) {
      if (measured[d].shapes[i].initial.empty()) continue;
      initial_key[i] = token_key(lang::fold(measured[d].shapes[i].initial));
      Slot& slot = slot_of(initial_key[i]);
      slot.used = true;
      slot.key = initial_key[i];
    }
    for (const std::uint64_t key : measured[d].lowercase) {
      Slot& slot = slot_of(key);
      if (slot.used) slot.lowercase = true;
    }
    for (std::size_t i = 0; i < docs[d].segments.size(); ++i) {
      Shape& shape = measured[d].shapes[i];
      for (const Fact* f : facts_of[d][i]) {
        if (!f->is_numeric()) continue;
        shape.numbers.push_back(value_key(f->amount().value));
        if (f->amount().alternative) shape.numbers.push_back(value_key(*f->amount().alternative));
      }
      // A sentence-initial word the document never writes in lowercase is a name ("Orvik"):
      // distinctive like any other capitalised word. "Critics" is not: "critics" occurs.
      if (!shape.initial.empty() && !slot_of(initial_key[i]).lowercase) {
        shape.distinctive.push_back(token_key(shape.initial));
      }
      if (docs[d].segments[i].boilerplate) continue;
      evidence[d].numbers.insert(evidence[d].numbers.end(), shape.numbers.begin(),
                                 shape.numbers.end());
      evidence[d].tokens.insert(evidence[d].tokens.end(), shape.distinctive.begin(),
                                shape.distinctive.end());
    }
    for (auto* keys : {&evidence[d].numbers, &evidence[d].tokens}) {
      std::sort(keys->begin(), keys->end());
      keys->erase(std::unique(keys->begin(), keys->end()), keys->end());
    }
  }
  const auto has = [](const std::vector<std::uint64_t>& set, std::uint64_t key) {
    return std::binary_search(set.begin(), set.end(), key);
  };
  const auto has_counterpart = [&](std::size_t d, const Shape& shape) {
    for (std::size_t v = 0; v < docs.size(); ++v) {
      if (v == d) continue;
      for (const std::uint64_t n : shape.numbers) {
        if (has(evidence[v].numbers, n)) return true;
      }
      for (const std::uint64_t t : shape.distinctive) {
        if (has(evidence[v].tokens, t)) return true;
      }
    }
    return false;
  };
  // Per version: which segments have a counterpart, and the body between the first and the
  // last of them.
  struct Body {
    std::vector<bool> anchored;
    std::size_t first = 0;
    std::size_t last = 0;
    bool known = false;  // some segment has a counterpart
  };
  std::vector<Body> bodies(docs.size());
  for (std::size_t d = 0; d < docs.size(); ++d) {
    const auto& segments = docs[d].segments;
    Body& body = bodies[d];
    body.anchored.assign(segments.size(), false);
    body.first = segments.size();
    body.last = segments.size();
    for (std::size_t i = 0; i < segments.size(); ++i) {
      body.anchored[i] = has_counterpart(d, measured[d].shapes[i]);
      if (!body.anchored[i]) continue;
      if (body.first == segments.size() && measured[d].shapes[i].words >= kAnchorHeadWords) {
        body.first = i;
      }
      if (measured[d].shapes[i].words >= kProseWords) body.last = i;
    }
    body.known = body.first != segments.size() && body.last != segments.size();
  }
  // A sentence (four words or more) before or after the body that states facts, where another
  // version has one of the same shape in the same place, is the same sentence with a figure
  // changed: "on June 12" against "6月21日に" has no figure in common, and nothing else to be known
  // by in two scripts. The shape is the facts' kinds and, for figures, their order of magnitude,
  // for dates their month (small numbers in words left out): a changed digit keeps both, where
  // two sites' own blurbs ("read 3 months free", "5.000 Leser") rarely agree on them.
  const auto fact_shape = [&](std::size_t d, std::size_t i) -> std::uint64_t {
    std::vector<std::uint64_t> parts;
    for (const Fact* f : facts_of[d][i]) {
      if (f->small_in_words()) continue;
      std::uint64_t part = static_cast<std::uint64_t>(f->kind) + 1;
      if (f->is_numeric()) {
        part = part * 64 + static_cast<std::uint64_t>(f->amount().value.magnitude() + 32);
      } else if (f->kind == FactKind::date) {
        part = part * 64 + f->date().month;
      }
      parts.push_back(part);
    }
    if (parts.empty()) return 0;
    std::sort(parts.begin(), parts.end());
    std::uint64_t key = 14695981039346656037ULL;
    for (const auto part : parts) key = (key ^ part) * 1099511628211ULL;
    return key == 0 ? 1 : key;
  };
  const auto sentence = [&](std::size_t d, std::size_t i) {
    const Shape& shape = measured[d].shapes[i];
    return shape.words >= kAnchorHeadWords && shape.terminal();
  };
  const auto prose_shape = [&](std::size_t d, std::size_t i) -> std::uint64_t {
    return sentence(d, i) ? fact_shape(d, i) : 0;
  };
  // The same for a version's first segment, its title, against the other versions' first
  // segments, anchored or not: "cuts 1,300 jobs" against "1200人削減". Not when it states a
  // date: a byline's date is each site's own.
  const auto title_shape = [&](std::size_t d) -> std::uint64_t {
    if (docs[d].segments.empty() || measured[d].shapes[0].words < kAnchorHeadWords) return 0;
    for (const Fact* f : facts_of[d][0]) {
      if (f->kind == FactKind::date) return 0;
    }
    return fact_shape(d, 0);
  };
  const auto titled_alike = [&](std::size_t d) {
    const auto key = title_shape(d);
    if (key == 0) return false;
    for (std::size_t v = 0; v < docs.size(); ++v) {
      if (v != d && title_shape(v) == key) return true;
    }
    return false;
  };
  // The shapes of the prose outside each version's body, before it and after it.
  std::vector<std::array<std::vector<std::uint64_t>, 2>> outside(docs.size());
  for (std::size_t d = 0; d < docs.size(); ++d) {
    if (!bodies[d].known) continue;
    for (std::size_t i = 0; i < docs[d].segments.size(); ++i) {
      if (bodies[d].anchored[i] || (i >= bodies[d].first && i <= bodies[d].last)) continue;
      if (const auto key = prose_shape(d, i); key != 0) {
        outside[d][i < bodies[d].first ? 0 : 1].push_back(key);
      }
    }
  }
  // Each version's sentences of prose in order, so that a sentence can be compared with the
  // one at the same rank from the start or the end in another version, anchored or not: the
  // other versions may share a figure the changed one lacks, and then they are in their body.
  std::vector<std::vector<std::size_t>> prose(docs.size());
  for (std::size_t d = 0; d < docs.size(); ++d) {
    for (std::size_t i = 0; i < docs[d].segments.size(); ++i) {
      if (sentence(d, i)) prose[d].push_back(i);
    }
  }
  const auto shaped_elsewhere = [&](std::size_t d, std::size_t i, std::size_t side,
                                    std::uint64_t key) {
    const auto at = std::find(prose[d].begin(), prose[d].end(), i);
    const auto rank =
        static_cast<std::size_t>(side == 0 ? at - prose[d].begin() : prose[d].end() - at - 1);
    for (std::size_t v = 0; v < docs.size(); ++v) {
      if (v == d) continue;
      const auto& keys = outside[v][side];
      if (std::find(keys.begin(), keys.end(), key) != keys.end()) return true;
      if (rank < prose[v].size()) {
        const std::size_t j = side == 0 ? prose[v][rank] : prose[v][prose[v].size() - 1 - rank];
        if (fact_shape(v, j) == key) return true;
      }
    }
    return false;
  };
  for (std::size_t d = 0; d < docs.size(); ++d) {
    auto& segments = docs[d].segments;
    const Body& body = bodies[d];
    if (!body.known) continue;  // nothing to go by
    const std::size_t first = body.first;
    const std::size_t last = body.last;
    for (std::size_t i = 0; i < segments.size(); ++i) {
      if ((i >= first && i <= last) || body.anchored[i] || segments[i].boilerplate ||
          !docs[d].blocks[segments[i].block].unit.empty()) {
        continue;
      }
      if (const auto key = prose_shape(d, i);
          key != 0 && shaped_elsewhere(d, i, i < first ? 0 : 1, key)) {
        continue;
      }
      if (i == 0 && titled_alike(d)) continue;
      segments[i].boilerplate = true;
      segments[i].boilerplate_reason = i < first
                                           ? "no counterpart in the other versions, before the body"
                                           : "no counterpart in the other versions, after the body";
    }
  }
}

}  // namespace factlint::segment
