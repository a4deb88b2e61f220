// Unit tests for the ICU-derived language data and the rules/terms/ loader.
#include "lang/language_data.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "lang/lang.hpp"
#include "lang/terms.hpp"

using factlint::lang::CurrencyTerm;
using factlint::lang::language_data;
using factlint::lang::LanguageData;

namespace {

bool has_code(const CurrencyTerm* t, const std::string& code) {
  return t != nullptr && std::find(t->codes.begin(), t->codes.end(), code) != t->codes.end();
}

std::string preferred(const LanguageData& d, const std::string& text) {
  const auto* t = d.currency(text);
  return t == nullptr ? std::string("none") : t->preferred;
}

bool percent_word(const LanguageData& d, const std::string& w, bool points) {
  const auto hit = d.percent_trie.find(w);
  return hit && d.percent_terms[*hit].points == points;
}

}  // namespace

TEST_CASE("separators come from ICU") {
  struct Row {
    const char* lang;
    const char* decimal;
    const char* group;
  };
  const std::vector<Row> rows{
      {"en", ".", ","}, {"de", ",", "."},      {"fr", ",", "\u202F"}, {"sv", ",", "\u00A0"},
      {"id", ",", "."}, {"es", ",", "."},      {"it", ",", "."},      {"nl", ",", "."},
      {"pt", ",", "."}, {"pl", ",", "\u00A0"}, {"ru", ",", "\u00A0"}, {"ja", ".", ","},
      {"zh", ".", ","}, {"ko", ".", ","},      {"hi", ".", ","},      {"de-CH", ".", "\u2019"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.lang);
    const auto& d = language_data(r.lang);
    CHECK(d.decimal_sep == r.decimal);
    CHECK(d.group_sep == r.group);
  }
  // Locales that group with a space accept every space form.
  const auto& fr = language_data("fr");
  for (const char* s : {" ", "\u00A0", "\u2009"}) {
    CHECK(std::find(fr.group_alternates.begin(), fr.group_alternates.end(), s) !=
          fr.group_alternates.end());
  }
  const auto& ch = language_data("de-CH");
  CHECK(std::find(ch.group_alternates.begin(), ch.group_alternates.end(), "'") !=
        ch.group_alternates.end());
  // Spaces of every width group digits in every locale ("85 000" in an English text).
  const auto& en_alts = language_data("en").group_alternates;
  for (const char* space : {" ", "\u00A0", "\u202F", "\u2009"}) {
    CHECK(std::find(en_alts.begin(), en_alts.end(), space) != en_alts.end());
  }
  CHECK(std::find(en_alts.begin(), en_alts.end(), "'") == en_alts.end());
  CHECK(language_data("hi").indian_grouping);
  CHECK_FALSE(language_data("en").indian_grouping);
}

TEST_CASE("native digits") {
  const auto& ar = language_data("ar");
  CHECK(ar.native_zero == U'\u0660');
  CHECK(ar.native_default);
  CHECK(ar.native_decimal_sep == "\u066B");
  CHECK(ar.native_group_sep == "\u066C");
  const auto& hi = language_data("hi");
  CHECK(hi.native_zero == U'\u0966');
  CHECK_FALSE(hi.native_default);
  CHECK(language_data("fa").native_zero == U'\u06F0');
  CHECK(language_data("en").native_zero == 0);
  // Han numerals (〇一二…) are not decimal digits and are never treated as such.
  CHECK(language_data("zh").native_zero == 0);
}

