// Percentages: an amount with a percent sign or word, or percentage points.
#include "extract/percent/percent_extractor.hpp"

#include "extract/fact_builder.hpp"

namespace factlint::extract {

std::optional<Fact> make_percent(RawAmount& raw, std::string_view text) {
  if (!raw.percent) return std::nullopt;
  Fact f = detail::fact_from(FactKind::percent, raw, text);
  f.numeric().percentage_points = raw.percentage_points;
  return f;
}

}  // namespace factlint::extract
