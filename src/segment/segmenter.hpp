// Segmentation: blocks into sentences (ICU BreakIterator) and boilerplate marking.
#pragma once

#include <vector>

#include "core/document.hpp"
#include "core/fact.hpp"

namespace factlint::segment {

/// Fills `doc.segments`: every block split into sentences by ICU's sentence BreakIterator for
/// the document's locale, with surrounding whitespace trimmed and empty segments dropped.
/// Marks boilerplate by position and shape (short counters, prompts, bylines, bios…).
void segment_document(Document& doc);

/// Refines boilerplate marks across the versions of one article set: a segment at the head or
/// tail of a document whose content (numbers, names, distinctive tokens) has no counterpart in
/// any other version is site furniture. Numbers are compared by the value of `facts` (the
/// run's facts, Fact::doc indexing `docs`): "3000億円" and "300 billion yen" are one number;
/// digits that are no fact (a year) by their digits. Call after segment_document on every
/// version.
void mark_cross_document_boilerplate(std::vector<Document>& docs, const std::vector<Fact>& facts);

}  // namespace factlint::segment