TEST_CASE("scale words from compact notation, every plural form") {
  struct Row {
    const char* lang;
    const char* word;
    int power;
  };
  const std::vector<Row> rows{
      {"en", "billion", 9},      {"en", "Trillion", 12},  {"en", "thousand", 3},
      {"en", "bn", 9},           {"de", "Milliarde", 9},  {"de", "Milliarden", 9},
      {"de", "Mrd.", 9},         {"de", "Mrd", 9},        {"de", "Mio.", 6},
      {"de", "Billion", 12},     {"de", "Billionen", 12}, {"fr", "milliard", 9},
      {"fr", "milliards", 9},    {"fr", "billion", 12},   {"fr", "Md", 9},
      {"sv", "miljarder", 9},    {"sv", "miljard", 9},    {"sv", "biljon", 12},
      {"id", "miliar", 9},       {"id", "juta", 6},       {"id", "triliun", 12},
      {"es", "mil millones", 9}, {"es", "millones", 6},   {"es", "billón", 12},
      {"it", "miliardi", 9},     {"it", "miliardo", 9},   {"it", "Mld", 9},
      {"nl", "miljard", 9},      {"nl", "miljoen", 6},    {"nl", "biljoen", 12},
      {"pt", "bilhões", 9},      {"pt", "milhões", 6},    {"pl", "miliard", 9},
      {"pl", "miliardy", 9},     {"pl", "miliardów", 9},  {"pl", "mld", 9},
      {"ru", "миллиарда", 9},    {"ru", "миллиардов", 9}, {"ru", "млрд", 9},
      {"ru", "Млн", 6},          {"ja", "億", 8},         {"ja", "万", 4},
      {"ja", "兆", 12},          {"zh", "亿", 8},         {"zh", "万", 4},
      {"zh-Hant", "億", 8},      {"zh-Hant", "萬", 4},    {"ko", "억", 8},
      {"ko", "만", 4},           {"ko", "조", 12},        {"hi", "लाख", 5},
      {"hi", "करोड़", 7},         {"hi", "अरब", 9},        {"ar", "مليار", 9},
      {"ar", "مليون", 6},        {"en-IN", "crore", 7},   {"en-IN", "lakh", 5},
  };
  for (const auto& r : rows) {
    CAPTURE(r.lang);
    CAPTURE(r.word);
    const auto p = language_data(r.lang).scale_power(r.word);
    REQUIRE(p.has_value());
    CHECK(*p == r.power);
  }
  // Soft hyphens never block a match.
  CHECK(language_data("de").scale_power("Mil\u00ADliarden") == 9);
  // A word of another language is not a scale word here.
  CHECK_FALSE(language_data("en").scale_power("Milliarden").has_value());
  // Single letters are marked: they only count next to a currency.
  const auto& en = language_data("en");
  const auto it = std::find_if(en.scale_words.begin(), en.scale_words.end(),
                               [](const auto& w) { return w.text == "b"; });
  REQUIRE(it != en.scale_words.end());
  CHECK(it->needs_currency);
  CHECK(it->power == 9);
}

