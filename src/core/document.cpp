// Line maps and block-to-source offset mapping.
#include "core/document.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace factlint {

LineMap::LineMap(std::string_view source) {
  starts_.push_back(0);
  if (source.find('\r') == std::string_view::npos) {
    // Only "\n" ends lines (the usual case): jump from one to the next.
    for (std::size_t i = source.find('\n'); i != std::string_view::npos;
         i = source.find('\n', i + 1)) {
      starts_.push_back(static_cast<std::uint32_t>(i + 1));
    }
    return;
  }
  for (std::size_t i = 0; i < source.size(); ++i) {
    if (source[i] == '\n') {
      starts_.push_back(static_cast<std::uint32_t>(i + 1));
    } else if (source[i] == '\r') {
      if (i + 1 < source.size() && source[i + 1] == '\n') continue;
      starts_.push_back(static_cast<std::uint32_t>(i + 1));
    }
  }
}

LineCol LineMap::locate(std::string_view source, std::uint32_t offset) const {
  if (starts_.empty()) return {1, 1};
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(source.size()));
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const auto line = static_cast<std::uint32_t>(it - starts_.begin());
  const std::uint32_t start = starts_[line - 1];
  auto col = utf8::count_code_points(source.substr(start, offset - start));
  // A UTF-8 byte-order mark is not a character an editor shows: columns on line 1 skip it.
  if (start == 0 && offset >= 3 && source.substr(0, 3) == "\xEF\xBB\xBF") --col;
  return {line, static_cast<std::uint32_t>(col + 1)};
}

std::uint32_t LineMap::line_start(std::uint32_t line, std::size_t source_size) const {
  if (line >= 1 && line <= starts_.size()) return starts_[line - 1];
  return static_cast<std::uint32_t>(source_size);
}

LineCol LineCursor::locate(std::uint32_t offset) {
  const std::string_view source = doc_->source;
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(source.size()));
  if (valid_ && offset >= offset_ && offset < next_line_) {
    at_.column += static_cast<std::uint32_t>(
        utf8::count_code_points(source.substr(offset_, offset - offset_)));
    offset_ = offset;
    return at_;
  }
  at_ = doc_->locate(offset);
  offset_ = offset;
  next_line_ = doc_->lines.line_start(at_.line + 1, source.size());
  if (next_line_ <= offset) next_line_ = static_cast<std::uint32_t>(source.size()) + 1;
  valid_ = true;
  return at_;
}

std::uint32_t Block::source_offset(std::uint32_t text_pos) const {
  if (pieces.empty()) return 0;
  // First piece whose text range ends after text_pos.
  const auto it = std::upper_bound(
      pieces.begin(), pieces.end(), text_pos,
      [](std::uint32_t pos, const Piece& p) { return pos < p.text_begin + p.length; });
  if (it == pieces.end()) {
    const Piece& last = pieces.back();
    return last.source_begin + last.length;
  }
  if (text_pos < it->text_begin) return it->source_begin;  // inserted separator
  return it->source_begin + (text_pos - it->text_begin);
}

std::string_view Document::segment_text(const Segment& s) const {
  const std::string& t = blocks.at(s.block).text;
  return std::string_view(t).substr(s.span.begin, s.span.size());
}

Span Document::source_span(std::uint32_t block, Span in_block) const {
  const Block& b = blocks.at(block);
  const std::uint32_t begin = b.source_offset(in_block.begin);
  std::uint32_t end = begin;
  if (in_block.end > in_block.begin) {
    // Map the last byte, then step past it, so a span never swallows a gap after it.
    end = b.source_offset(in_block.end - 1) + 1;
  }
  return {begin, std::max(begin, end)};
}

}  // namespace factlint
