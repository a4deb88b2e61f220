// Each predicate on its own: comparisons of two facts and checks of one.
#include <doctest/doctest.h>

#include "check/predicate.hpp"
#include "check/predicates/unrelated_values.hpp"
#include "check/run_view.hpp"
#include "report_builder.hpp"

using factlint::CurrencyMention;
using factlint::DateValue;
using factlint::Decimal;
using factlint::Document;
using factlint::Fact;
using factlint::FactGroup;
using factlint::FactKind;
using factlint::IdentifierValue;
using factlint::check::build_predicate;
using factlint::check::Draft;
using factlint::check::number_stands_for;
using factlint::check::Predicate;
using factlint::check::RunView;
using factlint::check::Scope;
using factlint::testing::ReportBuilder;

namespace {

std::shared_ptr<const Predicate> make(const char* id, const char* params = "{}") {
  auto p = build_predicate(id, params);
  REQUIRE_MESSAGE(p.ok(), p.error().message);
  return *p;
}

/// A figure as written: `digits` with decimal separator `sep`, times 10^power.
Fact figure(const char* value, const char* digits = "", const char* sep = "",
            std::int32_t power = 0) {
  Fact f;
  f.kind = FactKind::number;
  f.amount().value = *Decimal::parse(value);
  f.amount().digits = digits;
  f.amount().format.decimal_sep = sep;
  f.amount().scale_power = power;
  return f;
}

Fact money(const char* value, std::vector<CurrencyMention> currencies) {
  Fact f = figure(value);
  f.kind = FactKind::money;
  f.numeric().currencies = std::move(currencies);
  return f;
}

Fact date(std::int32_t year, std::uint8_t month = 0, std::uint8_t day = 0) {
  Fact f;
  f.kind = FactKind::date;
  f.value = DateValue{year, month, day};
  return f;
}

Fact identifier(const char* key, const char* digits) {
  Fact f;
  f.kind = FactKind::identifier;
  f.value = IdentifierValue{key, digits};
  return f;
}

Fact percent(const char* value, bool points) {
  Fact f = figure(value);
  f.kind = FactKind::percent;
  f.numeric().percentage_points = points;
  return f;
}

/// The facts a predicate's group pass flags in group `g` of `report`, as fact indices.
std::vector<std::uint32_t> flagged(const Predicate& p, const factlint::Report& report,
                                   const FactGroup& g) {
  const RunView run(report);
  std::vector<Draft> drafts;
  p.judge_group(run, g, drafts);
  std::vector<std::uint32_t> out;
  for (const auto& d : drafts) {
    if (d.fact) out.push_back(*d.fact);
  }
  return out;
}

/// Replaces the value of fact `i` (the builder makes numeric facts) by `model`'s kind and value.
void retype(ReportBuilder& b, std::uint32_t i, const Fact& model) {
  b.report.facts[i].kind = model.kind;
  b.report.facts[i].value = model.value;
}

const CurrencyMention kDollar{"$", {"AUD", "CAD", "USD"}, "USD"};
const CurrencyMention kUsd{"USD", {"USD"}, "USD"};
const CurrencyMention kCad{"CAD", {"CAD"}, "CAD"};
const CurrencyMention kEuro{"Euro", {"EUR"}, "EUR"};
const CurrencyMention kYen{"yen", {"JPY"}, "JPY"};

}  // namespace

