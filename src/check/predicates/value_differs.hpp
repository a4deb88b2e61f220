// The 'value-differs' predicate: aligned values that differ beyond a tolerance, scale slips aside.
#pragma once

#include <memory>

#include "check/predicate.hpp"

namespace factlint::check {

/// Builds the 'value-differs' predicate (aligned values that differ beyond a tolerance, scale slips
/// aside).
[[nodiscard]] Result<std::unique_ptr<Predicate>> make_value_differs(const Params& params);

}  // namespace factlint::check
