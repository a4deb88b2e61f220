// Language tags and per-language data derived from ICU on first use.
#pragma once

#include <string>
#include <string_view>

#include "core/result.hpp"

// The per-language data (separators, digits, scale words, currencies, percent and other
// terms) is in lang/language_data.hpp: `language_data(tag)`; the raw rules/terms/ lists are in
// lang/terms.hpp.

namespace factlint::lang {

/// Canonical BCP 47 form of a tag via ICU ("de_DE" → "de-DE", "zh-hant" → "zh-Hant").
/// A diagnostic (id "lang/unknown-tag") when the tag is malformed or names no language ICU knows.
[[nodiscard]] Result<std::string> canonicalize(std::string_view tag);

/// The region a tag without one most likely means, by ICU's likely subtags ("en" → "US",
/// "de" → "DE", "zh-Hant" → "TW"); empty when the tag names a region or ICU has none.
[[nodiscard]] std::string likely_region(std::string_view tag);

/// Whether text in language `tag` runs right to left: the script of the tag, or the likely
/// script of its language, is written that way (ICU: "ar", "he", "fa", "ur", "ks-Arab" yes;
/// "az", "uz-Latn", "en" no). False for a tag ICU cannot parse.
[[nodiscard]] bool is_right_to_left(std::string_view tag);

}  // namespace factlint::lang
