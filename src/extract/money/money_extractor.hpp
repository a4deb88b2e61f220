// The money fact kind: see docs/facts/money.md.
#pragma once

#include <optional>
#include <string_view>

#include "core/fact.hpp"
#include "extract/amount_scanner.hpp"

namespace factlint::extract {

/// A money fact for a scanned amount, or nullopt when the amount is not a money.
/// Spans are relative to `text`, the string the amount was scanned in. Moves from `raw`
/// only when it returns a fact.
[[nodiscard]] std::optional<Fact> make_money(RawAmount& raw, std::string_view text);

}  // namespace factlint::extract
