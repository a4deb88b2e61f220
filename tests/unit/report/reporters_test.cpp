// Text and JSON reporters on a hand-built report: layout, contract fields, determinism.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "../check/report_builder.hpp"
#include "report/reporter.hpp"

using factlint::FactKind;
using factlint::Finding;
using factlint::Report;
using factlint::Severity;
using factlint::testing::code;
using factlint::testing::dollar_sign;
using factlint::testing::ReportBuilder;

namespace {

/// en and de versions on two lines each; de names two currencies; sv writes "6.3".
Report sample() {
  ReportBuilder b;
  const auto en = b.doc("en", {"Intro.\nJSR was sold for $6.3 billion."}, "story.en.md");
  const auto de = b.doc("de", {"Einleitung.\nJSR für $6,3 Milliarden Euro."}, "story.de.md");
  const auto sv = b.doc("sv", {"Inledning.\nJSR för 6.3 miljarder dollar."}, "story.sv.md");
  const auto fe = b.fact(en, FactKind::money, "$6.3 billion", "6.3e9", {dollar_sign()});
  b.last().amount().digits = "6.3";
  b.last().amount().scale_power = 9;
  b.last().amount().scale_word = "billion";
  b.last().amount().format.decimal_sep = ".";
  const auto fd = b.fact(de, FactKind::money, "$6,3 Milliarden Euro", "6.3e9",
                         {dollar_sign(), code("Euro", "EUR")});
  const auto fs = b.fact(sv, FactKind::money, "6.3 miljarder dollar", "6.3e9",
                         {{"dollar", {"AUD", "CAD", "USD"}, "USD"}});
  b.last().amount().format.foreign = true;
  b.last().amount().format.expected = "6,3";
  b.align_by_index(0);
  b.group({fe, fd, fs});
  Finding f;
  f.rule = "currency-mismatch";
  f.severity = Severity::error;
  f.message = "de says $6,3 Milliarden Euro (USD+EUR); en, sv say USD";
  f.docs = {de, en, sv};
  f.facts = {fd, fe, fs};
  f.doc = de;
  f.span = b.report.facts[fd].span;
  f.fingerprint = "0123456789abcdef";
  b.report.findings.push_back(f);
  Finding g;
  g.rule = "number-format";
  g.severity = Severity::warning;
  g.message = "sv writes 6.3 miljarder dollar with another locale's separators; sv expects 6,3";
  g.docs = {sv};
  g.facts = {fs};
  g.doc = sv;
  g.span = b.report.facts[fs].span;
  g.fingerprint = "fedcba9876543210";
  b.report.findings.push_back(g);
  return b.report;
}

}  // namespace

TEST_CASE("text: compiler-style lines, compared facts indented, a summary") {
  const auto out = factlint::report::render("text", sample());
  REQUIRE(out.ok());
  CHECK(*out ==
        "story.de.md:2:9: error: de says $6,3 Milliarden Euro (USD+EUR); en, sv say USD "
        "[currency-mismatch]\n"
        "    en story.en.md:2:18: $6.3 billion = 6300000000 USD\n"
        "    sv story.sv.md:2:9: 6.3 miljarder dollar = 6300000000 USD\n"
        "story.sv.md:2:9: warning: sv writes 6.3 miljarder dollar with another locale's "
        "separators; sv expects 6,3 [number-format]\n"
        "1 error, 1 warning, 0 info in 3 documents\n");
}

TEST_CASE("text: a clean run says so") {
  Report r = sample();
  r.findings.clear();
  CHECK(*factlint::report::render("text", r) == "no findings in 3 documents\n");
  r.documents.resize(1);
  CHECK(*factlint::report::render("text", r) == "no findings in 1 document\n");
}

