// Rule loading: valid files, every kind of malformed file, overrides, folders, shipped rules.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "check/engine.hpp"
#include "check/predicate.hpp"

using factlint::FactKind;
using factlint::Severity;
using factlint::Span;
using factlint::check::load_rules;
using factlint::check::parse_marked;
using factlint::check::RuleFile;
using factlint::check::Scope;

namespace {

const char* const kValid = R"({
  // comments are allowed
  "predicate": "value-differs",
  "kinds": ["money", "number"],
  "scope": "group",
  "severity": "warning",
  "message": "{lang} says {text}; {majority_langs} {majority_verb} {majority_text}",
  "params": {"tolerance": 0.01},
  "examples": [
    {"versions": [["en", "Fee: $5."], ["fr", "Frais : [[6 $]]."]], "findings": 1},
    {"src": ["en", "Fee: $5."], "tgt": ["fr", "Frais : 5 $."], "findings": 0}
  ]
})";

factlint::Diagnostic load_error(const std::string& content, const std::string& path = "r/x.json") {
  auto r = load_rules({RuleFile{path, content}});
  REQUIRE_FALSE(r.ok());
  return r.error();
}

/// kValid with `from` replaced by `to` (which must occur once).
std::string valid_with(const std::string& from, const std::string& to) {
  std::string s = kValid;
  const auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  s.replace(at, from.size(), to);
  return s;
}

}  // namespace

TEST_CASE("a valid rule file loads with its id from the file name") {
  auto r = load_rules({RuleFile{"rules/money/fee-check.json", kValid}});
  REQUIRE(r.ok());
  REQUIRE(r->rules.size() == 1);
  const auto& rule = r->rules[0];
  CHECK(rule.id == "fee-check");
  CHECK(rule.predicate == "value-differs");
  CHECK(rule.kinds == std::vector{FactKind::money, FactKind::number});
  CHECK(rule.scopes == std::vector{Scope::group});
  CHECK(rule.severity == Severity::warning);
  CHECK(rule.compiled != nullptr);
  REQUIRE(rule.examples.size() == 2);
  CHECK(rule.examples[0].findings == 1);
  REQUIRE(rule.examples[0].versions.size() == 2);
  CHECK(rule.examples[0].versions[1].lang == "fr");
  CHECK(rule.examples[0].versions[1].text == "Frais : 6 $.");
  CHECK(rule.examples[0].versions[1].marked == std::vector{Span{8, 11}});
  CHECK(rule.examples[1].versions[0].text == "Fee: $5.");
  CHECK(r->find("fee-check") == &r->rules[0]);
  CHECK(r->find("other") == nullptr);
}

TEST_CASE("malformed JSON is reported at line:column") {
  const std::string text =
      "{\n  \"predicate\": \"value-differs\",\n  \"kinds\": [\"money\" \"x\"]\n}";
  const auto d = load_error(text, "rules/bad.json");
  CHECK(d.file == "rules/bad.json");
  CHECK(d.line == 3);
  CHECK(d.column == 21);
  CHECK(d.message.find("malformed JSON") != std::string::npos);
  CHECK(d.format().rfind("rules/bad.json:3:21: ", 0) == 0);
}

TEST_CASE("a number beyond a double is an error of the file, at the number") {
  for (const char* number : {"1e999", "-1e999"}) {
    const std::string text =
        std::string("{\n  \"predicate\": \"value-differs\",\n  \"params\": {\"x\": ") + number +
        "}\n}";
    const auto d = load_error(text, "rules/huge.json");
    CHECK(d.id == "rules/malformed-json");
    CHECK(d.line == 3);
    CHECK(d.column == 19);
    CHECK(d.message == "number '" + std::string(number) + "' is out of range");
  }
}

TEST_CASE("line:column counts code points after multi-byte text") {
  const std::string text = "{\"description\": \"Größe\", }";
  const auto d = load_error(text);
  CHECK(d.line == 1);
  CHECK(d.column == 26);
}

