// Language tags through ICU: canonical form and writing direction.
#include "lang/lang.hpp"

#include <unicode/locid.h>
#include <unicode/uloc.h>

#include <string>
#include <string_view>

namespace factlint::lang {

Result<std::string> canonicalize(std::string_view tag) {
  const auto bad = [&] {
    return Diagnostic{"lang/unknown-tag", "", 0, 0,
                      "unknown language tag '" + std::string(tag) + "'"};
  };
  if (tag.empty() || tag.size() > 64) return bad();
  for (const char c : tag) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_';
    if (!ok) return bad();
  }
  std::string bcp(tag);
  for (char& c : bcp) {
    if (c == '_') c = '-';
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale loc = icu::Locale::forLanguageTag(bcp, status);
  if (U_FAILURE(status) || loc.isBogus() || std::string(loc.getLanguage()).empty()) return bad();
  // The language must be one ICU has data for (not merely well-formed). The names of the
  // installed locales ("en_US", "zh_Hans_CN") are compared up to their first '_': building
  // ICU's list of Locale objects instead cost more than the rest of a small check's start.
  const std::string_view language = loc.getLanguage();
  bool known = false;
  const int32_t count = uloc_countAvailable();
  for (int32_t i = 0; i < count && !known; ++i) {
    const std::string_view name = uloc_getAvailable(i);
    known = name.substr(0, name.find('_')) == language;
  }
  if (!known) return bad();
  status = U_ZERO_ERROR;
  std::string out = loc.toLanguageTag<std::string>(status);
  if (U_FAILURE(status)) return bad();
  return out;
}

std::string likely_region(std::string_view tag) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale loc = icu::Locale::forLanguageTag(std::string(tag), status);
  if (U_FAILURE(status) || loc.isBogus() || loc.getCountry()[0] != '\0') return {};
  loc.addLikelySubtags(status);
  if (U_FAILURE(status)) return {};
  return loc.getCountry();
}

bool is_right_to_left(std::string_view tag) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale loc = icu::Locale::forLanguageTag(tag, status);
  // isRightToLeft adds the likely script when the tag names none ("ar" → Arab).
  return U_SUCCESS(status) && !loc.isBogus() && loc.isRightToLeft();
}

}  // namespace factlint::lang
