// Banded monotone dynamic program aligning the segments of two documents.
#include "align/pairwise.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <limits>
#include <utility>
#include <vector>

namespace factlint::align {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

/// Bead shapes: segments of the first document consumed, of the second consumed.
struct Move {
  std::uint8_t da;
  std::uint8_t db;
};
constexpr Move kMoves[] = {{1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}, {2, 2}};
constexpr std::uint8_t kNone = 0xFF;

/// -log P(|X| >= x) for a standard normal X (Gale & Church 1993).
double tail_cost(double x) {
  const double v = std::erfc(x / std::sqrt(2.0));
  return v > 0 ? -std::log(v) : x * x / 2;
}

/// tail_cost by delta², sampled finely up to a cap: no square root or erfc where the length
/// cost is asked for, millions of times in a large alignment.
class LengthTable {
 public:
  static constexpr double kSquareSteps = 32;  ///< samples per unit of delta²

  explicit LengthTable(double cap) : cap_(cap) {
    for (std::size_t k = 0;; ++k) {
      const double cost =
          std::min(tail_cost(std::sqrt(static_cast<double>(k) / kSquareSteps)), cap);
      by_square_.push_back(cost);
      if (cost >= cap) break;
    }
  }
  [[nodiscard]] double cap() const { return cap_; }
  [[nodiscard]] double at(double delta2) const {
    const double pos = delta2 * kSquareSteps;
    return pos < static_cast<double>(by_square_.size()) ? by_square_[static_cast<std::size_t>(pos)]
                                                        : cap_;
  }

  /// The table for `cap`, built once per process for the default cap.
  static const LengthTable& for_cap(double cap) {
    static const LengthTable standard(AlignParams{}.max_length_cost);
    if (cap == standard.cap()) return standard;
    thread_local std::deque<LengthTable> others;  // a deque keeps references valid
    for (const auto& t : others) {
      if (t.cap() == cap) return t;
    }
    return others.emplace_back(cap);
  }

 private:
  double cap_;
  std::vector<double> by_square_;
};

/// The union of the anchors of up to two consecutive segments, walked in key order with
/// duplicates folded (largest weight). No allocation.
class AnchorCursor {
 public:
  AnchorCursor(const DocFeatures& doc, std::uint32_t begin, std::uint32_t end) : doc_(doc) {
    p_[0] = doc.segments[begin].anchor_begin;
    e_[0] = doc.segments[begin].anchor_end;
    if (end > begin + 1) {
      p_[1] = doc.segments[begin + 1].anchor_begin;
      e_[1] = doc.segments[begin + 1].anchor_end;
    }
  }
  [[nodiscard]] bool done() const { return p_[0] == e_[0] && p_[1] == e_[1]; }
  [[nodiscard]] std::uint64_t key() const {
    if (p_[0] == e_[0]) return doc_.anchors[p_[1]].key;
    if (p_[1] == e_[1]) return doc_.anchors[p_[0]].key;
    return std::min(doc_.anchors[p_[0]].key, doc_.anchors[p_[1]].key);
  }
  /// Weight of the current key; advances past it.
  float take() {
    const std::uint64_t k = key();
    float w = 0;
    for (int s = 0; s < 2; ++s) {
      if (p_[s] != e_[s] && doc_.anchors[p_[s]].key == k) {
        w = std::max(w, doc_.anchors[p_[s]].weight);
        ++p_[s];
      }
    }
    return w;
  }
  void skip() { static_cast<void>(take()); }

 private:
  const DocFeatures& doc_;
  std::uint32_t p_[2] = {0, 0};
  std::uint32_t e_[2] = {0, 0};
};

/// Anchors shared by the two sides of a bead.
struct Shared {
  double anchor = 0;  ///< sum of min(weight here, weight there) over shared keys
  double used = 0;    ///< sum of both sides' weights of the shared keys
};

/// The parts of a bead's cost, kept apart so that the judging after the search can read them.
struct BeadCost {
  double total = kInf;
  double anchor = 0;
  double length = 0;
  bool boilerplate_mismatch = false;
  bool boilerplate = false;  ///< both sides are boilerplate
};

/// Costs of beads between two runs of segments. Indices are local to the runs.
class Scorer {
 public:
  Scorer(const DocFeatures& a, Range ra, const DocFeatures& b, Range rb, double ratio,
         const AlignParams& p)
      : a_(a),
        b_(b),
        ra_(ra),
        rb_(rb),
        p_(p),
        ratio_(ratio),
        length_(LengthTable::for_cap(p.max_length_cost)) {
    avail_a_ = available(a, ra, b, rb);
    avail_b_ = available(b, rb, a, ra);
  }

  [[nodiscard]] std::uint32_t n() const { return ra_.size(); }
  [[nodiscard]] std::uint32_t m() const { return rb_.size(); }
  [[nodiscard]] const SegmentFeatures& seg_a(std::uint32_t i) const {
    return a_.segments[ra_.begin + i];
  }
  [[nodiscard]] const SegmentFeatures& seg_b(std::uint32_t j) const {
    return b_.segments[rb_.begin + j];
  }
  [[nodiscard]] const DocFeatures& doc_a() const { return a_; }
  [[nodiscard]] const DocFeatures& doc_b() const { return b_; }
  [[nodiscard]] std::uint32_t abs_a(std::uint32_t i) const { return ra_.begin + i; }
  [[nodiscard]] std::uint32_t abs_b(std::uint32_t j) const { return rb_.begin + j; }

