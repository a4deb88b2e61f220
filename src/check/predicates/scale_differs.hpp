// The 'scale-differs' predicate: aligned values equal up to a power of 1000.
#pragma once

#include <memory>

#include "check/predicate.hpp"

namespace factlint::check {

/// Builds the 'scale-differs' predicate (aligned values equal up to a power of 1000).
[[nodiscard]] Result<std::unique_ptr<Predicate>> make_scale_differs(const Params& params);

}  // namespace factlint::check
