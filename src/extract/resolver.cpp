// Weighted interval scheduling over the candidates' spans.
#include "extract/resolver.hpp"

#include <algorithm>
#include <cstdint>
#include <tuple>

namespace factlint::extract {

std::vector<Fact> resolve(std::vector<Candidate> candidates) {
  const std::size_t n = candidates.size();
  if (n == 0) return {};
  // By end, then begin, then the stronger first: a fixed order makes the choice deterministic.
  // The keys are sorted with the candidates' indices, not the candidates (a fact is a few
  // hundred bytes to move, and far apart in memory); std::sort makes the same comparisons and
  // moves either way, so the order of equal keys is the same too.
  struct Key {
    std::uint32_t end;
    std::uint32_t begin;
    double neg_score;
    int kind;
    std::uint32_t index;
  };
  std::vector<Key> keys(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Candidate& c = candidates[i];
    keys[i] = Key{c.fact.span.end, c.fact.span.begin, -c.score, static_cast<int>(c.fact.kind),
                  static_cast<std::uint32_t>(i)};
  }
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return std::tie(a.end, a.begin, a.neg_score, a.kind) <
           std::tie(b.end, b.begin, b.neg_score, b.kind);
  });
  std::vector<std::uint32_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = keys[i].index;
  const auto at = [&](std::size_t i) -> const Candidate& { return candidates[order[i]]; };
  // best[i]: the best total over the first i candidates; a tie prefers fewer candidates (one
  // reading of a span over two readings of its parts) and then the longer covered text.
  struct Best {
    double score = 0;
    std::size_t count = 0;
    std::uint32_t covered = 0;
    bool take = false;
    std::size_t prev = 0;  ///< the state this one extends
  };
  std::vector<Best> best(n + 1);
  const auto better = [](double s1, std::size_t c1, std::uint32_t v1, double s2, std::size_t c2,
                         std::uint32_t v2) {
    constexpr double kEpsilon = 1e-9;
    if (s1 > s2 + kEpsilon) return true;
    if (s1 < s2 - kEpsilon) return false;
    if (c1 != c2) return c1 < c2;
    return v1 > v2;
  };
  for (std::size_t i = 1; i <= n; ++i) {
    const Candidate& c = at(i - 1);
    // The last candidate (in end order) that ends at or before this one begins.
    // Searched in the sorted keys, which hold the ends, not through the candidates.
    const auto it = std::upper_bound(
        keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(i - 1), c.fact.span.begin,
        [](std::uint32_t pos, const Key& k) { return pos < k.end; });
    const auto p = static_cast<std::size_t>(it - keys.begin());
    const double with = best[p].score + c.score;
    const std::size_t with_count = best[p].count + 1;
    const std::uint32_t with_covered = best[p].covered + c.fact.span.size();
    const Best& without = best[i - 1];
    if (better(with, with_count, with_covered, without.score, without.count, without.covered)) {
      best[i] = Best{with, with_count, with_covered, true, p};
    } else {
      best[i] = without;
      best[i].take = false;
      best[i].prev = i - 1;
    }
  }
  std::vector<std::uint32_t> taken;
  for (std::size_t i = n; i > 0; i = best[i].prev) {
    if (best[i].take) taken.push_back(order[i - 1]);
  }
  std::reverse(taken.begin(), taken.end());
  std::vector<Fact> out;
  out.reserve(taken.size());
  for (const std::uint32_t i : taken) out.push_back(std::move(candidates[i].fact));
  return out;
}

}  // namespace factlint::extract
