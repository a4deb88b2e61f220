// Fact grouping: matching the facts of one aligned row across all versions.
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

/// Groups the facts of one row. `row_facts[d]` lists document d's facts in the row (indices
/// into `facts`, in document order); `has_segments[d]` says whether d has aligned segments in
/// the row. `confident` allows pairing remaining facts of one kind by position. Appends the
/// groups (pivot facts first, then groups of non-pivot facts the pivot lacks) to `out`.
void group_row(const std::vector<Fact>& facts,
               const std::vector<std::vector<std::uint32_t>>& row_facts, std::uint32_t pivot,
               std::uint32_t row, bool confident, std::vector<FactGroup>& out);

}  // namespace factlint::align
