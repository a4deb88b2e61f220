// Alignment: segments of every version to the pivot, then facts into groups.
#pragma once

#include <cstdint>
#include <vector>

#include "core/document.hpp"
#include "core/fact.hpp"

namespace factlint::align {

/// Aligns the segments of every document to the pivot's with a banded monotone dynamic
/// program (gaps, 1:2 and 2:1 merges; length ratio and shared anchors), then groups the facts
/// of aligned rows by kind and value. `facts` are the run's facts (Fact::doc indexes `docs`).
[[nodiscard]] Alignment align(const std::vector<Document>& docs, const std::vector<Fact>& facts,
                              std::uint32_t pivot);

}  // namespace factlint::align
