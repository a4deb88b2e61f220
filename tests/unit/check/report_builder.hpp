// Builds Reports by hand for check and report tests: documents, facts, segments, alignment.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/finding.hpp"

namespace factlint::testing {

/// A hand-made run: each document is one block; each sentence added is a segment; every
/// segment is aligned to the row of the same index unless said otherwise.
class ReportBuilder {
 public:
  /// Adds a document whose text is the concatenation of `sentences` (one segment each).
  std::uint32_t doc(std::string lang, const std::vector<std::string>& sentences,
                    std::string path = "") {
    Document d;
    d.lang = lang;
    d.path = path.empty() ? "story." + lang + ".txt" : path;
    d.format = "text";
    Block b;
    for (const auto& s : sentences) {
      if (!b.text.empty()) b.text += ' ';
      const auto begin = static_cast<std::uint32_t>(b.text.size());
      b.text += s;
      d.segments.push_back({0, {begin, static_cast<std::uint32_t>(b.text.size())}, false, ""});
    }
    d.source = b.text;
    b.pieces.push_back({0, 0, static_cast<std::uint32_t>(b.text.size())});
    d.blocks.push_back(b);
    d.lines = LineMap(d.source);
    report.documents.push_back(std::move(d));
    return static_cast<std::uint32_t>(report.documents.size() - 1);
  }

  /// Adds a fact whose surface is the first occurrence of `text` in document `doc`.
  std::uint32_t fact(std::uint32_t doc, FactKind kind, std::string_view text,
                     std::string_view value, std::vector<CurrencyMention> currencies = {}) {
    Fact f;
    f.kind = kind;
    f.doc = doc;
    const std::string& src = report.documents[doc].source;
    const auto at = static_cast<std::uint32_t>(src.find(text));
    f.span = {at, at + static_cast<std::uint32_t>(text.size())};
    f.text = std::string(text);
    f.amount().value = *Decimal::parse(value);
    f.numeric().currencies = std::move(currencies);
    for (std::uint32_t s = 0; s < report.documents[doc].segments.size(); ++s) {
      const Span sp = report.documents[doc].segments[s].span;
      if (sp.begin <= at && at < sp.end) f.segment = s;
    }
    report.facts.push_back(std::move(f));
    return static_cast<std::uint32_t>(report.facts.size() - 1);
  }

  Fact& last() { return report.facts.back(); }

  /// Aligns segment i of every document to row i (documents with fewer segments have gaps).
  void align_by_index(std::uint32_t pivot = 0) {
    Alignment& a = report.alignment;
    a.pivot = pivot;
    std::size_t rows = 0;
    for (const auto& d : report.documents) rows = std::max(rows, d.segments.size());
    a.rows.assign(rows, AlignedRow{});
    a.row_of_segment.clear();
    for (std::uint32_t d = 0; d < report.documents.size(); ++d) {
      a.row_of_segment.emplace_back();
      for (std::uint32_t s = 0; s < report.documents[d].segments.size(); ++s) {
        a.row_of_segment.back().push_back(static_cast<std::int32_t>(s));
      }
      for (std::uint32_t r = 0; r < rows; ++r) {
        a.rows[r].segments.emplace_back();
        if (r < report.documents[d].segments.size()) a.rows[r].segments.back().push_back(r);
      }
    }
  }

  /// Groups facts (one per listed fact; documents without one get -1) in the row of the first.
  void group(const std::vector<std::uint32_t>& facts) {
    FactGroup g;
    g.kind = report.facts[facts.front()].kind;
    g.members.assign(report.documents.size(), -1);
    const Fact& first = report.facts[facts.front()];
    g.row =
        static_cast<std::uint32_t>(report.alignment.row_of_segment.at(first.doc).at(first.segment));
    for (const auto i : facts) g.members[report.facts[i].doc] = static_cast<std::int32_t>(i);
    report.alignment.groups.push_back(std::move(g));
  }

  Report report;
};

/// "$" as extractors see it: several dollars, USD preferred.
inline CurrencyMention dollar_sign() { return {"$", {"AUD", "CAD", "USD"}, "USD"}; }
inline CurrencyMention code(std::string text, std::string iso) { return {text, {iso}, iso}; }

}  // namespace factlint::testing
