// Tests for boilerplate marking: shape and position in one document, counterparts across versions.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/extractor.hpp"
#include "read/reader.hpp"
#include "segment/segmenter.hpp"

using namespace factlint;

namespace {

Document segmented(const std::string& lang, const std::string& text,
                   std::string_view format = "text") {
  auto doc = read::read_string("t.txt", lang, text, format);
  REQUIRE(doc.ok());
  segment::segment_document(*doc);
  return std::move(doc).value();
}

/// The boilerplate reason of the segment whose text is `text` ("-" when it is content).
std::string mark_of(const Document& doc, std::string_view text) {
  for (const Segment& s : doc.segments) {
    if (doc.segment_text(s) == text) return s.boilerplate ? s.boilerplate_reason : "-";
  }
  FAIL("no segment '" << text << "'");
  return {};
}

/// The facts of every version, as the pipeline extracts them.
std::vector<Fact> facts_of(const std::vector<Document>& docs) {
  std::vector<Fact> facts;
  for (std::uint32_t d = 0; d < docs.size(); ++d) {
    auto f = extract::extract_document(docs[d], d);
    facts.insert(facts.end(), f.begin(), f.end());
  }
  return facts;
}

const std::string kBody =
    "The council of Varberg approved a budget of 48.2 million kronor for the new school on "
    "Monday evening.\n"
    "Work on the building begins in May and should take about 18 months, the council said in "
    "a statement.\n"
    "Parents had asked for the school for years, and the vote passed with 31 votes to 14 after a "
    "long debate.\n";

}  // namespace

TEST_CASE("bare numbers, symbols, credit lines and counters are furniture anywhere") {
  const Document doc = segmented(
      "en",
      "New school for Varberg approved by the council\n120\n4\nLena Ek | West Post | Photo "
      "Archive\n" +
          kBody + "×\n3 of 7 readers liked this\n" + kBody);
  CHECK(mark_of(doc, "120") == "no words: a bare number or symbol");
  CHECK(mark_of(doc, "4") == "no words: a bare number or symbol");
  CHECK(mark_of(doc, "×") == "no words: a bare number or symbol");
  CHECK(mark_of(doc, "Lena Ek | West Post | Photo Archive") ==
        "credit line: short parts between separators");
  CHECK(mark_of(doc, "3 of 7 readers liked this") == "counter: two numbers in a short line");
  CHECK(mark_of(doc, "New school for Varberg approved by the council") == "-");
}

TEST_CASE("short lines and prompts before the body; a furniture run after it") {
  const Document doc = segmented("en",
                                 "Sign in to comment!\nEducation\nNew school for Varberg approved "
                                 "by the council\n" +
                                     kBody +
                                     "Share this:\nMore from West Post\nTown hall\nA quiet night "
                                     "at the harbour ends with a big catch for the boats.\n");
  CHECK(mark_of(doc, "Sign in to comment!") == "prompt before the body");
  CHECK(mark_of(doc, "Education") == "short line before the body");
  CHECK(mark_of(doc, "New school for Varberg approved by the council") == "-");
  CHECK(mark_of(doc, "Share this:") == "after the article body");
  CHECK(mark_of(doc, "Town hall") == "after the article body");
  CHECK(mark_of(doc, "A quiet night at the harbour ends with a big catch for the boats.") ==
        "after the article body");
  for (const Segment& s : doc.segments) {
    if (doc.segment_text(s).find("48.2 million") != std::string_view::npos) {
      CHECK_FALSE(s.boilerplate);
    }
  }
}

TEST_CASE("an author bio at the very end") {
  const Document doc = segmented(
      "en", kBody +
                "Lena Ek writes about schools and local politics for the paper and lives by "
                "the sea.\n");
  CHECK(mark_of(doc,
                "Lena Ek writes about schools and local politics for the paper and lives by "
                "the sea.") == "author bio: a name and a description at the end");
}

