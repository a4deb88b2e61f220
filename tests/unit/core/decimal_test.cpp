// Tests for exact decimals: parsing, normalisation, printing, ordering and power ratios.
#include "core/decimal.hpp"

#include <doctest/doctest.h>

using factlint::Decimal;

TEST_CASE("decimal parses and normalises") {
  const auto a = Decimal::parse("903.90");
  REQUIRE(a.has_value());
  CHECK(a->mantissa() == 9039);
  CHECK(a->exponent() == -1);
  CHECK(a->to_string() == "903.9");
  CHECK(Decimal::parse("6300000000")->to_string() == "6300000000");
  CHECK(Decimal::parse("0.05")->to_string() == "0.05");
  CHECK(Decimal::parse("-12.5")->to_string() == "-12.5");
  CHECK(Decimal::parse("1e9") == Decimal::from_parts(1, 9));
  CHECK(Decimal::parse("000") == Decimal());
  CHECK_FALSE(Decimal::parse("").has_value());
  CHECK_FALSE(Decimal::parse("1.2.3").has_value());
  CHECK_FALSE(Decimal::parse("12a").has_value());
  CHECK_FALSE(Decimal::parse("1234567890123456789").has_value());
}

TEST_CASE("decimal equality ignores trailing zeros and scale is exact") {
  CHECK(Decimal::parse("6.30") == Decimal::parse("6.3"));
  CHECK(Decimal::parse("6.3")->scaled(9) == Decimal::parse("6300000000"));
  CHECK(Decimal::parse("903.9")->scaled(9).to_string() == "903900000000");
}

TEST_CASE("decimal ordering is numeric") {
  CHECK(*Decimal::parse("9.5") < *Decimal::parse("10"));
  CHECK(*Decimal::parse("-10") < *Decimal::parse("-9.5"));
  CHECK(*Decimal::parse("0.123") > *Decimal::parse("0.12"));
  CHECK(*Decimal::parse("1e3") == *Decimal::parse("1000"));
  CHECK(*Decimal::parse("-1") < Decimal());
}

TEST_CASE("power ratio finds billion/trillion false friends") {
  const auto bn = Decimal::parse("6.3e9");
  const auto tn = Decimal::parse("6.3e12");
  REQUIRE(bn.has_value());
  CHECK(bn->power_ratio(*tn) == 3);
  CHECK(tn->power_ratio(*bn) == -3);
  CHECK_FALSE(bn->power_ratio(*bn).has_value());
  CHECK_FALSE(bn->power_ratio(*Decimal::parse("6.4e12")).has_value());
}
