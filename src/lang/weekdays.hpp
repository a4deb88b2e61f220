// Weekday names: number words that are part of one ("sexta-feira", "יום חמישי", "星期三").
#pragma once

#include <string_view>

namespace factlint::lang {

/// Whether the text `text[begin, end)` lies inside a name of a day of the week of language
/// `tag` written around it (ICU's wide and abbreviated names, format and stand-alone, folded):
/// pt "Sexta-feira" is Friday, not "sixth"; he "ביום חמישי" is on Thursday; zh "星期三" is
/// Wednesday.
[[nodiscard]] bool in_weekday_name(std::string_view text, std::size_t begin, std::size_t end,
                                   std::string_view tag);

}  // namespace factlint::lang