TEST_CASE("currency symbols, names and plural names map to ISO codes") {
  const auto& en = language_data("en");
  const auto* dollar = en.currency("$");
  REQUIRE(dollar != nullptr);
  CHECK(dollar->preferred == "USD");
  CHECK(has_code(dollar, "CAD"));
  CHECK(has_code(dollar, "AUD"));
  CHECK(has_code(dollar, "MXN"));
  CHECK(std::is_sorted(dollar->codes.begin(), dollar->codes.end()));
  const auto* yen = en.currency("¥");
  CHECK(yen->preferred == "JPY");
  CHECK(has_code(yen, "CNY"));
  CHECK(preferred(language_data("zh"), "¥") == "CNY");
  CHECK(preferred(language_data("ja"), "¥") == "JPY");
  CHECK(preferred(language_data("es-MX"), "$") == "MXN");
  CHECK(has_code(language_data("es-MX").currency("$"), "USD"));
  CHECK(preferred(language_data("en-AU"), "$") == "AUD");
  for (const char* s : {"US dollars", "US dollar", "dollars", "Dollar", "DOLLARS", "US$"}) {
    CAPTURE(s);
    CHECK(preferred(en, s) == "USD");
  }
  CHECK(has_code(en.currency("dollars"), "CAD"));
  CHECK(preferred(language_data("en-AU"), "dollars") == "AUD");
  CHECK(preferred(en, "yen") == "JPY");
  CHECK(preferred(en, "Yen") == "JPY");
  CHECK(preferred(en, "euros") == "EUR");
  CHECK(preferred(en, "€") == "EUR");
  CHECK(preferred(en, "£") == "GBP");
  CHECK(preferred(en, "₹") == "INR");
  CHECK(preferred(en, "₩") == "KRW");
  CHECK(preferred(en, "₽") == "RUB");
  CHECK(preferred(en, "A$") == "AUD");
  CHECK(preferred(en, "C$") == "CAD");
  CHECK(preferred(en, "HK$") == "HKD");
  CHECK(preferred(en, "R$") == "BRL");
  CHECK(preferred(language_data("de"), "US-Dollar") == "USD");
  CHECK(preferred(language_data("de"), "Euro") == "EUR");
  CHECK(preferred(language_data("de"), "Yen") == "JPY");
  CHECK(preferred(language_data("fr"), "dollars") == "USD");
  CHECK(preferred(language_data("fr"), "euros") == "EUR");
  CHECK(preferred(language_data("fr"), "dollars américains") == "USD");
  CHECK(preferred(language_data("sv"), "kronor") == "SEK");
  CHECK(preferred(language_data("sv"), "kr") == "SEK");
  CHECK(preferred(language_data("id"), "Rp") == "IDR");
  CHECK(preferred(language_data("id"), "yen") == "JPY");
  CHECK(preferred(language_data("es"), "dólares") == "USD");
  CHECK(preferred(language_data("es"), "euros") == "EUR");
  CHECK(preferred(language_data("it"), "dollari") == "USD");
  CHECK(preferred(language_data("nl"), "dollar") == "USD");
  CHECK(preferred(language_data("pt"), "reais") == "BRL");
  CHECK(preferred(language_data("pl"), "zł") == "PLN");
  CHECK(preferred(language_data("pl"), "dolarów") == "USD");
  CHECK(preferred(language_data("ru"), "рублей") == "RUB");
  CHECK(preferred(language_data("ru"), "долларов") == "USD");
  CHECK(preferred(language_data("ja"), "円") == "JPY");
  CHECK(preferred(language_data("ja"), "ドル") == "USD");
  CHECK(preferred(language_data("zh"), "元") == "CNY");
  CHECK(preferred(language_data("zh"), "美元") == "USD");
  CHECK(preferred(language_data("zh"), "日元") == "JPY");
  CHECK(preferred(language_data("ko"), "원") == "KRW");
  CHECK(preferred(language_data("ko"), "달러") == "USD");
  CHECK(preferred(language_data("ko"), "엔") == "JPY");
  CHECK(preferred(language_data("hi"), "डॉलर") == "USD");
  CHECK(preferred(language_data("hi"), "रुपये") == "INR");
  CHECK(preferred(language_data("ar"), "دولار") == "USD");
  // Words are not symbols: they may follow a number but not precede it.
  CHECK(en.currency("$")->symbol);
  CHECK_FALSE(en.currency("dollars")->symbol);
  CHECK(LanguageData::is_iso_code("EUR"));
  CHECK_FALSE(LanguageData::is_iso_code("ABC"));
}

TEST_CASE("percent forms and words") {
  CHECK(percent_word(language_data("en"), "%", false));
  CHECK(percent_word(language_data("en"), "percent", false));
  CHECK(percent_word(language_data("en"), "percentage points", true));
  CHECK(percent_word(language_data("de"), "Prozent", false));
  CHECK(percent_word(language_data("de"), "Prozentpunkte", true));
  CHECK(percent_word(language_data("fr"), "pour cent", false));
  CHECK(percent_word(language_data("fr"), "points de pourcentage", true));
  CHECK(percent_word(language_data("sv"), "procent", false));
  CHECK(percent_word(language_data("sv"), "procentenheter", true));
  CHECK(percent_word(language_data("id"), "persen", false));
  CHECK(percent_word(language_data("id"), "poin persentase", true));
  CHECK(percent_word(language_data("es"), "por ciento", false));
  CHECK(percent_word(language_data("it"), "per cento", false));
  CHECK(percent_word(language_data("nl"), "procent", false));
  CHECK(percent_word(language_data("pt"), "por cento", false));
  CHECK(percent_word(language_data("pl"), "procent", false));
  CHECK(percent_word(language_data("ru"), "процентов", false));
  CHECK(percent_word(language_data("ja"), "パーセント", false));
  CHECK(percent_word(language_data("ja"), "％", false));
  CHECK(percent_word(language_data("ko"), "퍼센트", false));
  CHECK(percent_word(language_data("hi"), "प्रतिशत", false));
  CHECK(percent_word(language_data("ar"), "٪", false));
  CHECK(language_data("zh").percent_prefix_trie.find("百分之").has_value());
  CHECK(language_data("tr").percent_prefix);
  CHECK_FALSE(language_data("en").percent_prefix);
}

