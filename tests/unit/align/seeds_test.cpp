// Alignment test over the seed article set (read at run time; skipped where it is absent).
//
// The real segmenter and extractor are other stages; this test builds segments with a naive
// splitter (lines, then sentence ends) and facts with a tiny number finder, so that it checks
// the aligner alone. Assertions are about values, never about the seeds' wording.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "align/aligner.hpp"
#include "align_helpers.hpp"

namespace factlint::align::test {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Splits a line into sentences after ".", "!" or "?" followed by a space.
std::vector<std::string> sentences(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t k = 0; k + 1 < line.size(); ++k) {
    if ((line[k] == '.' || line[k] == '!' || line[k] == '?') && line[k + 1] == ' ' &&
        k + 2 < line.size() && !std::islower(static_cast<unsigned char>(line[k + 2]))) {
      out.push_back(line.substr(start, k + 1 - start));
      start = k + 2;
    }
  }
  if (start < line.size()) out.push_back(line.substr(start));
  return out;
}

/// Each non-empty line is a block of sentences.
Document naive_document(const std::string& lang, const std::string& text) {
  DocBuilder b(lang);
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty()) b.paragraph(sentences(line));
  }
  return b.build();
}

std::string lower_ascii(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

/// Numbers with "." or "," separators, a following scale word of the kind these texts use,
/// and "$" or a currency word making them money. A single separator before exactly three
/// digits is read as grouping with the decimal reading as the alternative.
void find_numbers(const Document& doc, std::uint32_t doc_index, std::vector<Fact>& out) {
  for (std::uint32_t s = 0; s < doc.segments.size(); ++s) {
    const std::string text(doc.segment_text(doc.segments[s]));
    for (std::size_t k = 0; k < text.size();) {
      if (!std::isdigit(static_cast<unsigned char>(text[k])) ||
          (k > 0 && std::isalnum(static_cast<unsigned char>(text[k - 1])))) {
        ++k;
        continue;
      }
      const std::size_t begin = k;
      std::string digits;
      std::vector<std::size_t> seps;  // positions in `digits` where a separator stood
      while (k < text.size()) {
        const char c = text[k];
        if (std::isdigit(static_cast<unsigned char>(c))) {
          digits += c;
          ++k;
        } else if ((c == '.' || c == ',') && k + 1 < text.size() &&
                   std::isdigit(static_cast<unsigned char>(text[k + 1]))) {
          seps.push_back(digits.size());
          ++k;
        } else {
          break;
        }
      }
      std::string literal = digits;
      std::optional<std::string> alternative;
      if (seps.size() == 1) {
        const std::string decimal = digits.substr(0, seps[0]) + "." + digits.substr(seps[0]);
        if (digits.size() - seps[0] == 3) {
          alternative = decimal;
        } else {
          literal = decimal;
        }
      }
      std::size_t after = k;
      while (after < text.size() && text[after] == ' ') ++after;
      std::size_t word_end = after;
      while (word_end < text.size() && std::isalpha(static_cast<unsigned char>(text[word_end]))) {
        ++word_end;
      }
      const std::string word = lower_ascii(text.substr(after, word_end - after));
      int power = 0;
      for (const char* w : {"billion", "miljard", "milliard", "miliar"}) {
        if (word.rfind(w, 0) == 0) power = 9;
      }
      for (const char* w : {"million", "miljon", "juta"}) {
        if (word.rfind(w, 0) == 0) power = 6;
      }
      std::size_t tail = power != 0 ? word_end : k;
      while (tail < text.size() && text[tail] == ' ') ++tail;
      std::size_t tail_end = tail;
      while (tail_end < text.size() && std::isalpha(static_cast<unsigned char>(text[tail_end]))) {
        ++tail_end;
      }
      const std::string next = lower_ascii(text.substr(tail, tail_end - tail));
      const bool money = (begin > 0 && text[begin - 1] == '$') || next == "yen" ||
                         next == "dollar" || next == "dollars" || next == "euro";
      Fact f = make_fact(doc_index, s, money ? FactKind::money : FactKind::number, literal,
                         alternative.value_or(""));
      f.amount().value = f.amount().value.scaled(power);
      if (f.amount().alternative) f.amount().alternative = f.amount().alternative->scaled(power);
      f.span = Span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(k)};
      out.push_back(f);
    }
  }
}

