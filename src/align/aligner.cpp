// Alignment of N versions: every pair aligned, pairings joined into rows, facts into groups.
#include "align/aligner.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "align/pairing.hpp"
#include "align/pairwise.hpp"
#include "align/rows.hpp"

namespace factlint::align {
namespace {

/// Code points of the shortest segment taken for a sentence (a counter or a label is shorter).
constexpr std::uint32_t kSentenceChars = 20;

}  // namespace

Alignment align(const std::vector<Document>& docs, const std::vector<Fact>& facts,
                std::uint32_t pivot) {
  Alignment out;
  out.pivot = pivot;
  const auto ndocs = static_cast<std::uint32_t>(docs.size());
  out.row_of_segment.resize(ndocs);
  for (std::uint32_t d = 0; d < ndocs; ++d)
    out.row_of_segment[d].assign(docs[d].segments.size(), -1);
  if (pivot >= ndocs) return out;

  // Every pair of versions, each aligned once (the earlier document first): no version is the
  // reference, so content that any two versions share gets a row.
  const AlignParams params;
  std::vector<DocFeatures> features;
  features.reserve(ndocs);
  for (std::uint32_t d = 0; d < ndocs; ++d) features.push_back(compute_features(docs[d], d, facts));
  std::vector<PairBeads> pairs;
  for (std::uint32_t a = 0; a < ndocs; ++a) {
    for (std::uint32_t b = a + 1; b < ndocs; ++b) {
      pairs.push_back(PairBeads{a, b, align_pair(features[a], features[b], params)});
    }
  }
  std::vector<std::uint32_t> counts(ndocs);
  for (std::uint32_t d = 0; d < ndocs; ++d) {
    counts[d] = static_cast<std::uint32_t>(docs[d].segments.size());
  }
  build_rows(counts, pairs, out);
  drop_unsupported_rows(docs, params.confident_score, out);

  // Facts by document and segment, in text order.
  std::vector<std::vector<std::vector<std::uint32_t>>> facts_at(ndocs);
  for (std::uint32_t d = 0; d < ndocs; ++d) facts_at[d].resize(docs[d].segments.size());
  for (std::uint32_t f = 0; f < facts.size(); ++f) {
    const Fact& fact = facts[f];
    if (fact.doc < ndocs && fact.segment < facts_at[fact.doc].size()) {
      facts_at[fact.doc][fact.segment].push_back(f);
    }
  }
  // A fact in a segment of a sentence's length, not a label or counter ("コメント 4").
  std::vector<std::uint8_t> in_sentence(facts.size(), 0);
  for (std::uint32_t f = 0; f < facts.size(); ++f) {
    const Fact& fact = facts[f];
    if (fact.doc < ndocs && fact.segment < features[fact.doc].segments.size()) {
      in_sentence[f] = features[fact.doc].segments[fact.segment].chars >= kSentenceChars ? 1 : 0;
    }
  }
  std::vector<std::vector<std::uint32_t>> row_facts(ndocs);
  for (std::uint32_t r = 0; r < out.rows.size(); ++r) {
    const AlignedRow& row = out.rows[r];
    for (std::uint32_t d = 0; d < ndocs; ++d) {
      row_facts[d].clear();
      for (const auto s : row.segments[d]) {
        row_facts[d].insert(row_facts[d].end(), facts_at[d][s].begin(), facts_at[d][s].end());
      }
      std::stable_sort(row_facts[d].begin(), row_facts[d].end(),
                       [&](std::uint32_t x, std::uint32_t y) {
                         return facts[x].span.begin < facts[y].span.begin;
                       });
    }
    group_row(facts, in_sentence, row_facts, r, out.groups);
  }
  return out;
}

}  // namespace factlint::align
