// The resolver: the best set of non-overlapping candidates becomes the facts of a text.
#pragma once

#include <vector>

#include "extract/candidate.hpp"

namespace factlint::extract {

/// The facts of `candidates`: the set of pairwise non-overlapping candidates with the highest
/// total score (weighted interval scheduling; on equal totals, fewer and longer candidates,
/// then the earlier ones), in text order. Deterministic whatever the order of `candidates`.
[[nodiscard]] std::vector<Fact> resolve(std::vector<Candidate> candidates);

}  // namespace factlint::extract