TEST_CASE("real content is not furniture") {
  SUBCASE("a closing sentence with a name and a number") {
    const Document doc = segmented(
        "en", kBody + "Mayor Anna Berg said the school would open with 400 pupils in 2026.\n");
    CHECK(mark_of(doc, "Mayor Anna Berg said the school would open with 400 pupils in 2026.") ==
          "-");
  }
  SUBCASE("subheadings between long paragraphs do not start a tail") {
    const Document doc = segmented("en", kBody + "The vote\nWhat comes next\n" + kBody + kBody);
    CHECK(mark_of(doc, "The vote") == "-");
    CHECK(mark_of(doc, "What comes next") == "-");
  }
  SUBCASE("Markdown lists and table cells keep their numbers") {
    const Document doc =
        segmented("en",
                  "# Budget\n\n" + kBody +
                      "\n- 48.2 million\n- 18 months\n\n| Year | Cost |\n|---|---|\n| "
                      "2026 | 12 |\n",
                  "markdown");
    CHECK(mark_of(doc, "48.2 million") == "-");
    CHECK(mark_of(doc, "2026") == "-");
    CHECK(mark_of(doc, "12") == "-");
    CHECK(mark_of(doc, "Budget") == "-");
  }
}

TEST_CASE("head and tail segments without counterparts in other versions") {
  std::vector<Document> docs;
  docs.push_back(segmented(
      "en",
      "Varberg approves a school for 48.2 million kronor\n" + kBody +
          "Subscribe to West Post today and read 3 months for free on every device you own.\n"));
  docs.push_back(segmented(
      "de",
      "Varberg genehmigt eine Schule für 48,2 Millionen Kronen\n"
      "Der Rat von Varberg hat am Montagabend ein Budget von 48,2 Millionen Kronen für die neue "
      "Schule genehmigt.\n"
      "Ein Satz ohne Gegenstück mit der Zahl 77 steht mitten im Text, weil der Übersetzer ihn "
      "ergänzt hat.\n"
      "Die Arbeiten beginnen im Mai und dauern etwa 18 Monate, teilte der Rat mit.\n"
      "Die Abstimmung endete mit 31 zu 14 Stimmen nach einer langen Debatte im Rat.\n"
      "Mehr als 5.000 Leser abonnieren jeden Morgen unseren Newsletter aus der Region.\n"));
  docs.push_back(segmented(
      "sv",
      "Varberg godkänner en skola för 48,2 miljoner kronor\n"
      "Kommunfullmäktige i Varberg godkände på måndagskvällen en budget på 48,2 miljoner kronor "
      "för den nya skolan.\n"
      "Arbetet börjar i maj och tar omkring 18 månader, meddelade fullmäktige.\n"
      "Omröstningen slutade 31 mot 14 efter en lång debatt.\n"));
  segment::mark_cross_document_boilerplate(docs, {});
  CHECK(mark_of(docs[0],
                "Subscribe to West Post today and read 3 months for free on every device you "
                "own.") == "no counterpart in the other versions, after the body");
  CHECK(
      mark_of(docs[1],
              "Mehr als 5.000 Leser abonnieren jeden Morgen unseren Newsletter aus der Region.") ==
      "no counterpart in the other versions, after the body");
  // Inside the body, a sentence without counterpart is extra content, not furniture.
  CHECK(mark_of(docs[1],
                "Ein Satz ohne Gegenstück mit der Zahl 77 steht mitten im Text, weil der "
                "Übersetzer ihn ergänzt hat.") == "-");
  CHECK(mark_of(docs[2], "Varberg godkänner en skola för 48,2 miljoner kronor") == "-");
  CHECK(mark_of(docs[2], "Omröstningen slutade 31 mot 14 efter en lång debatt.") == "-");
}

TEST_CASE("one version alone gets no cross-document marks") {
  std::vector<Document> docs;
  docs.push_back(segmented("en", kBody + "Subscribe today and read 3 months for free, on every "
                                         "device you own and on paper.\n"));
  segment::mark_cross_document_boilerplate(docs, {});
  for (const Segment& s : docs[0].segments) CHECK_FALSE(s.boilerplate);
}

