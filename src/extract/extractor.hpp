// Extraction: every registered fact kind over the segments of a document.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "core/fact.hpp"

namespace factlint::extract {

/// Facts of every registered kind in all segments of `doc` (already segmented), in document
/// order, with `doc` set to `doc_index` and spans in `doc.source` bytes. Where a money or
/// percent fact contains a number, only the larger fact is kept.
[[nodiscard]] std::vector<Fact> extract_document(const Document& doc, std::uint32_t doc_index);

/// Facts in a plain string of language `lang` (canonical tag); spans are byte offsets into
/// `text` and `segment` is 0. Used by `factlint extract` on snippets and by the data tests.
[[nodiscard]] std::vector<Fact> extract_text(std::string_view text, std::string_view lang);

}  // namespace factlint::extract
