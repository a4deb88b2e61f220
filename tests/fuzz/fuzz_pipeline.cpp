// libFuzzer target: arbitrary bytes through read (text and Markdown), segment and extract.
//
// The first byte picks the reader and the language; the rest is the file. Besides the
// sanitizers' checks, every offset the stages hand out is checked against the source, since a
// wrong offset is what turns into a wrong line:column or an out-of-bounds read downstream.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "extract/extractor.hpp"
#include "read/reader.hpp"
#include "segment/segmenter.hpp"

namespace {

using namespace factlint;

constexpr const char* kLanguages[] = {"en", "de", "fr", "sv", "id", "ja", "zh-Hant", "ar"};

void require(bool ok) {
  if (!ok) std::abort();
}

void check_document(const Document& doc) {
  const auto source_size = static_cast<std::uint32_t>(doc.source.size());
  for (const Block& b : doc.blocks) {
    require(!b.text.empty() && !b.pieces.empty());
    std::uint32_t text_end = 0;
    for (const Piece& p : b.pieces) {
      require(p.length > 0 && p.text_begin >= text_end);
      require(p.text_begin + p.length <= b.text.size());
      require(p.source_begin + p.length <= source_size);
      text_end = p.text_begin + p.length;
    }
    require(b.source_offset(static_cast<std::uint32_t>(b.text.size())) <= source_size);
  }
  std::uint32_t previous_block = 0;
  for (const Segment& s : doc.segments) {
    require(s.block < doc.blocks.size() && s.block >= previous_block);
    previous_block = s.block;
    require(s.span.begin < s.span.end && s.span.end <= doc.blocks[s.block].text.size());
    require(s.boilerplate == !s.boilerplate_reason.empty());
    const Span src = doc.source_span(s.block, s.span);
    require(src.begin <= src.end && src.end <= source_size);
    const LineCol at = doc.locate(src.begin);
    require(at.line >= 1 && at.column >= 1);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t selector = data[0];
  const char* lang = kLanguages[selector % (sizeof kLanguages / sizeof kLanguages[0])];
  const char* format = (selector & 0x80U) != 0 ? "markdown" : "text";
  std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  auto doc = read::read_string("fuzz-input", lang, std::move(bytes), format);
  if (!doc) {
    require(!doc.error().message.empty());
    return 0;
  }
  check_document(*doc);
  segment::segment_document(*doc);
  check_document(*doc);
  const std::vector<Fact> facts = extract::extract_document(*doc, 0);
  for (const Fact& f : facts) {
    require(f.span.begin <= f.span.end && f.span.end <= doc->source.size());
    require(f.segment < doc->segments.size());
  }
  // Two versions of the same text: cross-document marking must neither crash nor unmark.
  std::vector<Document> docs{*doc, *doc};
  segment::mark_cross_document_boilerplate(docs);
  check_document(docs[0]);
  return 0;
}
