// The 'currency-differs' predicate: aligned amounts in currencies that cannot be the same, or one
// amount naming two.
#pragma once

#include <memory>

#include "check/predicate.hpp"

namespace factlint::check {

/// Builds the 'currency-differs' predicate (aligned amounts in currencies that cannot be the same,
/// or one amount naming two).
[[nodiscard]] Result<std::unique_ptr<Predicate>> make_currency_differs(const Params& params);

}  // namespace factlint::check
