// Spelled-out numbers from ICU's RuleBasedNumberFormat spell-out rules.
#include "lang/spellout.hpp"

#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

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

constexpr std::u32string_view kHanDigits = U"零一二三四五六七八九";

/// Han numerals of a value below 10,000 ("三十二", "一百", "百"), the ways Chinese and Japanese
/// write them: with and without the 一 before 十 and 百, and 两/兩 for a leading 2 in Chinese.
std::vector<std::string> han_forms(std::int64_t v, bool chinese) {
  if (v < 0 || v >= 10000) return {};
  if (v == 0) return {"零", "〇"};
  static constexpr std::array<std::pair<std::int64_t, char32_t>, 3> kUnits{
      {{1000, U'千'}, {100, U'百'}, {10, U'十'}}};
  std::u32string full;
  std::int64_t rest = v;
  bool gap = false;
  for (const auto& [unit, ch] : kUnits) {
    const auto d = rest / unit;
    rest %= unit;
    if (d == 0) {
      gap = gap || !full.empty();
      continue;
    }
    if (gap && chinese) full.push_back(U'零');
    gap = false;
    full.push_back(kHanDigits[static_cast<std::size_t>(d)]);
    full.push_back(ch);
  }
  if (rest > 0) {
    if (gap && chinese) full.push_back(U'零');
    full.push_back(kHanDigits[static_cast<std::size_t>(rest)]);
  }
  std::vector<std::u32string> variants{full};
  if (full.size() >= 2 && full[0] == U'一' && (full[1] == U'十' || full[1] == U'百')) {
    variants.push_back(full.substr(1));  // 十二, 百
  }
  if (chinese && v == 2) {
    variants.emplace_back(U"两");
    variants.emplace_back(U"兩");
  }
  std::vector<std::string> out;
  for (const auto& s : variants) {
    std::string utf8;
    for (const char32_t c : s) utf8::append(utf8, c);
    out.push_back(std::move(utf8));
  }
  return out;
}

bool is_han_numeral_char(char32_t c) {
  return kHanDigits.find(c) != std::u32string_view::npos || c == U'十' || c == U'百' ||
         c == U'千' || c == U'万' || c == U'萬' || c == U'億' || c == U'亿' || c == U'两' ||
         c == U'兩' || c == U'〇';
}

}  // namespace

std::vector<std::string> spelled_forms(std::string_view lang, std::int64_t value) {
  constexpr std::int64_t kLimit = 1'000'000'000'000'000;
  if (value < 0 || value >= kLimit) return {};
  // Chinese and Japanese: Han numerals ("二行", "三十二より", "百年").
  const std::string_view primary = lang.substr(0, lang.find('-'));
  if (primary == "zh" || primary == "ja") return han_forms(value, primary == "zh");
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
      std::size_t first = 0;
      const bool han = is_han_numeral_char(utf8::decode(form, first));
      // A Han numeral stands between other characters; it only must not be part of a longer
      // numeral ("二" inside "二十").
      const auto outside = [&](char32_t c) {
        return han ? !is_han_numeral_char(c) : !is_word_char(c);
      };
      const bool starts = at == 0 || outside(utf8::decode_before(folded, before));
      const bool ends = after >= folded.size() || outside(utf8::decode(folded, after));
      if (starts && ends) return true;
      at = folded.find(form, at + 1);
    }
  }
  return false;
}

}  // namespace factlint::lang
