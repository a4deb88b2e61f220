// The 'unrelated-values' predicate: aligned facts whose values their kind does not relate at all.
#pragma once

#include <memory>

#include "check/predicate.hpp"

namespace factlint::check {

/// Builds the 'unrelated-values' predicate (aligned facts whose values the kind's relation,
/// core::relate, calls none: not equal, not one reading of the other, not one giving less of the
/// other).
[[nodiscard]] Result<std::unique_ptr<Predicate>> make_unrelated_values(const Params& params);

/// Whether a bare number may take part, for the kind `kind`, in a group of that kind: for a date,
/// when it reads as a year (an integer from 1000 to 2999 written without separators, scale word,
/// range or approximation); for money and percentages, always; for the other kinds, never.
[[nodiscard]] bool number_stands_for(const Fact& number, FactKind kind);

}  // namespace factlint::check
