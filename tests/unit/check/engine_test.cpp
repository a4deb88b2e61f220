// The engine: majority view, presence, fact scope, suppression, fingerprints and order.
#include "check/engine.hpp"

#include <doctest/doctest.h>

#include "report_builder.hpp"

using factlint::FactKind;
using factlint::Finding;
using factlint::Severity;
using factlint::check::Rule;
using factlint::check::RuleSet;
using factlint::check::run_rules;
using factlint::check::Scope;
using factlint::testing::code;
using factlint::testing::dollar_sign;
using factlint::testing::ReportBuilder;

namespace {

Rule make_rule(std::string id, std::string predicate, std::vector<FactKind> kinds,
               std::vector<Scope> scopes, std::string message, Severity sev = Severity::error) {
  Rule r;
  r.id = std::move(id);
  r.predicate = std::move(predicate);
  r.kinds = std::move(kinds);
  r.scopes = std::move(scopes);
  r.message = std::move(message);
  r.severity = sev;
  r.params_json = "{}";
  return r;
}

RuleSet currency_rules() {
  RuleSet set;
  auto r = make_rule("currency-mismatch", "currency-differs", {FactKind::money},
                     {Scope::group, Scope::fact},
                     "{lang} says {text} ({currencies}); {majority_langs} {majority_verb} "
                     "{majority_currencies}");
  r.fact_message = "{text} names two currencies ({currencies})";
  set.rules.push_back(std::move(r));
  return set;
}

RuleSet value_rules() {
  RuleSet set;
  set.rules.push_back(make_rule("value-mismatch", "value-differs",
                                {FactKind::number, FactKind::money, FactKind::percent},
                                {Scope::group},
                                "{lang} says {value}; {majority_langs} ({count} of {total}) "
                                "{majority_verb} {majority_value}"));
  return set;
}

/// Five versions of the JSR sentence; `odd` says euros.
ReportBuilder five_versions(const std::string& odd_lang, std::uint32_t pivot) {
  ReportBuilder b;
  std::vector<std::uint32_t> facts;
  for (const std::string lang : {"id", "sv", "en", "fr", "de"}) {
    const auto d = b.doc(lang, {"Intro.", "JSR cost $6.3 billion here."});
    if (lang == odd_lang) {
      facts.push_back(b.fact(d, FactKind::money, "$6.3 billion", "6.3e9",
                             {dollar_sign(), code("Euro", "EUR")}));
    } else {
      facts.push_back(b.fact(d, FactKind::money, "$6.3 billion", "6.3e9", {dollar_sign()}));
    }
  }
  b.align_by_index(pivot);
  b.group(facts);
  return b;
}

}  // namespace

TEST_CASE("five versions: the one that differs is named, with the four that agree") {
  auto b = five_versions("de", 2);
  const auto findings = run_rules(currency_rules(), b.report);
  REQUIRE(findings.size() == 1);
  const Finding& f = findings[0];
  CHECK(f.rule == "currency-mismatch");
  CHECK(f.severity == Severity::error);
  CHECK(f.doc == 4);
  CHECK(f.docs.front() == 4);
  CHECK(f.docs.size() == 5);
  CHECK(f.docs[1] == 2);  // the pivot leads the majority
  CHECK(f.facts.front() == 4);
  CHECK(f.message == "de says $6.3 billion (USD+EUR); en, fr, id, sv say USD");
  CHECK(f.fingerprint.size() == 16);
}

TEST_CASE("five versions: the pivot is the odd one out") {
  auto b = five_versions("en", 2);
  const auto findings = run_rules(currency_rules(), b.report);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].doc == 2);
  CHECK(findings[0].docs.size() == 5);
  CHECK(findings[0].message == "en says $6.3 billion (USD+EUR); de, fr, id, sv say USD");
}

