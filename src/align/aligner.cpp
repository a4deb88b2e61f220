// Alignment of N versions: pairwise to the pivot, rows over pivot segment groups, fact groups.
#include "align/aligner.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "align/grouping.hpp"
#include "align/pairwise.hpp"

namespace factlint::align {

Alignment align(const std::vector<Document>& docs, const std::vector<Fact>& facts,
                std::uint32_t pivot) {
  Alignment out;
  out.pivot = pivot;
  const std::size_t ndocs = docs.size();
  out.row_of_segment.resize(ndocs);
  for (std::size_t d = 0; d < ndocs; ++d) out.row_of_segment[d].assign(docs[d].segments.size(), -1);
  if (pivot >= ndocs) return out;

  const AlignParams params;
  const DocFeatures pivot_features = compute_features(docs[pivot], pivot, facts);
  const auto n = static_cast<std::uint32_t>(docs[pivot].segments.size());

  std::vector<std::vector<Bead>> beads(ndocs);
  // joined[i]: pivot segments i and i+1 share a row (some version merged them).
  std::vector<bool> joined(n > 0 ? n - 1 : 0, false);
  for (std::uint32_t d = 0; d < ndocs; ++d) {
    if (d == pivot) continue;
    const DocFeatures other = compute_features(docs[d], d, facts);
    beads[d] = align_pair(pivot_features, other, params);
    for (const Bead& b : beads[d]) {
      if (b.b_begin == b.b_end) continue;
      for (auto i = b.a_begin; i + 1 < b.a_end; ++i) joined[i] = true;
    }
  }

  // Rows: maximal runs of joined pivot segments, in pivot order.
  std::vector<std::uint32_t> row_of_pivot(n, 0);
  for (std::uint32_t i = 0; i < n; ++i) {
    if (i == 0 || !joined[i - 1]) {
      AlignedRow row;
      row.segments.resize(ndocs);
      out.rows.push_back(std::move(row));
    }
    const auto r = static_cast<std::uint32_t>(out.rows.size() - 1);
    row_of_pivot[i] = r;
    out.rows[r].segments[pivot].push_back(i);
  }

  // Other documents' segments join the row of the pivot segments they were paired with.
  std::vector<double> score(out.rows.size(), 1.0);
  std::vector<bool> paired(out.rows.size(), false);
  for (std::uint32_t d = 0; d < ndocs; ++d) {
    if (d == pivot) continue;
    for (const Bead& b : beads[d]) {
      if (b.a_begin == b.a_end || b.b_begin == b.b_end) continue;
      const std::uint32_t r = row_of_pivot[b.a_begin];
      for (auto j = b.b_begin; j < b.b_end; ++j) {
        out.rows[r].segments[d].push_back(j);
        out.row_of_segment[d][j] = static_cast<std::int32_t>(r);
      }
      score[r] = std::min(score[r], b.score);
      paired[r] = true;
    }
  }
  for (std::size_t r = 0; r < out.rows.size(); ++r) {
    out.rows[r].score = paired[r] ? score[r] : 0.0;
    if (!paired[r]) continue;  // pivot content found in no other version: extra content
    for (const auto i : out.rows[r].segments[pivot]) {
      out.row_of_segment[pivot][i] = static_cast<std::int32_t>(r);
    }
  }

  // Facts by document and segment, in document order.
  std::vector<std::vector<std::vector<std::uint32_t>>> facts_at(ndocs);
  for (std::size_t d = 0; d < ndocs; ++d) facts_at[d].resize(docs[d].segments.size());
  for (std::uint32_t f = 0; f < facts.size(); ++f) {
    const Fact& fact = facts[f];
    if (fact.doc < ndocs && fact.segment < facts_at[fact.doc].size()) {
      facts_at[fact.doc][fact.segment].push_back(f);
    }
  }
  for (auto& doc : facts_at) {
    for (auto& list : doc) {
      std::stable_sort(list.begin(), list.end(), [&](std::uint32_t x, std::uint32_t y) {
        return facts[x].span.begin < facts[y].span.begin;
      });
    }
  }

  std::vector<std::vector<std::uint32_t>> row_facts(ndocs);
  for (std::uint32_t r = 0; r < out.rows.size(); ++r) {
    if (!paired[r]) continue;
    const AlignedRow& row = out.rows[r];
    for (std::size_t d = 0; d < ndocs; ++d) {
      row_facts[d].clear();
      for (const auto s : row.segments[d]) {
        row_facts[d].insert(row_facts[d].end(), facts_at[d][s].begin(), facts_at[d][s].end());
      }
    }
    group_row(facts, row_facts, pivot, r, row.score >= params.confident_score, out.groups);
  }
  return out;
}

}  // namespace factlint::align
