// Test helpers: document dumps and piece invariant checks.
#include "dump.hpp"

#include <fstream>
#include <sstream>

namespace factlint::testing {
namespace {

const char* kind_name(BlockKind kind) {
  switch (kind) {
    case BlockKind::paragraph:
      return "paragraph";
    case BlockKind::heading:
      return "heading";
    case BlockKind::list_item:
      return "list-item";
    case BlockKind::quote:
      return "quote";
    case BlockKind::table_cell:
      return "table-cell";
  }
  return "?";
}

std::string at(const Document& doc, std::uint32_t offset) {
  const LineCol lc = doc.locate(offset);
  return std::to_string(lc.line) + ":" + std::to_string(lc.column);
}

}  // namespace

std::string dump_document(const Document& doc) {
  std::ostringstream out;
  out << "lang " << doc.lang << ", format " << doc.format << ", " << doc.blocks.size()
      << " blocks, " << doc.segments.size() << " segments\n";
  std::size_t next = 0;
  for (std::uint32_t b = 0; b < doc.blocks.size(); ++b) {
    const Block& block = doc.blocks[b];
    out << "block " << b << " " << kind_name(block.kind) << " " << at(doc, block.source_offset(0))
        << "\n";
    for (; next < doc.segments.size() && doc.segments[next].block == b; ++next) {
      const Segment& s = doc.segments[next];
      const Span src = doc.source_span(b, s.span);
      out << "  " << at(doc, src.begin) << "-" << at(doc, src.end) << " "
          << (s.boilerplate ? "BOILERPLATE " : "") << "|" << doc.segment_text(s) << "|";
      if (s.boilerplate) out << " (" << s.boilerplate_reason << ")";
      out << "\n";
    }
  }
  return out.str();
}

std::string check_pieces(const Document& doc) {
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    const Block& block = doc.blocks[b];
    const std::string where = "block " + std::to_string(b) + ": ";
    if (block.pieces.empty()) return where + "no pieces";
    std::uint32_t text_end = 0;
    std::uint32_t source_end = 0;
    for (const Piece& p : block.pieces) {
      if (p.length == 0) return where + "empty piece";
      if (p.text_begin < text_end) return where + "pieces overlap in the text";
      if (p.source_begin < source_end) return where + "pieces go backwards in the source";
      if (p.text_begin + p.length > block.text.size()) return where + "piece past the text";
      if (p.source_begin + p.length > doc.source.size()) return where + "piece past the source";
      const std::string_view text = std::string_view(block.text).substr(p.text_begin, p.length);
      const std::string_view src = std::string_view(doc.source).substr(p.source_begin, p.length);
      if (text != src && src.front() != '&') {
        return where + "piece text '" + std::string(text) + "' differs from source '" +
               std::string(src) + "'";
      }
      text_end = p.text_begin + p.length;
      source_end = p.source_begin + p.length;
    }
    // Bytes between pieces must be inserted separators (spaces) only.
    std::uint32_t covered = 0;
    for (const Piece& p : block.pieces) {
      for (std::uint32_t i = covered; i < p.text_begin; ++i) {
        if (block.text[i] != ' ') return where + "unmapped non-space byte in the text";
      }
      covered = p.text_begin + p.length;
    }
    if (covered != block.text.size()) return where + "text ends after the last piece";
  }
  for (const Segment& s : doc.segments) {
    if (s.block >= doc.blocks.size()) return "segment with a bad block";
    if (s.span.end > doc.blocks[s.block].text.size() || s.span.begin >= s.span.end) {
      return "segment with a bad span";
    }
  }
  return {};
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace factlint::testing
