// Extraction over documents and strings: every extractor proposes candidates for a segment, the
// resolver keeps the best non-overlapping ones.
#include "extract/extractor.hpp"

#include <algorithm>
#include <iterator>

#include "extract/registry.hpp"
#include "extract/resolver.hpp"
#include "lang/language_data.hpp"
#include "lang/weekdays.hpp"

namespace factlint::extract {

namespace {

void extract_into(std::string_view text, const lang::LanguageData& data, std::vector<Fact>& out) {
  std::vector<Candidate> candidates;
  const context::DigitIndex digits(text);
  for (const auto& entry : registry()) entry.propose(text, data, digits, candidates);
  std::vector<Fact> facts = resolve(std::move(candidates));
  // A number word inside a weekday's name is no number ("Sexta-feira", "ביום חמישי", "星期三").
  facts.erase(std::remove_if(facts.begin(), facts.end(),
                             [&](const Fact& f) {
                               return f.is_numeric() && f.numeric().words &&
                                      lang::in_weekday_name(text, f.span.begin, f.span.end,
                                                            data.tag);
                             }),
              facts.end());
  if (out.empty()) {
    out = std::move(facts);
    return;
  }
  // A range insert grows the vector geometrically (an exact reserve, called once per segment,
  // would copy every fact found so far on each call).
  out.insert(out.end(), std::make_move_iterator(facts.begin()),
             std::make_move_iterator(facts.end()));
}

}  // namespace

std::vector<Fact> extract_document(const Document& doc, std::uint32_t doc_index) {
  std::vector<Fact> out;
  const auto& data = lang::language_data(doc.lang);
  for (std::uint32_t s = 0; s < doc.segments.size(); ++s) {
    const auto& seg = doc.segments[s];
    const std::string_view text = doc.segment_text(seg);
    const std::size_t first = out.size();
    extract_into(text, data, out);
    for (std::size_t i = first; i < out.size(); ++i) {
      auto& f = out[i];
      f.doc = doc_index;
      f.segment = s;
      const Span in_block{seg.span.begin + f.span.begin, seg.span.begin + f.span.end};
      f.span = doc.source_span(seg.block, in_block);
    }
  }
  return out;
}

std::vector<Fact> extract_text(std::string_view text, std::string_view lang) {
  std::vector<Fact> out;
  extract_into(text, lang::language_data(lang), out);
  return out;
}

}  // namespace factlint::extract