TEST_CASE("seed article set: the JSR amounts align across all versions") {
  const fs::path dir = FACTLINT_SEEDS_DIR;
  if (!fs::exists(dir / "README.md")) {
    MESSAGE("seed set not found at " << dir.string() << ": skipped");
    return;
  }
  // The README's table names the files and their languages: "| file.txt | xx (Name) |".
  std::vector<Document> docs;
  std::istringstream readme(read_file(dir / "README.md"));
  std::string line;
  while (std::getline(readme, line)) {
    const auto txt = line.find(".txt");
    if (line.rfind("| ", 0) != 0 || txt == std::string::npos) continue;
    const std::string file = line.substr(2, txt + 4 - 2);
    const auto bar = line.find("| ", txt);
    const std::string lang = line.substr(bar + 2, 2);
    docs.push_back(naive_document(lang, read_file(dir / file)));
  }
  REQUIRE(docs.size() == 5);
  std::uint32_t pivot = 0;
  while (pivot < docs.size() && docs[pivot].lang != "en") ++pivot;
  REQUIRE(pivot < docs.size());

  std::vector<Fact> facts;
  for (std::uint32_t d = 0; d < docs.size(); ++d) find_numbers(docs[d], d, facts);
  const Alignment al = align(docs, facts, pivot);

  const auto facts_valued = [&](std::uint32_t d, const Decimal& v) {
    std::vector<std::int32_t> out;
    for (std::uint32_t f = 0; f < facts.size(); ++f) {
      if (facts[f].doc == d && facts[f].amount().value == v)
        out.push_back(static_cast<std::int32_t>(f));
    }
    return out;
  };
  const auto group_with = [&](std::int32_t f) -> const FactGroup* {
    for (const auto& g : al.groups) {
      if (g.members[pivot] == f) return &g;
    }
    return nullptr;
  };

  // The dollar amount: every version has it, all in one group.
  const Decimal dollars = Decimal::from_parts(63, 8);
  const auto pivot_dollars = facts_valued(pivot, dollars);
  REQUIRE(pivot_dollars.size() == 1);
  const FactGroup* g = group_with(pivot_dollars[0]);
  REQUIRE(g != nullptr);
  for (std::uint32_t d = 0; d < docs.size(); ++d) {
    CAPTURE(docs[d].lang);
    REQUIRE(g->members[d] >= 0);
    CHECK(facts[static_cast<std::size_t>(g->members[d])].amount().value == dollars);
  }

  // The yen amount: grouped where present; where absent, the version still has an aligned
  // segment in that row (so the rule engine can call it missing).
  const Decimal yen = Decimal::from_parts(9039, 8);
  const auto pivot_yen = facts_valued(pivot, yen);
  REQUIRE(pivot_yen.size() == 1);
  const FactGroup* gy = group_with(pivot_yen[0]);
  REQUIRE(gy != nullptr);
  CHECK(gy->row == g->row);
  for (std::uint32_t d = 0; d < docs.size(); ++d) {
    CAPTURE(docs[d].lang);
    if (facts_valued(d, yen).empty()) {
      CHECK(gy->members[d] == -1);
      CHECK_FALSE(al.rows[gy->row].segments[d].empty());
    } else {
      CHECK(gy->members[d] >= 0);
    }
  }

  // Every version shares a good part of the story with the pivot.
  for (std::uint32_t d = 0; d < docs.size(); ++d) {
    if (d == pivot) continue;
    CAPTURE(docs[d].lang);
    const auto aligned = std::count_if(al.row_of_segment[d].begin(), al.row_of_segment[d].end(),
                                       [](std::int32_t r) { return r >= 0; });
    CHECK(aligned >= 8);
  }
}

}  // namespace
}  // namespace factlint::align::test
