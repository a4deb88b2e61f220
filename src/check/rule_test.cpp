// Rule examples: every rule's examples run through the pipeline, the way LanguageTool tests rules.
#include <string>
#include <utility>

#include "check/engine.hpp"

namespace factlint::check {
namespace {

/// "example 2 (en, fr)" for failure lines.
std::string label(std::size_t index, const Example& ex) {
  std::string langs;
  for (const auto& v : ex.versions) {
    if (!langs.empty()) langs += ", ";
    langs += v.lang;
  }
  return "example " + std::to_string(index + 1) + " (" + langs + ")";
}

bool covers(Span outer, Span inner) { return outer.begin <= inner.begin && inner.end <= outer.end; }

/// True when some finding of `rule` covers `mark` in document `doc`: one of its facts there, or
/// the finding's own span (a missing fact is reported on the segment that lacks it).
bool covered(const Report& report, const std::string& rule, std::uint32_t doc, Span mark) {
  for (const auto& f : report.findings) {
    if (f.rule != rule) continue;
    if (f.doc == doc && covers(f.span, mark)) return true;
    for (const auto i : f.facts) {
      if (i < report.facts.size() && report.facts[i].doc == doc &&
          covers(report.facts[i].span, mark)) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

std::vector<RuleTestResult> test_rules(const RuleSet& rules, const ExampleRunner& run) {
  std::vector<RuleTestResult> results;
  for (const auto& rule : rules.rules) {
    if (!rule.enabled) continue;
    RuleTestResult result;
    result.rule = rule.id;
    bool triggering = false;
    bool quiet = false;
    for (std::size_t e = 0; e < rule.examples.size(); ++e) {
      const Example& ex = rule.examples[e];
      triggering = triggering || ex.findings > 0;
      quiet = quiet || ex.findings == 0;
      auto report = run(ex.versions);
      if (!report) {
        result.failures.push_back(label(e, ex) + ": " + report.error().format());
        continue;
      }
      int got = 0;
      std::string messages;
      for (const auto& f : report->findings) {
        if (f.rule != rule.id) continue;
        ++got;
        messages += (messages.empty() ? " [" : "; ") + f.message;
      }
      if (!messages.empty()) messages += "]";
      if (got != ex.findings) {
        result.failures.push_back(label(e, ex) + ": expected " + std::to_string(ex.findings) +
                                  " finding(s), got " + std::to_string(got) + messages);
        continue;
      }
      std::string uncovered;
      for (std::uint32_t v = 0; v < ex.versions.size(); ++v) {
        for (const auto& mark : ex.versions[v].marked) {
          if (covered(*report, rule.id, v, mark)) continue;
          uncovered += (uncovered.empty() ? "" : ", ") + ex.versions[v].lang + " '" +
                       ex.versions[v].text.substr(mark.begin, mark.size()) + "'";
        }
      }
      if (!uncovered.empty()) {
        std::string line = label(e, ex);
        line += ": no finding covers the marked ";
        line += uncovered;
        line += messages;
        result.failures.push_back(std::move(line));
        continue;
      }
      ++result.passed;
    }
    if (!triggering) result.failures.emplace_back("no example that triggers the rule");
    if (!quiet) result.failures.emplace_back("no example that must not trigger the rule");
    results.push_back(std::move(result));
  }
  return results;
}

}  // namespace factlint::check
