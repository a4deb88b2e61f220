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
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return std::make_tuple(a.fact.span.end, a.fact.span.begin, -a.score,
                           static_cast<int>(a.fact.kind)) <
           std::make_tuple(b.fact.span.end, b.fact.span.begin, -b.score,
                           static_cast<int>(b.fact.kind));
  });
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
    const Candidate& c = candidates[i - 1];
    // The last candidate (in end order) that ends at or before this one begins.
    const auto it = std::upper_bound(
        candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(i - 1),
        c.fact.span.begin, [](std::uint32_t pos, const Candidate& x) { return pos < x.fact.span.end; });
    const auto p = static_cast<std::size_t>(it - candidates.begin());
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
  std::vector<Fact> out;
  for (std::size_t i = n; i > 0;) {
    if (best[i].take) {
      out.push_back(std::move(candidates[i - 1].fact));
      i = best[i].prev;
    } else {
      i = best[i].prev;
    }
  }
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace factlint::extract
