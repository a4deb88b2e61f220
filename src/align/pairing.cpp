// Fact pairing inside aligned rows: related values first, then left-overs, joined across versions.
#include "align/pairing.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <tuple>
#include <utility>
#include <vector>

namespace factlint::align {
namespace {

/// Matching passes, strongest first: (relation, same kind only, strength of the link).
struct Pass {
  FactRelation relation;
  bool same_kind;
  double strength;
};
constexpr Pass kPasses[] = {
    {FactRelation::equal, true, 100},      {FactRelation::equal, false, 95},
    {FactRelation::alternative, true, 90}, {FactRelation::alternative, false, 85},
    {FactRelation::scale, true, 80},       {FactRelation::scale, false, 75},
};

bool fits(const Fact& a, const Fact& b, const Pass& pass) {
  if (pass.same_kind ? a.kind != b.kind : !compatible_kinds(a.kind, b.kind)) return false;
  return relate(a, b) == pass.relation;
}

/// log10 of |value|, roughly (0 for zero): enough to tell 69 from 6,900,000.
double magnitude(const Decimal& v) {
  if (v.is_zero()) return 0;
  // The leading digits as d.ddd, enough for a magnitude.
  const std::string& digits = v.digits();
  double lead = 0;
  const std::size_t n = std::min<std::size_t>(digits.size(), 15);
  for (std::size_t i = 0; i < n; ++i) lead = lead * 10 + (digits[i] - '0');
  return std::log10(lead) - static_cast<double>(n - 1) + v.magnitude();
}

bool currencies_meet(const Fact& a, const Fact& b) {
  if (a.kind != FactKind::money || b.kind != FactKind::money) return false;
  for (const auto& x : a.currencies()) {
    for (const auto& y : b.currencies()) {
      for (const auto& cx : x.codes) {
        if (std::find(y.codes.begin(), y.codes.end(), cx) != y.codes.end()) return true;
      }
    }
  }
  return false;
}

/// How well two left-over facts fit as the same fact written differently (higher is better;
/// always below the strength of a related value).
double leftover_score(const Fact& a, double pos_a, const Fact& b, double pos_b) {
  double s = 10;
  if (a.kind == b.kind) s += 2;
  if (currencies_meet(a, b)) s += 2;
  if (a.is_numeric() && b.is_numeric()) {
    const double dm = std::fabs(magnitude(a.amount().value) - magnitude(b.amount().value));
    s += 2 * std::max(0.0, 1 - dm / 6);
  }
  s += 2 * (1 - std::fabs(pos_a - pos_b));
  return s;
}

/// Whether a small number in words (Fact::small_in_words) may pair with a left-over figure in
/// digits: only "two" (zwei, deux, два) with a plain count of 3 to 20, both in sentences. "two of
/// its six" against "6つのうち3つ" is a changed count; but "one" is often an article or "a",
/// "zero" a word like "kosong" (empty), "a power of two" has no number in "Zweierpotenz", so a
/// "0 MB" or a "1" left over beside them is another fact; and a "コメント 4" line that joined the
/// row is a counter, not a count of the sentence.
bool words_two_meets_count(const Fact& words, const Fact& digits) {
  if (words.amount().value.to_int64() != 2) return false;
  if (digits.kind != FactKind::number || digits.numeric().words) return false;
  const auto v = digits.amount().value.to_int64();
  return v && *v >= 3 && *v <= 20;
}

/// Left over, a small number in words never pairs with a figure in digits from elsewhere in
/// the row, except a "two" with a small count (words_two_meets_count).
bool may_pair_leftover(const Fact& a, bool a_in_sentence, const Fact& b, bool b_in_sentence) {
  if (!compatible_kinds(a.kind, b.kind)) return false;
  // A month alone is compared with dates only: vi "tháng 4" read as a 4 is no changed April.
  const auto month_alone = [](const Fact& f) {
    return f.kind == FactKind::date && f.date().month_only();
  };
  if ((month_alone(a) && b.kind != FactKind::date) ||
      (month_alone(b) && a.kind != FactKind::date)) {
    return false;
  }
  // Two dates are compared only on what both give: a year, or a month. "in May" says nothing
  // about a "2023" left over beside it, nor "5 March" about one.
  if (a.kind == FactKind::date && b.kind == FactKind::date) {
    const DateValue& x = a.date();
    const DateValue& y = b.date();
    if ((x.year == 0 || y.year == 0) && (x.month == 0 || y.month == 0)) return false;
  }
  if (a.is_numeric() && b.is_numeric() && a.numeric().words != b.numeric().words &&
      (a.small_in_words() || b.small_in_words())) {
    if (!a_in_sentence || !b_in_sentence) return false;
    if (a.small_in_words() && !words_two_meets_count(a, b)) return false;
    if (b.small_in_words() && !words_two_meets_count(b, a)) return false;
  }
  return true;
}

}  // namespace

void pair_facts(const std::vector<Fact>& facts, const std::vector<std::uint8_t>& in_sentence,
                const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                std::vector<FactLink>& out) {
  std::vector<bool> used_a(a.size(), false);
  std::vector<bool> used_b(b.size(), false);
  // Within a pass, the candidate pairs are taken best first: a figure written the same way
  // (digits with digits, words with words), then the nearest in relative position. In "three
  // drives, two partitions each, all three disks, the other three" against "三块…四块…其余的三个"
  // the first and last "three" find their 三 and the middle one is left over against the 四; in
  // "hash function 2 must have two arguments" against "la fonction 1 doit avoir deux arguments"
  // the "two" finds "deux" and the 2 is left over against the 1.
  const auto pos = [](std::size_t k, std::size_t n) {
    return (static_cast<double>(k) + 0.5) / static_cast<double>(n);
  };
  const auto same_form = [&](std::uint32_t x, std::uint32_t y) {
    const Fact& fx = facts[x];
    const Fact& fy = facts[y];
    return !fx.is_numeric() || !fy.is_numeric() || fx.numeric().words == fy.numeric().words;
  };
  std::vector<std::tuple<bool, double, std::size_t, std::size_t>> candidates;
  for (const Pass& pass : kPasses) {
    candidates.clear();
    for (std::size_t p = 0; p < a.size(); ++p) {
      if (used_a[p]) continue;
      for (std::size_t k = 0; k < b.size(); ++k) {
        if (used_b[k] || !fits(facts[a[p]], facts[b[k]], pass)) continue;
        candidates.emplace_back(!same_form(a[p], b[k]),
                                std::fabs(pos(p, a.size()) - pos(k, b.size())), p, k);
      }
    }
    std::sort(candidates.begin(), candidates.end());
    for (const auto& [other_form, distance, p, k] : candidates) {
      if (used_a[p] || used_b[k]) continue;
      used_a[p] = true;
      used_b[k] = true;
      out.push_back(FactLink{pass.strength, a[p], b[k]});
    }
  }
  // Left-overs on both sides: the best-fitting pair first, until one side runs out.
  for (;;) {
    double best = -1;
    std::size_t bp = 0;
    std::size_t bk = 0;
    for (std::size_t p = 0; p < a.size(); ++p) {
      if (used_a[p]) continue;
      for (std::size_t k = 0; k < b.size(); ++k) {
        if (used_b[k] || !may_pair_leftover(facts[a[p]], in_sentence[a[p]] != 0, facts[b[k]],
                                            in_sentence[b[k]] != 0)) {
          continue;
        }
        const double s =
            leftover_score(facts[a[p]], pos(p, a.size()), facts[b[k]], pos(k, b.size()));
        if (s > best) {
          best = s;
          bp = p;
          bk = k;
        }
      }
    }
    if (best < 0) break;
    used_a[bp] = true;
    used_b[bk] = true;
    out.push_back(FactLink{best, a[bp], b[bk]});
  }
}

void group_row(const std::vector<Fact>& facts, const std::vector<std::uint8_t>& in_sentence,
               const std::vector<std::vector<std::uint32_t>>& row_facts, std::uint32_t row,
               std::vector<FactGroup>& out) {
  const std::size_t ndocs = row_facts.size();
  // Facts of the row, numbered: node k is fact node_fact[k] of document node_doc[k].
  std::vector<std::uint32_t> node_fact;
  std::vector<std::uint32_t> node_doc;
  for (std::uint32_t d = 0; d < ndocs; ++d) {
    for (const auto f : row_facts[d]) {
      node_fact.push_back(f);
      node_doc.push_back(d);
    }
  }
  const std::size_t n = node_fact.size();
  if (n == 0) return;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> by_fact;  // (fact, node), sorted
  by_fact.reserve(n);
  for (std::uint32_t k = 0; k < n; ++k) by_fact.emplace_back(node_fact[k], k);
  std::sort(by_fact.begin(), by_fact.end());
  const auto node_of = [&](std::uint32_t fact) {
    return std::lower_bound(by_fact.begin(), by_fact.end(), std::make_pair(fact, 0U))->second;
  };

  std::vector<FactLink> links;
  for (std::size_t d = 0; d < ndocs; ++d) {
    if (row_facts[d].empty()) continue;
    for (std::size_t e = d + 1; e < ndocs; ++e) {
      if (!row_facts[e].empty()) pair_facts(facts, in_sentence, row_facts[d], row_facts[e], links);
    }
  }
  std::vector<std::tuple<double, std::uint32_t, std::uint32_t>> order;
  order.reserve(links.size());
  for (const auto& l : links) order.emplace_back(-l.strength, node_of(l.x), node_of(l.y));
  std::sort(order.begin(), order.end());

  // Union of the links, strongest first, never two facts of one version in a group.
  std::vector<std::uint32_t> parent(n);
  std::vector<std::vector<std::uint32_t>> docs(n);  // per root: its documents, sorted
  for (std::uint32_t k = 0; k < n; ++k) {
    parent[k] = k;
    docs[k] = {node_doc[k]};
  }
  const auto find = [&](std::uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  std::vector<std::uint32_t> both;
  for (const auto& [neg, x, y] : order) {
    const std::uint32_t rx = find(x);
    const std::uint32_t ry = find(y);
    if (rx == ry) continue;
    both.clear();
    std::set_intersection(docs[rx].begin(), docs[rx].end(), docs[ry].begin(), docs[ry].end(),
                          std::back_inserter(both));
    if (!both.empty()) continue;
    const std::uint32_t root = std::min(rx, ry);
    const std::uint32_t other = std::max(rx, ry);
    parent[other] = root;
    std::vector<std::uint32_t> merged;
    std::merge(docs[rx].begin(), docs[rx].end(), docs[ry].begin(), docs[ry].end(),
               std::back_inserter(merged));
    docs[root] = std::move(merged);
    std::vector<std::uint32_t>().swap(docs[other]);
  }

  // One group per component, in the order of their first node (document, then text order).
  std::vector<std::int32_t> group_of_root(n, -1);
  for (std::uint32_t k = 0; k < n; ++k) {
    const std::uint32_t r = find(k);
    if (group_of_root[r] < 0) {
      group_of_root[r] = static_cast<std::int32_t>(out.size());
      FactGroup g;
      g.kind = facts[node_fact[k]].kind;
      g.row = row;
      g.members.assign(ndocs, -1);
      out.push_back(std::move(g));
    }
    FactGroup& g = out[static_cast<std::size_t>(group_of_root[r])];
    g.members[node_doc[k]] = static_cast<std::int32_t>(node_fact[k]);
    // A group's kind is its most specific member's: a bare number that a version wrote as an
    // amount of money makes a money group, so that currency rules see it.
    g.kind = more_specific(g.kind, facts[node_fact[k]].kind);
  }
}

}  // namespace factlint::align
