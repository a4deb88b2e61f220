// The 'foreign-format' predicate: a number written with another locale's separators.
#pragma once

#include <memory>

#include "check/predicate.hpp"

namespace factlint::check {

/// Builds the 'foreign-format' predicate (a number written with another locale's separators).
[[nodiscard]] Result<std::unique_ptr<Predicate>> make_foreign_format(const Params& params);

}  // namespace factlint::check
