// test_rules with a fake ExampleRunner that builds Reports by hand.
#include <doctest/doctest.h>

#include "check/engine.hpp"
#include "report_builder.hpp"

using factlint::FactKind;
using factlint::Report;
using factlint::Result;
using factlint::check::ExampleVersion;
using factlint::check::load_rules;
using factlint::check::RuleFile;
using factlint::check::test_rules;
using factlint::testing::ReportBuilder;

namespace {

/// A stand-in extractor: every run of ASCII digits (with '.' or ',' inside) is a number fact;
/// versions align sentence by sentence, facts group by order. The real rules run on the result.
struct FakeRunner {
  const factlint::check::RuleSet* rules;
  Result<Report> operator()(const std::vector<ExampleVersion>& versions) const {
    ReportBuilder b;
    std::vector<std::vector<std::uint32_t>> per_doc;
    for (const auto& v : versions) {
      const auto d = b.doc(v.lang, {v.text}, "example." + v.lang + ".txt");
      per_doc.emplace_back();
      const std::string& t = v.text;
      for (std::size_t i = 0; i < t.size();) {
        if (t[i] < '0' || t[i] > '9') {
          ++i;
          continue;
        }
        std::size_t j = i;
        std::string plain;
        while (j < t.size() && ((t[j] >= '0' && t[j] <= '9') || t[j] == '.' || t[j] == ',')) {
          if (t[j] != ',') plain += t[j] == '.' ? '.' : t[j];
          ++j;
        }
        while (!plain.empty() && plain.back() == '.') {
          plain.pop_back();
          --j;
        }
        per_doc.back().push_back(b.fact(d, FactKind::number, t.substr(i, j - i), plain));
        i = j;
      }
    }
    b.align_by_index(0);
    for (std::size_t k = 0; k < per_doc[0].size(); ++k) {
      std::vector<std::uint32_t> g;
      for (const auto& facts : per_doc) {
        if (k < facts.size()) g.push_back(facts[k]);
      }
      b.group(g);
    }
    b.report.findings = factlint::check::run_rules(*rules, b.report);
    return b.report;
  }
};

std::string rule_text(const std::string& examples) {
  return R"({"predicate": "value-differs", "kinds": ["number"], "scope": "group",
    "severity": "error", "message": "{lang} says {text}", "examples": [)" +
         examples + "]}";
}

}  // namespace

TEST_CASE("passing examples pass") {
  auto rules = load_rules({RuleFile{"x/value-check.json", rule_text(R"(
    {"src": ["en", "Fee: 5."], "tgt": ["fr", "Frais : [[6]]."], "findings": 1},
    {"versions": [["en", "Fee: 5."], ["de", "Gebühr: 5."], ["fr", "Frais : [[7]]."]],
     "findings": 1},
    {"src": ["en", "Fee: 5."], "tgt": ["fr", "Frais : 5."], "findings": 0})")}});
  REQUIRE(rules.ok());
  const auto results = test_rules(*rules, FakeRunner{&*rules});
  REQUIRE(results.size() == 1);
  CHECK(results[0].rule == "value-check");
  CHECK(results[0].passed == 3);
  CHECK(results[0].failures.empty());
}

TEST_CASE("a wrong count fails with what was found") {
  auto rules = load_rules({RuleFile{"x/value-check.json", rule_text(R"(
    {"src": ["en", "Fee: 5."], "tgt": ["fr", "Frais : [[5]]."], "findings": 1},
    {"src": ["en", "Fee: 5."], "tgt": ["fr", "Frais : 6."], "findings": 0})")}});
  REQUIRE(rules.ok());
  const auto results = test_rules(*rules, FakeRunner{&*rules});
  REQUIRE(results[0].failures.size() == 2);
  CHECK(results[0].passed == 0);
  CHECK(results[0].failures[0] == "example 1 (en, fr): expected 1 finding(s), got 0");
  CHECK(results[0].failures[1] == "example 2 (en, fr): expected 0 finding(s), got 1 [fr says 6]");
}

TEST_CASE("a marked span no finding covers fails") {
  auto rules = load_rules({RuleFile{"x/value-check.json", rule_text(R"(
    {"src": ["en", "Fee: 5."], "tgt": ["fr", "[[Frais]] : 6."], "findings": 1},
    {"src": ["en", "Fee: 5."], "tgt": ["fr", "Frais : 5."], "findings": 0})")}});
  REQUIRE(rules.ok());
  const auto results = test_rules(*rules, FakeRunner{&*rules});
  REQUIRE(results[0].failures.size() == 1);
  CHECK(results[0].failures[0].find("no finding covers the marked fr 'Frais'") !=
        std::string::npos);
  CHECK(results[0].passed == 1);
}

TEST_CASE("a rule without a triggering or a quiet example fails") {
  auto rules = load_rules({RuleFile{"x/value-check.json", rule_text(R"(
    {"src": ["en", "Fee: 5."], "tgt": ["fr", "Frais : 5."], "findings": 0})")}});
  REQUIRE(rules.ok());
  const auto results = test_rules(*rules, FakeRunner{&*rules});
  REQUIRE(results[0].failures.size() == 1);
  CHECK(results[0].failures[0] == "no example that triggers the rule");
}

TEST_CASE("a runner error is a failure, not a crash") {
  auto rules = load_rules({RuleFile{"x/value-check.json", rule_text(R"(
    {"src": ["en", "Fee: 5."], "tgt": ["fr", "Frais : [[6]]."], "findings": 1},
    {"src": ["en", "Fee: 5."], "tgt": ["fr", "Frais : 5."], "findings": 0})")}});
  REQUIRE(rules.ok());
  const auto failing = [](const std::vector<ExampleVersion>&) -> Result<Report> {
    return factlint::Diagnostic{"read/x", "example-1.fr.txt", 1, 2, "broken"};
  };
  const auto results = test_rules(*rules, failing);
  REQUIRE(results[0].failures.size() == 2);
  CHECK(results[0].failures[0].find("broken") != std::string::npos);
}
