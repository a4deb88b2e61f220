// Weekday names from ICU's date format symbols, folded once per language.
#include "lang/weekdays.hpp"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "lang/language_data.hpp"

namespace factlint::lang {
namespace {

/// A weekday name, folded; with `tail` set, the name as ICU writes it from its second
/// character on, which the text must have as it is: vi "Thứ Ba" is Tuesday where "thứ ba" is
/// "third", so a name with a capital inside is matched with its case.
struct Name {
  std::string folded;
  std::string tail;
};

std::vector<Name> load_names(const std::string& tag) {
  std::vector<Name> out;
  UErrorCode status = U_ZERO_ERROR;
  const icu::DateFormatSymbols symbols(icu::Locale::forLanguageTag(tag, status), status);
  if (U_FAILURE(status)) return out;
  for (const auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
    for (const auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
      int32_t count = 0;
      const icu::UnicodeString* names = symbols.getWeekdays(count, context, width);
      for (int32_t i = 0; names != nullptr && i < count; ++i) {
        std::string utf8;
        names[i].toUTF8String(utf8);
        // A name of one word of two letters or fewer ("Mo", "日") would cover too much.
        if (utf8.size() < 4) continue;
        Name name{fold(utf8), {}};
        bool inner_capital = false;
        for (int32_t k = 1; k < names[i].length(); ++k) {
          inner_capital = inner_capital || u_isupper(names[i].charAt(k));
        }
        if (inner_capital) names[i].tempSubString(1).toUTF8String(name.tail);
        const bool seen = std::any_of(out.begin(), out.end(), [&](const Name& n) {
          return n.folded == name.folded && n.tail == name.tail;
        });
        if (!seen) out.push_back(std::move(name));
      }
    }
  }
  return out;
}

const std::vector<Name>& names_for(std::string_view tag) {
  static std::mutex mutex;
  static std::map<std::string, std::vector<Name>, std::less<>> cache;
  const std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(tag);
  if (it == cache.end()) it = cache.emplace(std::string(tag), load_names(std::string(tag))).first;
  return it->second;
}

/// `pos` moved back (or forward) to the start of a UTF-8 character.
std::size_t char_start(std::string_view text, std::size_t pos) {
  while (pos > 0 && pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) {
    --pos;
  }
  return std::min(pos, text.size());
}

}  // namespace

bool in_weekday_name(std::string_view text, std::size_t begin, std::size_t end,
                     std::string_view tag) {
  if (begin >= end || end > text.size()) return false;
  const auto& names = names_for(tag);
  if (names.empty()) return false;
  const std::string word = fold(text.substr(begin, end - begin));
  // The name must be written around the word: the folded text as far as the longest name
  // reaches on either side, folded once.
  std::size_t reach = 0;
  for (const auto& name : names) reach = std::max(reach, name.folded.size() + 8);
  const std::size_t from = char_start(text, begin > reach ? begin - reach : 0);
  const std::size_t to = char_start(text, std::min(text.size(), end + reach));
  const std::string_view raw = text.substr(from, to - from);
  std::string around;
  for (const auto& name : names) {
    if (name.folded.find(word) == std::string::npos) continue;
    if (!name.tail.empty() && raw.find(name.tail) == std::string_view::npos) continue;
    if (around.empty()) around = fold(raw);
    if (around.find(name.folded) != std::string::npos) return true;
  }
  return false;
}

}  // namespace factlint::lang