TEST_CASE("a closing sentence anchored by a name that starts it, or by a scaled amount") {
  // The last sentences have no digits in common with the others but for their significant
  // part ("2500万" and "25 million"), or only a name at the start of the sentence ("Orvik").
  std::vector<Document> docs;
  docs.push_back(segmented(
      "en",
      "Orvik Systems will open a battery plant in Tampere next spring, the company said.\n"
      "The plant will employ 300 people and cost 1.2 billion dollars over the next years.\n"
      "The regional fund adds 25 million euros to the cost of the new plant.\n"
      "Orvik expects the site to supply much of its cell output by the end of the decade.\n"));
  docs.push_back(segmented(
      "de",
      "Orvik Systems wird im nächsten Frühjahr eine Batteriefabrik in Tampere eröffnen.\n"
      "Das Werk soll 300 Menschen beschäftigen und 1,2 Milliarden Dollar kosten, hieß es.\n"
      "Der Regionalfonds steuert fünfundzwanzig Millionen Euro zu den Kosten bei.\n"
      "Orvik erwartet, dass der Standort bis Ende des Jahrzehnts viele seiner Zellen liefert.\n"));
  docs.push_back(segmented("zh",
                           "Orvik Systems公司表示，将于明年春天在坦佩雷开设一座电池厂。\n"
                           "该工厂将雇用300人，耗资1.2十亿美元。\n"
                           "地区基金另外为新工厂提供2500万欧元。\n"));
  segment::mark_cross_document_boilerplate(docs, {});
  CHECK(mark_of(docs[1],
                "Orvik erwartet, dass der Standort bis Ende des Jahrzehnts viele seiner Zellen "
                "liefert.") == "-");
  CHECK(mark_of(docs[2], "地区基金另外为新工厂提供2500万欧元。") == "-");
}

TEST_CASE("a sentence-initial word the version also writes in lowercase is no anchor") {
  std::vector<Document> docs;
  docs.push_back(segmented("en", kBody + "Critics said critics were few, and the debate went on "
                                         "for a long time after that.\n"));
  docs.push_back(segmented(
      "de",
      "Der Rat von Varberg hat am Montagabend ein Budget von 48,2 Millionen Kronen für die neue "
      "Schule genehmigt.\n"
      "Die Arbeiten beginnen im Mai und dauern etwa 18 Monate, teilte der Rat mit.\n"
      "Die Abstimmung endete mit 31 zu 14 Stimmen nach einer langen Debatte im Rat.\n"
      "Critics, so nennen sich die Gegner des Projekts, wollen weiter klagen und protestieren.\n"));
  segment::mark_cross_document_boilerplate(docs, {});
  // "Critics" starts both closing sentences, but en also writes "critics": a common word.
  CHECK(mark_of(docs[0],
                "Critics said critics were few, and the debate went on for a long time "
                "after that.") == "no counterpart in the other versions, after the body");
}

TEST_CASE(
    "a closing sentence whose only figure changed keeps its place; two sites' blurbs do not") {
  // Two versions, two scripts: the last sentence shares no figure with the other version's
  // (June 12 against 6月21日) and no name. Its shape — a sentence of prose stating a date of
  // June — is the other version's last sentence's: the same sentence, changed.
  std::vector<Document> docs;
  docs.push_back(segmented("en", kBody + "The new council will meet for the first time on June 12 "
                                         "in the town hall.\n"));
  docs.push_back(
      segmented("ja",
                "ヴァールベリ市議会は月曜日の夜、新しい学校のために4820万クローナの予算を"
                "承認した。\n"
                "工事は5月に始まり、約18か月かかると市議会は声明で述べた。\n"
                "採決は長い議論の末、31対14で可決された。\n"
                "新しい市議会は6月21日に市庁舎で初めて開かれる予定だ。\n"));
  segment::mark_cross_document_boilerplate(docs, facts_of(docs));
  CHECK(mark_of(docs[1], "新しい市議会は6月21日に市庁舎で初めて開かれる予定だ。") == "-");
  CHECK(mark_of(docs[0],
                "The new council will meet for the first time on June 12 in the town "
                "hall.") == "-");

  // Each site's own closing blurb states a figure of another magnitude: still furniture.
  std::vector<Document> sites;
  sites.push_back(segmented(
      "en", kBody + "Subscribe to West Post today and read 3 months for free on every device.\n"));
  sites.push_back(segmented(
      "de",
      "Der Rat von Varberg hat am Montagabend ein Budget von 48,2 Millionen Kronen für die neue "
      "Schule genehmigt.\n"
      "Die Arbeiten beginnen im Mai und dauern etwa 18 Monate, teilte der Rat mit.\n"
      "Die Abstimmung endete mit 31 zu 14 Stimmen nach einer langen Debatte im Rat.\n"
      "Mehr als 5.000 Leser abonnieren jeden Morgen unseren Newsletter aus der Region.\n"));
  segment::mark_cross_document_boilerplate(sites, facts_of(sites));
  CHECK(mark_of(sites[0],
                "Subscribe to West Post today and read 3 months for free on every "
                "device.") == "no counterpart in the other versions, after the body");
  CHECK(mark_of(sites[1],
                "Mehr als 5.000 Leser abonnieren jeden Morgen unseren Newsletter aus der "
                "Region.") == "no counterpart in the other versions, after the body");
}

