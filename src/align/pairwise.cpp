// Banded monotone dynamic program aligning one document's segments to the pivot's.
#include "align/pairwise.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace factlint::align {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

/// Bead shapes: pivot segments consumed, other segments consumed.
struct Move {
  std::uint8_t da;
  std::uint8_t db;
};
constexpr Move kMoves[] = {{1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}, {2, 2}};
constexpr std::uint8_t kNone = 0xFF;

/// -log P(|X| >= x) for a standard normal X (Gale & Church 1993), from a table with linear
/// interpolation: the DP asks for it millions of times.
double tail_cost(double x) {
  constexpr int kSteps = 64;  // per unit of x
  constexpr int kMax = 12;
  static const std::vector<double> table = [] {
    std::vector<double> t(kMax * kSteps + 2);
    for (std::size_t k = 0; k < t.size(); ++k) {
      const double v = std::erfc(static_cast<double>(k) / kSteps / std::sqrt(2.0));
      t[k] = v > 0 ? -std::log(v) : 1e9;
    }
    return t;
  }();
  if (x >= kMax) return x * x / 2;  // the tail's asymptote, far beyond any cap
  const double pos = x * kSteps;
  const auto k = static_cast<std::size_t>(pos);
  const double frac = pos - static_cast<double>(k);
  return table[k] + (table[k + 1] - table[k]) * frac;
}

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
  double anchor = 0;    ///< sum of min(weight here, weight there) over shared keys
  double used = 0;      ///< sum of both sides' weights of the shared keys
  bool number = false;  ///< a shared key is a number
};

/// The parts of a bead's cost, kept apart so that the filter can judge them.
struct BeadCost {
  double total = kInf;
  double anchor = 0;
  double length = 0;
  double missed = 0;
  bool number_conflict = false;
  bool boilerplate_mismatch = false;
  bool boilerplate = false;  ///< both sides are boilerplate
};

class Scorer {
 public:
  Scorer(const DocFeatures& a, const DocFeatures& b, const AlignParams& p)
      : a_(a), b_(b), p_(p), avail_a_(available(a, b)), avail_b_(available(b, a)) {
    ratio_ = (a.content_chars > 0 && b.content_chars > 0)
                 ? static_cast<double>(b.content_chars) / static_cast<double>(a.content_chars)
                 : 1.0;
    flatten(a, chars_a_, flags_a_);
    flatten(b, chars_b_, flags_b_);
    // The length cost by delta², sampled finely up to the cap: no sqrt in the DP's inner loop.
    for (std::size_t k = 0;; ++k) {
      const double cost =
          std::min(tail_cost(std::sqrt(static_cast<double>(k) / kSquareSteps)), p_.max_length_cost);
      by_square_.push_back(cost);
      if (cost >= p_.max_length_cost) break;
    }
  }

  /// Leaving a segment out costs more when its anchors are found in the other document.
  [[nodiscard]] double gap_a(std::uint32_t i) const {
    return (a_.segments[i].boilerplate ? p_.boilerplate_gap_cost : p_.gap_cost) +
           p_.missed_anchor_cost * avail_a_[i];
  }
  [[nodiscard]] double gap_b(std::uint32_t j) const {
    return (b_.segments[j].boilerplate ? p_.boilerplate_gap_cost : p_.gap_cost) +
           p_.missed_anchor_cost * avail_b_[j];
  }

