// Tests for the plain text reader: lines, wrapped prose and the piece mapping.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "dump.hpp"
#include "read/reader.hpp"

using namespace factlint;

namespace {

Document read_text(const std::string& text) {
  auto doc = read::read_string("t.en.txt", "en", text, "text");
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

}  // namespace

TEST_CASE("web-scraped text: every line is its own block") {
  const Document doc = read_text(
      "Harbour authority approves new ferry terminal\n"
      "41\n"
      "7\n"
      "Mara Holt | Coastal Wire | Photo Desk\n"
      "The harbour authority approved a terminal that will cost 212 million kronor, officials "
      "said on Tuesday after a long debate about the budget of the port.\n"
      "Construction starts in spring.\n");
  CHECK(texts(doc) == std::vector<std::string>{
                          "Harbour authority approves new ferry terminal", "41", "7",
                          "Mara Holt | Coastal Wire | Photo Desk",
                          "The harbour authority approved a terminal that will cost 212 million "
                          "kronor, officials said on Tuesday after a long debate about the budget "
                          "of the port.",
                          "Construction starts in spring."});
}

TEST_CASE("hard-wrapped prose is joined with a space that maps to no source byte") {
  const std::string text =
      "The committee met on Monday and agreed that the new budget of 4.5 million\n"
      "euros would be spread over three years, with the first payment due in\n"
      "March.\n"
      "\n"
      "A second paragraph, also wrapped at the same width, follows the first one\n"
      "after a blank line.\n";
  const Document doc = read_text(text);
  REQUIRE(doc.blocks.size() == 2);
  const Block& b = doc.blocks[0];
  CHECK(b.text ==
        "The committee met on Monday and agreed that the new budget of 4.5 million euros would be "
        "spread over three years, with the first payment due in March.");
  CHECK(b.pieces.size() == 3);
  // "euros" starts line 2; its offset in the text is one past the inserted space.
  const auto euros = static_cast<std::uint32_t>(b.text.find("euros"));
  CHECK(b.source_offset(euros) == text.find("euros"));
  CHECK(doc.locate(b.source_offset(euros)).line == 2);
  CHECK(doc.locate(b.source_offset(euros)).column == 1);
  // The inserted space maps to the start of the next line.
  CHECK(b.source_offset(euros - 1) == text.find("euros"));
  // A span across the join covers the source bytes including the line break.
  const auto million = static_cast<std::uint32_t>(b.text.find("million"));
  const Span src = doc.source_span(0, {million, euros + 5});
  CHECK(std::string_view(doc.source).substr(src.begin, src.size()) == "million\neuros");
}

TEST_CASE("a short title above wrapped prose stays its own block") {
  const Document doc = read_text(
      "Budget agreed\n"
      "The committee met on Monday and agreed that the new budget of 4.5 million\n"
      "euros would be spread over three years.\n");
  CHECK(texts(doc) == std::vector<std::string>{
                          "Budget agreed",
                          "The committee met on Monday and agreed that the new budget of 4.5 "
                          "million euros would be spread over three years."});
}

TEST_CASE("list items inside wrapped text start new blocks") {
  const Document doc = read_text(
      "The plan has three parts that the committee discussed at length during the\n"
      "meeting:\n"
      "- a new terminal for passenger ferries and the cargo ships of the region,\n"
      "  paid for by the port\n"
      "- a bridge\n");
  CHECK(texts(doc) ==
        std::vector<std::string>{
            "The plan has three parts that the committee discussed at length during the meeting:",
            "- a new terminal for passenger ferries and the cargo ships of the region, paid for "
            "by the port",
            "- a bridge"});
}

TEST_CASE("CRLF and lone CR end lines; indentation and trailing spaces are trimmed") {
  const std::string text = "  First line  \r\nSecond line\rThird line\r\n\r\n";
  const Document doc = read_text(text);
  CHECK(texts(doc) == std::vector<std::string>{"First line", "Second line", "Third line"});
  CHECK(doc.blocks[0].source_offset(0) == 2);
  CHECK(doc.locate(doc.blocks[1].source_offset(0)).line == 2);
  CHECK(doc.locate(doc.blocks[2].source_offset(0)).line == 3);
}

TEST_CASE("wrapped Japanese joins without a space") {
  const std::string line1 =
      "政府は月曜日に新しい港湾ターミナルの建設を承認し、総工費は二億一千二百万円になると発表し";
  const std::string line2 = "た。工事は春に始まる予定です。";
  const Document doc = read_text(line1 + "\n" + line2 + "\n");
  // The first line is wide enough (in columns) to be wrapped text, and the second line's first
  // "word" is the whole line: it would not have fit, so the lines are joined.
  REQUIRE(doc.blocks.size() == 1);
  CHECK(doc.blocks[0].text == line1 + line2);
}

TEST_CASE("furniture lines under a line of the same paragraph are not joined to it") {
  // Two lines, the first the widest: by width alone the second would be its continuation.
  const Document bar = read_text(
      "Mehr zum Thema: Exporte brechen um 5 Prozent ein (12.06.2024)\n"
      "Kommentare (23) | Teilen\n");
  CHECK(texts(bar) ==
        std::vector<std::string>{"Mehr zum Thema: Exporte brechen um 5 Prozent ein (12.06.2024)",
                                 "Kommentare (23) | Teilen"});
  // A capital after a figure or a bracket starts a line of its own.
  const Document capital = read_text(
      "Related: exports fall by 5 percent in a single month (June 12)\n"
      "Photo: AFP and Getty Images\n");
  CHECK(texts(capital).size() == 2);
  // A lowercase continuation after a figure is still wrapped prose.
  const Document prose = read_text(
      "The harbour authority approved a terminal that will cost 212\n"
      "million kronor, officials said on Tuesday after a long debate.\n");
  CHECK(texts(prose).size() == 1);
}