  /// Leaving a segment out costs more when its anchors are found on the other side.
  [[nodiscard]] double gap_a(std::uint32_t i) const {
    return (seg_a(i).boilerplate ? p_.boilerplate_gap_cost : p_.gap_cost) +
           p_.missed_anchor_cost * avail_a_[i];
  }
  [[nodiscard]] double gap_b(std::uint32_t j) const {
    return (seg_b(j).boilerplate ? p_.boilerplate_gap_cost : p_.gap_cost) +
           p_.missed_anchor_cost * avail_b_[j];
  }

  /// Gale-Church: the second side's length is about ratio × the first's, with a variance
  /// growing with the length.
  [[nodiscard]] double length_cost(double la, double lb) const {
    const double expected = la * ratio_;
    const double mean = std::max(1.0, (expected + lb) / 2);
    const double diff = lb - expected;
    return length_.at(diff * diff / (mean * p_.length_variance));
  }

  /// The cost of pairing [i0, i1) with [j0, j1), both non-empty and at most two long: the one
  /// definition of a bead's cost, used by the search and by the judging of its path alike.
  [[nodiscard]] BeadCost cost(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0,
                              std::uint32_t j1) const {
    BeadCost c;
    double la = 0;
    double lb = 0;
    double avail = 0;
    bool bp_a = true;
    bool bp_b = true;
    for (auto i = i0; i < i1; ++i) {
      la += seg_a(i).chars;
      avail += avail_a_[i];
      bp_a = bp_a && seg_a(i).boilerplate;
    }
    for (auto j = j0; j < j1; ++j) {
      lb += seg_b(j).chars;
      avail += avail_b_[j];
      bp_b = bp_b && seg_b(j).boilerplate;
    }
    const Shared sh = shared(i0, i1, j0, j1);
    c.length = length_cost(la, lb);
    c.anchor = sh.anchor;
    c.boilerplate_mismatch = bp_a != bp_b;
    c.boilerplate = bp_a && bp_b;
    const std::uint32_t da = i1 - i0;
    const std::uint32_t db = j1 - j0;
    double prior = 0;
    if (da == 2 && db == 2) {
      prior = p_.merge22_cost;
    } else if (da + db == 3) {
      prior = p_.merge_cost;
    }
    // Anchors whose counterpart exists elsewhere on the other side speak against this pairing.
    c.total = prior + c.length - c.anchor + p_.missed_anchor_cost * std::max(0.0, avail - sh.used);
    if (c.boilerplate_mismatch) c.total += p_.boilerplate_mismatch_cost;
    return c;
  }

 private:
  const DocFeatures& a_;
  const DocFeatures& b_;
  Range ra_;
  Range rb_;
  const AlignParams& p_;
  double ratio_ = 1.0;
  const LengthTable& length_;

  std::vector<float> avail_a_;
  std::vector<float> avail_b_;

  /// Anchors shared by [i0, i1) and [j0, j1).
  [[nodiscard]] Shared shared(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0,
                              std::uint32_t j1) const {
    Shared out;
    std::uint64_t sig_a = 0;
    std::uint64_t sig_b = 0;
    for (auto i = i0; i < i1; ++i) sig_a |= seg_a(i).signature;
    for (auto j = j0; j < j1; ++j) sig_b |= seg_b(j).signature;
    if ((sig_a & sig_b) == 0) return out;  // disjoint signatures: no shared key
    AnchorCursor ca(a_, abs_a(i0), abs_a(i1));
    AnchorCursor cb(b_, abs_b(j0), abs_b(j1));
    while (!ca.done() && !cb.done()) {
      const std::uint64_t ka = ca.key();
      const std::uint64_t kb = cb.key();
      if (ka < kb) {
        ca.skip();
      } else if (kb < ka) {
        cb.skip();
      } else {
        const float wa = ca.take();
        const float wb = cb.take();
        out.anchor += std::min(wa, wb);
        out.used += wa + wb;
      }
    }
    return out;
  }

  /// Per segment of run `rx` of `x`: the weight of its anchors that occur in run `ry` of `y`.
  static std::vector<float> available(const DocFeatures& x, Range rx, const DocFeatures& y,
                                      Range ry) {
    // The keys of `ry` in an open-addressed set (a sort of them and a search per anchor of
    // `rx` cost several times more).
    std::size_t count = 0;
    for (auto s = ry.begin; s < ry.end; ++s) {
      count += y.segments[s].anchor_end - y.segments[s].anchor_begin;
    }
    int bits = 4;
    while ((std::size_t{1} << bits) < 2 * count) ++bits;
    struct Slot {
      std::uint64_t key = 0;
      bool used = false;
    };
    std::vector<Slot> table(std::size_t{1} << bits);
    const std::size_t mask = table.size() - 1;
    const auto slot_of = [&](std::uint64_t key) -> Slot& {
      std::size_t at = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> (64 - bits));
      while (table[at].used && table[at].key != key) at = (at + 1) & mask;
      return table[at];
    };
    for (auto s = ry.begin; s < ry.end; ++s) {
      for (auto k = y.segments[s].anchor_begin; k < y.segments[s].anchor_end; ++k) {
        Slot& slot = slot_of(y.anchors[k].key);
        slot.key = y.anchors[k].key;
        slot.used = true;
      }
    }
    std::vector<float> out(rx.size(), 0.0F);
    for (auto s = rx.begin; s < rx.end; ++s) {
      for (auto k = x.segments[s].anchor_begin; k < x.segments[s].anchor_end; ++k) {
        if (slot_of(x.anchors[k].key).used) out[s - rx.begin] += x.anchors[k].weight;
      }
    }
    return out;
  }
};

