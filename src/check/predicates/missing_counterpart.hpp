// The 'missing-counterpart' predicate: a fact with no counterpart in another version's aligned
// segment.
#pragma once

#include <memory>

#include "check/predicate.hpp"

namespace factlint::check {

/// Builds the 'missing-counterpart' predicate (a fact with no counterpart in another version's
/// aligned segment).
[[nodiscard]] Result<std::unique_ptr<Predicate>> make_missing_counterpart(const Params& params);

}  // namespace factlint::check
