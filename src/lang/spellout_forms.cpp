// The spell-out forms of a language from ICU: shared by the library (for tags the generated
// table does not hold) and by the generator of that table, so the two cannot differ.
#include "lang/spellout_forms.hpp"

#include <unicode/icudataver.h>
#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/ulocdata.h>
#include <unicode/unistr.h>
#include <unicode/uversion.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace factlint::lang {

namespace {

bool is_cardinal_set(const icu::UnicodeString& name) {
  return name.startsWith(icu::UnicodeString(u"%spellout-cardinal")) ||
         name == icu::UnicodeString(u"%spellout-numbering") ||
         name == icu::UnicodeString(u"%spellout-numbering-verbose");
}

bool is_ordinal_set(const icu::UnicodeString& name) {
  return name.startsWith(icu::UnicodeString(u"%spellout-ordinal"));
}

}  // namespace

SpelloutForms icu_spellout_forms(std::string_view lang_tag) {
  SpelloutForms out;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale loc = icu::Locale::forLanguageTag(std::string(lang_tag), status);
  if (U_FAILURE(status)) return out;
  icu::RuleBasedNumberFormat rbnf(icu::URBNF_SPELLOUT, loc, status);
  if (U_FAILURE(status)) return out;
  // ICU falls back to English rules for a language it has none for: keep those out.
  if (std::string_view(rbnf.getLocale(ULOC_ACTUAL_LOCALE, status).getLanguage()) !=
      std::string_view(loc.getLanguage())) {
    return out;
  }
  out.ruled = true;
  // The rule sets of a language write most numbers alike (de masculine, feminine, neuter…):
  // a string already written for a value and reading is kept once.
  std::vector<std::vector<icu::UnicodeString>> seen(4000);
  const auto seen_slot = [](std::int64_t v, bool ordinal) {
    // 0–1000 as themselves, multiples of a thousand up to 999,000 at 1000 + v / 1000.
    const auto i = static_cast<std::size_t>(v <= 1000 ? v : 1000 + v / 1000);
    return ordinal ? 2000 + i : i;
  };
  // Formats with the rule set made the default: formatting by name looks the set up by its
  // name at every call, a tenth of the time (the two write the same strings, and report no
  // error, for every value asked here in every locale of ICU 72).
  const auto format = [&](std::int64_t v, bool ordinal) {
    icu::UnicodeString s;
    icu::FieldPosition fp;
    rbnf.format(static_cast<int64_t>(v), s, fp);
    if (s.isEmpty()) return;
    auto& prior = seen[seen_slot(v, ordinal)];
    if (std::find(prior.begin(), prior.end(), s) != prior.end()) return;
    prior.push_back(s);
    SpelloutForms::Form f;
    f.value = v;
    f.ordinal = ordinal;
    f.begin = static_cast<std::uint32_t>(out.chars.size());
    s.toUTF8String(out.chars);
    f.size = static_cast<std::uint32_t>(out.chars.size() - f.begin);
    out.forms.push_back(f);
  };
  for (int32_t i = 0; i < rbnf.getNumberOfRuleSetNames(); ++i) {
    const icu::UnicodeString name = rbnf.getRuleSetName(i);
    const bool cardinal = is_cardinal_set(name);
    if (!cardinal && !is_ordinal_set(name)) continue;
    UErrorCode st = U_ZERO_ERROR;
    rbnf.setDefaultRuleSet(name, st);
    if (U_FAILURE(st)) continue;
    if (cardinal) {
      for (std::int64_t v = 0; v <= 1000; ++v) format(v, false);
      for (std::int64_t v = 2; v < 1000; ++v) format(v * 1000, false);
    } else {
      for (std::int64_t v = 1; v <= 100; ++v) format(v, true);
    }
  }
  return out;
}

std::string icu_data_versions() {
  std::string out;
  const auto add = [&](const char* name, const UVersionInfo v) {
    std::array<char, U_MAX_VERSION_STRING_LENGTH> text{};
    u_versionToString(v, text.data());
    if (!out.empty()) out += ' ';
    out += name;
    out += ' ';
    out += text.data();
  };
  UVersionInfo v;
  u_getVersion(v);
  add("icu", v);
  UErrorCode status = U_ZERO_ERROR;
  u_getDataVersion(v, &status);
  if (U_SUCCESS(status)) add("data", v);
  status = U_ZERO_ERROR;
  ulocdata_getCLDRVersion(v, &status);
  if (U_SUCCESS(status)) add("cldr", v);
  return out;
}

}  // namespace factlint::lang