  /// Cost of pairing pivot [i0, i1) with other [j0, j1), both non-empty.
  /// The DP's cost of a bead of `da` pivot and `db` other segments starting at (i0, j0), both
  /// non-empty: the same sum as pair(), from flat per-segment arrays.
  [[nodiscard]] double fast_total(std::uint32_t i0, std::uint32_t da, std::uint32_t j0,
                                  std::uint32_t db, const Shared& sh) const {
    double la = chars_a_[i0];
    double lb = chars_b_[j0];
    double avail = avail_a_[i0] + avail_b_[j0];
    unsigned fa = flags_a_[i0];
    unsigned fb = flags_b_[j0];
    double prior = 0;
    if (da == 2) {
      la += chars_a_[i0 + 1];
      avail += avail_a_[i0 + 1];
      fa = (fa & flags_a_[i0 + 1] & kBoilerplateFlag) | ((fa | flags_a_[i0 + 1]) & kNumberFlag);
      prior = p_.merge_cost;
    }
    if (db == 2) {
      lb += chars_b_[j0 + 1];
      avail += avail_b_[j0 + 1];
      fb = (fb & flags_b_[j0 + 1] & kBoilerplateFlag) | ((fb | flags_b_[j0 + 1]) & kNumberFlag);
      prior = da == 2 ? p_.merge22_cost : p_.merge_cost;
    }
    const double expected = la * ratio_;
    const double mean = std::max(1.0, (expected + lb) / 2);
    const double diff = lb - expected;
    const double delta2 = diff * diff / (mean * p_.length_variance);
    const double pos = delta2 * kSquareSteps;
    const double length = pos < static_cast<double>(by_square_.size())
                              ? by_square_[static_cast<std::size_t>(pos)]
                              : p_.max_length_cost;
    double total =
        prior + length - sh.anchor + p_.missed_anchor_cost * std::max(0.0, avail - sh.used);
    if ((fa & fb & kNumberFlag) != 0 && !sh.number) total += p_.number_conflict_cost;
    if (((fa ^ fb) & kBoilerplateFlag) != 0) total += p_.boilerplate_mismatch_cost;
    return total;
  }

