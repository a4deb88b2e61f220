// Unit tests for Han numerals: before a counter, after 第, approximate 几十, and what stays out.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/fact.hpp"
#include "extract/extractor.hpp"

using factlint::FactKind;
using factlint::extract::extract_text;

TEST_CASE("Han numerals standing alone, as ordinals and as vague ranges") {
  struct Case {
    std::string_view lang;
    std::string_view text;
    FactKind kind;
    std::string_view span;
    std::string_view value;
    std::string_view upper;  ///< empty when none
  };
  for (const Case& c : std::vector<Case>{
           {"zh", "现场来了三千人。", FactKind::number, "三千", "3000", ""},
           {"zh", "他在那里工作了五年。", FactKind::number, "五", "5", ""},
           {"zh", "二十五万人参加了活动。", FactKind::number, "二十五万", "250000", ""},
           {"zh", "十辆车。", FactKind::number, "十", "10", ""},
           {"ja", "彼はその工場で五年間働いた。", FactKind::number, "五", "5", ""},
           {"zh", "事故造成几十人受伤。", FactKind::number, "几十", "20", "90"},
           {"ja", "数百人が集まった。", FactKind::number, "数百", "200", "900"},
           {"ja", "数十億円を投じる。", FactKind::money, "数十億円", "2000000000", "9000000000"},
           {"zh", "公司第三季度扭亏为盈。", FactKind::ordinal, "第三", "3", ""},
           {"ja", "第二十回大会が開幕した。", FactKind::ordinal, "第二十", "20", ""},
           {"zh", "利润增长了百分之十。", FactKind::percent, "百分之十", "10", ""},
       }) {
    CAPTURE(c.text);
    const auto facts = extract_text(c.text, c.lang);
    REQUIRE(facts.size() == 1);
    const auto& f = facts[0];
    CHECK(f.kind == c.kind);
    CHECK(f.text == c.span);
    CHECK(f.amount().value.to_string() == c.value);
    CHECK(f.amount().upper.has_value() == !c.upper.empty());
    if (f.amount().upper) CHECK(f.amount().upper->to_string() == c.upper);
    CHECK(f.amount().approximate == !c.upper.empty());
    CHECK(f.numeric().words);
  }
}

TEST_CASE("Han numerals inside words, small, positional or without a counter are not read") {
  for (const std::string_view text :
       {"一些人认为三星的手机十分好。", "他一个人去了。", "两家公司表示同意。", "三四十人来了。",
        "二〇二三年", "万一出事怎么办", "到本十年末", "上世纪九十年代房价上涨。", "五月"}) {
    CAPTURE(text);
    CHECK(extract_text(text, "zh").empty());
  }
}
