// Tests for exact decimals: parsing, normalisation, printing, ordering and power ratios.
#include "core/decimal.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>

using factlint::Decimal;

TEST_CASE("decimal parses and normalises") {
  const auto a = Decimal::parse("903.90");
  REQUIRE(a.has_value());
  CHECK(a->digits() == "9039");
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

TEST_CASE("decimal holds figures of any length exactly") {
  const auto a = Decimal::parse("1234567890123456789012345678901234567890");
  const auto b = Decimal::parse("1234567890123456789012345678901234567891");
  REQUIRE(a.has_value());
  REQUIRE(b.has_value());
  CHECK(a->to_string() == "1234567890123456789012345678901234567890");
  CHECK(*a != *b);
  CHECK(*a < *b);
  CHECK(Decimal::difference(*b, *a) == Decimal::from_parts(1, 0));
  CHECK(a->magnitude() == 39);
  CHECK_FALSE(a->to_int64().has_value());
  CHECK(Decimal::parse("9223372036854775807")->to_int64() == INT64_MAX);
  CHECK_FALSE(Decimal::parse("9223372036854775808")->to_int64().has_value());
  CHECK(Decimal::parse("-42")->to_int64() == -42);
  CHECK_FALSE(Decimal::parse("4.2")->to_int64().has_value());
  // Beyond the bounds: refused, never wrapped.
  CHECK_FALSE(Decimal::parse(std::string(Decimal::kMaxDigits + 1, '7')).has_value());
  CHECK(Decimal::parse(std::string(Decimal::kMaxDigits, '7')).has_value());
  CHECK_FALSE(Decimal::parse("1e5000").has_value());
}

TEST_CASE("decimal sums and differences are exact and normalised") {
  const auto sum = [](const char* a, const char* b) {
    return Decimal::sum(*Decimal::parse(a), *Decimal::parse(b))->to_string();
  };
  CHECK(sum("1e8", "2.4e7") == "124000000");
  CHECK(sum("0.1", "0.2") == "0.3");
  CHECK(sum("999", "1") == "1000");
  CHECK(sum("5", "-5") == "0");
  CHECK(sum("-7.5", "2.25") == "-5.25");
  CHECK(sum("2.25", "-7.5") == "-5.25");
  CHECK(sum("99999999999999999999", "1") == "100000000000000000000");
  CHECK(Decimal::difference(*Decimal::parse("1000"), *Decimal::parse("0.001"))->to_string() ==
        "999.999");
  CHECK(Decimal::sum(Decimal(), *Decimal::parse("3")) == Decimal::from_parts(3, 0));
  // Aligning 10^4000 with 10^-4000 would need 8000 digits: refused.
  CHECK_FALSE(Decimal::sum(*Decimal::parse("1e4000"), *Decimal::parse("1e-4000")).has_value());
  CHECK(Decimal::parse("-3")->negated() == Decimal::from_parts(3, 0));
  CHECK(Decimal().negated() == Decimal());
  CHECK(Decimal::parse("-3")->abs() == Decimal::from_parts(3, 0));
}

TEST_CASE("decimal long double and relative difference") {
  CHECK(Decimal::parse("903.9")->to_long_double() == doctest::Approx(903.9));
  CHECK(Decimal::parse("-1.5e12")->to_long_double() == doctest::Approx(-1.5e12));
  CHECK(Decimal::relative_difference(*Decimal::parse("100"), *Decimal::parse("95")) ==
        doctest::Approx(0.05));
  CHECK(Decimal::relative_difference(*Decimal::parse("7"), *Decimal::parse("7")) == 0.0);
}