TEST_CASE("value-differs") {
  const auto p = make("value-differs");
  CHECK(p->supports(Scope::group));
  CHECK_FALSE(p->supports(Scope::fact));
  SUBCASE("equal values agree, different ones differ") {
    CHECK_FALSE(p->differs(figure("903.9e9", "903,9", ",", 9), figure("903.9e9", "903.9", ".", 9)));
    CHECK(p->differs(figure("6.3e9", "6.3", ".", 9), figure("6.4e9", "6,4", ",", 9)));
  }
  SUBCASE("a coarser figure agrees with a finer one that rounds to it") {
    CHECK_FALSE(p->differs(figure("904e9", "904", "", 9), figure("903.9e9", "903,9", ",", 9)));
    CHECK(p->differs(figure("905e9", "905", "", 9), figure("903.9e9", "903,9", ",", 9)));
    CHECK(p->differs(figure("100", "100"), figure("140", "140")));
  }
  SUBCASE("vague numbers in words that say one crowd agree") {
    const auto vague = [](const char* value, bool words, const char* upper = nullptr) {
      Fact f = figure(value);
      f.amount().approximate = true;
      if (upper != nullptr) f.amount().upper = *Decimal::parse(upper);
      f.numeric().words = words;
      return f;
    };
    CHECK_FALSE(p->differs(vague("12", true), vague("10", true)));        // a dozen, десяток
    CHECK_FALSE(p->differs(vague("12", true), vague("11", true, "19")));  // 十数
    CHECK_FALSE(p->differs(vague("10", true), vague("12", false)));       // "about 12"
    CHECK(p->differs(vague("12", true), vague("20", true)));              // une vingtaine
    CHECK(p->differs(vague("12", true), vague("200", true, "900")));      // hundreds
    // Figures with digits, and exact numbers in words, are not widened.
    CHECK(p->differs(vague("1500", false), vague("1800", false)));
    CHECK(p->differs(vague("528", true), vague("524", false)));
    // Both must be approximate.
    CHECK(p->differs(vague("12", true), figure("10")));
  }
  SUBCASE("differences by a power of 1000 belong to scale") {
    CHECK_FALSE(p->differs(figure("2.1e12", "2,1", ",", 12), figure("2.1e9", "2.1", ".", 9)));
    CHECK_FALSE(p->differs(figure("4200"), figure("4200000")));
    CHECK(p->differs(figure("420"), figure("4200000")));
  }
  SUBCASE("an ambiguous number agrees when either reading agrees") {
    Fact amb = figure("1500", "1.500");
    amb.amount().format.ambiguous = true;
    amb.amount().alternative = *Decimal::parse("1.5");
    CHECK_FALSE(p->differs(amb, figure("1.5")));
    CHECK_FALSE(p->differs(figure("1500"), amb));
    CHECK(p->differs(amb, figure("2")));
  }
  SUBCASE("ranges compare both bounds") {
    Fact r1 = figure("5e6");
    r1.amount().upper = *Decimal::parse("7e6");
    Fact r2 = r1;
    CHECK_FALSE(p->differs(r1, r2));
    r2.amount().upper = *Decimal::parse("8e6");
    CHECK(p->differs(r1, r2));
    // A single figure is one bound written on its own (a version that says "from 5 to 7" as
    // two figures): it agrees with either bound, and with nothing else.
    CHECK_FALSE(p->differs(r1, figure("5e6")));
    CHECK_FALSE(p->differs(figure("7e6"), r1));
    CHECK(p->differs(r1, figure("6e6")));
  }
  SUBCASE("tolerances") {
    const auto loose = make("value-differs", R"({"tolerance": 0.02})");
    CHECK_FALSE(loose->differs(figure("100"), figure("101")));
    CHECK(loose->differs(figure("100"), figure("103")));
    const auto approx = make("value-differs", R"({"approximate_tolerance": 0.05})");
    Fact about = figure("100");
    about.amount().approximate = true;
    CHECK_FALSE(approx->differs(about, figure("104")));
    CHECK(approx->differs(figure("100"), figure("104")));
    // Only a round approximate figure gets the allowance: "around 1995" is a year to the unit.
    Fact around = figure("1995");
    around.amount().approximate = true;
    CHECK(approx->differs(around, figure("1996")));
    Fact some = figure("2000");
    some.amount().approximate = true;
    CHECK_FALSE(approx->differs(some, figure("1996")));
    Fact rund = figure("48");
    rund.amount().approximate = true;
    CHECK_FALSE(approx->differs(rund, figure("47")));
    // Two approximations of one quantity give one figure: "about 105" is not "about 100".
    Fact about105 = figure("105");
    about105.amount().approximate = true;
    CHECK(approx->differs(about, about105));
    CHECK_FALSE(approx->differs(about, about));
  }
  CHECK_FALSE(build_predicate("value-differs", R"({"tolerance": 2})").ok());
  CHECK_FALSE(build_predicate("value-differs", R"({"rounding": 1})").ok());
}