TEST_CASE("three versions: two against one, whichever is the pivot") {
  for (std::uint32_t pivot = 0; pivot < 3; ++pivot) {
    CAPTURE(pivot);
    ReportBuilder b;
    const auto en = b.doc("en", {"Sales reached 4.2 million units."});
    const auto de = b.doc("de", {"Der Absatz erreichte 4,3 Millionen Einheiten."});
    const auto fr = b.doc("fr", {"Les ventes ont atteint 4,2 millions d'unités."});
    const auto fe = b.fact(en, FactKind::number, "4.2 million", "4200000");
    const auto fd = b.fact(de, FactKind::number, "4,3 Millionen", "4300000");
    const auto ff = b.fact(fr, FactKind::number, "4,2 millions", "4200000");
    b.align_by_index(pivot);
    b.group({fe, fd, ff});
    const auto findings = run_rules(value_rules(), b.report);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].doc == de);
    CHECK(findings[0].facts ==
          std::vector<std::uint32_t>{fd, pivot == 2 ? ff : fe, pivot == 2 ? fe : ff});
    CHECK(findings[0].message == "de says 4300000; en, fr (2 of 3) say 4200000");
  }
}

TEST_CASE("two versions: the later one is the offender, whatever the pivot") {
  for (std::uint32_t pivot = 0; pivot < 2; ++pivot) {
    CAPTURE(pivot);
    ReportBuilder b;
    const auto en = b.doc("en", {"Fee: 5%."});
    const auto fr = b.doc("fr", {"Frais : 6 %."});
    const auto fe = b.fact(en, FactKind::percent, "5%", "5");
    const auto ff = b.fact(fr, FactKind::percent, "6 %", "6");
    b.align_by_index(pivot);
    b.group({fe, ff});
    const auto findings = run_rules(value_rules(), b.report);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].doc == fr);
    CHECK(findings[0].message == "fr says 6 %; en (1 of 2) says 5 %");
  }
}

TEST_CASE("a tie goes to the class of the version listed first, whatever the pivot") {
  for (std::uint32_t pivot = 0; pivot < 4; ++pivot) {
    CAPTURE(pivot);
    ReportBuilder b;
    std::vector<std::uint32_t> facts;
    const std::vector<std::pair<std::string, std::string>> versions{
        {"en", "7"}, {"de", "7"}, {"fr", "8"}, {"sv", "8"}};
    for (const auto& [lang, value] : versions) {
      const auto d = b.doc(lang, {"Count " + value + "."});
      facts.push_back(b.fact(d, FactKind::number, value, value));
    }
    b.align_by_index(pivot);
    b.group(facts);
    const auto findings = run_rules(value_rules(), b.report);
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].doc == 2);
    CHECK(findings[1].doc == 3);
  }
}

TEST_CASE("boilerplate and unaligned facts never vote or raise group findings") {
  ReportBuilder b;
  const auto en = b.doc("en", {"Shares: 120."});
  const auto de = b.doc("de", {"Geteilt: 45."});
  const auto fe = b.fact(en, FactKind::number, "120", "120");
  const auto fd = b.fact(de, FactKind::number, "45", "45");
  b.align_by_index(0);
  b.group({fe, fd});
  REQUIRE(run_rules(value_rules(), b.report).size() == 1);

  b.report.documents[de].segments[0].boilerplate = true;
  CHECK(run_rules(value_rules(), b.report).empty());

  b.report.documents[de].segments[0].boilerplate = false;
  b.report.alignment.row_of_segment[de][0] = -1;
  CHECK(run_rules(value_rules(), b.report).empty());
}

TEST_CASE("fact scope: a two-currency amount alone is flagged; boilerplate makes it info") {
  ReportBuilder b;
  const auto de = b.doc("de", {"JSR kostet $6,3 Milliarden Euro.", "Teilen: 5 Euro $."});
  const auto en = b.doc("en", {"Nothing to see."});
  b.fact(de, FactKind::money, "$6,3 Milliarden Euro", "6.3e9",
         {dollar_sign(), code("Euro", "EUR")});
  b.fact(de, FactKind::money, "5 Euro $", "5", {code("Euro", "EUR"), dollar_sign()});
  b.align_by_index(1);
  (void)en;
  b.report.documents[de].segments[1].boilerplate = true;
  const auto findings = run_rules(currency_rules(), b.report);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].severity == Severity::error);
  CHECK(findings[0].message == "$6,3 Milliarden Euro names two currencies (USD+EUR)");
  CHECK(findings[0].docs == std::vector<std::uint32_t>{de});
  CHECK(findings[1].severity == Severity::info);
}

TEST_CASE("fact scope skips what the group pass already flagged") {
  auto b = five_versions("de", 2);
  const auto findings = run_rules(currency_rules(), b.report);
  CHECK(findings.size() == 1);
}

