// Severities and finding summaries.
#include "core/fact.hpp"

#include "core/finding.hpp"

namespace factlint {

std::string_view to_string(Severity s) {
  switch (s) {
    case Severity::info:
      return "info";
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view id) {
  if (id == "info") return Severity::info;
  if (id == "warning") return Severity::warning;
  if (id == "error") return Severity::error;
  return std::nullopt;
}

Summary summarize(const std::vector<Finding>& findings) {
  Summary s;
  for (const auto& f : findings) {
    switch (f.severity) {
      case Severity::info:
        ++s.info;
        break;
      case Severity::warning:
        ++s.warning;
        break;
      case Severity::error:
        ++s.error;
        break;
    }
  }
  return s;
}

}  // namespace factlint
