// The spell-out table generated at build time: it must hold what ICU's rules write now, so
// that numbers in words read the same from the table as from ICU.
#include "lang/spellout_forms.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "lang/number_words.hpp"

namespace {

using factlint::lang::icu_spellout_forms;
using factlint::lang::NumberWords;
using factlint::lang::spellout_forms;
using factlint::lang::spellout_table_holds;
using factlint::lang::SpelloutForms;

/// The forms as one text: value, reading and string per line.
std::string lines(const SpelloutForms& f) {
  std::string out = f.ruled ? "ruled\n" : "unruled\n";
  for (const auto& form : f.forms) {
    out += std::to_string(form.value) + (form.ordinal ? " o " : " c ");
    out += f.text(form);
    out += '\n';
  }
  return out;
}

// Languages of several scripts and rule shapes, and region and script variants whose rules
// may differ from the language's (pt-PT, de-CH, sr-Latn, en-IN).
constexpr std::string_view kTags[] = {
    "de", "de-CH", "de-AT", "ru", "ar",     "ar-EG", "th",    "fr", "fr-CH",   "fr-BE",
    "pt", "pt-PT", "pt-BR", "es", "es-419", "en",    "en-IN", "sr", "sr-Latn", "fi",
    "he", "hi",    "ko",    "vi", "pl",     "el",    "ta",    "fa", "tr",      "yue",
    "sv", "nl",    "it",    "uk", "ms",     "id",    "sw",    "am", "agq",     "my"};

}  // namespace

TEST_CASE("the spell-out table holds every language tag asked, as ICU writes it") {
  for (const std::string_view tag : kTags) {
    INFO(tag);
    CHECK(spellout_table_holds(tag));
    CHECK(lines(spellout_forms(tag)) == lines(icu_spellout_forms(tag)));
  }
  // Regional rules that differ from the language's are kept apart.
  CHECK(lines(spellout_forms("pt-PT")) != lines(spellout_forms("pt")));
  CHECK(lines(spellout_forms("de-CH")) != lines(spellout_forms("de")));
  CHECK(lines(spellout_forms("sr-Latn")) != lines(spellout_forms("sr")));
  // A language with no rules of its own (ICU would write English) has none in the table.
  CHECK_FALSE(spellout_forms("agq").ruled);
  CHECK(spellout_forms("de").ruled);
}

TEST_CASE("a tag the spell-out table lacks is read from ICU") {
  for (const std::string_view tag : {"de-u-nu-latn", "xx", "", "und", "de_DE", "PT-pt"}) {
    INFO(tag);
    CHECK_FALSE(spellout_table_holds(tag));
    CHECK(lines(spellout_forms(tag)) == lines(icu_spellout_forms(tag)));
  }
  CHECK(spellout_forms("PT-pt").ruled);
  CHECK_FALSE(spellout_forms("xx").ruled);
}

TEST_CASE("numbers in words are the same built from the table and from ICU") {
  for (const std::string_view tag :
       {"de", "ru", "ar", "th", "fr", "pt", "pt-PT", "fa", "he", "ko", "vi", "fi", "en"}) {
    INFO(tag);
    const NumberWords from_table = NumberWords::build(tag);
    const NumberWords from_icu = NumberWords::build(tag, icu_spellout_forms(tag));
    CHECK(from_table.form_count() > 100);
    CHECK(from_table.form_count() == from_icu.form_count());
    CHECK(from_table.dump() == from_icu.dump());
  }
}