TEST_CASE("missing counterpart: versions with an aligned segment but no fact are named") {
  RuleSet set;
  set.rules.push_back(make_rule("missing-fact", "missing-counterpart",
                                {FactKind::money, FactKind::number}, {Scope::group},
                                "{lang} has no counterpart of {majority_text} given in "
                                "{majority_langs}",
                                Severity::warning));
  ReportBuilder b;
  const auto en = b.doc("en", {"Tokyo pays 903.9 billion yen.", "Footer 12."});
  const auto de = b.doc("de", {"Tokio zahlt 903,9 Milliarden Yen."});
  const auto fr = b.doc("fr", {"Tokyo paie une somme."});
  const auto sv = b.doc("sv", {"Tokyo betalar."});
  const auto fe = b.fact(en, FactKind::money, "903.9 billion yen", "903.9e9", {code("yen", "JPY")});
  const auto fd =
      b.fact(de, FactKind::money, "903,9 Milliarden Yen", "903.9e9", {code("Yen", "JPY")});
  b.fact(en, FactKind::number, "12", "12");
  b.align_by_index(0);
  b.group({fe, fd});
  // The footer is boilerplate; its number is in no group and must not count.
  b.report.documents[en].segments[1].boilerplate = true;
  b.report.documents[sv].segments[0].boilerplate = true;  // sv's row segment is furniture
  const auto findings = run_rules(set, b.report);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].doc == fr);
  CHECK(findings[0].severity == Severity::warning);
  CHECK(findings[0].docs == std::vector<std::uint32_t>{fr, en, de});
  CHECK(findings[0].facts == std::vector<std::uint32_t>{fe, fd});
  CHECK(findings[0].span.begin == 0);
  CHECK(findings[0].message == "fr has no counterpart of 903.9 billion yen given in de, en");
}

TEST_CASE("missing counterpart: with two versions, the one without the fact lacks it") {
  RuleSet set;
  set.rules.push_back(make_rule("missing-fact", "missing-counterpart", {FactKind::percent},
                                {Scope::group}, "{lang} lacks {majority_value}",
                                Severity::warning));
  for (std::uint32_t pivot = 0; pivot < 2; ++pivot) {
    CAPTURE(pivot);
    ReportBuilder b;
    const auto en = b.doc("en", {"Revenue grew 12%."});
    const auto de = b.doc("de", {"Der Umsatz wuchs."});
    const auto fe = b.fact(en, FactKind::percent, "12%", "12");
    b.align_by_index(pivot);
    b.group({fe});
    const auto findings = run_rules(set, b.report);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].doc == de);
    CHECK(findings[0].message == "de lacks 12 %");
  }
}

TEST_CASE("missing counterpart: only the versions that give the value named are listed") {
  RuleSet set;
  set.rules.push_back(make_rule("missing-fact", "missing-counterpart", {FactKind::number},
                                {Scope::group}, "{lang} lacks {majority_value} of {majority_langs}",
                                Severity::warning));
  ReportBuilder b;
  const auto en = b.doc("en", {"Line 12 opens."});
  const auto de = b.doc("de", {"Linie 12 öffnet."});
  const auto fr = b.doc("fr", {"La ligne 21 ouvre."});
  const auto sv = b.doc("sv", {"Linjen öppnar."});
  b.align_by_index(0);
  b.group({b.fact(en, FactKind::number, "12", "12"), b.fact(de, FactKind::number, "12", "12"),
           b.fact(fr, FactKind::number, "21", "21")});
  const auto findings = run_rules(set, b.report);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].doc == sv);
  CHECK(findings[0].message == "sv lacks 12 of de, en");
}

TEST_CASE("fingerprints survive moved text and change with the values") {
  auto fingerprint = [](const std::string& prefix, const std::string& value) {
    ReportBuilder b;
    const auto en = b.doc("en", {prefix + "Fee: 5."});
    const auto fr = b.doc("fr", {prefix + "Frais : " + value + "."});
    const auto fe = b.fact(en, FactKind::number, "5", "5");
    const auto ff = b.fact(fr, FactKind::number, value, value);
    b.align_by_index(0);
    b.group({fe, ff});
    const auto findings = run_rules(value_rules(), b.report);
    REQUIRE(findings.size() == 1);
    return findings[0].fingerprint;
  };
  const auto base = fingerprint("", "6");
  CHECK(base == fingerprint("Some new text.\nAnd a line. ", "6"));
  CHECK(base != fingerprint("", "7"));
  CHECK(factlint::check::fnv1a_hex("") == "cbf29ce484222325");
  CHECK(factlint::check::fnv1a_hex("a") == "af63dc4c8601ec8c");
}

