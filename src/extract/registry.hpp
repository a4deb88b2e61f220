// The extractors of the extract stage: each proposes candidates, the resolver keeps the best.
#pragma once

#include <string_view>
#include <vector>

#include "extract/candidate.hpp"

namespace factlint::extract {

/// One extractor.
struct ExtractorEntry {
  std::string_view id;  ///< lower-kebab id ("amounts")
  Propose propose;
  std::string_view summary;  ///< one line: the kinds it proposes and how
};

/// Every extractor, in a fixed order (the resolver does not depend on it).
[[nodiscard]] const std::vector<ExtractorEntry>& registry();

}  // namespace factlint::extract
