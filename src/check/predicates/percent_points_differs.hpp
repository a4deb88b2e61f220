// The 'percent-points-differs' predicate: a percentage where the other versions give percentage
// points, or the reverse.
#pragma once

#include <memory>

#include "check/predicate.hpp"

namespace factlint::check {

/// Builds the 'percent-points-differs' predicate (aligned percentages of which some are
/// percentage points and some are not).
[[nodiscard]] Result<std::unique_ptr<Predicate>> make_percent_points_differs(const Params& params);

}  // namespace factlint::check
