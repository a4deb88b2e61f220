// Tests for the Markdown reader: what is kept, what is dropped, and exact source offsets.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "dump.hpp"
#include "read/reader.hpp"

using namespace factlint;

namespace {

Document read_md(const std::string& text) {
  auto doc = read::read_string("t.en.md", "en", text, "markdown");
  REQUIRE(doc.ok());
  const std::string broken = testing::check_pieces(*doc);
  CHECK_MESSAGE(broken.empty(), broken);
  return std::move(doc).value();
}

std::vector<std::string> texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) out.push_back(b.text);
  return out;
}

std::vector<BlockKind> kinds(const Document& doc) {
  std::vector<BlockKind> out;
  for (const Block& b : doc.blocks) out.push_back(b.kind);
  return out;
}

/// The source text under a span of block `b`'s text.
std::string source_of(const Document& doc, std::uint32_t b, std::string_view needle) {
  const std::string& text = doc.blocks[b].text;
  const auto pos = static_cast<std::uint32_t>(text.find(needle));
  REQUIRE(pos != std::string::npos);
  const Span s = doc.source_span(b, {pos, pos + static_cast<std::uint32_t>(needle.size())});
  return doc.source.substr(s.begin, s.size());
}

}  // namespace

TEST_CASE("headings, paragraphs, lists, quotes and table cells become blocks") {
  const Document doc = read_md(
      "# Port budget\n"
      "\n"
      "The port will spend **4.5 million** euros.\n"
      "\n"
      "- first item\n"
      "- second item\n"
      "\n"
      "> A quote of 12 words.\n"
      "\n"
      "| Year | Cost |\n"
      "| ---- | ---- |\n"
      "| 2024 | 1.5  |\n");
  CHECK(texts(doc) == std::vector<std::string>{
                          "Port budget", "The port will spend 4.5 million euros.", "first item",
                          "second item", "A quote of 12 words.", "Year", "Cost", "2024", "1.5"});
  CHECK(kinds(doc) == std::vector<BlockKind>{
                          BlockKind::heading, BlockKind::paragraph, BlockKind::list_item,
                          BlockKind::list_item, BlockKind::quote, BlockKind::table_cell,
                          BlockKind::table_cell, BlockKind::table_cell, BlockKind::table_cell});
  CHECK(source_of(doc, 1, "4.5 million") == "4.5 million");
  CHECK(doc.locate(doc.blocks[8].source_offset(0)).line == 12);
  CHECK(doc.locate(doc.blocks[8].source_offset(0)).column == 10);
}

TEST_CASE("emphasis markers and link targets are dropped, link text and inline code kept") {
  const Document doc =
      read_md("Costs *rose* by [12 percent](https://example.com/12) in `2023` and __more__.\n");
  REQUIRE(doc.blocks.size() == 1);
  CHECK(doc.blocks[0].text == "Costs rose by 12 percent in 2023 and more.");
  CHECK(source_of(doc, 0, "12 percent") == "12 percent");
  CHECK(source_of(doc, 0, "rose by 12") == "rose* by [12");
  CHECK(source_of(doc, 0, "2023") == "2023");
}

TEST_CASE("code blocks, HTML blocks, comments, images and front matter are skipped") {
  const Document doc = read_md(
      "---\n"
      "title: Budget 2024\n"
      "---\n"
      "\n"
      "Before the code.\n"
      "\n"
      "```\n"
      "price = 99\n"
      "```\n"
      "\n"
      "    indented 42\n"
      "\n"
      "<!-- a comment with 7 -->\n"
      "\n"
      "<div>html 8</div>\n"
      "\n"
      "Text ![chart of 5 years](c.png) and <span>inline</span> end.\n");
  CHECK(texts(doc) == std::vector<std::string>{"Before the code.", "Text  and inline end."});
}

TEST_CASE("an unclosed front matter fence is a thematic break") {
  const Document doc = read_md("---\nStill text.\n");
  CHECK(texts(doc) == std::vector<std::string>{"Still text."});
}

TEST_CASE("soft breaks join with a space; hard breaks too; CJK joins without one") {
  const Document doc = read_md("first line\nsecond line  \nthird\n\n日本の\n港です。\n");
  CHECK(texts(doc) == std::vector<std::string>{"first line second line third", "日本の港です。"});
  CHECK(source_of(doc, 0, "second") == "second");
  CHECK(source_of(doc, 0, "line second") == "line\nsecond");
}

TEST_CASE("entities are decoded and mapped onto the entity in the source") {
  const Document doc = read_md("Costs &euro;5&nbsp;million &amp; more &#8212; &bogus; &#x41;.\n");
  REQUIRE(doc.blocks.size() == 1);
  const Block& b = doc.blocks[0];
  CHECK(b.text == "Costs €5\xC2\xA0million & more — &bogus; A.");
  const auto five = static_cast<std::uint32_t>(b.text.find('5'));
  CHECK(b.source_offset(five) == doc.source.find('5'));
  const auto euro = static_cast<std::uint32_t>(b.text.find("€"));
  CHECK(b.source_offset(euro) == doc.source.find("&euro;"));
}

TEST_CASE("nested lists and loose list items") {
  const Document doc = read_md(
      "1. outer one\n"
      "   - inner a\n"
      "   - inner b\n"
      "2. outer two\n"
      "\n"
      "   with a second paragraph\n");
  CHECK(texts(doc) == std::vector<std::string>{"outer one", "inner a", "inner b", "outer two",
                                               "with a second paragraph"});
  for (const Block& b : doc.blocks) CHECK(b.kind == BlockKind::list_item);
}

TEST_CASE("CRLF Markdown keeps exact offsets") {
  const std::string text = "# Title\r\n\r\nOne line\r\nnext line.\r\n";
  const Document doc = read_md(text);
  REQUIRE(doc.blocks.size() == 2);
  CHECK(doc.blocks[1].text == "One line next line.");
  CHECK(source_of(doc, 1, "next") == "next");
  CHECK(doc.locate(doc.blocks[1].source_offset(9)).line == 4);
}
