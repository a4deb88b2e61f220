// Document: one language version of the content, its blocks, segments and line map.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace factlint {

/// Byte offsets into a string, half-open [begin, end).
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  [[nodiscard]] std::uint32_t size() const { return end - begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

/// A 1-based line and column; the column counts Unicode code points.
struct LineCol {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
};

/// Maps byte offsets of a source file to lines and columns.
class LineMap {
 public:
  LineMap() = default;
  /// Indexes the line starts of `source` ("\n", "\r\n" and lone "\r" end a line).
  explicit LineMap(std::string_view source);
  /// Line and column (code points) of byte `offset` in the indexed source.
  [[nodiscard]] LineCol locate(std::string_view source, std::uint32_t offset) const;
  /// Byte offset where 1-based line `line` starts; the source size past the last line.
  [[nodiscard]] std::uint32_t line_start(std::uint32_t line, std::size_t source_size) const;

 private:
  std::vector<std::uint32_t> starts_;
};

/// What a block was in the source markup.
enum class BlockKind : std::uint8_t { paragraph, heading, list_item, quote, table_cell };

/// A run of block text copied verbatim from the source.
struct Piece {
  std::uint32_t text_begin = 0;    ///< offset in Block::text
  std::uint32_t source_begin = 0;  ///< offset in Document::source
  std::uint32_t length = 0;        ///< bytes, the same in both
};

/// A paragraph-level unit of content with its markup removed.
///
/// `text` is what a reader sees (link text kept, emphasis markers, code and comments dropped).
/// `pieces` map it back to the source: every byte of `text` lies in exactly one piece, pieces
/// are sorted by `text_begin`, and bytes between pieces (if any) are separators the reader
/// inserted (a space for a soft line break), which map to the next piece's start.
struct Block {
  BlockKind kind = BlockKind::paragraph;
  /// The id of the translation unit this block is (a PO entry, an XLIFF unit), empty when the
  /// format has none. Blocks with the same unit id in two versions are aligned with certainty.
  std::string unit;
  std::string text;
  std::vector<Piece> pieces;

  /// Source byte offset of byte `text_pos` of `text` (`text_pos == text.size()` maps to the
  /// end of the last piece).
  [[nodiscard]] std::uint32_t source_offset(std::uint32_t text_pos) const;
};

/// A sentence (or heading, list item, short line) inside one block.
struct Segment {
  std::uint32_t block = 0;         ///< index into Document::blocks
  Span span;                       ///< byte span inside that block's text
  bool boilerplate = false;        ///< site furniture: counters, prompts, bios, newsletter blurbs
  std::string boilerplate_reason;  ///< why it was marked, for --verbose and reports
};

struct Document;

/// Line and column lookups over one document for offsets that mostly increase (facts and
/// findings in text order): each costs the bytes walked since the previous one, where
/// Document::locate counts from the start of the line every time (quadratic over one long line).
class LineCursor {
 public:
  explicit LineCursor(const Document& doc) : doc_(&doc) {}
  /// Line and column of byte `offset`, the same as Document::locate.
  [[nodiscard]] LineCol locate(std::uint32_t offset);

 private:
  const Document* doc_;
  bool valid_ = false;
  std::uint32_t offset_ = 0;     ///< the last offset located
  std::uint32_t next_line_ = 0;  ///< where the line after it starts
  LineCol at_;
};

/// One language version of an article set.
struct Document {
  std::string path;    ///< as given on the command line (used in reports)
  std::string lang;    ///< canonical BCP 47 tag ("de", "pt-BR", "zh-Hant")
  std::string format;  ///< reader id: "text", "markdown", …
  std::string source;  ///< the file's bytes, valid UTF-8 (a UTF-8 BOM is kept but skipped)
  LineMap lines;       ///< over `source`
  std::vector<Block> blocks;
  std::vector<Segment> segments;  ///< filled by the segment stage, in document order

  /// The text of a segment (a view into its block's text).
  [[nodiscard]] std::string_view segment_text(const Segment& s) const;
  /// Source byte span of a span inside block `block`'s text.
  [[nodiscard]] Span source_span(std::uint32_t block, Span in_block) const;
  /// Line and column of a source byte offset.
  [[nodiscard]] LineCol locate(std::uint32_t offset) const { return lines.locate(source, offset); }
};

}  // namespace factlint
