// Tests for factlint eval: the case parser, judging a report, the tallies and the gate.
#include "cli/eval.hpp"

#include <doctest/doctest.h>

#include <string>

#include "cli/pipeline.hpp"

using namespace factlint;
using namespace factlint::cli::eval;

namespace {

const std::string kPath = "cases.jsonl";

Case pair_case(std::string id, std::string category, bool flag, std::string target_lang = "de") {
  Case c;
  c.id = std::move(id);
  c.category = std::move(category);
  c.expect_flag = flag;
  c.versions = {{"en", "x"}, {std::move(target_lang), "y"}};
  return c;
}

CaseResult flagged(bool yes) {
  CaseResult r;
  r.flagged = yes;
  return r;
}

std::string error_of(std::string_view line) {
  auto c = parse_case(line, kPath, 7);
  return c ? std::string() : c.error().format();
}

}  // namespace

TEST_CASE("a pair case parses, with canonical tags") {
  auto c = parse_case(
      R"({"id":"x1","category":"changed-digit","expect":"flag","source_lang":"en",)"
      R"("target_lang":"pt_BR","source":"5 files","target":"6 arquivos","note":"ignored"})",
      kPath, 3);
  REQUIRE_MESSAGE(c.ok(), (c.ok() ? "" : c.error().format()));
  CHECK(c->id == "x1");
  CHECK(c->expect_flag);
  CHECK_FALSE(c->multi);
  REQUIRE(c->versions.size() == 2);
  CHECK(c->versions[1].first == "pt-BR");
  CHECK(c->versions[1].second == "6 arquivos");
  CHECK(c->line == 3);
  CHECK(language_key(*c) == "en→pt-BR");
}

TEST_CASE("a versions case parses with its offender") {
  auto c = parse_case(R"({"id":"m","category":"currency","expect":"flag","offender":"fr",)"
                      R"("versions":[["en","$5"],["de","5 Dollar"],["fr","5 euros"]]})",
                      kPath, 1);
  REQUIRE(c.ok());
  CHECK(c->multi);
  CHECK(c->versions.size() == 3);
  CHECK(c->offender == std::optional<std::string>("fr"));
  CHECK(language_key(*c) == "multi");
}

TEST_CASE("malformed lines name the file, the line and the problem") {
  const std::string base = R"("id":"a","category":"c","expect":"clean","source_lang":"en",)";
  CHECK(error_of("{" + base + R"("target_lang":"de","source":"1"})") ==
        "cases.jsonl:7: error: missing field 'target'");
  CHECK(error_of("{" + base + R"("target_lang":"de","source":"1","target":2})") ==
        "cases.jsonl:7: error: field 'target' must be a string");
  CHECK(error_of("{" + base + R"("target_lang":"qq-!!","source":"1","target":"2"})")
            .find("unknown language tag 'qq-!!'") != std::string::npos);
  CHECK(error_of("{" + base + R"("target_lang":"de","source":"1","target":""})") ==
        "cases.jsonl:7: error: field 'target' is empty");
  CHECK(error_of("[1,2]") == "cases.jsonl:7: error: a case must be a JSON object");
  CHECK(error_of("{not json").find("cases.jsonl:7: error: not valid JSON") == 0);
  CHECK(error_of("{\"id\":\"a\xff\"}") == "cases.jsonl:7: error: invalid UTF-8 at byte 9");
  CHECK(error_of(R"({"id":"a","category":"c","expect":"maybe"})").find("'expect'") !=
        std::string::npos);
  CHECK(error_of(R"({"id":"a","category":"c","expect":"flag","versions":[["en","1"]]})")
            .find("at least two") != std::string::npos);
  CHECK(error_of(R"({"id":"a","category":"c","expect":"flag","offender":"ja",)"
                 R"("versions":[["en","1"],["de","1"]]})")
            .find("none of the versions") != std::string::npos);
  CHECK(error_of(R"({"id":"a","category":"c","expect":"flag","source":"1",)"
                 R"("versions":[["en","1"],["de","1"]]})")
            .find("not both") != std::string::npos);
}

TEST_CASE("a file: blank lines skipped, duplicate ids refused, line numbers kept") {
  const std::string line = R"({"id":"a","category":"c","expect":"clean","source_lang":"en",)"
                           R"("target_lang":"de","source":"1","target":"1"})";
  auto ok = parse_cases(line + "\n\n" + std::string(line).replace(7, 1, "b") + "\n", kPath);
  REQUIRE(ok.ok());
  CHECK(ok->size() == 2);
  CHECK((*ok)[1].line == 3);
  auto dup = parse_cases(line + "\n" + line + "\n", kPath);
  REQUIRE_FALSE(dup.ok());
  CHECK(dup.error().format() == "cases.jsonl:2: error: duplicate id 'a' (first on line 1)");
  CHECK_FALSE(parse_cases("\n\n", kPath).ok());
}

