// Unit tests for the identifier extractor: heads at the start of a sentence and glued heads.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/fact.hpp"
#include "extract/extractor.hpp"

using factlint::FactKind;
using factlint::extract::extract_text;

TEST_CASE("a listed head makes a model at the start of a sentence and glued in ja and zh") {
  struct Case {
    std::string_view lang;
    std::string_view text;
    std::string_view span;
  };
  for (const Case& c : std::vector<Case>{
           {"sv", "Boeing 737 är flygbolagets arbetshäst.", "Boeing 737"},
           {"en", "Airbus 350 deliveries rose.", "Airbus 350"},
           {"ja", "同社はボーイング737を10機発注した。", "ボーイング737"},
           {"zh", "公司订购了10架波音737飞机。", "波音737"},
       }) {
    CAPTURE(c.text);
    int found = 0;
    for (const auto& f : extract_text(c.text, c.lang)) {
      if (f.kind != FactKind::identifier) continue;
      ++found;
      CHECK(f.text == c.span);
    }
    CHECK(found == 1);
  }
  // A capitalised word that is no listed head still does not start a model at the start of a
  // sentence, and a glued word that is no head leaves a count alone ("10機").
  for (const auto& f : extract_text("Lund 1998 var ett bra år.", "sv")) {
    CHECK(f.kind != FactKind::identifier);
  }
  for (const auto& f : extract_text("同社は飛行機737機を発注した。", "ja")) {
    CHECK(f.kind != FactKind::identifier);
  }
}
