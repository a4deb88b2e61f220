// Numbers written out in words ("five", "fünf", "einundzwanzig", "cinq", "lima"), from ICU's
// rule-based spell-out rules for the language.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::lang {

/// Every way the language's spell-out rules write the integer `value` as a cardinal number
/// (all genders and cases ICU has: "uno", "un", "una"), folded, each also with its hyphens
/// as spaces ("twenty-one", "twenty one"); for zh and ja the Han numerals below 10,000 ("二",
/// "三十二", "百", "一百"). Empty for other languages that do not separate words with spaces
/// and for values outside [0, 10^15). Built with ICU on each call; callers that need many
/// values should keep them.
[[nodiscard]] std::vector<std::string> spelled_forms(std::string_view lang, std::int64_t value);

/// Whether `text` contains one of `forms` (folded, as from spelled_forms) as a whole word:
/// no letter or digit right before or after it; a Han numeral only must not be part of a
/// longer numeral.
[[nodiscard]] bool contains_spelled(std::string_view text, const std::vector<std::string>& forms);

}  // namespace factlint::lang