/// The band: for position i of the first run, positions [lo(i), hi(i)] of the second around a
/// centre line. Rows reach to their neighbours' centres so that the band stays connected where
/// the centre jumps (an added passage).
class Band {
 public:
  Band(const std::vector<std::uint32_t>& centre, std::uint32_t m, std::uint32_t half) : m_(m) {
    const auto n = static_cast<std::uint32_t>(centre.size() - 1);
    lo_.resize(n + 1);
    hi_.resize(n + 1);
    start_.resize(n + 2);
    start_[0] = 0;
    for (std::uint32_t i = 0; i <= n; ++i) {
      const std::uint32_t low = std::min(centre[i], i > 0 ? centre[i - 1] : centre[i]);
      const std::uint32_t high = std::max(centre[i], i < n ? centre[i + 1] : centre[i]);
      lo_[i] = low > half ? low - half : 0;
      hi_[i] = std::min(m, high + half);
      start_[i + 1] = start_[i] + (hi_[i] - lo_[i] + 1);
    }
  }
  [[nodiscard]] std::uint32_t lo(std::uint32_t i) const { return lo_[i]; }
  [[nodiscard]] std::uint32_t hi(std::uint32_t i) const { return hi_[i]; }
  [[nodiscard]] std::size_t cells() const { return start_.back(); }
  [[nodiscard]] bool contains(std::uint32_t i, std::uint32_t j) const {
    return j >= lo_[i] && j <= hi_[i];
  }
  [[nodiscard]] std::size_t index(std::uint32_t i, std::uint32_t j) const {
    return start_[i] + (j - lo_[i]);
  }
  /// A cell on the band's inner edge (not the runs' own edges).
  [[nodiscard]] bool on_edge(std::uint32_t i, std::uint32_t j) const {
    return (j == lo_[i] && lo_[i] > 0) || (j == hi_[i] && hi_[i] < m_);
  }

 private:
  std::uint32_t m_;
  std::vector<std::uint32_t> lo_;
  std::vector<std::uint32_t> hi_;
  std::vector<std::size_t> start_;
};

/// Keys that occur in exactly one segment of run `r` of `doc`, with that segment's local index,
/// sorted by key.
std::vector<std::pair<std::uint64_t, std::uint32_t>> unique_keys(const DocFeatures& doc, Range r) {
  std::vector<std::pair<std::uint64_t, std::uint32_t>> all;
  for (auto s = r.begin; s < r.end; ++s) {
    for (auto k = doc.segments[s].anchor_begin; k < doc.segments[s].anchor_end; ++k) {
      all.emplace_back(doc.anchors[k].key, s - r.begin);
    }
  }
  std::sort(all.begin(), all.end());
  std::vector<std::pair<std::uint64_t, std::uint32_t>> out;
  for (std::size_t k = 0; k < all.size(); ++k) {
    const bool dup_before = k > 0 && all[k - 1].first == all[k].first;
    const bool dup_after = k + 1 < all.size() && all[k + 1].first == all[k].first;
    if (!dup_before && !dup_after) out.push_back(all[k]);
  }
  return out;
}

