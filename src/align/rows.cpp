// Rows across N versions: union of pairwise pairings under a contiguity constraint, then order.
#include "align/rows.hpp"

#include <algorithm>
#include <cstdint>
#include <queue>
#include <tuple>
#include <utility>
#include <vector>

namespace factlint::align {
namespace {

/// The segments of one document inside a component: [lo, hi], `count` of them.
struct DocSpan {
  std::uint32_t doc = 0;
  std::uint32_t lo = 0;
  std::uint32_t hi = 0;
  std::uint32_t count = 0;
};

/// Segments of all documents (global ids: offset of the document plus the segment index)
/// joined into components. Every document's segments in a component stay consecutive.
class Components {
 public:
  explicit Components(const std::vector<std::uint32_t>& counts) {
    offset_.push_back(0);
    for (const auto c : counts) offset_.push_back(offset_.back() + c);
    parent_.resize(offset_.back());
    for (std::uint32_t x = 0; x < parent_.size(); ++x) parent_[x] = x;
    spans_.resize(offset_.back());
  }

  [[nodiscard]] std::uint32_t global(std::uint32_t doc, std::uint32_t seg) const {
    return offset_[doc] + seg;
  }
  [[nodiscard]] std::uint32_t size() const { return static_cast<std::uint32_t>(parent_.size()); }
  [[nodiscard]] std::uint32_t doc_of(std::uint32_t x) const {
    return static_cast<std::uint32_t>(std::upper_bound(offset_.begin(), offset_.end(), x) -
                                      offset_.begin() - 1);
  }
  [[nodiscard]] std::uint32_t seg_of(std::uint32_t x) const { return x - offset_[doc_of(x)]; }

  std::uint32_t find(std::uint32_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }

  /// Joins the components of `members` into one when the result keeps every document's
  /// segments consecutive and at most kMaxSegmentsPerRow; false (and no change) otherwise.
  bool join(const std::vector<std::uint32_t>& members) {
    roots_.clear();
    for (const auto x : members) roots_.push_back(find(x));
    std::sort(roots_.begin(), roots_.end());
    roots_.erase(std::unique(roots_.begin(), roots_.end()), roots_.end());
    if (roots_.size() < 2) return true;
    merged_.clear();
    for (const auto r : roots_) {
      const auto& s = spans_of(r);
      merged_.insert(merged_.end(), s.begin(), s.end());
    }
    std::sort(merged_.begin(), merged_.end(),
              [](const DocSpan& x, const DocSpan& y) { return x.doc < y.doc; });
    std::size_t w = 0;  // the spans of one document fold into one; w never passes the reader
    for (const DocSpan& span : merged_) {
      if (w > 0 && merged_[w - 1].doc == span.doc) {
        DocSpan& d = merged_[w - 1];
        d.lo = std::min(d.lo, span.lo);
        d.hi = std::max(d.hi, span.hi);
        d.count += span.count;
      } else {
        merged_[w++] = span;
      }
    }
    merged_.resize(w);
    for (const DocSpan& d : merged_) {
      if (d.count != d.hi - d.lo + 1 || d.count > kMaxSegmentsPerRow) return false;
    }
    const std::uint32_t root = roots_.front();
    for (const auto r : roots_) {
      parent_[r] = root;
      if (r != root) std::vector<DocSpan>().swap(spans_[r]);
    }
    spans_[root] = merged_;
    return true;
  }

  /// The documents' spans of root `r` (a lone segment's is made up on the fly).
  const std::vector<DocSpan>& spans_of(std::uint32_t r) {
    if (spans_[r].empty()) {
      const std::uint32_t seg = seg_of(r);
      spans_[r].push_back(DocSpan{doc_of(r), seg, seg, 1});
    }
    return spans_[r];
  }

