// Numbers: any scanned amount that names no currency and no percent.
#include "extract/number/number_extractor.hpp"

#include "extract/fact_builder.hpp"

namespace factlint::extract {

std::optional<Fact> make_number(RawAmount& raw, std::string_view text) {
  if (!raw.currencies.empty() || raw.percent) return std::nullopt;
  return detail::fact_from(FactKind::number, raw, text);
}

}  // namespace factlint::extract