TEST_CASE("findings are sorted by path, position and rule id") {
  ReportBuilder b;
  const auto en = b.doc("en", {"A 1.", "B 2."}, "a.en.txt");
  const auto de = b.doc("de", {"A 3.", "B 4."}, "a.de.txt");
  const auto e1 = b.fact(en, FactKind::number, "1", "1");
  const auto e2 = b.fact(en, FactKind::number, "2", "2");
  const auto d1 = b.fact(de, FactKind::number, "3", "3");
  const auto d2 = b.fact(de, FactKind::number, "4", "4");
  b.align_by_index(0);
  b.group({e2, d2});
  b.group({e1, d1});
  RuleSet set = value_rules();
  auto second = set.rules[0];
  second.id = "another-value-rule";
  set.rules.push_back(second);
  const auto findings = run_rules(set, b.report);
  REQUIRE(findings.size() == 4);
  CHECK(findings[0].rule == "another-value-rule");
  CHECK(findings[0].facts.front() == d1);
  CHECK(findings[1].rule == "value-mismatch");
  CHECK(findings[1].facts.front() == d1);
  CHECK(findings[2].facts.front() == d2);
  CHECK(findings[3].facts.front() == d2);
}

TEST_CASE("disabled rules do not run; messages expand placeholders") {
  auto b = five_versions("de", 2);
  auto set = currency_rules();
  set.rules[0].enabled = false;
  CHECK(run_rules(set, b.report).empty());
  CHECK(factlint::check::expand_message("{a} and {{b}} {c}", {{"a", "x"}}) == "x and {b} {c}");
}

TEST_CASE("every known placeholder is filled in") {
  std::string all;
  for (const auto name : factlint::check::known_placeholders()) {
    all += "{" + std::string(name) + "}|";
  }
  RuleSet set;
  set.rules.push_back(
      make_rule("value-mismatch", "value-differs", {FactKind::number}, {Scope::group}, all));
  ReportBuilder b;
  const auto en = b.doc("en", {"Fee: 5."});
  const auto fr = b.doc("fr", {"Frais : 5000."});
  const auto de = b.doc("de", {"Gebühr: 5."});
  const auto fe = b.fact(en, FactKind::number, "5", "5");
  const auto ff = b.fact(fr, FactKind::number, "5000", "5");
  const auto fd = b.fact(de, FactKind::number, "5", "5");
  b.report.facts[ff].amount().value = *factlint::Decimal::parse("7");
  b.align_by_index(0);
  b.group({fe, ff, fd});
  const auto findings = run_rules(set, b.report);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message.find('{') == std::string::npos);
  CHECK(findings[0].message == "value-mismatch|fr|number|5000|7||||2|3|de, en|say|5|5|||||");
}

TEST_CASE("twin findings get distinct fingerprints") {
  ReportBuilder b;
  const auto en = b.doc("en", {"Fee 5.", "Again 5."});
  const auto fr = b.doc("fr", {"Frais 6.", "Encore 6."});
  const auto e1 = b.fact(en, FactKind::number, "5", "5");
  const auto f1 = b.fact(fr, FactKind::number, "6", "6");
  b.report.facts.push_back(b.report.facts[e1]);
  b.report.facts.back().segment = 1;
  b.report.facts.back().span = {13, 14};
  const auto e2 = static_cast<std::uint32_t>(b.report.facts.size() - 1);
  b.report.facts.push_back(b.report.facts[f1]);
  b.report.facts.back().segment = 1;
  b.report.facts.back().span = {16, 17};
  const auto f2 = static_cast<std::uint32_t>(b.report.facts.size() - 1);
  b.align_by_index(0);
  b.group({e1, f1});
  b.group({e2, f2});
  const auto findings = run_rules(value_rules(), b.report);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].facts.front() == f1);
  CHECK(findings[0].fingerprint != findings[1].fingerprint);
}