 private:
  std::vector<std::uint32_t> offset_;
  std::vector<std::uint32_t> parent_;
  std::vector<std::vector<DocSpan>> spans_;
  std::vector<std::uint32_t> roots_;
  std::vector<DocSpan> merged_;
};

/// A pairing between two documents' segments, for the union.
struct Link {
  double score = 0;
  std::uint32_t a = 0;
  std::uint32_t b = 0;
  const Bead* bead = nullptr;
};

}  // namespace

void build_rows(const std::vector<std::uint32_t>& segment_counts,
                const std::vector<PairBeads>& pairs, Alignment& out) {
  const auto ndocs = static_cast<std::uint32_t>(segment_counts.size());
  out.rows.clear();
  out.row_of_segment.assign(ndocs, {});
  for (std::uint32_t d = 0; d < ndocs; ++d) out.row_of_segment[d].assign(segment_counts[d], -1);

  std::vector<Link> links;
  for (const PairBeads& p : pairs) {
    for (const Bead& b : p.beads) {
      if (b.a_begin == b.a_end || b.b_begin == b.b_end) continue;
      links.push_back(Link{b.score, p.a, p.b, &b});
    }
  }
  // Strongest first; ties in document and segment order, so that the result is deterministic.
  std::sort(links.begin(), links.end(), [](const Link& x, const Link& y) {
    return std::make_tuple(-x.score, x.a, x.b, x.bead->a_begin) <
           std::make_tuple(-y.score, y.a, y.b, y.bead->a_begin);
  });

  Components comps(segment_counts);
  std::vector<double> best(comps.size(), 0.0);  // best pairing score per segment
  std::vector<bool> linked(comps.size(), false);
  std::vector<std::uint32_t> members;
  for (const Link& l : links) {
    members.clear();
    for (auto i = l.bead->a_begin; i < l.bead->a_end; ++i) members.push_back(comps.global(l.a, i));
    for (auto j = l.bead->b_begin; j < l.bead->b_end; ++j) members.push_back(comps.global(l.b, j));
    if (!comps.join(members)) continue;
    for (const auto x : members) {
      best[x] = std::max(best[x], l.score);
      linked[x] = true;
    }
  }

  // Components that hold two or more documents are rows.
  std::vector<std::int32_t> node_of(comps.size(), -1);  // root -> node
  std::vector<std::uint32_t> root_of_node;
  for (std::uint32_t x = 0; x < comps.size(); ++x) {
    if (!linked[x]) continue;
    const std::uint32_t r = comps.find(x);
    if (node_of[r] >= 0) continue;
    if (comps.spans_of(r).size() < 2) continue;
    node_of[r] = static_cast<std::int32_t>(root_of_node.size());
    root_of_node.push_back(r);
  }
  const auto nodes = static_cast<std::uint32_t>(root_of_node.size());
  const auto node = [&](std::uint32_t doc, std::uint32_t seg) -> std::int32_t {
    const std::uint32_t x = comps.global(doc, seg);
    return linked[x] ? node_of[comps.find(x)] : -1;
  };

  // Order: a topological order of "comes after" in every document; the earliest relative
  // position first among rows that are free to go; a cycle (versions that disagree on the
  // order) is broken at the earliest row left.
  std::vector<double> key(nodes, 2.0);
  std::vector<std::uint32_t> indegree(nodes, 0);
  std::vector<std::vector<std::uint32_t>> next(nodes);
  for (std::uint32_t d = 0; d < ndocs; ++d) {
    std::int32_t prev = -1;
    const double count = std::max(1U, segment_counts[d]);
    for (std::uint32_t s = 0; s < segment_counts[d]; ++s) {
      const std::int32_t v = node(d, s);
      if (v < 0) continue;
      const auto u = static_cast<std::uint32_t>(v);
      key[u] = std::min(key[u], static_cast<double>(s) / count);
      if (prev >= 0 && prev != v) {
        next[static_cast<std::uint32_t>(prev)].push_back(u);
        ++indegree[u];
      }
      prev = v;
    }
  }
  using Item = std::pair<double, std::uint32_t>;
  std::priority_queue<Item, std::vector<Item>, std::greater<>> ready;
  for (std::uint32_t u = 0; u < nodes; ++u) {
    if (indegree[u] == 0) ready.emplace(key[u], u);
  }
  std::vector<std::uint32_t> by_key(nodes);
  for (std::uint32_t u = 0; u < nodes; ++u) by_key[u] = u;
  std::sort(by_key.begin(), by_key.end(), [&](std::uint32_t x, std::uint32_t y) {
    return std::make_pair(key[x], x) < std::make_pair(key[y], y);
  });
  std::vector<bool> placed(nodes, false);
  std::vector<std::uint32_t> order;
  order.reserve(nodes);
  std::size_t scan = 0;
  while (order.size() < nodes) {
    if (ready.empty()) {
      while (placed[by_key[scan]]) ++scan;
      const std::uint32_t u = by_key[scan];
      indegree[u] = 0;
      ready.emplace(key[u], u);
    }
    const std::uint32_t u = ready.top().second;
    ready.pop();
    if (placed[u]) continue;
    placed[u] = true;
    order.push_back(u);
    for (const auto w : next[u]) {
      if (!placed[w] && indegree[w] > 0 && --indegree[w] == 0) ready.emplace(key[w], w);
    }
  }

  std::vector<std::uint32_t> row_of_node(nodes, 0);
  out.rows.resize(nodes);
  for (std::uint32_t r = 0; r < nodes; ++r) {
    row_of_node[order[r]] = r;
    out.rows[r].segments.resize(ndocs);
  }
  std::vector<std::vector<double>> doc_best(nodes);
  for (std::uint32_t d = 0; d < ndocs; ++d) {
    for (std::uint32_t s = 0; s < segment_counts[d]; ++s) {
      const std::int32_t v = node(d, s);
      if (v < 0) continue;
      const std::uint32_t r = row_of_node[static_cast<std::uint32_t>(v)];
      out.rows[r].segments[d].push_back(s);
      out.row_of_segment[d][s] = static_cast<std::int32_t>(r);
      auto& db = doc_best[r];
      if (db.size() < ndocs) db.assign(ndocs, -1.0);
      db[d] = std::max(db[d], best[comps.global(d, s)]);
    }
  }
  // A row is as sure as its least sure version's best pairing into it.
  for (std::uint32_t r = 0; r < nodes; ++r) {
    double score = 1.0;
    for (const double v : doc_best[r]) {
      if (v >= 0) score = std::min(score, v);
    }
    out.rows[r].score = score;
  }
}

void drop_unsupported_rows(const std::vector<Document>& docs, double confident_score,
                           Alignment& out) {
  if (docs.size() < 3) return;
  std::vector<AlignedRow> kept;
  kept.reserve(out.rows.size());
  for (auto& row : out.rows) {
    std::size_t versions = 0;
    for (std::size_t d = 0; d < row.segments.size() && d < docs.size(); ++d) {
      const auto& segs = docs[d].segments;
      versions += std::any_of(row.segments[d].begin(), row.segments[d].end(),
                              [&](std::uint32_t s) { return !segs[s].boilerplate; })
                      ? 1
                      : 0;
    }
    if (versions <= 2 && row.score < confident_score) continue;
    kept.push_back(std::move(row));
  }
  out.rows.swap(kept);
  for (auto& doc : out.row_of_segment) std::fill(doc.begin(), doc.end(), -1);
  for (std::size_t r = 0; r < out.rows.size(); ++r) {
    for (std::size_t d = 0; d < out.rows[r].segments.size(); ++d) {
      for (const auto s : out.rows[r].segments[d]) {
        out.row_of_segment[d][s] = static_cast<std::int32_t>(r);
      }
    }
  }
}

}  // namespace factlint::align
