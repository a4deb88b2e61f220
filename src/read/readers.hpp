// Internal interface of the readers: the registry entry, the block builder and shared helpers.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"

namespace factlint::read {

/// Parses valid UTF-8 `source` (the whole file) from byte `body_begin` (past a UTF-8 BOM) into
/// blocks whose pieces point into `source`.
using ParseFn = std::vector<Block> (*)(std::string_view source, std::uint32_t body_begin);

/// One reader of the registry: its id, the file name endings it claims and its parser.
struct ReaderEntry {
  std::string_view id;                        ///< lower-kebab reader id ("text", "markdown")
  std::span<const std::string_view> endings;  ///< lowercase file name endings (".md")
  ParseFn parse;                              ///< the parser
};

/// Every reader of this build, in a fixed order (registry.cpp).
[[nodiscard]] std::span<const ReaderEntry> registry();

/// The reader with id `id`, or nullptr.
[[nodiscard]] const ReaderEntry* find_reader(std::string_view id);

/// Plain text: paragraphs and lines (text_reader.cpp).
[[nodiscard]] std::vector<Block> parse_text(std::string_view source, std::uint32_t body_begin);

/// CommonMark with tables and strikethrough via md4c (markdown_reader.cpp).
[[nodiscard]] std::vector<Block> parse_markdown(std::string_view source, std::uint32_t body_begin);

/// Assembles one block: runs copied from the source become pieces, separators do not.
class BlockBuilder {
 public:
  /// Starts an empty block of `kind`.
  explicit BlockBuilder(BlockKind kind = BlockKind::paragraph) { block_.kind = kind; }

  /// Appends `length` source bytes starting at `source_begin` (merged with the previous piece
  /// when both are contiguous).
  void append_source(std::string_view source, std::uint32_t source_begin, std::uint32_t length);

  /// Appends `text` that stands for the `text.size()` source bytes starting at `source_begin`
  /// (a decoded entity; the source run must be at least as long).
  void append_mapped(std::string_view text, std::uint32_t source_begin);

  /// Appends a separator the reader inserted (mapped to the next piece's start).
  void append_separator(std::string_view text) { block_.text += text; }

  /// True when no byte has been appended.
  [[nodiscard]] bool empty() const { return block_.text.empty(); }

  /// The text so far.
  [[nodiscard]] const std::string& text() const { return block_.text; }

  /// Drops leading and trailing whitespace and, unless the block is blank, appends it to `out`;
  /// then resets the builder to an empty block of `next_kind`.
  void finish(std::vector<Block>& out, BlockKind next_kind = BlockKind::paragraph);

 private:
  Block block_;
};

/// True for code points of scripts written without spaces between words (Han, kana, and the
/// full-width forms), where a line break joins without a space.
[[nodiscard]] bool is_unspaced_script(char32_t cp);

/// Display width of a code point in columns: 2 for East Asian wide and full-width, else 1.
[[nodiscard]] int display_width(char32_t cp);

}  // namespace factlint::read