TEST_CASE("semantic errors name the problem and point at the key") {
  SUBCASE("unknown predicate") {
    const auto d = load_error(valid_with("\"value-differs\"", "\"same-value\""));
    CHECK(d.message == "unknown predicate 'same-value'");
    CHECK(d.line == 3);
    CHECK(d.column == 3);
  }
  SUBCASE("unknown kind") {
    const auto d = load_error(valid_with("\"number\"]", "\"numbr\"]"));
    CHECK(d.message.find("unknown kind \"numbr\"") == 0);
    CHECK(d.line == 4);
  }
  SUBCASE("missing severity") {
    const auto d = load_error(valid_with("\"severity\": \"warning\",", ""));
    CHECK(d.message == "missing field 'severity'");
  }
  SUBCASE("bad severity") {
    const auto d = load_error(valid_with("\"warning\"", "\"fatal\""));
    CHECK(d.message.find("bad severity \"fatal\"") == 0);
    CHECK(d.line == 6);
  }
  SUBCASE("unknown key") {
    const auto d = load_error(valid_with("\"params\"", "\"parmas\""));
    CHECK(d.message == "unknown key 'parmas'");
    CHECK(d.line == 8);
    CHECK(d.column == 3);
  }
  SUBCASE("no examples") {
    std::string s = kValid;
    s = s.substr(0, s.find("\"examples\"")) + "\"examples\": []\n}";
    const auto d = load_error(s);
    CHECK(d.message == "no examples");
  }
  SUBCASE("unknown placeholder") {
    const auto d = load_error(valid_with("{text}", "{txt}"));
    CHECK(d.message == "unknown placeholder '{txt}' in message");
  }
  SUBCASE("unknown param") {
    const auto d = load_error(valid_with("\"tolerance\"", "\"tolerence\""));
    CHECK(d.message == "unknown param 'tolerence'");
  }
  SUBCASE("param of the wrong type") {
    const auto d = load_error(valid_with("0.01", "\"1%\""));
    CHECK(d.message == "param 'tolerance' must be a number");
  }
  SUBCASE("scope the predicate cannot run at") {
    const auto d = load_error(valid_with("\"scope\": \"group\"", "\"scope\": \"fact\""));
    CHECK(d.message == "predicate 'value-differs' cannot run at scope 'fact'");
  }
  SUBCASE("unbalanced marker") {
    const auto d = load_error(valid_with("[[6 $]]", "[[6 $"));
    CHECK(d.message.find("examples[0]: version 2: '[[' without ']]'") == 0);
  }
  SUBCASE("triggering example without markers") {
    const auto d = load_error(valid_with("[[6 $]]", "6 $"));
    CHECK(d.message.find("must mark") != std::string::npos);
  }
  SUBCASE("unknown key in an example") {
    const auto d = load_error(valid_with("\"findings\": 0", "\"finding\": 0"));
    CHECK(d.message == "examples[1]: unknown key 'finding'");
  }
  SUBCASE("bad file name") {
    const auto d = load_error(kValid, "rules/Value_Check.json");
    CHECK(d.message.find("lower-kebab") != std::string::npos);
  }
}

TEST_CASE("a later file replaces a rule, a patch changes severity or disables it") {
  const std::string other = valid_with("\"warning\"", "\"error\"");
  auto replaced = load_rules({{"a/x.json", kValid}, {"b/x.json", other}});
  REQUIRE(replaced.ok());
  REQUIRE(replaced->rules.size() == 1);
  CHECK(replaced->rules[0].severity == Severity::error);
  CHECK(replaced->rules[0].path == "b/x.json");

  auto patched = load_rules({{"a/x.json", kValid}, {"b/x.json", R"({"enabled": false})"}});
  REQUIRE(patched.ok());
  CHECK_FALSE(patched->rules[0].enabled);
  CHECK(patched->rules[0].predicate == "value-differs");

  auto lonely = load_rules({{"b/x.json", R"({"severity": "info"})"}});
  REQUIRE_FALSE(lonely.ok());
  CHECK(lonely.error().message == "missing field 'predicate'");

  auto bad_patch = load_rules({{"a/x.json", kValid}, {"b/x.json", R"({"kinds": ["money"]})"}});
  REQUIRE_FALSE(bad_patch.ok());
}

