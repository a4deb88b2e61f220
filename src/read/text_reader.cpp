// Plain text reader: one block per line, except hard-wrapped prose, which is joined.
//
// Web-scraped text puts one paragraph on one line and keeps titles, bylines and counters on
// lines of their own; e-mail and README prose is hard-wrapped at a fixed width. A run of
// non-blank lines is treated as wrapped prose only when its widest line lies between
// kMinWrapWidth and kMaxWrapWidth columns; inside such a run, a line is joined to the one before
// when the earlier line ended for lack of room, that is when it plus a space plus the next
// line's first word would be wider than the widest line, and did not end a sentence. A line
// that ended early (a title, a byline, the last line of a paragraph) starts a new block.
// docs/readers/text.md explains it.
#include <algorithm>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <unicode/uchar.h>

#include "core/utf8.hpp"
#include "read/readers.hpp"

namespace factlint::read {
namespace {

constexpr int kMinWrapWidth = 50;
constexpr int kMaxWrapWidth = 120;

/// One non-blank source line, trimmed.
struct Line {
  std::uint32_t begin = 0;  ///< first byte after leading whitespace
  std::uint32_t end = 0;    ///< one past the last non-space byte
  int width = 0;            ///< display columns of [begin, end)
  int first_word = 0;       ///< display columns of the first word
  char32_t first_cp = 0;
  char32_t last_cp = 0;
  bool bullet = false;        ///< starts like a list item ("- ", "* ", "• ", "1. ", "2) ")
  bool sentence_end = false;  ///< ends with '.', '!', '?', '…' (closing quotes skipped)
};

bool is_space_cp(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\f' || cp == '\v' || cp == 0x00A0 || cp == 0x3000 ||
         cp == 0xFEFF || cp == 0x2007 || cp == 0x202F;
}

bool looks_like_bullet(std::string_view s) {
  if (s.size() >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ') return true;
  if (s.substr(0, 4) == "\xE2\x80\xA2 ") return true;  // "• "
  std::size_t i = 0;
  while (i < s.size() && i < 3 && s[i] >= '0' && s[i] <= '9') ++i;
  return i > 0 && i + 1 < s.size() && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ';
}

/// True when `s` ends a sentence: a line that does is never joined to the next (joining there
/// gains nothing, and one-paragraph-per-line web text of even width would be glued otherwise).
bool ends_sentence(std::string_view s) {
  std::size_t end = s.size();
  while (end > 0) {
    std::size_t prev = end;
    const char32_t cp = utf8::decode_before(s.substr(0, end), prev);
    const bool closing = cp == '"' || cp == '\'' || cp == ')' || cp == 0x201D || cp == 0x2019 ||
                         cp == 0x00BB || cp == 0x300D || cp == 0x300F;
    if (!closing) {
      return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x3002 || cp == 0xFF01 ||
             cp == 0xFF1F;
    }
    end = prev;
  }
  return false;
}

/// Measures and trims the line [begin, end) of `source`; false when it is blank.
bool measure(std::string_view source, std::uint32_t begin, std::uint32_t end, Line& line) {
  const std::string_view text = source.substr(0, end);
  std::size_t pos = begin;
  std::size_t content_begin = end;
  std::size_t content_end = begin;
  int width = 0;
  int width_at_content_end = 0;
  int first_word = -1;
  int width_at_content_begin = 0;
  char32_t first = 0;
  char32_t last = 0;
  while (pos < end) {
    // Past the first word, ASCII needs only the width and the last non-space byte: exactly
    // the steps below for such a byte, in a tight loop.
    if (first_word >= 0) {
#if defined(__SSE2__)
      // Sixteen ASCII bytes at a time: the width grows by sixteen, and the last of them that
      // is no space ends the content so far.
      const __m128i space = _mm_set1_epi8(' ');
      const __m128i tab = _mm_set1_epi8('\t');
      const __m128i form_feed = _mm_set1_epi8('\f');
      const __m128i vertical_tab = _mm_set1_epi8('\v');
      while (pos + 16 <= end) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
        if (_mm_movemask_epi8(v) != 0) break;  // a byte above ASCII
        const __m128i blank = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, space), _mm_cmpeq_epi8(v, tab)),
            _mm_or_si128(_mm_cmpeq_epi8(v, form_feed), _mm_cmpeq_epi8(v, vertical_tab)));
        const auto ink = static_cast<unsigned>(~_mm_movemask_epi8(blank)) & 0xFFFFU;
        if (ink != 0) {
          const auto last_ink = static_cast<std::size_t>(31 - __builtin_clz(ink));
          content_end = pos + last_ink + 1;
          width_at_content_end = width + static_cast<int>(last_ink) + 1;
          last = static_cast<unsigned char>(text[pos + last_ink]);
        }
        pos += 16;
        width += 16;
      }
#endif
      while (pos < end) {
        const auto b = static_cast<unsigned char>(text[pos]);
        if (b >= 0x80) break;
        ++pos;
        ++width;
        if (b != ' ' && b != '\t' && b != '\f' && b != '\v') {
          content_end = pos;
          width_at_content_end = width;
          last = b;
        }
      }
      if (pos >= end) break;
    }
    const std::size_t at = pos;
    const auto byte = static_cast<unsigned char>(text[pos]);
    // ASCII without a call: most lines of most text are mostly ASCII.
    const char32_t cp =
        byte < 0x80 ? (++pos, static_cast<char32_t>(byte)) : utf8::decode(text, pos);
    if (is_space_cp(cp)) {
      if (content_begin != end && first_word < 0) first_word = width - width_at_content_begin;
      width += 1;
      continue;
    }
    if (content_begin == end) {
      content_begin = at;
      width_at_content_begin = width;
      first = cp;
    }
    width += cp < 0x80 ? 1 : display_width(cp);
    content_end = pos;
    width_at_content_end = width;
    last = cp;
  }
  if (content_begin == end) return false;
  line.begin = static_cast<std::uint32_t>(content_begin);
  line.end = static_cast<std::uint32_t>(content_end);
  line.width = width_at_content_end - width_at_content_begin;
  line.first_word = first_word < 0 ? line.width : first_word;
  line.first_cp = first;
  line.last_cp = last;
  line.bullet = looks_like_bullet(source.substr(content_begin, content_end - content_begin));
  line.sentence_end = ends_sentence(source.substr(content_begin, content_end - content_begin));
  return true;
}