TEST_CASE("a hand-built rule without scopes runs at the scopes its predicate supports") {
  ReportBuilder b;
  const auto de = b.doc("de", {"Kosten: $5 Euro."});
  b.fact(de, FactKind::money, "$5 Euro", "5", {dollar_sign(), code("Euro", "EUR")});
  b.align_by_index(0);
  RuleSet set;
  set.rules.push_back(
      make_rule("currency-mismatch", "currency-differs", {FactKind::money}, {}, "{text}"));
  const auto findings = run_rules(set, b.report);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "$5 Euro");
}

TEST_CASE("missing and extra counterpart: the majority, the later of two, whatever the pivot") {
  RuleSet set;
  set.rules.push_back(
      make_rule("missing-fact", "missing-counterpart", {FactKind::number}, {Scope::group},
                "{lang} lacks {majority_value} ({count} of {total})", Severity::warning));
  set.rules.push_back(make_rule("extra-fact", "extra-counterpart", {FactKind::number},
                                {Scope::group}, "{lang} adds {value}; {without_langs} do not",
                                Severity::warning));
  for (std::uint32_t pivot = 0; pivot < 4; ++pivot) {
    CAPTURE(pivot);
    const auto run = [&](const std::vector<bool>& has) {
      ReportBuilder b;
      std::vector<std::uint32_t> facts;
      const std::vector<std::string> langs{"en", "de", "fr", "sv"};
      for (std::size_t i = 0; i < has.size(); ++i) {
        const auto d = b.doc(langs[i], {has[i] ? "Line 12 opens." : "The line opens."});
        if (has[i]) facts.push_back(b.fact(d, FactKind::number, "12", "12"));
      }
      b.align_by_index(pivot);
      b.group(facts);
      return run_rules(set, b.report);
    };
    const auto rules_of = [](const std::vector<factlint::Finding>& fs) {
      std::vector<std::string> out;
      for (const auto& f : fs) out.push_back(f.rule + ":" + std::to_string(f.doc));
      return out;
    };
    // Only fr says 12: extra content, not three gaps, and no finding either way.
    CHECK(run({false, false, true, false}).empty());
    // Two of four, and the first version says it: the two that lack it are named.
    CHECK(rules_of(run({true, false, false, true})) ==
          std::vector<std::string>{"missing-fact:1", "missing-fact:2"});
    // Two of four, the first version among those that lack it: still the two that lack it
    // (three of them, en, de and fr, would keep en and sv as their majority).
    CHECK(rules_of(run({false, true, true, false})) ==
          std::vector<std::string>{"missing-fact:0", "missing-fact:3"});
    // Two versions: the later one is the offender, whichever has the fact.
    CHECK(rules_of(run({true, false})) == std::vector<std::string>{"missing-fact:1"});
    const auto added = run({false, true});
    CHECK(rules_of(added) == std::vector<std::string>{"extra-fact:1"});
    REQUIRE(added.size() == 1);
    CHECK(added[0].message == "de adds 12; en do not");
    // Three of four say it: the first version lacks it.
    const auto first_lacks = run({false, true, true, true});
    REQUIRE(first_lacks.size() == 1);
    CHECK(first_lacks[0].doc == 0);
    CHECK(first_lacks[0].message == "en lacks 12 (3 of 4)");
  }
}

TEST_CASE("missing counterpart: a figure moved to another sentence is not missing") {
  RuleSet set;
  set.rules.push_back(make_rule("missing-fact", "missing-counterpart",
                                {FactKind::money, FactKind::number}, {Scope::group},
                                "{lang} lacks {majority_value}", Severity::warning));
  ReportBuilder b;
  const auto en = b.doc("en", {"Buyer pays $4.1 billion.", "It is large."});
  const auto de = b.doc("de", {"Käufer zahlt.", "Es sind 4,1 Milliarden Dollar."});
  const auto fe = b.fact(en, FactKind::money, "$4.1 billion", "4.1e9", {dollar_sign()});
  const auto fd = b.fact(de, FactKind::money, "4,1 Milliarden Dollar", "4.1e9", {dollar_sign()});
  b.align_by_index(0);
  b.group({fe});
  b.group({fd});
  CHECK(run_rules(set, b.report).empty());
  // Once the moved figure sits in boilerplate, it no longer counts.
  b.report.documents[de].segments[1].boilerplate = true;
  const auto findings = run_rules(set, b.report);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].doc == de);
}
