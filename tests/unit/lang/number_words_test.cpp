// Numbers in words: what the matcher reads, and what it must leave alone.
#include "lang/number_words.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>

namespace {

using factlint::lang::number_words;
using factlint::lang::WordNumeral;

/// The number in words at the start of `text`, with its text.
struct Read {
  std::optional<WordNumeral> w;
  std::string text;
};

Read read(std::string_view lang, std::string_view text) {
  Read r;
  r.w = number_words(lang).match(text, 0);
  if (r.w) r.text = std::string(text.substr(r.w->begin, r.w->end - r.w->begin));
  return r;
}

void expect(std::string_view lang, std::string_view text, std::string_view span,
            std::int64_t value) {
  INFO(lang << ": " << text);
  const auto r = read(lang, text);
  REQUIRE(r.w.has_value());
  CHECK(r.text == span);
  CHECK(r.w->value == value);
}

}  // namespace

TEST_CASE("number words: compounds as each language writes them") {
  expect("en", "thirty-two teams", "thirty-two", 32);
  expect("en", "thirty two teams", "thirty two", 32);
  expect("en", "two hundred and fifty workers", "two hundred and fifty", 250);
  expect("en", "two thousand three hundred people", "two thousand three hundred", 2300);
  expect("de", "zweiunddreißig Mannschaften", "zweiunddreißig", 32);
  expect("de", "Zweiunddreißig Mannschaften", "Zweiunddreißig", 32);
  expect("de", "zweitausenddreihundert Menschen", "zweitausenddreihundert", 2300);
  expect("fr", "quatre-vingt-dix salariés", "quatre-vingt-dix", 90);
  expect("fr", "vingt-trois joueurs", "vingt-trois", 23);
  expect("es", "treinta y dos equipos", "treinta y dos", 32);
  expect("es", "tres mil quinientas personas", "tres mil quinientas", 3500);
  expect("it", "duecentocinquanta operai", "duecentocinquanta", 250);
  expect("pl", "trzydzieści dwie drużyny", "trzydzieści dwie", 32);
  expect("ru", "тридцать две команды", "тридцать две", 32);
  expect("ru", "пяти часов", "пяти", 5);
  expect("fi", "kolmekymmentäkaksi joukkuetta", "kolmekymmentäkaksi", 32);
  expect("tr", "otuz iki takım", "otuz iki", 32);
  expect("id", "dua ratus lima puluh pekerja", "dua ratus lima puluh", 250);
  expect("fa", "سی و دو تیم", "سی و دو", 32);
  expect("hi", "पांच साल", "पांच", 5);  // anusvara where ICU writes candrabindu (पाँच)
}

TEST_CASE("number words: Arabic and Hebrew joiners and clitics") {
  expect("ar", "اثنان وثلاثون فريقاً", "اثنان وثلاثون", 32);  // ICU writes إثنان
  expect("ar", "خمسة وعشرين مليون", "خمسة وعشرين", 25);
  expect("he", "שלושים ושתיים קבוצות", "שלושים ושתיים", 32);
  // The clitic stays out of the span: "about five" is כ + חמש.
  expect("he", "כחמש שעות", "חמש", 5);
  expect("ar", "وخمسة أيام", "خمسة", 5);
}

TEST_CASE("number words: ordinals are marked") {
  for (const auto& [lang, text, value] :
       {std::tuple{"en", "twelfth time", 12}, std::tuple{"de", "dritten Platz", 3},
        std::tuple{"fr", "troisième place", 3}, std::tuple{"ru", "третьем квартале", 3},
        std::tuple{"fi", "kolmannella neljänneksellä", 3}}) {
    INFO(lang << ": " << text);
    const auto r = read(lang, text);
    REQUIRE(r.w.has_value());
    CHECK(r.w->ordinal);
    CHECK(r.w->value == value);
  }
  const auto cardinal = read("en", "three teams");
  REQUIRE(cardinal.w.has_value());
  CHECK_FALSE(cardinal.w->ordinal);
}

TEST_CASE("number words: approximations, with ranges") {
  const auto dozen = read("en", "a dozen trees");
  REQUIRE(dozen.w.has_value());
  CHECK(dozen.text == "a dozen");
  CHECK(dozen.w->approximate);
  CHECK(dozen.w->value == 12);
  const auto vingtaine = read("fr", "une vingtaine de personnes");
  REQUIRE(vingtaine.w.has_value());
  CHECK(vingtaine.w->approximate);
  CHECK(vingtaine.w->value == 20);
  const auto centaines = read("fr", "des centaines de personnes");
  REQUIRE(centaines.w.has_value());
  CHECK(centaines.w->value == 200);
  CHECK(centaines.w->upper == 900);
}

TEST_CASE("number words: articles and ambiguous words are weak") {
  for (const auto& [lang, text] : {std::pair{"en", "one of them"}, std::pair{"de", "eine Frage"},
                                   std::pair{"es", "un año"}, std::pair{"it", "sei stato"},
                                   std::pair{"fr", "un an"}}) {
    INFO(lang << ": " << text);
    const auto r = read(lang, text);
    REQUIRE(r.w.has_value());
    CHECK(r.w->weak);
  }
}

TEST_CASE("number words: a Korean counter makes a one-syllable number a number") {
  const auto places = read("ko", "세 곳이");  // three places (with a particle)
  REQUIRE(places.w.has_value());
  CHECK_FALSE(places.w->weak);
  CHECK(places.w->value == 3);
  const auto alone = read("ko", "세 사람은");
  REQUIRE(alone.w.has_value());
  CHECK_FALSE(alone.w->weak);
  const auto one = read("ko", "한 명은");  // "one of them": stays weak
  REQUIRE(one.w.has_value());
  CHECK(one.w->weak);
  const auto word = read("ko", "세 번째");  // the ordinal "third"
  REQUIRE(word.w.has_value());
  CHECK(word.w->ordinal);
}

TEST_CASE("number words: nothing inside other words or in other words") {
  for (const auto& [lang, text] :
       {std::pair{"en", "someone"}, std::pair{"en", "often"}, std::pair{"en", "tone"},
        std::pair{"de", "Einheit"}, std::pair{"fr", "centre"}, std::pair{"es", "dosis"},
        std::pair{"en", "the"}, std::pair{"en", ""}}) {
    INFO(lang << ": " << text);
    CHECK_FALSE(read(lang, text).w.has_value());
  }
}

TEST_CASE("number words: languages without spaces are left to the Han and Thai readers") {
  CHECK(number_words("zh").empty());
  CHECK(number_words("ja").empty());
  CHECK(number_words("th").empty());
  CHECK_FALSE(number_words("en").empty());
  CHECK(number_words("en").form_count() > 1000);
  // A language ICU has no spell-out rules for gets none (not English ones).
  CHECK(number_words("xx").empty());
}