/// The band's centre line: for each position 0..n of the first run, the expected position in
/// the second. It runs through the longest monotone chain of anchors that occur exactly once
/// on each side, straight between them.
std::vector<std::uint32_t> centre_line(const DocFeatures& a, Range ra, const DocFeatures& b,
                                       Range rb) {
  const std::uint32_t n = ra.size();
  const std::uint32_t m = rb.size();
  const auto ua = unique_keys(a, ra);
  const auto ub = unique_keys(b, rb);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;  // (i, j) sharing a unique key
  for (std::size_t x = 0, y = 0; x < ua.size() && y < ub.size();) {
    if (ua[x].first < ub[y].first) {
      ++x;
    } else if (ub[y].first < ua[x].first) {
      ++y;
    } else {
      pairs.emplace_back(ua[x].second, ub[y].second);
      ++x;
      ++y;
    }
  }
  // Longest chain strictly increasing in both i and j: patience sorting on j, with equal i
  // ordered by decreasing j so that two pairs of one segment never chain.
  std::sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first < y.first : x.second > y.second;
  });
  std::vector<std::size_t> tails;
  std::vector<std::size_t> prev(pairs.size(), SIZE_MAX);
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    const auto pos =
        std::lower_bound(tails.begin(), tails.end(), pairs[k].second,
                         [&](std::size_t t, std::uint32_t j) { return pairs[t].second < j; });
    if (pos != tails.begin()) prev[k] = *(pos - 1);
    if (pos == tails.end()) {
      tails.push_back(k);
    } else {
      *pos = k;
    }
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> chain{{0, 0}};
  std::vector<std::pair<std::uint32_t, std::uint32_t>> picked;
  for (std::size_t k = tails.empty() ? SIZE_MAX : tails.back(); k != SIZE_MAX; k = prev[k]) {
    picked.push_back(pairs[k]);
  }
  std::reverse(picked.begin(), picked.end());
  for (const auto& p : picked) {
    if (p.first > chain.back().first && p.second >= chain.back().second) chain.push_back(p);
  }
  if (chain.back().first < n || chain.size() == 1) chain.emplace_back(n, m);
  std::vector<std::uint32_t> centre(n + 1, 0);
  for (std::size_t c = 0; c + 1 < chain.size(); ++c) {
    const auto [i0, j0] = chain[c];
    const auto [i1, j1] = chain[c + 1];
    for (std::uint32_t i = i0; i <= i1 && i <= n; ++i) {
      const std::uint64_t num = static_cast<std::uint64_t>(i - i0) * (std::max(j1, j0) - j0);
      centre[i] = std::min(m, j0 + static_cast<std::uint32_t>(i1 > i0 ? num / (i1 - i0) : 0));
    }
  }
  return centre;
}

/// A bead by its start and shape, in local indices.
struct Shape {
  std::uint32_t i;
  std::uint32_t da;
  std::uint32_t j;
  std::uint32_t db;
};

/// One pass of the search inside `band`: the path from (0,0) to (n,m), and whether it touched
/// the band's edge.
bool run_dp(const Scorer& scorer, const Band& band, std::vector<double>& cost,
            std::vector<std::uint8_t>& back, std::vector<Shape>& path) {
  const std::uint32_t n = scorer.n();
  const std::uint32_t m = scorer.m();
  cost.assign(band.cells(), kInf);
  back.assign(band.cells(), kNone);
  cost[band.index(0, 0)] = 0;
  std::vector<double> gap_a(n);
  std::vector<double> gap_b(m);
  for (std::uint32_t x = 0; x < n; ++x) gap_a[x] = scorer.gap_a(x);
  for (std::uint32_t y = 0; y < m; ++y) gap_b[y] = scorer.gap_b(y);
  for (std::uint32_t i = 0; i <= n; ++i) {
    for (std::uint32_t j = band.lo(i); j <= band.hi(i); ++j) {
      if (i == 0 && j == 0) continue;
      double best = kInf;
      std::uint8_t best_move = kNone;
      for (std::uint8_t mv = 0; mv < 6; ++mv) {
        const auto [da, db] = kMoves[mv];
        if (i < da || j < db) continue;
        const std::uint32_t pi = i - da;
        const std::uint32_t pj = j - db;
        if (!band.contains(pi, pj)) continue;
        const double from = cost[band.index(pi, pj)];
        if (from == kInf) continue;
        double step = 0;
        if (da == 0) {
          step = gap_b[pj];
        } else if (db == 0) {
          step = gap_a[pi];
        } else {
          step = scorer.cost(pi, i, pj, j).total;
        }
        // Strict "<" keeps the first move in kMoves order on ties: deterministic.
        if (from + step < best) {
          best = from + step;
          best_move = mv;
        }
      }
      cost[band.index(i, j)] = best;
      back[band.index(i, j)] = best_move;
    }
  }
  path.clear();
  bool touched = false;
  std::uint32_t i = n;
  std::uint32_t j = m;
  while (i > 0 || j > 0) {
    const std::uint8_t mv = back[band.index(i, j)];
    if (mv == kNone) break;  // cannot happen: (0,0) reaches every cell of a connected band
    if (band.on_edge(i, j)) touched = true;
    i -= kMoves[mv].da;
    j -= kMoves[mv].db;
    path.push_back(Shape{i, kMoves[mv].da, j, kMoves[mv].db});
  }
  std::reverse(path.begin(), path.end());
  return touched;
}

