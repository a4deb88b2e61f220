// Placeholder rule engine (replaced by the engine).
#include "check/engine.hpp"

namespace factlint::check {
const Rule* RuleSet::find(std::string_view id) const {
  for (const auto& r : rules) {
    if (r.id == id) return &r;
  }
  return nullptr;
}
Result<RuleSet> load_rules(const std::vector<RuleFile>&) { return RuleSet{}; }
Result<std::vector<RuleFile>> rule_files_in(const std::string&) { return std::vector<RuleFile>{}; }
std::vector<Finding> run_rules(const RuleSet&, const Report&) { return {}; }
std::vector<RuleTestResult> test_rules(const RuleSet&, const ExampleRunner&) { return {}; }
}  // namespace factlint::check