void flush_paragraph(std::string_view source, const std::vector<Line>& lines,
                     std::vector<Block>& out) {
  if (lines.empty()) return;
  int widest = 0;
  for (const Line& l : lines) widest = std::max(widest, l.width);
  const bool wrapped = lines.size() >= 2 && widest >= kMinWrapWidth && widest <= kMaxWrapWidth;
  BlockBuilder builder;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (i > 0) {
      const Line& prev = lines[i - 1];
      const bool ended_for_lack_of_room = prev.width + 1 + line.first_word > widest;
      // A line of site furniture is no continuation: one with " | " between its items, or one
      // that starts with a capital after a figure or a bracket ("Mehr zum Thema: … (12.06.2024)"
      // then "Kommentare (23) | Teilen").
      // Asked only where lines would be joined: web text has one paragraph a line.
      const auto bar = [&](const Line& l) {
        return source.substr(l.begin, l.end - l.begin).find(" | ") != std::string_view::npos;
      };
      const auto furniture = [&] {
        return (u_isupper(static_cast<UChar32>(line.first_cp)) != 0 &&
                ((prev.last_cp >= '0' && prev.last_cp <= '9') || prev.last_cp == ')' ||
                 prev.last_cp == ']')) ||
               bar(prev) || bar(line);
      };
      if (wrapped && ended_for_lack_of_room && !prev.sentence_end && !line.bullet && !furniture()) {
        if (!(is_unspaced_script(prev.last_cp) && is_unspaced_script(line.first_cp))) {
          builder.append_separator(" ");
        }
      } else {
        builder.finish(out);
      }
    }
    builder.append_source(source, line.begin, line.end - line.begin);
  }
  builder.finish(out);
}

}  // namespace

std::vector<Block> parse_text(std::string_view source, std::uint32_t body_begin) {
  std::vector<Block> out;
  std::vector<Line> paragraph;
  std::size_t pos = body_begin;
  const std::size_t n = source.size();
  // At most one block per line: reserved, so that the blocks are not moved as the array grows
  // (what is reserved and never written costs no memory). Lines are counted with memchr, a
  // line at a time (std::count tests every byte).
  std::size_t lines = 1;
  for (std::size_t at = source.find('\n', pos); at != std::string_view::npos;
       at = source.find('\n', at + 1)) {
    ++lines;
  }
  out.reserve(lines);
  // find_first_of with two characters tests them one byte at a time; a text without carriage
  // returns (the usual case) finds its line ends with memchr.
  const bool has_cr = source.find('\r', pos) != std::string_view::npos;
  while (pos < n) {
    std::size_t eol = has_cr ? source.find_first_of("\r\n", pos) : source.find('\n', pos);
    if (eol == std::string_view::npos) eol = n;
    Line line;
    if (measure(source, static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(eol), line)) {
      paragraph.push_back(line);
    } else {
      flush_paragraph(source, paragraph, out);
      paragraph.clear();
    }
    pos = eol;
    if (pos < n && source[pos] == '\r') ++pos;
    if (pos < n && source[pos] == '\n') ++pos;
  }
  flush_paragraph(source, paragraph, out);
  return out;
}

}  // namespace factlint::read
