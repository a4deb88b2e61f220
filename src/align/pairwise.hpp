// Pairwise segment alignment: per-segment features and the banded monotone dynamic program.
#pragma once

#include <cstdint>
#include <vector>

#include "core/document.hpp"
#include "core/fact.hpp"

namespace factlint::align {

/// Tunable constants of the aligner. The defaults are documented in docs/alignment.md.
struct AlignParams {
  double length_variance = 6.8;       ///< Gale-Church s²: variance of length per character
  double max_length_cost = 12.0;      ///< cap of the length cost of one bead
  double gap_cost = 3.0;              ///< cost of leaving one content segment without counterpart
  double boilerplate_gap_cost = 0.4;  ///< cost of leaving one boilerplate segment unaligned
  double merge_cost = 2.3;            ///< extra cost of a 1:2 or 2:1 bead
  double merge_min_gain = 1.0;        ///< length-cost gain a 1:2 / 2:1 merge must show
  double merge22_cost = 4.0;          ///< extra cost of a 2:2 bead
  double boilerplate_mismatch_cost = 8.0;  ///< pairing boilerplate with content
  double token_weight = 2.0;               ///< anchor weight of a shared identical token
  double number_weight = 1.5;  ///< anchor weight of an equal number (added to scale weight)
  double scale_weight = 2.5;   ///< anchor weight of numbers equal up to a power of 1000
  /// Anchor weight of the same count of facts of each kind ("one amount, one percentage"):
  /// evidence that survives a changed value.
  double shape_weight = 0.5;
  double missed_anchor_cost = 0.5;  ///< per unit of anchor weight found elsewhere
  double anchored_min = 1.0;        ///< shared anchor weight that makes a pairing "anchored"
  double unanchored_max_length_cost = 2.0;  ///< an unanchored pairing is kept only below this
  std::uint32_t unanchored_min_chars = 30;  ///< … and only if both sides are this long
  double confident_score = 0.5;             ///< rows at or above this score are "confident"
  std::uint32_t min_band = 8;               ///< half-width of the band, at least
  std::uint32_t band_divisor = 512;         ///< half-width is at least max(n, m) / band_divisor
  /// Blocks count as units (aligned one to one) when the two documents have the same number
  /// of blocks and at least this share of block pairs has a plausible length ratio.
  double unit_min_plausible = 0.9;
};

/// One anchor of a segment: a hashed key (token, exact number, number up to 10^3k, or fact
/// shape) and its weight in this document (the base weight divided by the number of segments
/// that have it).
struct Anchor {
  std::uint64_t key = 0;
  float weight = 0;
};

/// Whether an anchor key stands for a number (exact or up to a power of 1000).
[[nodiscard]] inline bool is_number_anchor(std::uint64_t key) {
  const std::uint64_t tag = key >> 62;
  return tag == 1 || tag == 2;
}

/// What the dynamic program needs to know about one segment.
struct SegmentFeatures {
  std::uint32_t chars = 0;         ///< length in code points
  std::uint32_t block = 0;         ///< the block (paragraph, line) it sits in
  std::uint32_t anchor_begin = 0;  ///< range into DocFeatures::anchors, sorted by key
  std::uint32_t anchor_end = 0;
  std::uint64_t signature = 0;  ///< one bit per anchor key (a 64-bit Bloom filter)
  bool boilerplate = false;
};

/// Features of all segments of one document.
struct DocFeatures {
  std::vector<SegmentFeatures> segments;
  std::vector<Anchor> anchors;
  /// Per block: a hash of its unit id (Block::unit), 0 when it has none.
  std::vector<std::uint64_t> block_units;
  std::uint64_t content_chars = 0;  ///< total length of non-boilerplate segments
};

/// Builds the features of `doc`; `facts` are the run's facts (only those with
/// `Fact::doc == doc_index` are used).
[[nodiscard]] DocFeatures compute_features(const Document& doc, std::uint32_t doc_index,
                                           const std::vector<Fact>& facts);

/// A bead of the alignment path: segments [a_begin, a_end) of the first document with
/// [b_begin, b_end) of the second. One side may be empty (a gap).
struct Bead {
  std::uint32_t a_begin = 0;
  std::uint32_t a_end = 0;
  std::uint32_t b_begin = 0;
  std::uint32_t b_end = 0;
  double score = 0.0;      ///< confidence 0..1 (0 for gaps)
  double anchor = 0.0;     ///< shared anchor weight
  double length_cost = 0;  ///< Gale-Church length cost
};

/// Diagnostics of one pairwise run (for tests and --verbose).
struct PairStats {
  std::uint32_t band = 0;    ///< final half-width of the band
  std::uint32_t passes = 0;  ///< 1 + number of widenings (0 when no DP ran)
  bool units = false;        ///< the documents were aligned block by block
};

/// A half-open run of segment indices.
struct Range {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  [[nodiscard]] std::uint32_t size() const { return end - begin; }
};

/// Aligns segments `ra` of `a` with segments `rb` of `b`: a monotone banded dynamic program
/// over 1:1, 1:0, 0:1, 1:2, 2:1 and 2:2 beads, then weak pairings are turned into gaps. One
/// segment against one segment is a pairing with certainty (score 1). `ratio` is the expected
/// length of `b` per code point of `a`. The beads cover both ranges in order, with indices of
/// the whole documents. Deterministic; symmetric in the evidence it uses.
[[nodiscard]] std::vector<Bead> align_ranges(const DocFeatures& a, Range ra, const DocFeatures& b,
                                             Range rb, double ratio, const AlignParams& params,
                                             PairStats* stats = nullptr);

/// Aligns document `b` to document `a`. When both have the same blocks (a line-per-unit file,
/// units with ids) the blocks are paired one to one and only the segments inside each pair are
/// aligned; otherwise the whole documents are aligned with align_ranges.
[[nodiscard]] std::vector<Bead> align_pair(const DocFeatures& a, const DocFeatures& b,
                                           const AlignParams& params, PairStats* stats = nullptr);

}  // namespace factlint::align
