// Segmentation: blocks into sentences (ICU BreakIterator) and boilerplate marking.
#pragma once

#include <memory>
#include <vector>

#include "core/document.hpp"
#include "core/fact.hpp"

namespace factlint::segment {

/// What segment_document measured of each segment that the pass across versions needs again
/// (numbers, distinctive words, the words written in lowercase), so that no text is measured
/// twice. Opaque; filled by segment_document, read by mark_cross_document_boilerplate.
class Measurements {
 public:
  Measurements();
  ~Measurements();
  Measurements(Measurements&&) noexcept;
  Measurements& operator=(Measurements&&) noexcept;
  Measurements(const Measurements&) = delete;
  Measurements& operator=(const Measurements&) = delete;

  struct Data;  ///< defined in segment/boilerplate.hpp
  [[nodiscard]] Data& data() { return *data_; }
  [[nodiscard]] const Data& data() const { return *data_; }

 private:
  std::unique_ptr<Data> data_;
};

/// Fills `doc.segments`: every block split into sentences by ICU's sentence BreakIterator for
/// the document's locale, with surrounding whitespace trimmed and empty segments dropped.
/// Marks boilerplate by position and shape (short counters, prompts, bylines, bios…). With
/// `keep`, also keeps what mark_cross_document_boilerplate will need.
void segment_document(Document& doc, Measurements* keep = nullptr);

/// Refines boilerplate marks across the versions of one article set: a segment at the head or
/// tail of a document whose content (numbers, names, distinctive tokens) has no counterpart in
/// any other version is site furniture. Numbers are compared by the value of `facts` (the
/// run's facts, Fact::doc indexing `docs`): "3000億円" and "300 billion yen" are one number;
/// digits that are no fact (a year) by their digits. Call after segment_document on every
/// version.
/// `kept` (one per document, from segment_document), when given, saves measuring the
/// segments again.
void mark_cross_document_boilerplate(std::vector<Document>& docs, const std::vector<Fact>& facts,
                                     std::vector<Measurements>* kept = nullptr);

}  // namespace factlint::segment
