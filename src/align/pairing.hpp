// Fact pairing: matching the facts of one aligned row across all versions into groups.
#pragma once

#include <cstdint>
#include <vector>

#include "core/fact.hpp"
#include "core/kinds.hpp"

namespace factlint::align {

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
/// value still meets its counterpart. Each fact is paired at most once. `in_sentence[f]` tells
/// whether fact f sits in a segment long enough to be a sentence rather than a label or counter.
void pair_facts(const std::vector<Fact>& facts, const std::vector<std::uint8_t>& in_sentence,
                const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
                std::vector<FactLink>& out);

/// Groups the facts of one row. `row_facts[d]` lists document d's facts in the row (indices
/// into `facts`, in text order). Every pair of versions is paired with pair_facts; the links
/// are then joined strongest first into groups of at most one fact per version. Every fact of
/// the row ends up in exactly one group (alone if nothing pairs with it). Appends the groups,
/// ordered by their first member (document, then text order), to `out`. No version is
/// privileged.
void group_row(const std::vector<Fact>& facts, const std::vector<std::uint8_t>& in_sentence,
               const std::vector<std::vector<std::uint32_t>>& row_facts, std::uint32_t row,
               std::vector<FactGroup>& out);

}  // namespace factlint::align
