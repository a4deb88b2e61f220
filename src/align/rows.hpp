// Rows across N versions: the pairwise alignments of every pair of versions joined into rows.
#pragma once

#include <cstdint>
#include <vector>

#include "align/pairwise.hpp"
#include "core/fact.hpp"

namespace factlint::align {

/// The beads of one pair of documents (`a` < `b`).
struct PairBeads {
  std::uint32_t a = 0;
  std::uint32_t b = 0;
  std::vector<Bead> beads;
};

/// Most segments of one document a row may hold: versions merge and split sentences
/// differently, but a row that keeps growing is two passages glued by a wrong pairing.
constexpr std::uint32_t kMaxSegmentsPerRow = 4;

/// Joins the pairings of every pair of documents into rows: the segments linked by pairings,
/// strongest first, as long as each document's segments in a row stay consecutive and at most
/// kMaxSegmentsPerRow. Rows hold content of two or more versions and are ordered so that every
/// document reads them in its own order where the versions agree (relative positions break
/// ties). `segment_counts[d]` is the number of segments of document d. Fills `rows` and
/// `row_of_segment` (-1 for segments no other version has) of `out`. No version is privileged.
void build_rows(const std::vector<std::uint32_t>& segment_counts,
                const std::vector<PairBeads>& pairs, Alignment& out);

/// In a set of three or more versions, drops the rows whose content (non-boilerplate segments)
/// only two versions share and that only the lengths paired (score below `confident_score`):
/// two leftovers at the same place, such as an author's note and a related-article link, are
/// rarely a translation of each other. Re-numbers rows and `row_of_segment`.
void drop_unsupported_rows(const std::vector<Document>& docs, double confident_score,
                           Alignment& out);

}  // namespace factlint::align
