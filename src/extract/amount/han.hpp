// Amounts written in Han numerals (zh, ja): 三千万美元, 十二亿元, 百分之十二点五.
#pragma once

#include <vector>

#include "extract/amount/affixes.hpp"
#include "extract/amount/amount_scanner.hpp"
#include "extract/amount/context.hpp"

namespace factlint::extract::amount {

/// Adds the amounts written in Han numerals to `out` (amounts in text order) where they do not
/// overlap one already there.
void merge_han_amounts(const Numerals& numerals, const Affixes& affixes, const Context& context,
                       std::vector<RawAmount>& out);

}  // namespace factlint::extract::amount
