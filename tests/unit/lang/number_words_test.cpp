// Numbers in words: what the matcher reads, and what it must leave alone.
#include "lang/number_words.hpp"

#include <doctest/doctest.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

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

/// Checks that each (language, text) reads a number in words that is weak, or is not.
void expect_weak(std::initializer_list<std::pair<const char*, const char*>> cases, bool weak) {
  for (const auto& c : cases) {
    const std::string_view lang = c.first;
    const std::string_view text = c.second;
    INFO(lang << ": " << text);
    const auto r = read(lang, text);
    REQUIRE(r.w.has_value());
    CHECK(r.w->weak == weak);
  }
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
  for (const auto& c :
       {std::tuple{"en", "twelfth time", 12}, std::tuple{"de", "dritten Platz", 3},
        std::tuple{"fr", "troisième place", 3}, std::tuple{"ru", "третьем квартале", 3},
        std::tuple{"fi", "kolmannella neljänneksellä", 3}}) {
    const std::string_view lang = std::get<0>(c);
    const std::string_view text = std::get<1>(c);
    const int value = std::get<2>(c);
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
  expect_weak({{"en", "one of them"},
               {"de", "eine Frage"},
               {"es", "un año"},
               {"it", "sei stato"},
               {"fr", "un an"}},
              true);
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
  for (const auto& pair :
       {std::pair{"en", "someone"}, std::pair{"en", "often"}, std::pair{"en", "tone"},
        std::pair{"de", "Einheit"}, std::pair{"fr", "centre"}, std::pair{"es", "dosis"},
        std::pair{"en", "the"}, std::pair{"en", ""}}) {
    const std::string_view lang = pair.first;
    const std::string_view text = pair.second;
    INFO(lang << ": " << text);
    CHECK_FALSE(read(lang, text).w.has_value());
  }
}

TEST_CASE("number words: Han numerals are left to the Han reader") {
  CHECK(number_words("zh").empty());
  CHECK(number_words("ja").empty());
  CHECK_FALSE(number_words("th").empty());
  CHECK_FALSE(number_words("en").empty());
  CHECK(number_words("en").form_count() > 1000);
  // A language ICU has no spell-out rules for gets none (not English ones).
  CHECK(number_words("xx").empty());
}

TEST_CASE("dictionary word boundaries in languages without spaces") {
  using factlint::lang::dictionary_word_boundary;
  // "ไตรมาส|ที่ 3": ที่ is a word; in "เจ้าหน้าที่" (officials) it is the end of one.
  const std::string_view quarter = "ไตรมาสที่ 3";
  CHECK(dictionary_word_boundary(quarter, quarter.find("ที่"), "th"));
  const std::string_view officials = "เจ้าหน้าที่ 30 คน";
  CHECK_FALSE(dictionary_word_boundary(officials, officials.find("ที่"), "th"));
  // Every position is a boundary where words are spaced, and at the edges of the text.
  CHECK(dictionary_word_boundary("someone", 4, "en"));
  CHECK(dictionary_word_boundary(officials, 0, "th"));
  CHECK(dictionary_word_boundary(officials, officials.size(), "th"));
}

TEST_CASE("number words: an apostrophe after the first letter, inflected forms from the terms") {
  expect("uk", "п'ять років", "п'ять", 5);
  expect("uk", "п’ять років", "п’ять", 5);
  expect("uk", "п'яти годин", "п'яти", 5);
  expect("cs", "pěti lety", "pěti", 5);
}

TEST_CASE("number words: a weak word before a counter is a count") {
  // vi "năm" (five, year) before "năm" (years), "tiếng" (hours); ko one syllable before a
  // counter; not before another word.
  expect_weak({{"vi", "năm năm"}, {"vi", "năm tiếng"}, {"ko", "두 나라"}, {"ko", "세 명이"}},
              false);
  expect_weak({{"vi", "năm ngoái"}, {"ko", "세 부담"}, {"en", "one in three"}}, true);
}

TEST_CASE("number words: a capital inside an ordinal is a name; a Korean particle is left out") {
  CHECK_FALSE(read("vi", "thứ Ba").w.has_value());  // Tuesday
  expect("vi", "thứ ba", "thứ ba", 3);
  expect("de", "ein Dutzend", "ein Dutzend", 12);
  const auto third = read("ko", "세 번째다");
  REQUIRE(third.w.has_value());
  CHECK(third.text == "세 번째");
  CHECK(third.w->ordinal);
  CHECK(third.w->value == 3);
}

TEST_CASE("number words: Thai, between dictionary word boundaries and before a counter") {
  const auto& th = number_words("th");
  const auto at = [&](std::string_view text) -> std::string {
    const auto w = th.match(text, 0);
    return w ? std::string(text.substr(w->begin, w->end - w->begin)) : std::string();
  };
  // Found inside the run of letters, before a counter or a scale word.
  CHECK(at("มีทีมเข้าร่วมสามสิบสองทีม") == "สามสิบสอง");
  CHECK(at("ผู้ใช้ยี่สิบห้าล้านคน") == "ยี่สิบห้า");
  CHECK(at("อันดับที่สาม") == "ที่สาม");  // an ordinal needs no counter
  const auto five = th.match("ปิดไปเมื่อห้าปีก่อน", 0);
  REQUIRE(five.has_value());
  CHECK(five->value == 5);
  // Not inside a word ("สามารถ", can), not without a counter.
  CHECK(at("ผมสามารถทำได้").empty());
  CHECK(at("ห้าแยก").empty());
}

TEST_CASE("number words: ordinals from the terms, and compounds that change their last word") {
  for (const auto& c :
       {std::tuple{"fa", "سوم قرار", 3}, std::tuple{"fa", "دوازدهمین بار", 12},
        std::tuple{"fa", "بیست و سومین سالگرد", 23}, std::tuple{"hi", "तीसरे स्थान", 3},
        std::tuple{"hi", "पाँचवीं वर्षगांठ", 5}, std::tuple{"pl", "trzecim kwartale", 3},
        std::tuple{"cs", "třetím čtvrtletí", 3}, std::tuple{"uk", "третьому кварталі", 3},
        std::tuple{"es", "duodécima vez", 12}}) {
    const std::string_view lang = std::get<0>(c);
    const std::string_view text = std::get<1>(c);
    INFO(lang << ": " << text);
    const auto r = read(lang, text);
    REQUIRE(r.w.has_value());
    CHECK(r.w->ordinal);
    CHECK_FALSE(r.w->weak);
    CHECK(r.w->value == std::get<2>(c));
  }
  // fa سهم ("share") is no ordinal; نخست ("prime") and hi दूसरे ("other") are weak.
  CHECK_FALSE(read("fa", "سهم شرکت").w.has_value());
  // The word for 1 is weak as in ICU's forms (uk "першу"), and so is one for "other".
  expect_weak(
      {{"fa", "نخست وزیر"}, {"hi", "दूसरे देशों"}, {"uk", "першу лінію"}, {"pl", "drugiej strony"}},
      true);
}