TEST_CASE("judge counts findings at or above the threshold and checks the offender") {
  Report report;
  report.documents.resize(3);
  report.documents[0].lang = "en";
  report.documents[1].lang = "de";
  report.documents[2].lang = "fr";
  Finding info;
  info.rule = "number-format";
  info.severity = Severity::info;
  info.docs = {1, 0};
  Finding error;
  error.rule = "value-mismatch";
  error.severity = Severity::error;
  error.message = "de differs";
  error.docs = {1, 0, 2};
  report.findings = {info};

  Case c = pair_case("a", "changed-digit", true);
  c.offender = "fr";
  CHECK_FALSE(judge(c, report, Severity::warning).flagged);
  CHECK(judge(c, report, Severity::info).flagged);

  report.findings.push_back(error);
  const CaseResult r = judge(c, report, Severity::warning);
  CHECK(r.flagged);
  CHECK(r.rules == std::vector<std::string>{"value-mismatch"});
  CHECK(r.langs == std::vector<std::string>{"de"});
  CHECK(r.messages == std::vector<std::string>{"de differs"});
  REQUIRE(r.flagged_offender.has_value());
  CHECK_FALSE(*r.flagged_offender);
  CHECK_FALSE(counts_as_caught(c, r));
  c.offender = "de";
  CHECK(counts_as_caught(c, judge(c, report, Severity::warning)));
}

TEST_CASE("tallies: recall, false alarms, precision, groups sorted") {
  const std::vector<Case> cases{
      pair_case("1", "scale-word", true),          pair_case("2", "scale-word", false),
      pair_case("3", "changed-digit", true, "fr"), pair_case("4", "changed-digit", false, "fr"),
      pair_case("5", "changed-digit", true),       pair_case("6", "changed-digit", false),
  };
  const std::vector<CaseResult> results{flagged(true), flagged(false), flagged(true),
                                        flagged(true), flagged(false), flagged(false)};
  const Tallies s = tally_cases(cases, results);
  CHECK(s.all.perturbed == 3);
  CHECK(s.all.caught == 2);
  CHECK(s.all.false_alarms == 1);
  CHECK(*s.all.recall() == doctest::Approx(2.0 / 3));
  CHECK(*s.all.false_alarm_rate() == doctest::Approx(1.0 / 3));
  CHECK(*s.all.precision() == doctest::Approx(2.0 / 3));
  REQUIRE(s.by_category.size() == 2);
  CHECK(s.by_category[0].first == "changed-digit");
  CHECK(s.by_category[0].second.caught == 1);
  REQUIRE(s.by_language.size() == 2);
  CHECK(s.by_language[0].first == "en→de");
  CHECK(s.by_language[1].first == "en→fr");
  CHECK(*s.by_language[1].second.false_alarm_rate() == doctest::Approx(1.0));

  Tally empty;
  CHECK_FALSE(empty.recall().has_value());
  CHECK_FALSE(empty.false_alarm_rate().has_value());
  CHECK_FALSE(empty.precision().has_value());

  const auto missed = gate_failures(s, Gate{0.9, 0.1, {}});
  CHECK(missed == std::vector<std::string>{"changed-digit: recall 0.500 < 0.900",
                                           "changed-digit: false-alarm rate 0.500 > 0.100"});
  CHECK(gate_failures(s, Gate{0.9, 0.1, {"changed-digit"}}).empty());
  CHECK(gate_failures(s, Gate{}).empty());

  const std::string text = render_text(s, "warning");
  CHECK(text.find("changed-digit") != std::string::npos);
  CHECK(text.find("0.667") != std::string::npos);
  const std::string json = render_json(s, "warning", missed);
  CHECK(json.find("\"schema\": \"factlint-eval/1\"") != std::string::npos);
  CHECK(json.find("\"recall\": 0.667") != std::string::npos);
  const std::string per_case = render_cases(cases, results);
  CHECK(std::count(per_case.begin(), per_case.end(), '\n') == 6);
  CHECK(per_case.find(R"("id":"1","line":0,"category":"scale-word")") == 1);
}