TEST_CASE("approximation words for every language") {
  for (const char* l : {"en", "de", "fr", "sv", "id", "es", "it", "nl", "pt", "pl", "ru", "ja",
                        "zh", "ko", "hi", "ar"}) {
    CAPTURE(l);
    CHECK(language_data(l).approximation.size() >= 2);
  }
  CHECK(language_data("de").approximation_trie.find("Rund").has_value());
  CHECK(language_data("sv").approximation_trie.find("cirka").has_value());
  CHECK(language_data("id").approximation_trie.find("sekitar").has_value());
  CHECK(language_data("fr").approximation_trie.find("environ").has_value());
  CHECK_FALSE(language_data("en").approximation_trie.find("over").has_value());
}

TEST_CASE("data is cached, built once per tag, and safe across threads") {
  const auto* a = &language_data("nl");
  const auto* b = &language_data("nl");
  CHECK(a == b);
  std::vector<const LanguageData*> seen(4, nullptr);
  std::vector<std::thread> threads;
  threads.reserve(seen.size());
  for (auto& slot : seen) {
    threads.emplace_back([&slot] { slot = &language_data("it"); });
  }
  for (auto& t : threads) t.join();
  for (const auto* p : seen) CHECK(p == seen[0]);
}

TEST_CASE("any ICU locale works; terms fall back by truncation") {
  CHECK(language_data("fr-CA").terms_lang == "fr");
  CHECK(language_data("de_DE").decimal_sep == ",");
  CHECK(language_data("").scale_power("billion") == 9);
  CHECK(language_data("und").terms_lang == "en");
  CHECK(language_data("de_DE").terms_lang == "de");
  CHECK(language_data("pt-BR").terms_lang == "pt");
  CHECK(language_data("zh-Hant-TW").terms_lang == "zh");
  const auto& sw = language_data("sw");
  CHECK(sw.terms_lang.empty());
  CHECK_FALSE(sw.scale_words.empty());
  CHECK_FALSE(sw.currencies.empty());
  CHECK(language_data("fr-CA").own_currency == "CAD");
  CHECK(language_data("de").own_currency == "EUR");
  CHECK(language_data("ja").own_currency == "JPY");
  CHECK(factlint::lang::terms_problems().empty());
}

TEST_CASE("term trie: case-insensitive, longest match, word boundaries") {
  factlint::lang::TermTrie t;
  t.add("Mrd.", 1);
  t.add("mil", 2);
  t.add("mil millones", 3);
  t.add("$", 4);
  t.add("US$", 5);
  const std::string text = "5 MIL MILLONES de";
  const auto f = t.match_forward(text, 2);
  REQUIRE(f.has_value());
  CHECK(f->second == 3u);
  CHECK(f->first == 14u);
  CHECK_FALSE(t.match_forward("milano", 0).has_value());  // no match inside a word
  const std::string money = "a US$5";
  const auto b = t.match_backward(money, 5);
  REQUIRE(b.has_value());
  CHECK(b->second == 5u);
  CHECK(b->first == 2u);
  CHECK(t.find("mrd.") == 1u);
  CHECK_FALSE(t.find("mrd").has_value());
  CHECK(factlint::lang::fold("MILLIARDEN") == "milliarden");
  CHECK(factlint::lang::fold("Mil\u00ADliarden") == "milliarden");
}

TEST_CASE("writing direction comes from the script of the tag or of its language") {
  using factlint::lang::is_right_to_left;
  for (const char* tag : {"ar", "he", "fa", "ur", "yi", "ar-EG", "pa-Arab"}) {
    CAPTURE(tag);
    CHECK(is_right_to_left(tag));
  }
  for (const char* tag : {"en", "de", "ja", "zh-Hant", "hi", "az", "pa", "ru", "", "%%"}) {
    CAPTURE(tag);
    CHECK_FALSE(is_right_to_left(tag));
  }
}
