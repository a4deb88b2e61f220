// Numeric agreement shared by the value and scale predicates: readings, rounding, tolerances.
#pragma once

#include <cstdint>
#include <optional>

#include "check/predicate.hpp"
#include "core/fact.hpp"

namespace factlint::check::detail {

/// How close two values must be to agree.
struct Tolerance {
  double relative = 0.0;     ///< |a-b| / max(|a|,|b|) allowed for exact figures
  double approximate = 0.0;  ///< the same when either side is approximate ("around", "rund")
  bool rounding = true;      ///< a figure agrees with a more precise one that rounds to it
};

/// Reads "tolerance", "approximate_tolerance" and "rounding" from `params`.
[[nodiscard]] Result<Tolerance> read_tolerance(const Params& params);

/// True when some reading of `a` (its value, or the alternative of an ambiguous number)
/// agrees with some reading of `b`, range upper bounds included.
[[nodiscard]] bool amounts_agree(const Amount& a, const Amount& b, const Tolerance& tol);

/// The power of ten p (a nonzero multiple of `step`, |p| <= 4*step) such that `a` times 10^p
/// agrees with `b`, when the amounts do not agree as they are; nullopt otherwise.
[[nodiscard]] std::optional<std::int32_t> scale_between(const Amount& a, const Amount& b,
                                                        const Tolerance& tol, std::int32_t step);

}  // namespace factlint::check::detail
