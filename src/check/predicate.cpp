// Predicate defaults and rule parameters.
#include "check/predicate.hpp"

#include <cstdio>

namespace factlint::check {
namespace {

std::string show(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

}  // namespace

bool Predicate::differs(const Fact& /*a*/, const Fact& /*b*/) const { return false; }

std::optional<FactIssue> Predicate::check(const Fact& /*fact*/, const Document& /*doc*/) const {
  return std::nullopt;
}

Result<double> Params::number(const std::string& name, double fallback, double min,
                              double max) const {
  const auto it = values_.find(name);
  if (it == values_.end()) return fallback;
  const double* v = std::get_if<double>(&it->second);
  if (v == nullptr) {
    return Diagnostic{"rules/bad-params", "", 0, 0, "param '" + name + "' must be a number"};
  }
  if (*v < min || *v > max) {
    return Diagnostic{
        "rules/bad-params", "", 0, 0,
        "param '" + name + "' is out of range [" + show(min) + ", " + show(max) + "]"};
  }
  return *v;
}

Result<bool> Params::boolean(const std::string& name, bool fallback) const {
  const auto it = values_.find(name);
  if (it == values_.end()) return fallback;
  const bool* v = std::get_if<bool>(&it->second);
  if (v == nullptr) {
    return Diagnostic{"rules/bad-params", "", 0, 0, "param '" + name + "' must be true or false"};
  }
  return *v;
}

std::optional<Diagnostic> Params::reject_unknown(const std::vector<std::string_view>& known) const {
  for (const auto& [name, value] : values_) {
    bool found = false;
    for (const auto k : known) found = found || k == name;
    if (!found) {
      return Diagnostic{"rules/unknown-param", "", 0, 0, "unknown param '" + name + "'"};
    }
  }
  return std::nullopt;
}

}  // namespace factlint::check