TEST_CASE("json: the factlint-report/1 contract") {
  const Report r = sample();
  const auto out = factlint::report::render("json", r);
  REQUIRE(out.ok());
  CHECK(out->back() == '\n');
  CHECK(out->find("Milliarden Euro") != std::string::npos);  // UTF-8 and text unescaped
  const auto j = nlohmann::json::parse(*out);
  CHECK(j["schema"] == "factlint-report/1");
  REQUIRE(j["documents"].size() == 3);
  CHECK(j["documents"][1] == nlohmann::json{{"id", "d1"}, {"path", "story.de.md"}, {"lang", "de"}});
  REQUIRE(j["facts"].size() == 3);
  const auto& f1 = j["facts"][1];
  CHECK(f1["id"] == "f1");
  CHECK(f1["doc"] == "d1");
  CHECK(f1["kind"] == "money");
  CHECK(f1["text"] == "$6,3 Milliarden Euro");
  CHECK(f1["line"] == 2);
  CHECK(f1["column"] == 9);
  CHECK(f1["offset"] == r.facts[1].span.begin);
  CHECK(f1["length"] == std::string("$6,3 Milliarden Euro").size());
  CHECK(f1["segment"] == 0);
  CHECK(f1["value"]["value"] == "6300000000");
  CHECK(f1["value"]["approximate"] == false);
  CHECK(f1["value"]["ambiguous"] == false);
  REQUIRE(f1["value"]["currencies"].size() == 2);
  CHECK(f1["value"]["currencies"][0] ==
        nlohmann::json{{"text", "$"}, {"codes", {"AUD", "CAD", "USD"}}, {"preferred", "USD"}});
  CHECK(f1["value"]["currencies"][1]["codes"] == nlohmann::json{"EUR"});
  CHECK(j["facts"][0]["value"]["scale"] == nlohmann::json{{"word", "billion"}, {"power", 9}});
  CHECK(j["facts"][2]["value"]["format"]["foreign"] == true);
  CHECK(j["facts"][2]["value"]["format"]["expected"] == "6,3");
  REQUIRE(j["groups"].size() == 1);
  CHECK(j["groups"][0]["id"] == "g0");
  CHECK(j["groups"][0]["kind"] == "money");
  CHECK(j["groups"][0]["facts"] == nlohmann::json{"f0", "f1", "f2"});
  REQUIRE(j["findings"].size() == 2);
  const auto& fi = j["findings"][0];
  CHECK(fi["rule"] == "currency-mismatch");
  CHECK(fi["severity"] == "error");
  CHECK(fi["langs"] == nlohmann::json{"de", "en", "sv"});
  CHECK(fi["facts"] == nlohmann::json{"f1", "f0", "f2"});
  CHECK(fi["fingerprint"] == "0123456789abcdef");
  CHECK(fi["doc"] == "d1");
  CHECK(fi["line"] == 2);
  CHECK(fi["column"] == 9);
  CHECK(j["summary"] == nlohmann::json{{"error", 1}, {"warning", 1}, {"info", 0}});
}

TEST_CASE("json: keys in contract order, 2-space indent, byte-identical output") {
  const auto a = *factlint::report::render("json", sample());
  const auto b = *factlint::report::render("json", sample());
  CHECK(a == b);
  CHECK(a.rfind("{\n  \"schema\": \"factlint-report/1\",\n  \"documents\": [\n    {\n      \"id\"",
                0) == 0);
  const auto pos = [&](const char* key) { return a.find(std::string("\n  \"") + key + "\""); };
  CHECK(pos("schema") < pos("documents"));
  CHECK(pos("documents") < pos("facts"));
  CHECK(pos("facts") < pos("groups"));
  CHECK(pos("groups") < pos("findings"));
  CHECK(pos("findings") < pos("summary"));
  const auto rule = a.find("\"rule\"");
  CHECK(rule < a.find("\"severity\"", rule));
  CHECK(a.find("\"message\"", rule) < a.find("\"langs\"", rule));
  CHECK(a.find("\"langs\"", rule) < a.find("\"fingerprint\"", rule));
}

TEST_CASE("formats: registry order and unknown ids") {
  CHECK(factlint::report::format_ids() == std::vector<std::string>{"text", "json"});
  const auto bad = factlint::report::render("yaml", Report{});
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message == "unknown format 'yaml' (known: text, json)");
  const auto empty = factlint::report::render("json", Report{});
  REQUIRE(empty.ok());
  const auto j = nlohmann::json::parse(*empty);
  CHECK(j["findings"].empty());
  CHECK(j["facts"].is_array());
}

TEST_CASE("every format has a documentation page") {
  for (const auto& id : factlint::report::format_ids()) {
    CAPTURE(id);
    CHECK(std::filesystem::exists(std::filesystem::path(FACTLINT_DOCS_DIR) / "reporters" /
                                  (id + ".md")));
  }
}
