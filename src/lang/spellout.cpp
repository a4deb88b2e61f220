// Spelled-out numbers from ICU's RuleBasedNumberFormat spell-out rules.
#include "lang/spellout.hpp"

#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include "core/utf8.hpp"
#include "lang/language_data.hpp"

namespace factlint::lang {

namespace {

/// One language's spell-out formatter and the names of its cardinal rule sets.
struct Speller {
  std::unique_ptr<icu::RuleBasedNumberFormat> rbnf;
  std::vector<icu::UnicodeString> rule_sets;
};

/// Cardinal rule sets: "%spellout-numbering" and every "%spellout-cardinal…" (genders and
/// cases), but not the year readings ("%spellout-numbering-year": "nineteen eighty-four").
bool is_cardinal(const icu::UnicodeString& name) {
  return name == icu::UnicodeString(u"%spellout-numbering") ||
         name.startsWith(icu::UnicodeString(u"%spellout-cardinal"));
}

Speller build_speller(const std::string& lang) {
  Speller s;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale loc = icu::Locale::forLanguageTag(lang, status);
  if (U_FAILURE(status)) return s;
  auto rbnf = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, loc, status);
  if (U_FAILURE(status)) return s;
  for (int32_t i = 0; i < rbnf->getNumberOfRuleSetNames(); ++i) {
    const icu::UnicodeString name = rbnf->getRuleSetName(i);
    if (is_cardinal(name)) s.rule_sets.push_back(name);
  }
  s.rbnf = std::move(rbnf);
  return s;
}

}  // namespace

std::vector<std::string> spelled_forms(std::string_view lang, std::int64_t value) {
  constexpr std::int64_t kLimit = 1'000'000'000'000'000;
  if (value < 0 || value >= kLimit) return {};
  // ICU formatters are not safe to share between threads; one lock guards the cache and use.
  static std::mutex mutex;
  static auto& cache = *new std::map<std::string, Speller, std::less<>>();  // never destroyed
  const std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(lang);
  if (it == cache.end())
    it = cache.emplace(std::string(lang), build_speller(std::string(lang))).first;
  const Speller& speller = it->second;
  std::vector<std::string> out;
  if (!speller.rbnf) return out;
  for (const auto& rule_set : speller.rule_sets) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString text;
    icu::FieldPosition pos;
    speller.rbnf->format(static_cast<int64_t>(value), rule_set, text, pos, status);
    if (U_FAILURE(status) || text.isEmpty()) continue;
    std::string utf8;
    text.toUTF8String(utf8);
    std::string folded = fold(utf8);
    std::size_t first = 0;
    if (!is_spaced_letter(utf8::decode(folded, first))) return {};
    out.push_back(folded);
    std::replace(folded.begin(), folded.end(), '-', ' ');
    out.push_back(std::move(folded));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool contains_spelled(std::string_view text, const std::vector<std::string>& forms) {
  if (forms.empty()) return false;
  const std::string folded = fold(text);
  for (const auto& form : forms) {
    std::size_t at = folded.find(form);
    while (at != std::string::npos) {
      std::size_t before = at;
      std::size_t after = at + form.size();
      const bool starts = at == 0 || !is_word_char(utf8::decode_before(folded, before));
      const bool ends = after >= folded.size() || !is_word_char(utf8::decode(folded, after));
      if (starts && ends) return true;
      at = folded.find(form, at + 1);
    }
  }
  return false;
}

}  // namespace factlint::lang
