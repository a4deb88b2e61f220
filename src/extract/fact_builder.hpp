// Shared helper of the fact kinds: a Fact with span, text and amount from a scanned amount.
#pragma once

#include <string_view>

#include "core/fact.hpp"
#include "extract/amount_scanner.hpp"

namespace factlint::extract::detail {

/// A fact of `kind` covering `raw.span` of `text`, with the amount moved out of `raw`.
[[nodiscard]] inline Fact fact_from(FactKind kind, RawAmount& raw, std::string_view text) {
  Fact f;
  f.kind = kind;
  f.span = raw.span;
  f.text = std::string(text.substr(raw.span.begin, raw.span.size()));
  f.amount() = std::move(raw.amount);
  return f;
}

}  // namespace factlint::extract::detail
