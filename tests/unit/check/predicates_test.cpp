// Each predicate on its own: comparisons of two facts and checks of one.
#include <doctest/doctest.h>

#include "check/predicate.hpp"

using factlint::CurrencyMention;
using factlint::Decimal;
using factlint::Document;
using factlint::Fact;
using factlint::FactKind;
using factlint::check::build_predicate;
using factlint::check::Predicate;
using factlint::check::Scope;

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
