// The registered fact kinds of the extract stage, in the order they claim an amount.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/fact.hpp"
#include "extract/amount_scanner.hpp"

namespace factlint::extract {

/// One fact kind: turns a scanned amount into a fact of its kind, or declines.
struct KindEntry {
  std::string_view id;  ///< lower-kebab kind id ("money")
  FactKind kind;
  /// The fact for `raw` in `text` (spans relative to `text`), or nullopt when not this kind.
  /// May move from `raw` only when it returns a fact.
  std::optional<Fact> (*make)(RawAmount& raw, std::string_view text);
};

/// Every kind, largest first: money and percent claim an amount before number does, so that a
/// fact containing a number is emitted once, as the larger fact.
[[nodiscard]] const std::vector<KindEntry>& registry();

}  // namespace factlint::extract
