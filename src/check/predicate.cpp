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

void Predicate::judge_group(const RunView& run, const FactGroup& g, std::vector<Draft>& out) const {
  judge_members(run, g, run.voters(g), out);
}

bool Predicate::differs_in(const RunView& run, const FactGroup& /*g*/, std::uint32_t a,
                           std::uint32_t b) const {
  return differs(run.fact(a), run.fact(b));
}

void Predicate::judge_members(const RunView& run, const FactGroup& g,
                              const std::vector<std::uint32_t>& members,
                              std::vector<Draft>& out) const {
  if (members.size() < 2) return;
  std::vector<std::vector<std::uint32_t>> classes;
  for (const auto m : members) {
    bool placed = false;
    for (auto& c : classes) {
      if (!differs_in(run, g, c.front(), m)) {
        c.push_back(m);
        placed = true;
        break;
      }
    }
    if (!placed) classes.push_back({m});
  }
  if (classes.size() < 2) return;
  // Strictly larger wins; classes are in the order of their earliest version, so a tie goes to
  // the version listed first.
  std::size_t best = 0;
  for (std::size_t c = 1; c < classes.size(); ++c) {
    if (classes[c].size() > classes[best].size()) best = c;
  }
  for (std::size_t c = 0; c < classes.size(); ++c) {
    if (c == best) continue;
    for (const auto m : classes[c]) {
      Draft d;
      d.doc = run.fact(m).doc;
      d.fact = m;
      d.span = run.fact(m).span;
      d.others = classes[best];
      for (std::size_t o = 0; o < classes.size(); ++o) {
        if (o != best && o != c) d.also.push_back(classes[o]);
      }
      d.total = members.size();
      out.push_back(std::move(d));
    }
  }
}

std::optional<FactIssue> Predicate::check(const Fact& /*fact*/, const Document& /*doc*/) const {
  return std::nullopt;
}

std::optional<FactIssue> Predicate::check_in(const RunView& run, const Fact& fact) const {
  return check(fact, run.doc(fact.doc));
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