TEST_CASE("run_cases gives the same results as one case at a time, in input order") {
  auto rules = cli::load_rule_set({});
  REQUIRE(rules.ok());
  std::vector<Case> cases;
  for (int i = 0; i < 12; ++i) {
    Case c = pair_case(std::to_string(i), "currency", i % 2 == 0);
    c.versions = {{"en", "The fund offered $" + std::to_string(i + 2) + " billion."},
                  {"de", "Der Fonds bot " + std::to_string(i + 2) +
                             (i % 2 == 0 ? " Milliarden Euro." : " Milliarden Dollar.")}};
    cases.push_back(std::move(c));
  }
  auto all = run_cases(cases, *rules, Severity::warning, kPath);
  REQUIRE(all.ok());
  for (std::size_t i = 0; i < cases.size(); ++i) {
    auto one = run_cases({cases[i]}, *rules, Severity::warning, kPath);
    REQUIRE(one.ok());
    CHECK((*all)[i].flagged == (*one)[0].flagged);
    CHECK((*all)[i].messages == (*one)[0].messages);
  }
  CHECK((*all)[0].flagged);
  CHECK((*all)[0].rules == std::vector<std::string>{"currency-mismatch"});
  CHECK_FALSE((*all)[1].flagged);
}

TEST_CASE("a dropped bound of a range and a dropped repeat are found; kept ones are not") {
  auto rules = cli::load_rule_set({});
  REQUIRE(rules.ok());
  struct Pair {
    const char* lang;
    const char* source;
    const char* target;
    bool flag;
  };
  const Pair pairs[] = {
      // One bound of a range left out: the other bound alone is not the range.
      {"de", "Pick a month (a number between 0 and 11).",
       "Wählen Sie einen Monat (eine Zahl zwischen und 11).", true},
      {"fr", "The value must be from 1 to 31.", "La valeur doit être comprise entre et 31.", true},
      // Both bounds there, the range written as two figures: agrees.
      {"de", "Pick a month (a number between 0 and 11).",
       "Wählen Sie einen Monat: 0 ist Januar, 11 ist Dezember.", false},
      {"fr", "The value must be from 1 to 31.", "La valeur doit être comprise entre 1 et 31.",
       false},
      // A figure the source gives twice, given once.
      {"fr", "A \"0\" means true in the shell, while \"0\" means false in C.",
       "« 0 » signifie vrai dans le shell, alors que « » signifie faux en C.", true},
      {"fr", "A \"0\" means true in the shell, while \"0\" means false in C.",
       "« 0 » signifie vrai dans le shell, alors que « 0 » signifie faux en C.", false},
      // A model number whose digits another name of the row also has.
      {"es", "Both AMD64 and Intel 64 processors are supported.",
       "Se permiten tanto los procesadores AMD64 como los procesadores Intel.", true},
      {"es", "Both AMD64 and Intel 64 processors are supported.",
       "Se permiten tanto los procesadores AMD64 como los Intel 64.", false},
      // A figure that runs into its neighbour where the version groups with spaces is there.
      {"fr", "A blank-separated list, e.g. '-p 123 4567'.",
       "Une liste séparée par des espaces, par exemple « -p 123 4 567 ».", false},
  };
  std::vector<Case> cases;
  for (const auto& p : pairs) {
    Case c = pair_case(std::to_string(cases.size()), "dropped-number", p.flag, p.lang);
    c.versions = {{"en", p.source}, {p.lang, p.target}};
    cases.push_back(std::move(c));
  }
  auto results = run_cases(cases, *rules, Severity::warning, kPath);
  REQUIRE(results.ok());
  for (std::size_t i = 0; i < cases.size(); ++i) {
    CHECK_MESSAGE((*results)[i].flagged == pairs[i].flag, pairs[i].target);
  }
}

TEST_CASE("number-format: notation kept as the other version writes it is not flagged") {
  auto rules = cli::load_rule_set({});
  REQUIRE(rules.ok());
  const std::pair<const char*, bool> targets[] = {
      {"Exempel: 1000 blir ”1.0K” och 2048 blir ”2.0K”.", false},  // output kept as it is
      {"Exempel: 1000 blir ”1.0k” och 2048 blir ”2.0k”.", true},   // not as the source has it
      {"Exempel: 1000 blir 1.0 tusen och 2048 blir 2.0 tusen.", true},
  };
  std::vector<Case> cases;
  for (const auto& [target, flag] : targets) {
    Case c = pair_case(std::to_string(cases.size()), "number-format", flag, "sv");
    c.versions = {{"en", "Examples: 1000 becomes \"1.0K\" and 2048 becomes \"2.0K\"."},
                  {"sv", target}};
    cases.push_back(std::move(c));
  }
  auto results = run_cases(cases, *rules, Severity::warning, kPath);
  REQUIRE(results.ok());
  for (std::size_t i = 0; i < cases.size(); ++i) {
    CHECK_MESSAGE((*results)[i].flagged == targets[i].second, targets[i].first);
    if (targets[i].second) CHECK((*results)[i].rules == std::vector<std::string>{"number-format"});
  }
}
