// Ids of fact kinds and severities.
#include "core/fact.hpp"

#include <array>

#include "core/finding.hpp"

namespace factlint {
namespace {

struct KindName {
  FactKind kind;
  std::string_view id;
};
constexpr std::array<KindName, 3> kKinds{{
    {FactKind::number, "number"},
    {FactKind::money, "money"},
    {FactKind::percent, "percent"},
}};

}  // namespace

std::string_view to_string(FactKind kind) {
  for (const auto& k : kKinds) {
    if (k.kind == kind) return k.id;
  }
  return "unknown";
}

std::optional<FactKind> parse_fact_kind(std::string_view id) {
  for (const auto& k : kKinds) {
    if (k.id == id) return k.kind;
  }
  return std::nullopt;
}

const std::vector<FactKind>& all_fact_kinds() {
  static const std::vector<FactKind> kinds = [] {
    std::vector<FactKind> v;
    v.reserve(kKinds.size());
    for (const auto& k : kKinds) v.push_back(k.kind);
    return v;
  }();
  return kinds;
}

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
