// Tests for spelled-out numbers: the forms ICU's spell-out rules give, and whole-word search.
#include "lang/spellout.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

using factlint::lang::contains_spelled;
using factlint::lang::spelled_forms;

namespace {

bool has(const std::vector<std::string>& forms, const std::string& form) {
  return std::find(forms.begin(), forms.end(), form) != forms.end();
}

}  // namespace

TEST_CASE("spelled forms come from the language's spell-out rules, folded") {
  CHECK(has(spelled_forms("en", 5), "five"));
  CHECK(has(spelled_forms("de", 21), "einundzwanzig"));
  CHECK(has(spelled_forms("de", 21'000'000), "einundzwanzig millionen"));
  CHECK(has(spelled_forms("sv", 5), "fem"));
  CHECK(has(spelled_forms("id", 5), "lima"));
  CHECK(has(spelled_forms("ru", 5), "пять"));
}

TEST_CASE("every gender and case ICU has is a form, with hyphens also as spaces") {
  const auto es = spelled_forms("es", 21);
  CHECK(has(es, "veintiuno"));
  CHECK(has(es, "veintiuna"));
  const auto fr = spelled_forms("fr", 21);
  CHECK(has(fr, "vingt-et-un"));
  CHECK(has(fr, "vingt et un"));
  CHECK(has(spelled_forms("en", 21), "twenty one"));
}

TEST_CASE("Chinese and Japanese give Han numerals, matched unless inside a longer numeral") {
  CHECK(has(spelled_forms("ja", 3), "三"));
  CHECK(has(spelled_forms("ja", 32), "三十二"));
  CHECK(has(spelled_forms("zh", 12), "十二"));
  CHECK(has(spelled_forms("zh", 12), "一十二"));
  CHECK(has(spelled_forms("zh", 2), "两"));
  CHECK(has(spelled_forms("ja", 100), "百"));
  CHECK(has(spelled_forms("zh", 105), "一百零五"));
  CHECK(contains_spelled("このプロセスは二段階あります。", spelled_forms("ja", 2)));
  CHECK_FALSE(contains_spelled("二十段階", spelled_forms("ja", 2)));
  CHECK(contains_spelled("少なくとも二十段階", spelled_forms("ja", 20)));
}

TEST_CASE("other languages written without spaces and values out of range give no forms") {
  CHECK(spelled_forms("ko", 3).empty());
  CHECK(spelled_forms("en", -5).empty());
  CHECK(spelled_forms("en", 1'000'000'000'000'000).empty());
}

TEST_CASE("a spelled form counts only as a whole word, in any case") {
  const auto five = spelled_forms("en", 5);
  CHECK(contains_spelled("Within Five years.", five));
  CHECK(contains_spelled("five", five));
  CHECK_FALSE(contains_spelled("The fivefold rise.", five));
  CHECK_FALSE(contains_spelled("A fifth of it.", five));
  const auto three = spelled_forms("de", 3);
  CHECK(contains_spelled("binnen drei Jahren", three));
  CHECK_FALSE(contains_spelled("Dreieck und Dreirad", three));
  CHECK_FALSE(contains_spelled("anything", {}));
}
