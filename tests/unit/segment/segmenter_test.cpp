// Tests for sentence segmentation: ICU breaks, exceptions, trimming and offset mapping.
#include "segment/segmenter.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

#include "read/reader.hpp"

using namespace factlint;

namespace {

Document segmented(const std::string& lang, const std::string& text,
                   std::string_view format = "text") {
  auto doc = read::read_string("t.txt", lang, text, format);
  REQUIRE(doc.ok());
  segment::segment_document(*doc);
  return std::move(doc).value();
}

std::vector<std::string> sentences(const Document& doc) {
  std::vector<std::string> out;
  for (const Segment& s : doc.segments) out.emplace_back(doc.segment_text(s));
  return out;
}

}  // namespace

TEST_CASE("sentences are split inside blocks, never across them, and trimmed") {
  const Document doc = segmented("en", "First one. Second one!  Third?\n\nNext block. Last.\n");
  CHECK(sentences(doc) ==
        std::vector<std::string>{"First one.", "Second one!", "Third?", "Next block.", "Last."});
  CHECK(doc.segments[2].block == 0);
  CHECK(doc.segments[3].block == 1);
  for (const Segment& s : doc.segments) {
    CHECK(s.span.end <= doc.blocks[s.block].text.size());
    const std::string_view t = doc.segment_text(s);
    CHECK(t.front() != ' ');
    CHECK(t.back() != ' ');
  }
}

TEST_CASE("abbreviations from ICU's exception data and generic shapes do not split") {
  CHECK(sentences(segmented("en", "Mr. Berg met Dr. Aalto and J. Smith. They agreed.")) ==
        std::vector<std::string>{"Mr. Berg met Dr. Aalto and J. Smith.", "They agreed."});
  CHECK(sentences(segmented("de", "Es kostet z. B. 1,2 Mrd. Euro ab dem 3. Juli. Dann nicht.")) ==
        std::vector<std::string>{"Es kostet z. B. 1,2 Mrd. Euro ab dem 3. Juli.", "Dann nicht."});
  CHECK(sentences(segmented("fr", "M. Dupont a signé. Le port paiera.")) ==
        std::vector<std::string>{"M. Dupont a signé.", "Le port paiera."});
}

TEST_CASE("an exception matches whole tokens only (German 'am.' does not glue 'kam.')") {
  CHECK(sentences(segmented("de", "Er kam. Sie nahm es. Dann ging er.")) ==
        std::vector<std::string>{"Er kam.", "Sie nahm es.", "Dann ging er."});
}

TEST_CASE("ordinal dots only where the locale writes ordinals with a dot") {
  // English writes "3rd": a number ending a sentence still ends it.
  CHECK(sentences(segmented("en", "The vote was 12. Then it rained.")).size() == 2);
  CHECK(sentences(segmented("de", "Am 12. Mai stimmten sie ab.")).size() == 1);
  // A date with dots and spaces stays whole.
  CHECK(sentences(segmented("cs", "Zákon platí od 3. 7. 2023. Pak ne.")) ==
        std::vector<std::string>{"Zákon platí od 3. 7. 2023.", "Pak ne."});
}

TEST_CASE("UTF-16 indices map back to UTF-8 bytes (astral characters, CJK)") {
  const Document doc = segmented("ja", "港は🚢新しい。工事は𠮷日に始まる。終わり。");
  CHECK(sentences(doc) ==
        std::vector<std::string>{"港は🚢新しい。", "工事は𠮷日に始まる。", "終わり。"});
  const Span src = doc.source_span(0, doc.segments[1].span);
  CHECK(doc.source.substr(src.begin, src.size()) == "工事は𠮷日に始まる。");
}

TEST_CASE("a language ICU has no sentence data for still segments") {
  const Document doc = segmented("sw", "Bandari itajengwa. Kazi itaanza Aprili.");
  CHECK(sentences(doc).size() == 2);
}

TEST_CASE("segmentation is linear in the block size") {
  std::string text;
  while (text.size() < (4U << 20)) text += "Der Hafen kostet 1,2 Mrd. Euro und z. B. mehr. ";
  const auto start = std::chrono::steady_clock::now();
  const Document doc = segmented("de", text);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(doc.segments.size() > 80000);
  CHECK(seconds < 30.0);  // generous for sanitizer builds
}