/// A 1:2 or 2:1 merge must earn its extra segment: by a clearly better length fit, or by an
/// anchor in that segment. Otherwise it is a 1:1 pairing and a gap (a short unrelated sentence
/// next to a good pairing is not part of it).
void unmerge_unearned(const Scorer& scorer, const AlignParams& params, std::vector<Shape>& path) {
  std::vector<Shape> out;
  out.reserve(path.size() + 4);
  for (const auto& s : path) {
    if (s.da + s.db != 3) {
      out.push_back(s);
      continue;
    }
    const bool a_two = s.da == 2;
    const BeadCost merged = scorer.cost(s.i, s.i + s.da, s.j, s.j + s.db);
    double best = kInf;
    int drop = -1;  // which segment of the two-segment side to leave out: 0 first, 1 second
    for (int x = 0; x < 2; ++x) {
      const std::uint32_t keep = (a_two ? s.i : s.j) + (x == 0 ? 1 : 0);
      const std::uint32_t gone = (a_two ? s.i : s.j) + (x == 0 ? 0 : 1);
      const BeadCost sub = a_two ? scorer.cost(keep, keep + 1, s.j, s.j + 1)
                                 : scorer.cost(s.i, s.i + 1, keep, keep + 1);
      const BeadCost alone = a_two ? scorer.cost(gone, gone + 1, s.j, s.j + 1)
                                   : scorer.cost(s.i, s.i + 1, gone, gone + 1);
      if (alone.anchor > 0 || sub.boilerplate_mismatch) continue;
      if (sub.length < best) {
        best = sub.length;
        drop = x;
      }
    }
    if (drop < 0 || best - merged.length >= params.merge_min_gain) {
      out.push_back(s);
      continue;
    }
    if (a_two) {
      if (drop == 0) {
        out.push_back(Shape{s.i, 1, s.j, 0});
        out.push_back(Shape{s.i + 1, 1, s.j, 1});
      } else {
        out.push_back(Shape{s.i, 1, s.j, 1});
        out.push_back(Shape{s.i + 1, 1, s.j + 1, 0});
      }
    } else {
      if (drop == 0) {
        out.push_back(Shape{s.i, 0, s.j, 1});
        out.push_back(Shape{s.i, 1, s.j + 1, 1});
      } else {
        out.push_back(Shape{s.i, 1, s.j, 1});
        out.push_back(Shape{s.i + 1, 0, s.j + 1, 1});
      }
    }
  }
  path.swap(out);
}

/// Segments merged by a bead share one row in every version, so a merge must be anchored:
/// length alone cannot tell a 2:1 from a 1:1 next to a gap, and at the end of an article, where
/// every site has its own furniture, it would glue leftovers of several versions into a row.
/// Unanchored merges are split into 1:1 pairings (judged like any other) and a gap. Applied to
/// both sides alike.
void split_unanchored_merges(const Scorer& scorer, const AlignParams& params,
                             std::vector<Shape>& path) {
  std::vector<Shape> out;
  out.reserve(path.size() + 4);
  for (const Shape& sh : path) {
    if (sh.da + sh.db <= 2 || sh.da == 0 || sh.db == 0 ||
        scorer.cost(sh.i, sh.i + sh.da, sh.j, sh.j + sh.db).anchor >= params.anchored_min) {
      out.push_back(sh);
      continue;
    }
    if (sh.da == 2 && sh.db == 2) {
      out.push_back(Shape{sh.i, 1, sh.j, 1});
      out.push_back(Shape{sh.i + 1, 1, sh.j + 1, 1});
      continue;
    }
    // 2:1 or 1:2: the single segment pairs with the better of the two, the other is a gap.
    const bool a_two = sh.da == 2;
    const BeadCost first = scorer.cost(sh.i, sh.i + 1, sh.j, sh.j + 1);
    const BeadCost second = a_two ? scorer.cost(sh.i + 1, sh.i + 2, sh.j, sh.j + 1)
                                  : scorer.cost(sh.i, sh.i + 1, sh.j + 1, sh.j + 2);
    const bool keep_first = first.total <= second.total;
    if (a_two) {
      if (keep_first) {
        out.push_back(Shape{sh.i, 1, sh.j, 1});
        out.push_back(Shape{sh.i + 1, 1, sh.j + 1, 0});
      } else {
        out.push_back(Shape{sh.i, 1, sh.j, 0});
        out.push_back(Shape{sh.i + 1, 1, sh.j, 1});
      }
    } else {
      if (keep_first) {
        out.push_back(Shape{sh.i, 1, sh.j, 1});
        out.push_back(Shape{sh.i + 1, 0, sh.j + 1, 1});
      } else {
        out.push_back(Shape{sh.i, 0, sh.j, 1});
        out.push_back(Shape{sh.i, 1, sh.j + 1, 1});
      }
    }
  }
  path.swap(out);
}

