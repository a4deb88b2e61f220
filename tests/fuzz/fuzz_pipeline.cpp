// libFuzzer target: arbitrary bytes through the whole pipeline — read (text and Markdown),
// segment, extract, then align, check and every report format on two versions.
//
// The first byte picks the reader and the languages; the rest is the file. A record separator
// (0x1E) in it splits the file into two versions; without one, the second version is the same
// bytes read in another language. Besides the sanitizers' checks, every offset and index the
// stages hand out is checked, since a wrong offset is what turns into a wrong line:column or
// an out-of-bounds read downstream.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "cli/pipeline.hpp"
#include "extract/extractor.hpp"
#include "read/reader.hpp"
#include "report/html_reporter.hpp"
#include "report/reporter.hpp"
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

void check_report(const Report& r) {
  for (const Finding& f : r.findings) {
    require(f.doc < r.documents.size());
    require(f.span.begin <= f.span.end && f.span.end <= r.documents[f.doc].source.size());
    for (const auto d : f.docs) require(d < r.documents.size());
    for (const auto i : f.facts) require(i < r.facts.size());
    require(!f.rule.empty() && !f.message.empty());
  }
  for (const auto& id : report::format_ids()) {
    const auto out = report::render(id, r);
    require(static_cast<bool>(out) && !out->empty());
  }
  require(!report::render_html(r).empty());
}

/// The whole pipeline on two versions, with the default rules.
void check_pipeline(const std::string& a, const char* lang_a, const std::string& b,
                    const char* lang_b, const char* format) {
  static const auto rules = cli::load_rule_set({});
  require(static_cast<bool>(rules));
  std::vector<Document> docs;
  for (const auto& [text, lang] : {std::pair{&a, lang_a}, std::pair{&b, lang_b}}) {
    auto doc = read::read_string(std::string("fuzz.") + lang, lang, *text, format);
    if (!doc) return;
    docs.push_back(std::move(doc).value());
  }
  const Report r = cli::analyze(std::move(docs), 0, &*rules);
  for (const Document& d : r.documents) check_document(d);
  check_report(r);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t selector = data[0];
  constexpr std::size_t n_languages = sizeof kLanguages / sizeof kLanguages[0];
  const char* lang = kLanguages[selector % n_languages];
  const char* other = kLanguages[(selector / n_languages + 1 + selector) % n_languages];
  const char* format = (selector & 0x80U) != 0 ? "markdown" : "text";
  const std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  if (const auto sep = bytes.find('\x1e'); sep != std::string::npos) {
    check_pipeline(bytes.substr(0, sep), lang, bytes.substr(sep + 1), other, format);
  } else {
    check_pipeline(bytes, lang, bytes, other, format);
  }
  auto doc = read::read_string("fuzz-input", lang, bytes, format);
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
  std::vector<Fact> both = facts;
  for (Fact f : facts) {
    f.doc = 1;
    both.push_back(f);
  }
  segment::mark_cross_document_boilerplate(docs, both);
  check_document(docs[0]);
  return 0;
}
