// The list of fact kinds the extract stage runs.
#include "extract/registry.hpp"

#include "extract/money/money_extractor.hpp"
#include "extract/number/number_extractor.hpp"
#include "extract/percent/percent_extractor.hpp"

namespace factlint::extract {

const std::vector<KindEntry>& registry() {
  static const std::vector<KindEntry> entries{
      {"money", FactKind::money, &make_money},
      {"percent", FactKind::percent, &make_percent},
      {"number", FactKind::number, &make_number},
  };
  return entries;
}

}  // namespace factlint::extract