/// Judges every pairing of the path, turns weak ones into gaps and scores the rest. The
/// evidence is the text's: length, shared tokens, the shape of its facts, equal numbers. A
/// changed value removes at most a number anchor; it never turns a pairing into a gap on its
/// own, since a pairing is kept on length next to an anchored one or when long enough.
std::vector<Bead> judge(const Scorer& scorer, const AlignParams& params,
                        const std::vector<Shape>& path) {
  struct Judged {
    Shape step{};
    BeadCost cost;
    bool kept = false;
    bool anchored = false;
    bool plausible = false;  ///< length fits, no furniture involved
    bool long_enough = false;
  };
  std::vector<Judged> judged;
  judged.reserve(path.size());
  for (const auto& s : path) {
    Judged jd;
    jd.step = s;
    if (s.da > 0 && s.db > 0) {
      jd.cost = scorer.cost(s.i, s.i + s.da, s.j, s.j + s.db);
      jd.anchored = jd.cost.anchor >= params.anchored_min && !jd.cost.boilerplate_mismatch &&
                    jd.cost.length < params.max_length_cost;
      std::uint32_t len_a = 0;
      std::uint32_t len_b = 0;
      for (auto i = s.i; i < s.i + s.da; ++i) len_a += scorer.seg_a(i).chars;
      for (auto j = s.j; j < s.j + s.db; ++j) len_b += scorer.seg_b(j).chars;
      // Furniture rarely has a counterpart: boilerplate pairs only on anchors.
      jd.plausible = !jd.cost.boilerplate_mismatch && !jd.cost.boilerplate &&
                     jd.cost.length <= params.unanchored_max_length_cost;
      jd.long_enough = std::min(len_a, len_b) >= params.unanchored_min_chars;
    }
    judged.push_back(jd);
  }
  const auto is_pair = [&](std::size_t k) {
    return judged[k].step.da > 0 && judged[k].step.db > 0;
  };
  // The nearest pairings before and after k (gaps skipped) are anchored.
  const auto anchored_before = [&](std::size_t k) {
    while (k > 0) {
      --k;
      if (is_pair(k)) return judged[k].anchored;
    }
    return false;
  };
  const auto anchored_after = [&](std::size_t k) {
    for (++k; k < judged.size(); ++k) {
      if (is_pair(k)) return judged[k].anchored;
    }
    return false;
  };
  for (std::size_t k = 0; k < judged.size(); ++k) {
    Judged& jd = judged[k];
    if (!is_pair(k)) continue;
    // On length alone: long sentences stand on their own, a short one next to an anchored
    // pairing. Between two anchored pairings with nothing else in between, the pairing is the
    // only one possible: kept even with a poor length fit (a translation that dropped a clause).
    const bool boxed_in = k > 0 && k + 1 < judged.size() && is_pair(k - 1) &&
                          judged[k - 1].anchored && is_pair(k + 1) && judged[k + 1].anchored;
    const bool content = !jd.cost.boilerplate_mismatch && !jd.cost.boilerplate;
    jd.kept = jd.anchored ||
              (jd.plausible && (jd.long_enough || anchored_before(k) || anchored_after(k))) ||
              (boxed_in && content && jd.cost.length < params.max_length_cost);
  }
  std::vector<Bead> beads;
  beads.reserve(judged.size() + 4);
  for (std::size_t k = 0; k < judged.size(); ++k) {
    const Judged& jd = judged[k];
    const std::uint32_t da = jd.step.da;
    const std::uint32_t db = jd.step.db;
    const std::uint32_t i = scorer.abs_a(jd.step.i);
    const std::uint32_t j = scorer.abs_b(jd.step.j);
    if (!jd.kept) {
      for (std::uint32_t x = 0; x < da; ++x) beads.push_back(Bead{i + x, i + x + 1, j, j});
      for (std::uint32_t y = 0; y < db; ++y) {
        beads.push_back(Bead{i + da, i + da, j + y, j + y + 1});
      }
      continue;
    }
    Bead bead{i, i + da, j, j + db};
    bead.anchor = jd.cost.anchor;
    bead.length_cost = jd.cost.length;
    if (jd.anchored) {
      bead.score = std::clamp(0.6 + 0.1 * jd.cost.anchor - 0.03 * jd.cost.length, 0.5, 1.0);
    } else {
      // Length alone: plausible, confident only between two anchored pairings.
      const bool sandwiched = anchored_before(k) && anchored_after(k);
      bead.score = std::clamp(0.45 - 0.05 * jd.cost.length + (sandwiched ? 0.15 : 0.0), 0.05, 0.6);
    }
    beads.push_back(bead);
  }
  return beads;
}

/// Segment ranges of the blocks that hold segments, in order.
std::vector<Range> block_ranges(const DocFeatures& d) {
  std::vector<Range> out;
  for (std::uint32_t s = 0; s < d.segments.size(); ++s) {
    if (s == 0 || d.segments[s].block != d.segments[s - 1].block) {
      out.push_back(Range{s, s + 1});
    } else {
      out.back().end = s + 1;
    }
  }
  return out;
}

std::uint64_t range_chars(const DocFeatures& d, Range r) {
  std::uint64_t n = 0;
  for (auto s = r.begin; s < r.end; ++s) n += d.segments[s].chars;
  return n;
}

double length_ratio(const DocFeatures& a, const DocFeatures& b) {
  return (a.content_chars > 0 && b.content_chars > 0)
             ? static_cast<double>(b.content_chars) / static_cast<double>(a.content_chars)
             : 1.0;
}