  /// Exact anchors shared by pivot [i0, i1) and other [j0, j1).
  [[nodiscard]] Shared shared(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0,
                              std::uint32_t j1) const {
    Shared out;
    std::uint64_t sig_a = 0;
    std::uint64_t sig_b = 0;
    for (auto i = i0; i < i1; ++i) sig_a |= a_.segments[i].signature;
    for (auto j = j0; j < j1; ++j) sig_b |= b_.segments[j].signature;
    if ((sig_a & sig_b) == 0) return out;  // disjoint signatures: no shared key
    AnchorCursor ca(a_, i0, i1);
    AnchorCursor cb(b_, j0, j1);
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
        out.number = out.number || is_number_anchor(ka);
      }
    }
    return out;
  }

  /// Cost of pairing pivot [i0, i1) with other [j0, j1), both non-empty, exactly.
  [[nodiscard]] BeadCost pair(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0,
                              std::uint32_t j1) const {
    return pair(i0, i1, j0, j1, shared(i0, i1, j0, j1));
  }

  /// Cost of a bead given its shared anchors (exact, or summed from 1:1 cells by the DP).
  [[nodiscard]] BeadCost pair(std::uint32_t i0, std::uint32_t i1, std::uint32_t j0,
                              std::uint32_t j1, const Shared& sh) const {
    BeadCost c;
    double la = 0;
    double lb = 0;
    bool bp_a = true;
    bool bp_b = true;
    bool num_a = false;
    bool num_b = false;
    double avail = 0;
    for (auto i = i0; i < i1; ++i) {
      avail += avail_a_[i];
      la += a_.segments[i].chars;
      bp_a = bp_a && a_.segments[i].boilerplate;
      num_a = num_a || a_.segments[i].has_number;
    }
    for (auto j = j0; j < j1; ++j) {
      avail += avail_b_[j];
      lb += b_.segments[j].chars;
      bp_b = bp_b && b_.segments[j].boilerplate;
      num_b = num_b || b_.segments[j].has_number;
    }
    // Gale-Church: the other side's length is about ratio × the pivot's, with a variance
    // growing with the length.
    const double expected = la * ratio_;
    const double mean = std::max(1.0, (expected + lb) / 2);
    const double delta = (lb - expected) / std::sqrt(mean * p_.length_variance);
    c.length = std::min(tail_cost(std::fabs(delta)), p_.max_length_cost);

    c.anchor = sh.anchor;
    // Anchors whose counterpart exists elsewhere in the other document speak against
    // this pairing.
    c.missed = std::max(0.0, avail - sh.used);
    c.number_conflict = num_a && num_b && !sh.number;
    c.boilerplate_mismatch = bp_a != bp_b;
    c.boilerplate = bp_a && bp_b;

    const int shape = static_cast<int>(i1 - i0) * 4 + static_cast<int>(j1 - j0);
    double prior = 0;
    if (shape == 4 * 2 + 2) {
      prior = p_.merge22_cost;
    } else if (shape != 4 + 1) {
      prior = p_.merge_cost;
    }
    c.total = prior + c.length - c.anchor + p_.missed_anchor_cost * c.missed;
    if (c.number_conflict) c.total += p_.number_conflict_cost;
    if (c.boilerplate_mismatch) c.total += p_.boilerplate_mismatch_cost;
    return c;
  }

 private:
  const DocFeatures& a_;
  const DocFeatures& b_;
  const AlignParams& p_;
  static constexpr double kSquareSteps = 32;  ///< samples of by_square_ per unit of delta²
  static constexpr unsigned kBoilerplateFlag = 1;
  static constexpr unsigned kNumberFlag = 2;

  std::vector<float> avail_a_;
  std::vector<float> avail_b_;
  std::vector<double> chars_a_;
  std::vector<double> chars_b_;
  std::vector<std::uint8_t> flags_a_;
  std::vector<std::uint8_t> flags_b_;
  std::vector<double> by_square_;
  double ratio_ = 1.0;

  static void flatten(const DocFeatures& d, std::vector<double>& chars,
                      std::vector<std::uint8_t>& flags) {
    chars.resize(d.segments.size());
    flags.resize(d.segments.size());
    for (std::size_t s = 0; s < d.segments.size(); ++s) {
      chars[s] = d.segments[s].chars;
      flags[s] = static_cast<std::uint8_t>((d.segments[s].boilerplate ? kBoilerplateFlag : 0U) |
                                           (d.segments[s].has_number ? kNumberFlag : 0U));
    }
  }

  /// Per segment of `x`: the weight of its anchors that occur somewhere in `y`.
  static std::vector<float> available(const DocFeatures& x, const DocFeatures& y) {
    std::vector<std::uint64_t> keys;
    keys.reserve(y.anchors.size());
    for (const auto& an : y.anchors) keys.push_back(an.key);
    std::sort(keys.begin(), keys.end());
    std::vector<float> out(x.segments.size(), 0.0F);
    for (std::size_t s = 0; s < x.segments.size(); ++s) {
      for (auto k = x.segments[s].anchor_begin; k < x.segments[s].anchor_end; ++k) {
        if (std::binary_search(keys.begin(), keys.end(), x.anchors[k].key)) {
          out[s] += x.anchors[k].weight;
        }
      }
    }
    return out;
  }
};

/// The band: for pivot position i, other positions [lo(i), hi(i)] around a centre line.
/// The centre runs through the chain of anchors that occur exactly once in each document
/// (longest monotone chain), straight between them; rows reach to their neighbours' centres
/// so that the band stays connected where the centre jumps (an added passage).
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
  /// A cell on the band's inner edge (not the documents' own edges).
  [[nodiscard]] bool on_edge(std::uint32_t i, std::uint32_t j) const {
    return (j == lo_[i] && lo_[i] > 0) || (j == hi_[i] && hi_[i] < m_);
  }

 private:
  std::uint32_t m_;
  std::vector<std::uint32_t> lo_;
  std::vector<std::uint32_t> hi_;
  std::vector<std::size_t> start_;
};