TEST_CASE("scale-differs") {
  const auto p = make("scale-differs");
  CHECK(p->differs(figure("2.1e12", "2,1", ",", 12), figure("2.1e9", "2.1", ".", 9)));
  CHECK(p->differs(figure("4200", "4.200"), figure("4.2e6", "4.2", ".", 6)));
  CHECK(p->differs(figure("3.4"), figure("3.4e6")));
  CHECK_FALSE(p->differs(figure("903.9e9"), figure("903.9e9")));
  CHECK_FALSE(p->differs(figure("42"), figure("420")));
  CHECK_FALSE(p->differs(figure("6.3e9"), figure("6.4e12")));
  // Zero is no power of ten of a figure: 0 against 9 is a value difference, not a scale one.
  CHECK_FALSE(p->differs(figure("0"), figure("9")));
  CHECK(make("value-differs")->differs(figure("0"), figure("9")));
  const auto tens = make("scale-differs", R"({"step": 1})");
  CHECK(tens->differs(figure("42"), figure("420")));
  CHECK_FALSE(build_predicate("scale-differs", R"({"step": 0})").ok());
}

TEST_CASE("currency-differs") {
  const auto p = make("currency-differs");
  CHECK(p->supports(Scope::group));
  CHECK(p->supports(Scope::fact));
  CHECK_FALSE(p->differs(money("5", {kDollar}), money("5", {kUsd})));
  CHECK_FALSE(p->differs(money("5", {kDollar}), money("5", {kCad})));
  CHECK(p->differs(money("5", {kUsd}), money("5", {kCad})));
  CHECK(p->differs(money("5", {kDollar}), money("5", {kEuro})));
  CHECK(p->differs(money("5", {kYen}), money("5", {kEuro})));
  // No currency named: nothing to compare.
  CHECK_FALSE(p->differs(money("5", {}), money("5", {kEuro})));
  // "$ … Euro" contradicts itself and every plain amount, but not the same contradiction.
  const Fact both = money("6.3e9", {kDollar, kEuro});
  CHECK(p->differs(both, money("6.3e9", {kDollar})));
  CHECK(p->differs(both, money("6.3e9", {kEuro})));
  CHECK_FALSE(p->differs(both, money("6.3e9", {kEuro, kDollar})));
  const Document doc;
  CHECK(p->check(both, doc).has_value());
  CHECK_FALSE(p->check(money("5", {kDollar, kUsd}), doc).has_value());
  CHECK_FALSE(p->check(money("5", {kDollar}), doc).has_value());
}

TEST_CASE("foreign-format") {
  const auto p = make("foreign-format");
  CHECK(p->supports(Scope::fact));
  CHECK_FALSE(p->supports(Scope::group));
  const Document doc;
  Fact f = figure("6.3", "6.3", ".");
  CHECK_FALSE(p->check(f, doc).has_value());
  f.amount().format.foreign = true;
  f.amount().format.expected = "6,3";
  const auto issue = p->check(f, doc);
  REQUIRE(issue.has_value());
  CHECK(issue->expected == "6,3");
  f.amount().format.ambiguous = true;
  CHECK_FALSE(p->check(f, doc).has_value());
  CHECK(make("foreign-format", R"({"include_ambiguous": true})")->check(f, doc).has_value());
}

TEST_CASE("unrelated-values: dates") {
  const auto p = make("unrelated-values");
  CHECK(p->supports(Scope::group));
  CHECK_FALSE(p->supports(Scope::fact));
  CHECK_FALSE(p->differs(date(2012), date(2012)));
  CHECK(p->differs(date(2012), date(2013)));
  // A date that gives less agrees with one that gives more of the same date.
  CHECK_FALSE(p->differs(date(2023), date(2023, 7, 3)));
  CHECK_FALSE(p->differs(date(2023, 7), date(2023, 7, 3)));
  CHECK(p->differs(date(2023, 7), date(2023, 8, 3)));
  CHECK(p->differs(date(2023, 7, 3), date(2023, 7, 4)));
  CHECK(p->differs(date(2022), date(2023, 7, 3)));
  // A bare number is the year of a year, in either order.
  CHECK_FALSE(p->differs(date(2012), figure("2012")));
  CHECK_FALSE(p->differs(figure("2012"), date(2012)));
  CHECK(p->differs(figure("2013"), date(2012)));
  // A bare number that is the year agrees with a date that gives more, as a date that gives
  // only the year does ("3 July 2023" against a "2023" written without year context).
  CHECK_FALSE(p->differs(date(2012, 5), figure("2012")));
  CHECK_FALSE(p->differs(figure("2023"), date(2023, 7, 3)));
  CHECK(p->differs(date(2012, 5), figure("2013")));
  // A day and a month without a year: the same day of a dated month agrees, another day or
  // month does not, and a year alone is another fact.
  CHECK_FALSE(p->differs(date(0, 3, 5), date(0, 3, 5)));
  CHECK_FALSE(p->differs(date(0, 3, 5), date(2023, 3, 5)));
  CHECK_FALSE(p->differs(date(2023, 3), date(0, 3, 5)));
  CHECK(p->differs(date(0, 3, 5), date(0, 3, 6)));
  CHECK(p->differs(date(0, 3, 5), date(0, 4, 5)));
  CHECK(p->differs(date(0, 3, 5), date(2023, 4, 5)));
  CHECK(p->differs(date(0, 3, 5), date(2023)));
  // … and its day written alone is an alternative of it; the number 0 is no year.
  CHECK_FALSE(p->differs(date(0, 3, 5), figure("5")));
  CHECK(p->differs(date(0, 3, 5), figure("6")));
  CHECK(p->differs(date(0, 3, 5), figure("0")));
  CHECK_FALSE(build_predicate("unrelated-values", R"({"strict": true})").ok());
}

