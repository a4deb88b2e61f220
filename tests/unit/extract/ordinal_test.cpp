// Unit tests for the ordinal extractor: endings, prefixes and where a prefix is another word.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/fact.hpp"
#include "extract/extractor.hpp"

using factlint::Fact;
using factlint::FactKind;
using factlint::extract::extract_text;

namespace {

/// The facts of `kind` in `text`.
std::vector<Fact> of_kind(std::string_view text, std::string_view lang, FactKind kind) {
  std::vector<Fact> out;
  for (auto& f : extract_text(text, lang)) {
    if (f.kind == kind) out.push_back(std::move(f));
  }
  return out;
}

}  // namespace

TEST_CASE("ordinal endings and prefixes from the terms files") {
  struct Case {
    std::string_view lang;
    std::string_view text;
    std::string_view span;
    std::string_view value;
  };
  for (const Case& c : std::vector<Case>{
           {"uk", "Вона посіла 3-тє місце.", "3-тє", "3"},
           {"uk", "Це 5-те видання.", "5-те", "5"},
           {"ru", "Это 2-ая попытка.", "2-ая", "2"},
           {"hi", "शहर ने अपनी 150वीं वर्षगांठ मनाई।", "150वीं", "150"},
           {"hi", "वह 3रे स्थान पर रहा।", "3रे", "3"},
           {"id", "Kota itu merayakan hari jadinya yang ke-150.", "ke-150", "150"},
           {"vi", "Đây là lần thứ 12.", "thứ 12", "12"},
           {"th", "ยอดขายลดลงในไตรมาสที่ 3", "ที่ 3", "3"},
           {"zh", "第3季度", "第3", "3"},
       }) {
    CAPTURE(c.text);
    const auto facts = of_kind(c.text, c.lang, FactKind::ordinal);
    REQUIRE(facts.size() == 1);
    CHECK(facts[0].text == c.span);
    CHECK(facts[0].amount().value.to_string() == c.value);
  }
}

TEST_CASE("an ordinal prefix is another word before an amount or inside a word") {
  // The figure goes on, or an amount follows: "is at 1,200 million", "at 85 baht".
  CHECK(of_kind("ยอดขายอยู่ที่ 1,200 ล้าน เครื่อง", "th", FactKind::ordinal).empty());
  CHECK(of_kind("ราคาอยู่ที่ 85 บาท", "th", FactKind::ordinal).empty());
  CHECK(of_kind("เมื่อวันที่ 3/7/2566", "th", FactKind::ordinal).empty());
  // ที่ ends a longer word (ICU's dictionary): "officials", "area".
  const auto facts = extract_text("มีเจ้าหน้าที่ 30 คนในพื้นที่ 5 แห่ง", "th");
  REQUIRE(facts.size() == 2);
  CHECK(facts[0].kind == FactKind::number);
  CHECK(facts[1].kind == FactKind::number);
  // "ke-150" is an ordinal, not an identifier made of letters and digits.
  CHECK(
      of_kind("Kota itu merayakan hari jadinya yang ke-150.", "id", FactKind::identifier).empty());
}