/// The block pairs of two documents that are units of one another: blocks with the same unit id
/// when every block has one, else blocks in order when both have as many and nearly all pairs
/// have a plausible length. Empty when the documents are not unit-aligned.
std::vector<std::pair<Range, Range>> unit_pairs(const DocFeatures& a, const DocFeatures& b,
                                                double ratio, const AlignParams& params) {
  const auto ba = block_ranges(a);
  const auto bb = block_ranges(b);
  std::vector<std::pair<Range, Range>> out;
  if (ba.empty() || bb.empty()) return out;
  const auto unit = [](const DocFeatures& d, Range r) {
    const std::uint32_t block = d.segments[r.begin].block;
    return block < d.block_units.size() ? d.block_units[block] : 0;
  };
  const auto all_have_units = [&](const DocFeatures& d, const std::vector<Range>& rs) {
    return std::all_of(rs.begin(), rs.end(), [&](Range r) { return unit(d, r) != 0; });
  };
  if (all_have_units(a, ba) && all_have_units(b, bb)) {
    // Consecutive blocks of one unit (a message of several paragraphs) are one range.
    const auto runs = [&](const DocFeatures& d, const std::vector<Range>& rs) {
      std::vector<std::pair<std::uint64_t, Range>> out_runs;
      for (const Range r : rs) {
        if (!out_runs.empty() && out_runs.back().first == unit(d, r)) {
          out_runs.back().second.end = r.end;
        } else {
          out_runs.emplace_back(unit(d, r), r);
        }
      }
      return out_runs;
    };
    const auto ua = runs(a, ba);
    auto ub = runs(b, bb);
    std::stable_sort(ub.begin(), ub.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    for (const auto& [id, r] : ua) {
      const auto it = std::lower_bound(ub.begin(), ub.end(), id,
                                       [](const auto& e, std::uint64_t v) { return e.first < v; });
      if (it != ub.end() && it->first == id) out.emplace_back(r, it->second);
    }
    return out;
  }
  if (ba.size() != bb.size()) return out;
  // A single block on each side is a unit whatever its length; otherwise the lengths must say
  // that the n-th paragraph translates the n-th.
  std::size_t plausible = 0;
  const Scorer probe(a, Range{0, 0}, b, Range{0, 0}, ratio, params);
  for (std::size_t k = 0; k < ba.size(); ++k) {
    const double cost = probe.length_cost(static_cast<double>(range_chars(a, ba[k])),
                                          static_cast<double>(range_chars(b, bb[k])));
    if (cost <= params.max_length_cost / 2) ++plausible;
  }
  if (ba.size() > 1 &&
      static_cast<double>(plausible) < params.unit_min_plausible * static_cast<double>(ba.size())) {
    return out;
  }
  // Nor may the names and figures say otherwise: an article whose version has an extra line of
  // furniture at the top and one paragraph fewer further down has as many blocks, of plausible
  // lengths, shifted by one. Where blocks share more anchors with a neighbour of the n-th block
  // than with it, by more in all than the n-th blocks win by elsewhere, the blocks are shifted.
  if (ba.size() > 1) {
    const Scorer whole(a, Range{0, static_cast<std::uint32_t>(a.segments.size())}, b,
                       Range{0, static_cast<std::uint32_t>(b.segments.size())}, ratio, params);
    const auto anchor = [&](std::size_t i, std::size_t j) {
      return whole.cost(ba[i].begin, ba[i].end, bb[j].begin, bb[j].end).anchor;
    };
    double diagonal = 0;
    double shifted = 0;
    for (std::size_t k = 0; k < ba.size(); ++k) {
      const double here = anchor(k, k);
      double next = 0;
      if (k + 1 < ba.size()) next = std::max({next, anchor(k, k + 1), anchor(k + 1, k)});
      if (k > 0) next = std::max({next, anchor(k, k - 1), anchor(k - 1, k)});
      if (here > next) diagonal += here - next;
      if (next > here) shifted += next - here;
    }
    if (shifted > diagonal) return out;
  }
  for (std::size_t k = 0; k < ba.size(); ++k) out.emplace_back(ba[k], bb[k]);
  return out;
}

}  // namespace

std::vector<Bead> align_ranges(const DocFeatures& a, Range ra, const DocFeatures& b, Range rb,
                               double ratio, const AlignParams& params, PairStats* stats) {
  const std::uint32_t n = ra.size();
  const std::uint32_t m = rb.size();
  if (n == 0 || m == 0) {  // nothing to pair: every segment is a gap
    std::vector<Bead> gaps;
    for (std::uint32_t i = ra.begin; i < ra.end; ++i) {
      gaps.push_back(Bead{i, i + 1, rb.begin, rb.begin});
    }
    for (std::uint32_t j = rb.begin; j < rb.end; ++j) {
      gaps.push_back(Bead{ra.end, ra.end, j, j + 1});
    }
    return gaps;
  }
  const Scorer scorer(a, ra, b, rb, ratio, params);
  if (n == 1 && m == 1) {
    // One against one: nothing else it could translate.
    const BeadCost c = scorer.cost(0, 1, 0, 1);
    Bead bead{ra.begin, ra.end, rb.begin, rb.end};
    bead.score = 1.0;
    bead.anchor = c.anchor;
    bead.length_cost = c.length;
    return {bead};
  }
  const std::uint32_t longest = std::max(n, m);
  const std::vector<std::uint32_t> centre = centre_line(a, ra, b, rb);
  std::uint32_t half = std::max(params.min_band, longest / std::max(1U, params.band_divisor)) + 2;
  half = std::min(half, std::max(longest, 1U));

  std::vector<double> cost;
  std::vector<std::uint8_t> back;
  std::vector<Shape> path;
  std::uint32_t passes = 0;
  for (;;) {
    ++passes;
    const Band band(centre, m, half);
    const bool touched = run_dp(scorer, band, cost, back, path);
    if (!touched || half >= longest) break;
    half = std::min(longest, half * 2);  // the best path may lie outside: widen and redo
  }
  if (stats != nullptr) {
    stats->band = std::max(stats->band, half);
    stats->passes += passes;
  }
  unmerge_unearned(scorer, params, path);
  split_unanchored_merges(scorer, params, path);
  return judge(scorer, params, path);
}