TEST_CASE("unrelated-values: identifiers") {
  const auto p = make("unrelated-values");
  CHECK_FALSE(p->differs(identifier("IPHONE6", "6"), identifier("IPHONE6", "6")));
  CHECK(p->differs(identifier("IPHONE6", "6"), identifier("IPHONE7", "7")));
  CHECK(p->differs(identifier("A320NEO", "320"), identifier("A321NEO", "321")));
  CHECK(p->differs(identifier("ISO9001", "9001"), identifier("ISO9002", "9002")));
  CHECK(p->differs(identifier("VERSION2.0.1", "201"), identifier("VERSION2.1.0", "210")));
  // A head word translated or transliterated: the same digits are the same model.
  CHECK_FALSE(p->differs(identifier("BOEING737", "737"), identifier("БОИНГ737", "737")));
  CHECK(p->differs(identifier("BOEING737", "737"), identifier("БОИНГ747", "747")));
  // Never the number of the same digits.
  CHECK(p->differs(identifier("BOEING737", "737"), figure("737")));
}

TEST_CASE("unrelated-values: which bare numbers stand for a date") {
  CHECK(number_stands_for(figure("2012", "2012"), FactKind::date));
  CHECK(number_stands_for(figure("1000"), FactKind::date));
  CHECK(number_stands_for(figure("2999"), FactKind::date));
  CHECK_FALSE(number_stands_for(figure("999"), FactKind::date));
  CHECK_FALSE(number_stands_for(figure("3000"), FactKind::date));
  CHECK_FALSE(number_stands_for(figure("124e6", "124", "", 6), FactKind::date));
  CHECK_FALSE(number_stands_for(figure("2012.5", "2012.5", "."), FactKind::date));
  Fact grouped = figure("2000", "2,000");
  grouped.amount().format.group_sep = ",";
  CHECK_FALSE(number_stands_for(grouped, FactKind::date));
  Fact about = figure("2000");
  about.amount().approximate = true;
  CHECK_FALSE(number_stands_for(about, FactKind::date));
  Fact range = figure("2011");
  range.amount().upper = *Decimal::parse("2012");
  CHECK_FALSE(number_stands_for(range, FactKind::date));
  CHECK(number_stands_for(figure("5"), FactKind::money));
  CHECK(number_stands_for(figure("5"), FactKind::percent));
  CHECK_FALSE(number_stands_for(figure("3"), FactKind::ordinal));
  // A label's number whose words a version translated ("Light Gray 4", sv "Ljusgrå 4").
  CHECK(number_stands_for(figure("737"), FactKind::identifier));
  CHECK_FALSE(number_stands_for(date(2012), FactKind::date));  // not a number at all
}

