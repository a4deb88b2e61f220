// Tests for the aligner on hand-built documents: bead shapes, gaps, furniture, long inputs, groups.
#include "align/aligner.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "align/pairing.hpp"
#include "align/pairwise.hpp"
#include "align/rows.hpp"
#include "align_helpers.hpp"

namespace factlint::align::test {
namespace {

/// Content length of "story" sentence k in the pivot language.
std::uint32_t base_length(std::uint64_t k) {
  Rng rng(k * 2654435761ULL + 7);
  return 30 + rng.next(170);
}

/// Sentence k of the story in language `lang` (length scaled by `ratio`). Every third sentence
/// carries a name (an anchor); with `dense`, two sentences in three do.
std::string story(std::uint32_t lang, std::uint64_t k, double ratio = 1.0, bool dense = false) {
  std::vector<std::string> names;
  if (k % 3 == 0 || (dense && k % 3 == 1)) names.push_back(pseudo_name(k));
  return pseudo_sentence(lang, k, static_cast<std::uint32_t>(base_length(k) * ratio), names);
}

/// The other documents' segments in the row of pivot segment `i`.
std::vector<std::uint32_t> partner(const Alignment& a, std::uint32_t doc, std::uint32_t i) {
  const std::int32_t r = a.row_of_segment[a.pivot][i];
  if (r < 0) return {};
  return a.rows[static_cast<std::size_t>(r)].segments[doc];
}

using Segs = std::vector<std::uint32_t>;

TEST_CASE("one-to-one versions align segment by segment") {
  DocBuilder en("en");
  DocBuilder de("de");
  DocBuilder fr("fr");
  for (std::uint64_t p = 0; p < 4; ++p) {
    std::vector<std::string> a;
    std::vector<std::string> b;
    std::vector<std::string> c;
    for (std::uint64_t k = p * 5; k < p * 5 + 5; ++k) {
      a.push_back(story(0, k));
      b.push_back(story(1, k, 1.2));
      c.push_back(story(2, k, 1.1));
    }
    en.paragraph(a);
    de.paragraph(b);
    fr.paragraph(c);
  }
  const std::vector<Document> docs{de.build(), en.build(), fr.build()};
  const Alignment al = align(docs, {}, 1);
  CHECK(al.pivot == 1);
  REQUIRE(al.rows.size() == 20);
  for (std::uint32_t i = 0; i < 20; ++i) {
    CHECK(al.rows[i].segments[1] == Segs{i});
    CHECK(al.rows[i].segments[0] == Segs{i});
    CHECK(al.rows[i].segments[2] == Segs{i});
    CHECK(al.row_of_segment[0][i] == static_cast<std::int32_t>(i));
    CHECK(al.rows[i].score > 0.0);
  }
}

/// Twelve story sentences; the other version merges 4 and 5 (keeping `merged_names` in the
/// merged sentence) and splits 8 in two halves.
std::pair<Document, Document> merge_split_pair(const std::vector<std::string>& merged_names) {
  DocBuilder en("en");
  DocBuilder de("de");
  std::vector<std::string> a;
  std::vector<std::string> b;
  for (std::uint64_t k = 0; k < 12; ++k) a.push_back(story(0, k));
  a[4] = pseudo_sentence(0, 4, base_length(4), {pseudo_name(4)});
  a[5] = pseudo_sentence(0, 5, base_length(5), {pseudo_name(5)});
  for (std::uint64_t k = 0; k < 12; ++k) {
    if (k == 4) {
      b.push_back(pseudo_sentence(1, 4, base_length(4) + base_length(5), merged_names));
      ++k;
    } else if (k == 8) {
      b.push_back(pseudo_sentence(1, 80, base_length(8) / 2, {}));
      b.push_back(pseudo_sentence(1, 81, base_length(8) / 2, {}));
    } else {
      b.push_back(story(1, k));
    }
  }
  en.paragraph(a);
  de.paragraph(b);
  return {en.build(), de.build()};
}

TEST_CASE("merged and split sentences make 2:1 and 1:2 rows") {
  const auto [en, de] = merge_split_pair({pseudo_name(4), pseudo_name(5)});
  // Pivot sentence 8 and the second half of its split share a number.
  std::vector<Fact> facts{make_fact(0, 8, FactKind::number, "4711"),
                          make_fact(1, 8, FactKind::number, "4711")};
  const Alignment al = align({en, de}, facts, 0);
  CHECK(partner(al, 1, 3) == Segs{3});
  CHECK(partner(al, 1, 4) == Segs{4});
  CHECK(partner(al, 1, 5) == Segs{4});
  CHECK(al.row_of_segment[0][4] == al.row_of_segment[0][5]);
  CHECK(partner(al, 1, 6) == Segs{5});
  CHECK(partner(al, 1, 8) == Segs{7, 8});
  CHECK(partner(al, 1, 9) == Segs{9});
  CHECK(partner(al, 1, 11) == Segs{11});
  CHECK(al.rows.size() == 11);  // 12 pivot segments, two of them share a row
}

TEST_CASE("a merge on length alone does not join rows; a split both sides leave is one row") {
  const auto [en, de] = merge_split_pair({});
  const Alignment al = align({en, de}, {}, 0);
  // One of the two merged sentences pairs with the merged one, the other is left out.
  CHECK(al.row_of_segment[0][4] != al.row_of_segment[0][5]);
  CHECK((al.row_of_segment[0][4] == -1 || al.row_of_segment[0][5] == -1));
  CHECK(partner(al, 1, 3) == Segs{3});
  CHECK(partner(al, 1, 6) == Segs{5});
  CHECK(partner(al, 1, 7) == Segs{6});
  // The split sentence pairs with neither half (each is half its length), but it and its two
  // halves are left over at the same place of one paragraph with lengths that fit: one row.
  CHECK(partner(al, 1, 8) == Segs{7, 8});
  CHECK(partner(al, 1, 9) == Segs{9});
  CHECK(al.rows.size() == 11);
}

TEST_CASE("as many paragraphs, shifted by an extra line at the top, are not paired in order") {
  // de has a line of furniture before the body and leaves out the last paragraph: both have
  // eight blocks of plausible lengths, but every name says the n-th paragraph of en is the
  // (n+1)-th of de.
  DocBuilder en("en");
  DocBuilder de("de");
  for (std::uint64_t k = 0; k < 8; ++k) {
    en.paragraph({pseudo_sentence(0, k, 120, {pseudo_name(k), pseudo_name(k + 100)})});
  }
  de.paragraph({pseudo_sentence(1, 500, 110)}, /*boilerplate=*/true);
  for (std::uint64_t k = 0; k < 7; ++k) {
    de.paragraph({pseudo_sentence(1, k, 125, {pseudo_name(k), pseudo_name(k + 100)})});
  }
  const Alignment al = align({en.build(), de.build()}, {}, 0);
  for (std::uint32_t k = 0; k < 7; ++k) CHECK(partner(al, 1, k) == Segs{k + 1});
  CHECK(partner(al, 1, 7).empty());
}

TEST_CASE("dropped and added passages become gaps") {
  DocBuilder en("en");
  DocBuilder sv("sv");
  std::vector<std::string> a;
  std::vector<std::string> b;
  for (std::uint64_t k = 0; k < 20; ++k) a.push_back(story(0, k));
  for (std::uint64_t k = 0; k < 20; ++k) {
    if (k >= 6 && k <= 8) continue;  // sv drops three sentences
    b.push_back(story(3, k, 0.95));
    if (k == 13) {
      for (std::uint64_t x = 0; x < 3; ++x) b.push_back(pseudo_sentence(3, 500 + x, 120));
    }
  }
  en.paragraph(a);
  sv.paragraph(b);
  const Alignment al = align({en.build(), sv.build()}, {}, 0);
  for (std::uint32_t k = 0; k < 6; ++k) CHECK(partner(al, 1, k) == Segs{k});
  for (std::uint32_t k = 6; k <= 8; ++k) {
    CHECK(partner(al, 1, k).empty());
    CHECK(al.row_of_segment[0][k] == -1);  // found in no other version
  }
  for (std::uint32_t k = 9; k <= 13; ++k) CHECK(partner(al, 1, k) == Segs{k - 3});
  // sv's own additions (its segments 11..13) belong to no row.
  for (std::uint32_t j = 11; j <= 13; ++j) CHECK(al.row_of_segment[1][j] == -1);
  for (std::uint32_t k = 14; k < 20; ++k) CHECK(partner(al, 1, k) == Segs{k});
}

TEST_CASE("different furniture at head and tail does not pull content") {
  DocBuilder en("en");
  DocBuilder fr("fr");
  en.paragraph({"Share this", "Published 3 July"}, true);
  fr.paragraph({"Partager sur les reseaux", "Rejoignez notre newsletter", "12 commentaires",
                "Temps de lecture"},
               true);
  std::vector<std::string> a;
  std::vector<std::string> b;
  for (std::uint64_t k = 0; k < 15; ++k) {
    a.push_back(story(0, k));
    b.push_back(story(2, k, 1.15));
  }
  const std::uint32_t a0 = en.paragraph(a);
  const std::uint32_t b0 = fr.paragraph(b);
  en.paragraph({"Leave a comment"}, true);
  fr.paragraph({"Vous aimerez aussi", "Autre article tres interessant sur le sujet",
                "Encore un autre article", "A propos de l'auteur", "Tous droits reserves"},
               true);
  const Document den = en.build();
  const Document dfr = fr.build();
  const std::vector<Fact> facts{make_fact(0, 1, FactKind::number, "3"),
                                make_fact(1, 2, FactKind::number, "12")};
  const Alignment al = align({den, dfr}, facts, 0);
  for (std::uint32_t k = 0; k < 15; ++k) CHECK(partner(al, 1, a0 + k) == Segs{b0 + k});
  // Furniture is never paired with content.
  for (const auto& row : al.rows) {
    for (const auto i : row.segments[0]) {
      for (const auto j : row.segments[1]) {
        CHECK(den.segments[i].boilerplate == dfr.segments[j].boilerplate);
      }
    }
  }
  // The boilerplate numbers 3 and 12 are not grouped with each other.
  for (const auto& g : al.groups) CHECK_FALSE((g.members[0] == 0 && g.members[1] == 1));
}

TEST_CASE("sentences swapped inside a paragraph share one 2:2 row") {
  DocBuilder en("en");
  DocBuilder de("de");
  std::vector<std::string> a;
  std::vector<std::string> b;
  for (std::uint64_t k = 0; k < 10; ++k) a.push_back(story(0, k));
  for (std::uint64_t k = 0; k < 10; ++k) {
    const std::uint64_t src = k == 4 ? 5 : (k == 5 ? 4 : k);
    b.push_back(story(1, src, 1.1));
  }
  en.paragraph(a);
  de.paragraph(b);
  std::vector<Fact> facts{make_fact(0, 4, FactKind::percent, "12"),
                          make_fact(0, 5, FactKind::money, "250000", {}, "EUR"),
                          make_fact(1, 4, FactKind::money, "250000", {}, "EUR"),
                          make_fact(1, 5, FactKind::percent, "12")};
  const Alignment al = align({en.build(), de.build()}, facts, 0);
  CHECK(partner(al, 1, 3) == Segs{3});
  CHECK(partner(al, 1, 4) == Segs{4, 5});
  CHECK(partner(al, 1, 5) == Segs{4, 5});
  CHECK(partner(al, 1, 6) == Segs{6});
  // Facts pair by value across the swap.
  REQUIRE(al.groups.size() == 2);
  CHECK(al.groups[0].members == std::vector<std::int32_t>{0, 3});
  CHECK(al.groups[1].members == std::vector<std::int32_t>{1, 2});
}

TEST_CASE("an unrelated sentence in the same place is a gap, not a forced pair") {
  DocBuilder en("en");
  DocBuilder de("de");
  std::vector<std::string> a;
  std::vector<std::string> b;
  for (std::uint64_t k = 0; k < 9; ++k) {
    a.push_back(story(0, k));
    b.push_back(k == 4 ? pseudo_sentence(1, 999, 20) : story(1, k));
  }
  a[4] = pseudo_sentence(0, 4, 190);
  en.paragraph(a);
  de.paragraph(b);
  std::vector<Fact> facts{make_fact(0, 4, FactKind::number, "17"),
                          make_fact(1, 4, FactKind::number, "2023")};
  const Alignment al = align({en.build(), de.build()}, facts, 0);
  CHECK(partner(al, 1, 4).empty());
  CHECK(al.row_of_segment[1][4] == -1);
  CHECK(partner(al, 1, 3) == Segs{3});
  CHECK(partner(al, 1, 5) == Segs{5});
  CHECK(al.groups.empty());
}

TEST_CASE("ten thousand segments align on the known path") {
  constexpr std::uint32_t kN = 10000;
  DocBuilder en("en");
  DocBuilder de("de");
  std::vector<std::string> a;
  std::vector<std::string> b;
  std::vector<std::int64_t> expected;  // pivot k -> de segment, or -1
  for (std::uint64_t k = 0; k < kN; ++k) {
    a.push_back(story(0, k, 1.0, true));
    if (k % 997 == 500) {
      expected.push_back(-1);  // dropped
      continue;
    }
    expected.push_back(static_cast<std::int64_t>(b.size()));
    b.push_back(story(1, k, 1.2, true));
    if (k % 1499 == 700) b.push_back(pseudo_sentence(1, 100000 + k, 150));  // added
  }
  en.paragraph(a);
  de.paragraph(b);
  PairStats stats;
  const Document den = en.build();
  const Document dde = de.build();
  const auto beads =
      align_pair(compute_features(den, 0, {}), compute_features(dde, 1, {}), AlignParams{}, &stats);
  CHECK(stats.passes == 1);  // the anchor-guided band holds the path
  CHECK(stats.band < 100);
  const Alignment al = align({den, dde}, {}, 0);
  std::uint32_t wrong = 0;
  for (std::uint32_t k = 0; k < kN; ++k) {
    const auto got = partner(al, 1, k);
    const bool ok =
        expected[k] < 0 ? got.empty() : got == Segs{static_cast<std::uint32_t>(expected[k])};
    if (!ok) ++wrong;
  }
  CHECK(wrong == 0);
  CHECK_FALSE(beads.empty());
}

TEST_CASE("facts group by value, alternative reading, scale and currency") {
  DocBuilder en("en");
  DocBuilder de("de");
  DocBuilder fr("fr");
  for (std::uint64_t k = 0; k < 5; ++k) {
    en.paragraph({story(0, k)});
    de.paragraph({story(1, k, 1.2)});
    fr.paragraph({story(2, k, 1.1)});
  }
  std::vector<Fact> facts{
      // row 1: money in en; de writes it in "Billion" (10^12) and calls it euros; fr drops
      // the currency word.
      make_fact(0, 1, FactKind::money, "6300000000", {}, "USD"),     // 0
      make_fact(1, 1, FactKind::money, "6300000000000", {}, "EUR"),  // 1
      make_fact(2, 1, FactKind::number, "6300000000"),               // 2
      // row 2: "1.500" read 1.5 in en (alt 1500); de writes 1500; fr has 1.5
      make_fact(0, 2, FactKind::number, "1.5", "1500"),  // 3
      make_fact(1, 2, FactKind::number, "1500"),         // 4
      make_fact(2, 2, FactKind::number, "1.5"),          // 5
      // row 3: en has two numbers, fr lacks the second; de has both
      make_fact(0, 3, FactKind::percent, "12"),    // 6
      make_fact(0, 3, FactKind::number, "903.9"),  // 7
      make_fact(1, 3, FactKind::percent, "12"),    // 8
      make_fact(1, 3, FactKind::number, "903.9"),  // 9
      make_fact(2, 3, FactKind::percent, "12"),    // 10
      // row 0: a value mismatch pairs the left-overs
      make_fact(0, 0, FactKind::number, "7"),  // 11
      make_fact(1, 0, FactKind::number, "6"),  // 12
      make_fact(2, 0, FactKind::number, "6"),  // 13
      // row 4 (length only): en lacks a figure both others agree on; en's other figure
      // differs from de's and pairs with it as a left-over of the same kind
      make_fact(1, 4, FactKind::money, "42", {}, "JPY"),  // 14
      make_fact(2, 4, FactKind::money, "42", {}, "JPY"),  // 15
      make_fact(0, 4, FactKind::number, "8"),             // 16
      make_fact(1, 4, FactKind::number, "9"),             // 17
  };
  const Alignment al = align({en.build(), de.build(), fr.build()}, facts, 0);
  const auto group_of = [&](std::int32_t pivot_fact) -> const FactGroup* {
    for (const auto& g : al.groups) {
      if (g.members[0] == pivot_fact) return &g;
    }
    return nullptr;
  };
  const FactGroup* money = group_of(0);
  REQUIRE(money != nullptr);
  CHECK(money->kind == FactKind::money);
  CHECK(money->row == static_cast<std::uint32_t>(al.row_of_segment[0][1]));
  CHECK(money->members == std::vector<std::int32_t>{0, 1, 2});
  const FactGroup* ambiguous = group_of(3);
  REQUIRE(ambiguous != nullptr);
  CHECK(ambiguous->members == std::vector<std::int32_t>{3, 4, 5});
  const FactGroup* percent = group_of(6);
  REQUIRE(percent != nullptr);
  CHECK(percent->kind == FactKind::percent);
  CHECK(percent->members == std::vector<std::int32_t>{6, 8, 10});
  const FactGroup* missing = group_of(7);
  REQUIRE(missing != nullptr);
  CHECK(missing->members == std::vector<std::int32_t>{7, 9, -1});
  // fr has an aligned segment in that row, so -1 there means "missing", not "no counterpart".
  CHECK_FALSE(al.rows[missing->row].segments[2].empty());
  const FactGroup* mismatch = group_of(11);
  REQUIRE(mismatch != nullptr);
  CHECK(mismatch->members == std::vector<std::int32_t>{11, 12, 13});
  // The yen amount only de and fr have: a group without the pivot.
  const auto majority = std::find_if(al.groups.begin(), al.groups.end(), [](const FactGroup& g) {
    return g.members[0] == -1 && g.members[1] == 14;
  });
  REQUIRE(majority != al.groups.end());
  CHECK(majority->members == std::vector<std::int32_t>{-1, 14, 15});
  CHECK(majority->kind == FactKind::money);
  CHECK(al.rows[majority->row].score == 1.0);  // one sentence per paragraph: units
  const FactGroup* leftover = group_of(16);
  REQUIRE(leftover != nullptr);
  CHECK(leftover->members == std::vector<std::int32_t>{16, 17, -1});
  CHECK(al.groups.size() == 7);
  // The pivot plays no part: every pivot gives the same groups.
  for (std::uint32_t pivot = 1; pivot < 3; ++pivot) {
    const Alignment other = align({en.build(), de.build(), fr.build()}, facts, pivot);
    REQUIRE(other.groups.size() == al.groups.size());
    for (std::size_t g = 0; g < al.groups.size(); ++g) {
      CHECK(other.groups[g].members == al.groups[g].members);
    }
  }
}

TEST_CASE("the worked example of docs/alignment.md") {
  DocBuilder en("en");
  DocBuilder de("de");
  DocBuilder sv("sv");
  en.paragraph({"Share this article"}, true);
  en.paragraph({"Orvik Systems will open a plant in Tampere next spring.",
                "The company says the site will cost $1.2 billion and employ 800 people.",
                "Critics doubt the timetable."});
  de.paragraph({"Orvik Systems eröffnet im nächsten Frühjahr ein Werk in Tampere.",
                "Das Werk soll 1,2 Billionen Dollar kosten.", "Dort sollen 800 Menschen arbeiten.",
                "Kritiker bezweifeln den Zeitplan."});
  de.paragraph({"Newsletter abonnieren"}, true);
  sv.paragraph(
      {"Orvik Systems öppnar en fabrik i Tampere nästa vår, och anläggningen ska kosta "
       "1,2 miljarder dollar.",
       "Kritiker tvivlar på tidsplanen."});
  const std::vector<Fact> facts{
      make_fact(0, 2, FactKind::money, "1200000000", {}, "USD"),
      make_fact(0, 2, FactKind::number, "800"),
      make_fact(1, 1, FactKind::money, "1200000000000", {}, "USD"),
      make_fact(1, 2, FactKind::number, "800"),
      make_fact(2, 0, FactKind::money, "1200000000", {}, "USD"),
  };
  const Alignment al = align({en.build(), de.build(), sv.build()}, facts, 0);
  REQUIRE(al.rows.size() == 2);
  CHECK(al.rows[0].segments == std::vector<Segs>{{1, 2}, {0, 1, 2}, {0}});
  CHECK(al.rows[1].segments == std::vector<Segs>{{3}, {3}, {1}});
  CHECK(al.rows[0].score >= 0.5);
  CHECK(al.rows[1].score < 0.5);  // short sentences on length alone: kept, not confident
  CHECK(al.row_of_segment[0] == std::vector<std::int32_t>{-1, 0, 0, 1});
  CHECK(al.row_of_segment[1] == std::vector<std::int32_t>{0, 0, 0, 1, -1});
  CHECK(al.row_of_segment[2] == std::vector<std::int32_t>{0, 1});
  REQUIRE(al.groups.size() == 2);
  CHECK(al.groups[0].kind == FactKind::money);
  CHECK(al.groups[0].members == std::vector<std::int32_t>{0, 2, 4});
  CHECK(al.groups[1].kind == FactKind::number);
  CHECK(al.groups[1].members == std::vector<std::int32_t>{1, 3, -1});
}

TEST_CASE("random article sets keep the alignment's invariants") {
  for (std::uint64_t seed = 0; seed < 150; ++seed) {
    CAPTURE(seed);
    Rng rng(seed);
    const std::uint32_t ndocs = 1 + rng.next(4);
    std::vector<Document> docs;
    std::vector<Fact> facts;
    for (std::uint32_t d = 0; d < ndocs; ++d) {
      DocBuilder b("x" + std::to_string(d));
      const std::uint32_t paragraphs = rng.next(6);
      for (std::uint32_t p = 0; p < paragraphs; ++p) {
        std::vector<std::string> sentences;
        const std::uint32_t count = 1 + rng.next(5);
        for (std::uint32_t k = 0; k < count; ++k) {
          const std::uint64_t id = rng.next(30);  // shared story sentences, shuffled
          sentences.push_back(rng.next(5) == 0
                                  ? pseudo_sentence(d, 1000 + rng.next(99), 5 + rng.next(60))
                                  : story(d, id, 0.8 + 0.1 * rng.next(5)));
        }
        const std::uint32_t first = b.paragraph(sentences, rng.next(6) == 0);
        for (std::uint32_t k = 0; k < count; ++k) {
          if (rng.next(3) != 0) continue;
          const FactKind kind = static_cast<FactKind>(rng.next(3));
          const std::string value =
              std::to_string(1 + rng.next(12)) + "e" + std::to_string(rng.next(10));
          facts.push_back(
              make_fact(d, first + k, kind, value,
                        rng.next(4) == 0 ? std::to_string(rng.next(2000)) : std::string{}));
        }
      }
      docs.push_back(b.build());
    }
    const std::uint32_t pivot = rng.next(ndocs);
    const Alignment al = align(docs, facts, pivot);
    REQUIRE(al.row_of_segment.size() == ndocs);
    // Rows hold two or more versions; each version's segments in a row are consecutive and
    // belong to no other row; row_of_segment agrees with the rows.
    std::vector<std::vector<int>> seen(ndocs);
    for (std::uint32_t d = 0; d < ndocs; ++d) seen[d].assign(docs[d].segments.size(), 0);
    for (std::uint32_t r = 0; r < al.rows.size(); ++r) {
      const auto& row = al.rows[r];
      REQUIRE(row.segments.size() == ndocs);
      CHECK(row.score >= 0.0);
      CHECK(row.score <= 1.0);
      int versions = 0;
      for (std::uint32_t d = 0; d < ndocs; ++d) {
        const auto& segs = row.segments[d];
        if (segs.empty()) continue;
        ++versions;
        CHECK(segs.size() <= kMaxSegmentsPerRow);
        for (std::size_t k = 0; k < segs.size(); ++k) {
          if (k > 0) CHECK(segs[k] == segs[k - 1] + 1);
          ++seen[d][segs[k]];
          CHECK(al.row_of_segment[d][segs[k]] == static_cast<std::int32_t>(r));
        }
      }
      CHECK(versions >= 2);
    }
    for (std::uint32_t d = 0; d < ndocs; ++d) {
      REQUIRE(al.row_of_segment[d].size() == docs[d].segments.size());
      for (std::uint32_t s = 0; s < docs[d].segments.size(); ++s) {
        CHECK(seen[d][s] <= 1);
        CHECK((seen[d][s] == 1) == (al.row_of_segment[d][s] >= 0));
      }
    }
    // Groups: one fact per document, each fact of its own document and row; every fact of an
    // aligned segment in exactly one group, facts of unaligned segments in none.
    std::vector<int> used(facts.size(), 0);
    for (const auto& g : al.groups) {
      REQUIRE(g.row < al.rows.size());
      REQUIRE(g.members.size() == ndocs);
      int present = 0;
      for (std::uint32_t d = 0; d < ndocs; ++d) {
        const std::int32_t m = g.members[d];
        if (m < 0) continue;
        ++present;
        const Fact& f = facts[static_cast<std::size_t>(m)];
        CHECK(f.doc == d);
        const auto& segs = al.rows[g.row].segments[d];
        CHECK(std::find(segs.begin(), segs.end(), f.segment) != segs.end());
        ++used[static_cast<std::size_t>(m)];
      }
      CHECK(present >= 1);
    }
    for (std::size_t f = 0; f < facts.size(); ++f) {
      const bool aligned = al.row_of_segment[facts[f].doc][facts[f].segment] >= 0;
      CHECK(used[f] == (aligned ? 1 : 0));
    }
    // The pivot decides nothing: rows and groups are the same for every pivot.
    const Alignment other = align(docs, facts, (pivot + 1) % ndocs);
    CHECK(other.row_of_segment == al.row_of_segment);
    REQUIRE(other.groups.size() == al.groups.size());
    for (std::size_t g = 0; g < al.groups.size(); ++g) {
      CHECK(other.groups[g].members == al.groups[g].members);
    }
  }
}

TEST_CASE("value relations") {
  const Fact a = make_fact(0, 0, FactKind::number, "903.9");
  const Fact b = make_fact(1, 0, FactKind::number, "903900");
  const Fact c = make_fact(1, 0, FactKind::number, "9039");
  const Fact d = make_fact(1, 0, FactKind::number, "903.9", "903900");
  CHECK(relate(a, a) == FactRelation::equal);
  CHECK(relate(a, b) == FactRelation::scale);
  CHECK(relate(a, c) == FactRelation::none);  // a power of ten, not of a thousand
  CHECK(relate(b, d) == FactRelation::alternative);
  CHECK(compatible_kinds(FactKind::money, FactKind::number));
  CHECK_FALSE(compatible_kinds(FactKind::money, FactKind::percent));
}

TEST_CASE("degenerate inputs") {
  DocBuilder en("en");
  en.paragraph({story(0, 1), story(0, 2)});
  const Document empty;
  const Alignment one = align({en.build()}, {}, 0);
  CHECK(one.rows.empty());
  CHECK(one.row_of_segment[0] == std::vector<std::int32_t>{-1, -1});
  const Alignment with_empty = align({en.build(), empty}, {}, 0);
  CHECK(with_empty.rows.empty());
  CHECK(with_empty.row_of_segment[0] == std::vector<std::int32_t>{-1, -1});
  const Alignment empty_pivot = align({empty, en.build()}, {}, 0);
  CHECK(empty_pivot.rows.empty());
  CHECK(empty_pivot.row_of_segment[1] == std::vector<std::int32_t>{-1, -1});
  // Longer than any band: the gaps still cover every segment.
  DocBuilder long_doc("de");
  std::vector<std::string> many;
  for (std::uint64_t k = 0; k < 50; ++k) many.push_back(story(1, k));
  long_doc.paragraph(many);
  const Alignment empty_vs_long = align({empty, long_doc.build()}, {}, 0);
  CHECK(empty_vs_long.row_of_segment[1] == std::vector<std::int32_t>(50, -1));
  const Alignment long_vs_empty = align({long_doc.build(), empty}, {}, 0);
  CHECK(long_vs_empty.rows.empty());
  CHECK(long_vs_empty.groups.empty());
  const Alignment bad_pivot = align({en.build()}, {}, 3);
  CHECK(bad_pivot.rows.empty());
}

}  // namespace
}  // namespace factlint::align::test