TEST_CASE("a title whose only figure changed keeps its place") {
  std::vector<Document> docs;
  docs.push_back(
      segmented("en", "Varberg council approves school for 48.2 million kronor\n\n" + kBody));
  docs.push_back(segmented(
      "de",
      "Rat genehmigt Schulneubau für 84,2 Millionen Kronen\n\n"
      "Der Rat von Varberg hat am Montagabend ein Budget von 48,2 Millionen Kronen für die neue "
      "Schule genehmigt.\n"
      "Die Arbeiten beginnen im Mai und dauern etwa 18 Monate, teilte der Rat mit.\n"
      "Die Abstimmung endete mit 31 zu 14 Stimmen nach einer langen Debatte im Rat.\n"));
  segment::mark_cross_document_boilerplate(docs, facts_of(docs));
  // The de title shares no figure or word with any segment of en; its shape, an amount of the
  // same order, is en's title's.
  CHECK(mark_of(docs[1], "Rat genehmigt Schulneubau für 84,2 Millionen Kronen") == "-");
}

TEST_CASE("a changed closing sentence keeps its place where the other versions anchor theirs") {
  // en and de share "12" in their last sentences, so those are in their bodies; ja's, with 21,
  // is compared with the last sentence of prose of each other version, anchored or not.
  std::vector<Document> docs;
  docs.push_back(segmented("en", kBody + "The new council will meet for the first time on June 12 "
                                         "in the town hall.\n"));
  docs.push_back(segmented(
      "de",
      "Der Rat von Varberg hat am Montagabend ein Budget von 48,2 Millionen Kronen für die neue "
      "Schule genehmigt.\n"
      "Die Arbeiten beginnen im Mai und dauern etwa 18 Monate, teilte der Rat mit.\n"
      "Die Abstimmung endete mit 31 zu 14 Stimmen nach einer langen Debatte im Rat.\n"
      "Der neue Rat tritt am 12. Juni zum ersten Mal im Rathaus zusammen.\n"));
  docs.push_back(
      segmented("ja",
                "ヴァールベリ市議会は月曜日の夜、新しい学校のために4820万クローナの予算を"
                "承認した。\n"
                "工事は5月に始まり、約18か月かかると市議会は声明で述べた。\n"
                "採決は長い議論の末、31対14で可決された。\n"
                "新しい市議会は6月21日に市庁舎で初めて開かれる予定だ。\n"));
  segment::mark_cross_document_boilerplate(docs, facts_of(docs));
  CHECK(mark_of(docs[2], "新しい市議会は6月21日に市庁舎で初めて開かれる予定だ。") == "-");
}

TEST_CASE("a title that opens with a month is no counter") {
  const Document ja = segmented("ja",
                                "5月の鉱工業生産、2.4％上昇\n\n"
                                "統計局が金曜日に発表した5月の鉱工業生産は前月比2.4％上昇し、予想の"
                                "1.1％を上回った。\n\n"
                                "自動車の生産は7％増加した一方、エネルギー生産は3.2％減少した。\n");
  CHECK(mark_of(ja, "5月の鉱工業生産、2.4％上昇") == "-");
  const Document en = segmented("en", kBody + "\n93 out of 132 found this helpful\n");
  CHECK(mark_of(en, "93 out of 132 found this helpful") == "counter: two numbers in a short line");
}