TEST_CASE("unrelated-values: the group pass") {
  const auto p = make("unrelated-values");
  ReportBuilder b;
  const auto en = b.doc("en", {"Founded in 2011; 124 million hours."});
  const auto de = b.doc("de", {"2011 gegründet; 124 Millionen Stunden."});
  const auto fr = b.doc("fr", {"Fondée en 2012 ; 120 millions d'heures."});
  const auto ko = b.doc("ko", {"2011년 설립."});
  const auto fe = b.fact(en, FactKind::number, "2011", "2011");
  retype(b, fe, date(2011));
  const auto fd = b.fact(de, FactKind::number, "2011", "2011");
  const auto ff = b.fact(fr, FactKind::number, "2012", "2012");
  retype(b, ff, date(2012));
  const auto fk = b.fact(ko, FactKind::number, "2011", "2011");
  retype(b, fk, date(2011));
  b.align_by_index();

  SUBCASE("dates and a bare year: the odd date is flagged") {
    b.group({fe, fd, ff, fk});
    b.report.alignment.groups.back().kind = FactKind::date;
    CHECK(flagged(*p, b.report, b.report.alignment.groups.back()) ==
          std::vector<std::uint32_t>{ff});
  }
  SUBCASE("a count paired with a date does not vote") {
    // The aligner paired "124 Millionen" with the dates. It is no year: it takes no part, so it
    // is not reported as a date of its own, and en's 2011 still wins the tie against fr's 2012.
    const auto count = b.fact(de, FactKind::number, "124 Millionen", "124e6");
    b.report.facts[count].amount().scale_power = 6;
    b.group({fe, count, ff});
    b.report.alignment.groups.back().kind = FactKind::date;
    CHECK(flagged(*p, b.report, b.report.alignment.groups.back()) ==
          std::vector<std::uint32_t>{ff});
  }
  SUBCASE("a group without a date among its voters is not judged as dates") {
    // Its only date is in boilerplate: the bare numbers are left to the rules for numbers.
    b.group({fe, fd, ff});
    b.report.alignment.groups.back().kind = FactKind::date;
    retype(b, ff, figure("2012"));
    b.report.documents[en].segments[0].boilerplate = true;
    CHECK(flagged(*p, b.report, b.report.alignment.groups.back()).empty());
  }
}

TEST_CASE("percent-points-differs") {
  const auto p = make("percent-points-differs");
  CHECK(p->supports(Scope::group));
  CHECK_FALSE(p->supports(Scope::fact));
  CHECK(p->differs(percent("3", true), percent("3", false)));
  CHECK(p->differs(percent("3", false), percent("3", true)));
  CHECK_FALSE(p->differs(percent("3", true), percent("3", true)));
  CHECK_FALSE(p->differs(percent("3", false), percent("3", false)));
  // The values are value-differs' business.
  CHECK_FALSE(p->differs(percent("3", true), percent("4", true)));
  CHECK(p->differs(percent("3", true), percent("4", false)));
  // A bare number says neither.
  CHECK_FALSE(p->differs(percent("3", true), figure("3")));
  CHECK_FALSE(p->differs(figure("3"), percent("3", false)));
  CHECK_FALSE(build_predicate("percent-points-differs", R"({"tolerance": 0})").ok());

  SUBCASE("the group pass: bare numbers do not vote") {
    ReportBuilder b;
    std::vector<std::uint32_t> facts;
    const auto en = b.doc("en", {"Up 4 percentage points."});
    facts.push_back(b.fact(en, FactKind::percent, "4 percentage points", "4"));
    b.last().numeric().percentage_points = true;
    const auto de = b.doc("de", {"Plus 4."});
    facts.push_back(b.fact(de, FactKind::number, "4", "4"));
    const auto sv = b.doc("sv", {"Upp 4."});
    facts.push_back(b.fact(sv, FactKind::number, "4", "4"));
    const auto ko = b.doc("ko", {"4% 올랐다."});
    facts.push_back(b.fact(ko, FactKind::percent, "4%", "4"));
    b.align_by_index();
    b.group(facts);
    b.report.alignment.groups.back().kind = FactKind::percent;
    // Two percentages, one each: a tie goes to the version listed first (en).
    CHECK(flagged(*p, b.report, b.report.alignment.groups.back()) ==
          std::vector<std::uint32_t>{facts[3]});
  }
}

TEST_CASE("missing-counterpart judges presence") {
  const auto p = make("missing-counterpart");
  CHECK(p->supports(Scope::group));
  CHECK_FALSE(p->supports(Scope::fact));
  CHECK_FALSE(build_predicate("missing-counterpart", R"({"x": 1})").ok());
}

TEST_CASE("unknown predicates are refused") {
  CHECK_FALSE(build_predicate("same-value", "{}").ok());
  CHECK(factlint::check::find_predicate("value-differs") != nullptr);
}
