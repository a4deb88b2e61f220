// BlockBuilder and the script helpers shared by the readers.
#include <algorithm>

#include "read/readers.hpp"

namespace factlint::read {

void BlockBuilder::append_source(std::string_view source, std::uint32_t source_begin,
                                 std::uint32_t length) {
  if (length == 0) return;
  const auto text_begin = static_cast<std::uint32_t>(block_.text.size());
  block_.text.append(source.substr(source_begin, length));
  if (!block_.pieces.empty()) {
    Piece& last = block_.pieces.back();
    if (last.text_begin + last.length == text_begin &&
        last.source_begin + last.length == source_begin) {
      last.length += length;
      return;
    }
  }
  block_.pieces.push_back({text_begin, source_begin, length});
}

void BlockBuilder::append_mapped(std::string_view text, std::uint32_t source_begin) {
  if (text.empty()) return;
  const auto text_begin = static_cast<std::uint32_t>(block_.text.size());
  block_.text.append(text);
  block_.pieces.push_back({text_begin, source_begin, static_cast<std::uint32_t>(text.size())});
}

namespace {
bool is_trailing_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
}  // namespace

void BlockBuilder::finish(std::vector<Block>& out, BlockKind next_kind) {
  std::string& text = block_.text;
  auto& pieces = block_.pieces;
  // Leading white space (the space after a dropped image, say) goes, and the pieces shift.
  std::size_t lead = 0;
  while (lead < text.size() && is_trailing_space(text[lead])) ++lead;
  if (lead > 0 && lead < text.size()) {
    const auto cut = static_cast<std::uint32_t>(lead);
    text.erase(0, lead);
    std::vector<Piece> kept;
    for (Piece p : pieces) {
      if (p.text_begin + p.length <= cut) continue;
      if (p.text_begin < cut) {
        const std::uint32_t skip = cut - p.text_begin;
        p.source_begin += skip;
        p.length -= skip;
        p.text_begin = cut;
      }
      p.text_begin -= cut;
      kept.push_back(p);
    }
    pieces = std::move(kept);
  }
  std::size_t end = text.size();
  while (end > 0 && is_trailing_space(text[end - 1])) --end;
  if (end > 0) {
    text.resize(end);
    const auto new_size = static_cast<std::uint32_t>(end);
    while (!pieces.empty() && pieces.back().text_begin >= new_size) pieces.pop_back();
    if (!pieces.empty()) {
      Piece& last = pieces.back();
      last.length = std::min(last.length, new_size - last.text_begin);
    }
    // A block made only of separators has no piece; it carries no source text, so drop it.
    if (!pieces.empty()) out.push_back(std::move(block_));
  }
  block_ = Block{};
  block_.kind = next_kind;
}

bool is_unspaced_script(char32_t cp) {
  return (cp >= 0x2E80 && cp <= 0x2FDF) ||  // CJK radicals
         (cp >= 0x3000 && cp <= 0x30FF) ||  // CJK punctuation, hiragana, katakana
         (cp >= 0x3400 && cp <= 0x4DBF) ||  // CJK extension A
         (cp >= 0x4E00 && cp <= 0x9FFF) ||  // CJK unified ideographs
         (cp >= 0xF900 && cp <= 0xFAFF) ||  // CJK compatibility ideographs
         (cp >= 0xFF00 && cp <= 0xFFEF) ||  // half-width and full-width forms
         (cp >= 0x20000 && cp <= 0x3FFFF);  // CJK extensions B and later
}

int display_width(char32_t cp) {
  const bool wide = (cp >= 0x1100 && cp <= 0x115F) ||  // Hangul jamo
                    (cp >= 0x2E80 && cp <= 0xA4CF) ||  // CJK … Yi
                    (cp >= 0xAC00 && cp <= 0xD7A3) ||  // Hangul syllables
                    (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
                    (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) ||
                    (cp >= 0x20000 && cp <= 0x3FFFD);
  return wide ? 2 : 1;
}

}  // namespace factlint::read