TEST_CASE("rules come out sorted by id") {
  auto r = load_rules({{"z/zeta.json", kValid}, {"a/alpha.json", kValid}});
  REQUIRE(r.ok());
  CHECK(r->rules[0].id == "alpha");
  CHECK(r->rules[1].id == "zeta");
}

TEST_CASE("markers become spans in the stripped text") {
  auto v = parse_marked("de", "Für [[$6,3]] Milliarden [[Euro]].");
  REQUIRE(v.ok());
  CHECK(v->text == "Für $6,3 Milliarden Euro.");
  REQUIRE(v->marked.size() == 2);
  CHECK(v->text.substr(v->marked[0].begin, v->marked[0].size()) == "$6,3");
  CHECK(v->text.substr(v->marked[1].begin, v->marked[1].size()) == "Euro");
  CHECK_FALSE(parse_marked("de", "a ]] b").ok());
  CHECK_FALSE(parse_marked("de", "[[a [[b]] ]]").ok());
  CHECK_FALSE(parse_marked("de", "a [[]] b").ok());
}

TEST_CASE("rule_files_in walks a folder recursively, sorted, skipping terms/") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "factlint-unit-check-rules";
  fs::remove_all(dir);
  fs::create_directories(dir / "money");
  fs::create_directories(dir / "terms");
  std::ofstream(dir / "money" / "b.json") << "{}";
  std::ofstream(dir / "a.json") << "{}";
  std::ofstream(dir / "terms" / "approximation.json") << "{}";
  std::ofstream(dir / "notes.txt") << "not a rule";
  auto files = factlint::check::rule_files_in(dir.string());
  REQUIRE(files.ok());
  REQUIRE(files->size() == 2);
  CHECK((*files)[0].path == (dir / "a.json").string());
  CHECK((*files)[1].path == (dir / "money" / "b.json").string());
  CHECK((*files)[1].content == "{}");
  fs::remove_all(dir);

  auto missing = factlint::check::rule_files_in((dir / "nope").string());
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().file == (dir / "nope").string());
}

TEST_CASE("the shipped rules load and carry enough examples") {
  auto files = factlint::check::rule_files_in(FACTLINT_RULES_DIR);
  REQUIRE(files.ok());
  auto rules = load_rules(*files);
  REQUIRE_MESSAGE(rules.ok(), rules.error().format());
  for (const char* id :
       {"value-mismatch", "scale-mismatch", "currency-mismatch", "missing-fact", "number-format"}) {
    CAPTURE(id);
    const auto* rule = rules->find(id);
    REQUIRE(rule != nullptr);
    int triggering = 0;
    int quiet = 0;
    std::set<std::string> langs;
    for (const auto& ex : rule->examples) {
      (ex.findings > 0 ? triggering : quiet) += 1;
      for (const auto& v : ex.versions) langs.insert(v.lang);
    }
    CHECK(triggering >= 2);
    CHECK(quiet >= 2);
    CHECK(langs.size() >= 3);
  }
  CHECK(rules->find("currency-mismatch")->scopes == std::vector{Scope::group, Scope::fact});
}

TEST_CASE("every predicate has a documentation page") {
  for (const auto& p : factlint::check::predicate_registry()) {
    CAPTURE(p.id);
    const auto page =
        std::filesystem::path(FACTLINT_DOCS_DIR) / "predicates" / (std::string(p.id) + ".md");
    CHECK(std::filesystem::exists(page));
    CHECK(factlint::check::build_predicate(p.id, "{}").ok());
  }
}