/// A unit of at most this many segments a side is one row when its segments do not pair up.
constexpr std::uint32_t kWholeUnitSegments = 4;

/// Gaps on both sides at one place of a unit, at most this many segments a side, are one row.
constexpr std::uint32_t kJoinedGapSegments = 6;

/// Inside a unit (paragraphs already known to translate each other), segments that one side
/// leaves unpaired at the same place as the other side are the same content restructured ("…
/// PC disks. However, there can only be four of them." against "… mais il ne peut y en avoir
/// que vingt."): each run of gaps with segments on both sides becomes one row, so that its
/// facts are compared instead of dropped as extra content.
void join_facing_gaps(const DocFeatures& a, const DocFeatures& b, double ratio,
                      const AlignParams& params, std::vector<Bead>& beads) {
  const Scorer probe(a, Range{0, 0}, b, Range{0, 0}, ratio, params);
  std::vector<Bead> out;
  out.reserve(beads.size());
  const auto is_gap = [](const Bead& x) { return x.a_begin == x.a_end || x.b_begin == x.b_end; };
  for (std::size_t k = 0; k < beads.size();) {
    if (!is_gap(beads[k])) {
      out.push_back(beads[k++]);
      continue;
    }
    std::size_t e = k;
    while (e < beads.size() && is_gap(beads[e])) ++e;
    std::uint32_t a0 = UINT32_MAX;
    std::uint32_t a1 = 0;
    std::uint32_t b0 = UINT32_MAX;
    std::uint32_t b1 = 0;
    for (std::size_t x = k; x < e; ++x) {
      if (beads[x].a_end > beads[x].a_begin) {
        a0 = std::min(a0, beads[x].a_begin);
        a1 = std::max(a1, beads[x].a_end);
      }
      if (beads[x].b_end > beads[x].b_begin) {
        b0 = std::min(b0, beads[x].b_begin);
        b1 = std::max(b1, beads[x].b_end);
      }
    }
    // The two sides must fit by length too: a long sentence against a short unrelated one in
    // the same place stays two gaps.
    const bool fits = a0 < a1 && b0 < b1 && a1 - a0 <= kJoinedGapSegments &&
                      b1 - b0 <= kJoinedGapSegments &&
                      probe.length_cost(static_cast<double>(range_chars(a, Range{a0, a1})),
                                        static_cast<double>(range_chars(b, Range{b0, b1}))) <=
                          params.unanchored_max_length_cost;
    if (fits) {
      Bead joined{a0, a1, b0, b1};
      joined.score = params.confident_score;
      out.push_back(joined);
    } else {
      out.insert(out.end(), beads.begin() + static_cast<std::ptrdiff_t>(k),
                 beads.begin() + static_cast<std::ptrdiff_t>(e));
    }
    k = e;
  }
  beads.swap(out);
}

std::vector<Bead> align_pair(const DocFeatures& a, const DocFeatures& b, const AlignParams& params,
                             PairStats* stats) {
  if (stats != nullptr) *stats = PairStats{};
  const double ratio = length_ratio(a, b);
  const auto units = unit_pairs(a, b, ratio, params);
  if (units.empty()) {
    return align_ranges(a, Range{0, static_cast<std::uint32_t>(a.segments.size())}, b,
                        Range{0, static_cast<std::uint32_t>(b.segments.size())}, ratio, params,
                        stats);
  }
  if (stats != nullptr) stats->units = true;
  std::vector<Bead> out;
  std::vector<bool> seen_b(b.segments.size(), false);
  std::vector<bool> seen_a(a.segments.size(), false);
  for (const auto& [ra, rb] : units) {
    auto beads = align_ranges(a, ra, b, rb, ratio, params, stats);
    // Units are aligned already: when their few segments do not pair up with confidence
    // ("Key is valid for? (0)" against "… valable ? (1)", where the changed figure was the
    // only thing to go by), the unit is one row, and its facts pair inside it.
    const bool unsure = std::any_of(beads.begin(), beads.end(), [&](const Bead& x) {
      return x.a_begin == x.a_end || x.b_begin == x.b_end || x.score < params.confident_score;
    });
    if (unsure && ra.size() <= kWholeUnitSegments && rb.size() <= kWholeUnitSegments) {
      Bead whole{ra.begin, ra.end, rb.begin, rb.end};
      whole.score = 1.0;
      beads.assign(1, whole);
    } else {
      join_facing_gaps(a, b, ratio, params, beads);
    }
    for (const Bead& bead : beads) out.push_back(bead);
    for (auto i = ra.begin; i < ra.end; ++i) seen_a[i] = true;
    for (auto j = rb.begin; j < rb.end; ++j) seen_b[j] = true;
  }
  // Blocks whose unit the other version lacks.
  for (std::uint32_t i = 0; i < a.segments.size(); ++i) {
    if (!seen_a[i]) out.push_back(Bead{i, i + 1, 0, 0});
  }
  for (std::uint32_t j = 0; j < b.segments.size(); ++j) {
    if (!seen_b[j]) out.push_back(Bead{0, 0, j, j + 1});
  }
  return out;
}

}  // namespace factlint::align