/// Keys that occur in exactly one segment of `doc`, with that segment, sorted by key.
std::vector<std::pair<std::uint64_t, std::uint32_t>> unique_keys(const DocFeatures& doc) {
  std::vector<std::pair<std::uint64_t, std::uint32_t>> all;
  all.reserve(doc.anchors.size());
  for (std::uint32_t s = 0; s < doc.segments.size(); ++s) {
    for (auto k = doc.segments[s].anchor_begin; k < doc.segments[s].anchor_end; ++k) {
      all.emplace_back(doc.anchors[k].key, s);
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

/// The band's centre line: for each pivot position 0..n, the expected other position.
std::vector<std::uint32_t> centre_line(const DocFeatures& a, const DocFeatures& b) {
  const auto n = static_cast<std::uint32_t>(a.segments.size());
  const auto m = static_cast<std::uint32_t>(b.segments.size());
  const auto ua = unique_keys(a);
  const auto ub = unique_keys(b);
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
  // ordered by decreasing j so that two pairs of one pivot segment never chain.
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

struct PathStep {
  std::uint32_t i;
  std::uint32_t j;
  std::uint8_t move;
};

/// A bead by its start and shape.
struct Shape {
  std::uint32_t i;
  std::uint32_t da;
  std::uint32_t j;
  std::uint32_t db;
};

/// One pass of the DP inside `band`. Returns the path from (0,0) to (n,m) (beads in order)
/// and whether it touched the band's edge.
bool run_dp(const Scorer& scorer, std::uint32_t n, std::uint32_t m, const Band& band,
            std::vector<double>& cost, std::vector<std::uint8_t>& back, std::vector<Shared>& shares,
            std::vector<PathStep>& path) {
  const std::size_t cells = band.cells();
  cost.assign(cells, kInf);
  back.assign(cells, kNone);
  // Anchors shared by a[x] and b[y], stored at band cell (x, y): a merge's shared anchors are
  // the sum over its 1:1 cells (a key repeated in both merged segments counts twice, which
  // is slightly generous to merges; the final beads are re-scored exactly).
  shares.assign(cells, Shared{});
  for (std::uint32_t x = 0; x < n; ++x) {
    for (std::uint32_t y = band.lo(x); y <= band.hi(x) && y < m; ++y) {
      shares[band.index(x, y)] = scorer.shared(x, x + 1, y, y + 1);
    }
  }
  const auto share = [&](std::uint32_t x, std::uint32_t y) {
    return band.contains(x, y) ? shares[band.index(x, y)] : scorer.shared(x, x + 1, y, y + 1);
  };
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
      // Strict "<" keeps the first move in kMoves order on ties: deterministic.
      const auto offer = [&](std::uint8_t mv, double from, double step) {
        if (from + step < best) {
          best = from + step;
          best_move = mv;
        }
      };
      const auto prev = [&](std::uint32_t pi, std::uint32_t pj) {
        return band.contains(pi, pj) ? cost[band.index(pi, pj)] : kInf;
      };
      for (std::uint8_t mv = 0; mv < 6; ++mv) {
        const auto [da, db] = kMoves[mv];
        if (i < da || j < db) continue;
        const std::uint32_t pi = i - da;
        const std::uint32_t pj = j - db;
        const double from = prev(pi, pj);
        if (from == kInf) continue;
        if (da == 0) {
          offer(mv, from, gap_b[pj]);
        } else if (db == 0) {
          offer(mv, from, gap_a[pi]);
        } else {
          Shared sum = share(pi, pj);
          if (da + db > 2) {
            for (auto x = pi; x < i; ++x) {
              for (auto y = pj; y < j; ++y) {
                if (x == pi && y == pj) continue;
                const Shared one = share(x, y);
                sum.anchor += one.anchor;
                sum.used += one.used;
                sum.number = sum.number || one.number;
              }
            }
          }
          offer(mv, from, scorer.fast_total(pi, da, pj, db, sum));
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
    path.push_back(PathStep{i, j, mv});
  }
  std::reverse(path.begin(), path.end());
  return touched;
}

}  // namespace

std::vector<Bead> align_pair(const DocFeatures& a, const DocFeatures& b, const AlignParams& params,
                             PairStats* stats) {
  const auto n = static_cast<std::uint32_t>(a.segments.size());
  const auto m = static_cast<std::uint32_t>(b.segments.size());
  if (n == 0 || m == 0) {  // nothing to pair: every segment is a gap
    std::vector<Bead> gaps;
    for (std::uint32_t i = 0; i < n; ++i) gaps.push_back(Bead{i, i + 1, 0, 0});
    for (std::uint32_t j = 0; j < m; ++j) gaps.push_back(Bead{n, n, j, j + 1});
    if (stats != nullptr) *stats = PairStats{};
    return gaps;
  }
  const Scorer scorer(a, b, params);
  const std::uint32_t longest = std::max(n, m);
  const std::vector<std::uint32_t> centre = centre_line(a, b);
  std::uint32_t half = std::max(params.min_band, longest / std::max(1U, params.band_divisor)) + 2;
  half = std::min(half, std::max(longest, 1U));

  std::vector<double> cost;
  std::vector<std::uint8_t> back;
  std::vector<Shared> shares;
  std::vector<PathStep> path;
  std::uint32_t passes = 0;
  for (;;) {
    ++passes;
    const Band band(centre, m, half);
    const bool touched = run_dp(scorer, n, m, band, cost, back, shares, path);
    if (!touched || half >= longest) break;
    half = std::min(longest, half * 2);  // the best path may lie outside: widen and redo
  }
  if (stats != nullptr) {
    stats->band = half;
    stats->passes = passes;
  }

  // A 1:2 or 2:1 merge must earn its extra segment: by a clearly better length fit, or by an
  // anchor in that segment. Otherwise it is a 1:1 pairing and a gap (a short unrelated
  // sentence next to a good pairing is not part of it).
  std::vector<Shape> shapes;
  shapes.reserve(path.size() + 4);
  for (const auto& s : path) {
    const auto [da, db] = kMoves[s.move];
    if (da + db != 3) {
      shapes.push_back(Shape{s.i, da, s.j, db});
      continue;
    }
    const BeadCost merged = scorer.pair(s.i, s.i + da, s.j, s.j + db);
    double best = kInf;
    int drop = -1;  // which segment of the two-segment side to leave out: 0 first, 1 second
    for (int x = 0; x < 2; ++x) {
      const bool a_two = da == 2;
      const std::uint32_t keep = (a_two ? s.i : s.j) + (x == 0 ? 1 : 0);
      const std::uint32_t gone = (a_two ? s.i : s.j) + (x == 0 ? 0 : 1);
      const BeadCost sub = a_two ? scorer.pair(keep, keep + 1, s.j, s.j + 1)
                                 : scorer.pair(s.i, s.i + 1, keep, keep + 1);
      const BeadCost alone = a_two ? scorer.pair(gone, gone + 1, s.j, s.j + 1)
                                   : scorer.pair(s.i, s.i + 1, gone, gone + 1);
      if (alone.anchor > 0 || sub.boilerplate_mismatch) continue;
      if (sub.length < best) {
        best = sub.length;
        drop = x;
      }
    }
    if (drop < 0 || best - merged.length >= params.merge_min_gain) {
      shapes.push_back(Shape{s.i, da, s.j, db});
      continue;
    }
    if (da == 2) {
      if (drop == 0) {
        shapes.push_back(Shape{s.i, 1, s.j, 0});
        shapes.push_back(Shape{s.i + 1, 1, s.j, 1});
      } else {
        shapes.push_back(Shape{s.i, 1, s.j, 1});
        shapes.push_back(Shape{s.i + 1, 1, s.j + 1, 0});
      }
    } else {
      if (drop == 0) {
        shapes.push_back(Shape{s.i, 0, s.j, 1});
        shapes.push_back(Shape{s.i, 1, s.j + 1, 1});
      } else {
        shapes.push_back(Shape{s.i, 1, s.j, 1});
        shapes.push_back(Shape{s.i + 1, 0, s.j + 1, 1});
      }
    }
  }

  // Pivot segments merged by a bead share one row in every version, so a merge on the pivot
  // side must be anchored; length alone cannot tell a 2:1 from a 1:1 next to a gap. Unanchored
  // ones are split into 1:1 pairings (judged below like any other) and a gap.
  {
    std::vector<Shape> split;
    split.reserve(shapes.size() + 4);
    for (const Shape& sh : shapes) {
      if (sh.da != 2 || sh.db == 0 ||
          scorer.pair(sh.i, sh.i + 2, sh.j, sh.j + sh.db).anchor >= params.anchored_min) {
        split.push_back(sh);
        continue;
      }
      if (sh.db == 2) {
        split.push_back(Shape{sh.i, 1, sh.j, 1});
        split.push_back(Shape{sh.i + 1, 1, sh.j + 1, 1});
        continue;
      }
      const BeadCost first = scorer.pair(sh.i, sh.i + 1, sh.j, sh.j + 1);
      const BeadCost second = scorer.pair(sh.i + 1, sh.i + 2, sh.j, sh.j + 1);
      if (first.total <= second.total) {
        split.push_back(Shape{sh.i, 1, sh.j, 1});
        split.push_back(Shape{sh.i + 1, 1, sh.j + 1, 0});
      } else {
        split.push_back(Shape{sh.i, 1, sh.j, 0});
        split.push_back(Shape{sh.i + 1, 1, sh.j, 1});
      }
    }
    shapes.swap(split);
  }

  // Judge every pairing; weak ones become gaps.
  struct Judged {
    Shape step{};
    BeadCost cost;
    bool kept = false;
    bool anchored = false;
    bool plausible = false;  ///< length fits, no furniture involved
    bool long_enough = false;
  };
  std::vector<Judged> judged;
  judged.reserve(shapes.size());
  for (const auto& s : shapes) {
    Judged jd;
    jd.step = s;
    const std::uint32_t da = s.da;
    const std::uint32_t db = s.db;
    if (da > 0 && db > 0) {
      jd.cost = scorer.pair(s.i, s.i + da, s.j, s.j + db);
      jd.anchored = jd.cost.anchor >= params.anchored_min && !jd.cost.boilerplate_mismatch &&
                    jd.cost.length < params.max_length_cost;
      std::uint32_t len_a = 0;
      std::uint32_t len_b = 0;
      for (auto i = s.i; i < s.i + da; ++i) len_a += a.segments[i].chars;
      for (auto j = s.j; j < s.j + db; ++j) len_b += b.segments[j].chars;
      // Furniture rarely has a counterpart: boilerplate pairs only on anchors.
      jd.plausible = !jd.cost.boilerplate_mismatch && !jd.cost.boilerplate &&
                     jd.cost.length <= params.unanchored_max_length_cost;
      jd.long_enough = std::min(len_a, len_b) >= params.unanchored_min_chars;
    }
    judged.push_back(jd);
  }
  // The nearest pairings before and after k (gaps skipped) are anchored.
  const auto is_pair = [&](std::size_t k) {
    return judged[k].step.da > 0 && judged[k].step.db > 0;
  };
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
    if (jd.anchored) {
      jd.kept = true;
      continue;
    }
    // On length alone: long sentences stand on their own; a short one, or one whose numbers
    // disagree, only next to an anchored pairing.
    const bool next_to_anchor = anchored_before(k) || anchored_after(k);
    jd.kept = jd.plausible && (jd.long_enough || next_to_anchor) &&
              (!jd.cost.number_conflict || next_to_anchor);
  }
  std::vector<Bead> beads;
  beads.reserve(judged.size() + 4);
  for (std::size_t k = 0; k < judged.size(); ++k) {
    const Judged& jd = judged[k];
    const std::uint32_t da = jd.step.da;
    const std::uint32_t db = jd.step.db;
    const std::uint32_t i = jd.step.i;
    const std::uint32_t j = jd.step.j;
    if (!jd.kept) {
      for (std::uint32_t x = 0; x < da; ++x) beads.push_back(Bead{i + x, i + x + 1, j, j});
      for (std::uint32_t y = 0; y < db; ++y)
        beads.push_back(Bead{i + da, i + da, j + y, j + y + 1});
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

}  // namespace factlint::align
