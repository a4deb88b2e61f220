// The 'missing-counterpart' predicate: a fact with no counterpart in another version's aligned
// segment.
#pragma once

#include <memory>

#include "check/predicate.hpp"

namespace factlint::check {

/// Builds the 'missing-counterpart' predicate (a fact with no counterpart in another version's
/// aligned segment).
[[nodiscard]] Result<std::unique_ptr<Predicate>> make_missing_counterpart(const Params& params);

/// Builds the 'extra-counterpart' predicate (a fact that the majority of the versions with an
/// aligned segment leave out).
[[nodiscard]] Result<std::unique_ptr<Predicate>> make_extra_counterpart(const Params& params);

}  // namespace factlint::check
