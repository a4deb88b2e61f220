// Fact grouping inside aligned rows: by value, by alternative reading, by scale, by position.
#include "align/grouping.hpp"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace factlint::align {
namespace {

bool same_bounds(const Amount& a, const Amount& b) {
  if (!a.upper || !b.upper) return true;  // a range against a single value: compare the start
  return *a.upper == *b.upper;
}

bool scale_related(const Decimal& a, const Decimal& b) {
  const auto k = a.power_ratio(b);
  return k && *k % 3 == 0;
}

/// Matching passes, strongest first: (relation, same kind only).
struct Pass {
  FactRelation relation;
  bool same_kind;
};
constexpr Pass kPasses[] = {
    {FactRelation::equal, true},       {FactRelation::equal, false},
    {FactRelation::alternative, true}, {FactRelation::alternative, false},
    {FactRelation::scale, true},       {FactRelation::scale, false},
};

bool fits(const Fact& a, const Fact& b, const Pass& pass) {
  if (pass.same_kind ? a.kind != b.kind : !compatible_kinds(a.kind, b.kind)) return false;
  return relate(a, b) == pass.relation;
}

/// The more specific of two kinds (money > percent > number), for a group's kind.
FactKind specific(FactKind a, FactKind b) {
  const auto rank = [](FactKind k) {
    return k == FactKind::money ? 2 : (k == FactKind::percent ? 1 : 0);
  };
  return rank(b) > rank(a) ? b : a;
}

}  // namespace

FactRelation relate(const Fact& a, const Fact& b) {
  const Amount& x = a.amount;
  const Amount& y = b.amount;
  if (x.value == y.value && same_bounds(x, y)) return FactRelation::equal;
  if ((x.alternative && *x.alternative == y.value) ||
      (y.alternative && x.value == *y.alternative) ||
      (x.alternative && y.alternative && *x.alternative == *y.alternative)) {
    return FactRelation::alternative;
  }
  if (scale_related(x.value, y.value) ||
      (x.alternative && scale_related(*x.alternative, y.value)) ||
      (y.alternative && scale_related(x.value, *y.alternative))) {
    return FactRelation::scale;
  }
  return FactRelation::none;
}

bool compatible_kinds(FactKind a, FactKind b) {
  return a == b || a == FactKind::number || b == FactKind::number;
}

void group_row(const std::vector<Fact>& facts,
               const std::vector<std::vector<std::uint32_t>>& row_facts, std::uint32_t pivot,
               std::uint32_t row, bool confident, std::vector<FactGroup>& out) {
  const std::size_t ndocs = row_facts.size();
  const std::vector<std::uint32_t>& pf = row_facts[pivot];
  // used[d][k]: fact k of document d in this row is in a group already.
  std::vector<std::vector<bool>> used(ndocs);
  for (std::size_t d = 0; d < ndocs; ++d) used[d].assign(row_facts[d].size(), false);

  const std::size_t first = out.size();
  for (const auto f : pf) {
    FactGroup g;
    g.kind = facts[f].kind;
    g.row = row;
    g.members.assign(ndocs, -1);
    g.members[pivot] = static_cast<std::int32_t>(f);
    out.push_back(std::move(g));
  }

  for (std::size_t d = 0; d < ndocs; ++d) {
    if (d == pivot || row_facts[d].empty()) continue;
    const auto& df = row_facts[d];
    for (const Pass& pass : kPasses) {
      for (std::size_t p = 0; p < pf.size(); ++p) {
        FactGroup& g = out[first + p];
        if (g.members[d] >= 0) continue;
        for (std::size_t k = 0; k < df.size(); ++k) {
          if (used[d][k] || !fits(facts[pf[p]], facts[df[k]], pass)) continue;
          used[d][k] = true;
          g.members[d] = static_cast<std::int32_t>(df[k]);
          break;
        }
      }
    }
    // Value-mismatch candidates: in a confident row, the remaining facts of one kind pair up
    // by position when both sides have the same number of them.
    if (!confident) continue;
    for (const FactKind kind : all_fact_kinds()) {
      std::vector<std::size_t> left_p;
      std::vector<std::size_t> left_d;
      for (std::size_t p = 0; p < pf.size(); ++p) {
        if (out[first + p].members[d] < 0 && facts[pf[p]].kind == kind) left_p.push_back(p);
      }
      for (std::size_t k = 0; k < df.size(); ++k) {
        if (!used[d][k] && facts[df[k]].kind == kind) left_d.push_back(k);
      }
      if (left_p.empty() || left_p.size() != left_d.size()) continue;
      for (std::size_t x = 0; x < left_p.size(); ++x) {
        used[d][left_d[x]] = true;
        out[first + left_p[x]].members[d] = static_cast<std::int32_t>(df[left_d[x]]);
      }
    }
  }

  // A group's kind is its most specific member's: a bare number that a version wrote as an
  // amount of money makes a money group, so that currency rules see it.
  for (std::size_t p = 0; p < pf.size(); ++p) {
    FactGroup& g = out[first + p];
    for (const auto m : g.members) {
      if (m >= 0) g.kind = specific(g.kind, facts[static_cast<std::size_t>(m)].kind);
    }
  }

  // Facts the pivot lacks but two or more other versions agree on: the majority's fact.
  for (std::size_t d = 0; d < ndocs; ++d) {
    if (d == pivot) continue;
    for (std::size_t k = 0; k < row_facts[d].size(); ++k) {
      if (used[d][k]) continue;
      const Fact& seed = facts[row_facts[d][k]];
      FactGroup g;
      g.kind = seed.kind;
      g.row = row;
      g.members.assign(ndocs, -1);
      g.members[d] = static_cast<std::int32_t>(row_facts[d][k]);
      std::vector<std::pair<std::size_t, std::size_t>> taken;
      std::size_t agreeing = 1;
      for (const Pass& pass : kPasses) {
        for (std::size_t e = d + 1; e < ndocs; ++e) {
          if (e == pivot || g.members[e] >= 0) continue;
          for (std::size_t q = 0; q < row_facts[e].size(); ++q) {
            const bool taken_here = std::any_of(taken.begin(), taken.end(), [&](const auto& t) {
              return t.first == e && t.second == q;
            });
            if (used[e][q] || taken_here || !fits(seed, facts[row_facts[e][q]], pass)) continue;
            g.members[e] = static_cast<std::int32_t>(row_facts[e][q]);
            g.kind = specific(g.kind, facts[row_facts[e][q]].kind);
            taken.emplace_back(e, q);
            if (pass.relation != FactRelation::scale) ++agreeing;
            break;
          }
        }
      }
      if (agreeing < 2) continue;
      used[d][k] = true;
      for (const auto& [e, q] : taken) used[e][q] = true;
      out.push_back(std::move(g));
    }
  }
}

}  // namespace factlint::align
