// Placeholder segmenter (replaced by the ICU segmenter).
#include "segment/segmenter.hpp"

namespace factlint::segment {
void segment_document(Document& doc) {
  for (std::uint32_t b = 0; b < doc.blocks.size(); ++b) {
    doc.segments.push_back(
        {b, {0, static_cast<std::uint32_t>(doc.blocks[b].text.size())}, false, ""});
  }
}
void mark_cross_document_boilerplate(std::vector<Document>&) {}
}  // namespace factlint::segment
