// Fact pairing: matching the facts of one aligned row across all versions into groups.
#pragma once

#include <cstdint>
#include <vector>

#include "core/fact.hpp"

namespace factlint::align {

/// How two facts of an aligned row relate, strongest first.
enum class FactRelation : std::uint8_t {
  equal,        ///< same value (and same range bounds)
  alternative,  ///< equal under the other reading of an ambiguous number
  scale,        ///< equal up to a power of 1000 (billion / Billion)
  none,
};

/// The strongest relation between the values of `a` and `b` (kinds are not looked at).
[[nodiscard]] FactRelation relate(const Fact& a, const Fact& b);

/// Whether facts of these kinds may stand for each other: the same kind, or a bare number
/// against a money amount or a percentage (a dropped currency or percent word).
[[nodiscard]] bool compatible_kinds(FactKind a, FactKind b);

/// A pairing of two facts of one row, from the comparison of their two versions.
struct FactLink {
  double strength = 0;  ///< related values score above any pairing of left-overs
  std::uint32_t x = 0;  ///< index into the run's facts
  std::uint32_t y = 0;
};

/// Pairs the facts of two versions inside one row (`a` and `b`: indices into `facts`, in text
/// order). Related values first, strongest relation first (equal, the other reading of an
/// ambiguous number, a power of 1000; the same kind before a compatible one); then the facts
/// left over on both sides pair by kind, currency, magnitude and position, so that a changed
/// value still meets its counterpart. Each fact is paired at most once.
void pair_facts(const std::vector<Fact>& facts, const std::vector<std::uint32_t>& a,
                const std::vector<std::uint32_t>& b, std::vector<FactLink>& out);

/// Groups the facts of one row. `row_facts[d]` lists document d's facts in the row (indices
/// into `facts`, in text order). Every pair of versions is paired with pair_facts; the links
/// are then joined strongest first into groups of at most one fact per version. Every fact of
/// the row ends up in exactly one group (alone if nothing pairs with it). Appends the groups,
/// ordered by their first member (document, then text order), to `out`. No version is
/// privileged.
void group_row(const std::vector<Fact>& facts,
               const std::vector<std::vector<std::uint32_t>>& row_facts, std::uint32_t row,
               std::vector<FactGroup>& out);

}  // namespace factlint::align
