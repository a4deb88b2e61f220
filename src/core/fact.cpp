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

std::string describe_value(const Fact& fact) {
  const Amount& a = fact.amount;
  std::string out;
  if (a.approximate) out += '~';
  out += a.value.to_string();
  if (a.upper) {
    out += "\u2013";
    out += a.upper->to_string();
  }
  if (a.alternative) {
    out += " (or ";
    out += a.alternative->to_string();
    out += ')';
  }
  if (fact.kind == FactKind::percent) {
    out += fact.percentage_points ? " pp" : " %";
  }
  if (fact.kind == FactKind::money) {
    std::string codes;
    for (const auto& c : fact.currencies) {
      std::string code = c.preferred;
      if (code.empty() && !c.codes.empty()) code = c.codes.front();
      if (code.empty()) continue;
      // "USD+EUR" for two disjoint mentions; a repeated code is shown once.
      if (("+" + codes + "+").find("+" + code + "+") != std::string::npos) continue;
      if (!codes.empty()) codes += '+';
      codes += code;
    }
    if (!codes.empty()) out += ' ' + codes;
  }
  return out;
}

}  // namespace factlint
