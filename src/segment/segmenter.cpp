// Sentence segmentation with ICU's sentence BreakIterator and the locale's break suppressions.
#include "segment/segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>
#include <unicode/utext.h>

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/utf8.hpp"
#include "segment/boilerplate.hpp"

namespace factlint::segment {
namespace {

/// What segmentation needs of one locale: its sentence iterator (with the locale's break
/// suppressions) and whether it writes ordinal numbers with a dot ("3. Juli").
struct LocaleRules {
  std::unique_ptr<icu::BreakIterator> iterator;
  bool ordinal_dot = false;
  /// The locale's sentence-break exceptions ("Mrd.", "z.B.", "Z. B."), keyed by their last
  /// space-separated part.
  std::map<std::string, std::vector<std::string>, std::less<>> exceptions;
};

/// A clone of the cached iterator and the locale's rules (which outlive it: never evicted).
struct SentenceSplitter {
  std::unique_ptr<icu::BreakIterator> iterator;
  const LocaleRules* rules = nullptr;
};

/// Sentence rules by language tag, built once and cloned for every document.
class RulesCache {
 public:
  SentenceSplitter get(const std::string& lang) {
    const std::lock_guard<std::mutex> lock(mutex_);
    auto it = rules_.find(lang);
    if (it == rules_.end()) it = rules_.emplace(lang, build(lang)).first;
    SentenceSplitter out;
    if (it->second.iterator) out.iterator.reset(it->second.iterator->clone());
    out.rules = &it->second;
    return out;
  }

 private:
  static LocaleRules build(const std::string& lang) {
    LocaleRules rules;
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale = icu::Locale::forLanguageTag(lang, status);
    if (U_FAILURE(status) || locale.isBogus()) {
      status = U_ZERO_ERROR;
      locale = icu::Locale::getRoot();
    }
    status = U_ZERO_ERROR;
    rules.iterator.reset(icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status)) rules.iterator.reset();
    load_exceptions(locale, rules);
    // ICU's ordinal format tells which locales write "3." for "third".
    status = U_ZERO_ERROR;
    const icu::RuleBasedNumberFormat ordinal(icu::URBNF_ORDINAL, locale, status);
    if (U_SUCCESS(status)) {
      icu::UnicodeString three;
      ordinal.format(static_cast<int32_t>(3), three);
      rules.ordinal_dot = three == icu::UnicodeString(u"3.");
    }
    return rules;
  }

  /// Reads the locale's standard sentence-break exceptions from ICU's break iterator data, the
  /// list icu::FilteredBreakIteratorBuilder uses. That filter is not used itself: in ICU 72 it
  /// matches an exception against the end of a longer word (German "am." suppresses the break
  /// after "kam."), and misses "z. B."; whole-token matching here avoids both.
  static void load_exceptions(const icu::Locale& locale, LocaleRules& rules) {
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle* bundle = ures_open(U_ICUDATA_NAME "-brkitr", locale.getName(), &status);
    // U_USING_DEFAULT_WARNING means ICU fell back to the default locale: not this language.
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) {
      ures_close(bundle);
      return;
    }
    UResourceBundle* exceptions = ures_getByKey(bundle, "exceptions", nullptr, &status);
    UResourceBundle* list = ures_getByKey(exceptions, "SentenceBreak", nullptr, &status);
    if (U_SUCCESS(status)) {
      const int32_t n = ures_getSize(list);
      for (int32_t i = 0; i < n; ++i) {
        UErrorCode item_status = U_ZERO_ERROR;
        int32_t length = 0;
        const UChar* item = ures_getStringByIndex(list, i, &length, &item_status);
        if (U_FAILURE(item_status)) continue;
        std::string entry;
        icu::UnicodeString(false, item, length).toUTF8String(entry);
        const std::size_t space = entry.rfind(' ');
        std::string key = space == std::string::npos ? entry : entry.substr(space + 1);
        rules.exceptions[key].push_back(std::move(entry));
      }
    }
    ures_close(list);
    ures_close(exceptions);
    ures_close(bundle);
  }

  std::mutex mutex_;
  std::map<std::string, LocaleRules> rules_;
};

RulesCache& cache() {
  static RulesCache instance;
  return instance;
}

/// True when `text` has no place where a sentence can end before its end: no sentence
/// terminator followed by more text (but for the few continuations UAX #29 never breaks
/// before), no terminator of another script (。！？) before the end, no line or paragraph
/// separator. UAX #29 breaks sentences only
/// there, so such a block is one sentence without asking ICU (a line of a line-per-sentence
/// file, a heading, a label: most blocks of most inputs). "1.2 billion" and "e.g." followed by
/// a letter are not such places.
bool single_sentence(std::string_view text) {
  const std::size_t n = text.size();
  const auto closing = [](char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; };
  const auto space = [](char c) { return c == ' ' || c == '\t'; };
  // Whether only closing marks and spaces follow `i` up to the end.
  const auto at_end = [&](std::size_t i) {
    while (i < n && (closing(text[i]) || space(text[i]))) ++i;
    return i == n;
  };
  for (std::size_t i = 0; i < n; ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n' || byte == '\r' || byte == '\f' || byte == '\v') return false;
    if (byte == '.' || byte == '!' || byte == '?') {
      std::size_t j = i + 1;
      while (j < n && closing(text[j])) ++j;
      if (at_end(j)) continue;
      const char next = text[j];
      // No break before a comma, semicolon or colon (UAX #29 SB8a), nor, after a period,
      // before a digit ("1.2", SB6) or a lowercase letter ("e.g. the", SB8). Anything else
      // may be a break: ICU decides.
      const bool continues = next == ',' || next == ';' || next == ':';
      const bool inside = byte == '.' && j == i + 1 &&
                          ((next >= '0' && next <= '9') || (next >= 'a' && next <= 'z'));
      if (!continues && !inside) return false;
      continue;
    }
    if (byte < 0x80) continue;
    std::size_t next = i;
    const char32_t cp = utf8::decode(text, next);
    const auto sb = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_SENTENCE_BREAK);
    const bool separator = sb == U_SB_SEP || sb == U_SB_CR || sb == U_SB_LF;
    const bool terminal = sb == U_SB_STERM || sb == U_SB_ATERM;
    if (separator || (terminal && !at_end(next))) return false;
    i = next - 1;
  }
  return true;
}

bool is_trim_space(char32_t cp) {
  return u_isUWhiteSpace(static_cast<UChar32>(cp)) != 0 || cp == 0xFEFF || cp == 0x200B;
}

/// Narrows [begin, end) of `text` past surrounding white space.
Span trim(std::string_view text, Span s) {
  std::size_t b = s.begin;
  while (b < s.end) {
    std::size_t next = b;
    if (!is_trim_space(utf8::decode(text.substr(0, s.end), next))) break;
    b = next;
  }
  std::size_t e = s.end;
  while (e > b) {
    std::size_t prev = e;
    if (!is_trim_space(utf8::decode_before(text.substr(0, e), prev))) break;
    e = prev;
  }
  return {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
}

void add_segment(Document& doc, std::uint32_t block, Span raw) {
  const Span s = trim(doc.blocks[block].text, raw);
  if (s.size() > 0) doc.segments.push_back({block, s, false, ""});
}

/// True when ICU's break at byte `at` of `text` falls after an abbreviation its data lacks:
/// a one-letter abbreviation or initial ("z. B.", "J. Smith"), a two-letter capitalised title
/// ("Dr.", "Nr."), or, where the locale writes ordinals with a dot, a day or rank ("3. Juli").
bool keep_together(std::string_view text, std::size_t at, const LocaleRules& rules) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  std::size_t end = at;
  while (end > 0 && blank(text[end - 1])) --end;
  if (end < 2 || text[end - 1] != '.') return false;
  std::size_t next = at;
  while (next < text.size() && blank(text[next])) ++next;
  if (next >= text.size()) return false;
  // The word before the period, as code points.
  std::size_t begin = end - 1;
  std::u32string word;
  while (begin > 0) {
    std::size_t prev = begin;
    const char32_t cp = utf8::decode_before(text.substr(0, begin), prev);
    if (u_isalnum(static_cast<UChar32>(cp)) == 0) break;
    word.insert(word.begin(), cp);
    begin = prev;
  }
  // The locale's exceptions, matched as whole tokens.
  std::size_t token = end;
  while (token > 0 && !blank(text[token - 1])) --token;
  const std::string_view last = text.substr(token, end - token);
  if (const auto found = rules.exceptions.find(last); found != rules.exceptions.end()) {
    for (const std::string& entry : found->second) {
      if (entry.size() > end) continue;
      const std::size_t from = end - entry.size();
      if (text.substr(from, entry.size()) == entry && (from == 0 || blank(text[from - 1]))) {
        return true;
      }
    }
  }
  if (word.empty()) return false;
  std::size_t pos = next;
  const char32_t following = utf8::decode(text, pos);
  const bool letter_follows = u_isalpha(static_cast<UChar32>(following)) != 0;
  const auto is_alpha = [](char32_t c) { return u_isalpha(static_cast<UChar32>(c)) != 0; };
  if (word.size() == 1 && is_alpha(word[0])) return true;
  if (word.size() == 2 && u_isupper(static_cast<UChar32>(word[0])) != 0 &&
      u_islower(static_cast<UChar32>(word[1])) != 0) {
    return true;
  }
  const bool day_or_rank = rules.ordinal_dot && word.size() <= 2 &&
                           std::all_of(word.begin(), word.end(), [](char32_t c) {
                             return u_isdigit(static_cast<UChar32>(c)) != 0;
                           });
  if (day_or_rank && letter_follows) return true;
  if (day_or_rank && following >= '0' && following <= '9') {
    // A date written with dots and spaces, "3. 7. 2023": a month and a dot, or a year, follows.
    std::size_t digits = 0;
    while (next + digits < text.size() && text[next + digits] >= '0' &&
           text[next + digits] <= '9') {
      ++digits;
    }
    const bool dot_after = next + digits < text.size() && text[next + digits] == '.';
    return (digits <= 2 && dot_after) || digits == 4;
  }
  return false;
}

}  // namespace

Measurements::Measurements() : data_(std::make_unique<Data>()) {}
Measurements::~Measurements() = default;
Measurements::Measurements(Measurements&&) noexcept = default;
Measurements& Measurements::operator=(Measurements&&) noexcept = default;

void segment_document(Document& doc, Measurements* keep) {
  doc.segments.clear();
  // At least one segment per block: reserved, so that the array is not copied as it grows.
  doc.segments.reserve(doc.blocks.size());
  SentenceSplitter splitter = cache().get(doc.lang);
  for (std::uint32_t b = 0; b < doc.blocks.size(); ++b) {
    const std::string& text = doc.blocks[b].text;
    if (!splitter.iterator || single_sentence(text)) {
      add_segment(doc, b, {0, static_cast<std::uint32_t>(text.size())});
      continue;
    }
    // The iterator reads the UTF-8 text in place: its boundaries are byte offsets.
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    icu::BreakIterator& it = *splitter.iterator;
    it.setText(utext, status);
    if (U_FAILURE(status)) {
      utext_close(utext);
      add_segment(doc, b, {0, static_cast<std::uint32_t>(text.size())});
      continue;
    }
    std::uint32_t start = 0;
    for (int32_t end = it.next(); end != icu::BreakIterator::DONE; end = it.next()) {
      const auto at = static_cast<std::uint32_t>(end);
      if (at < text.size() && keep_together(text, at, *splitter.rules)) continue;
      add_segment(doc, b, {start, at});
      start = at;
    }
    utext_close(utext);
    if (start < text.size()) add_segment(doc, b, {start, static_cast<std::uint32_t>(text.size())});
  }
  mark_boilerplate(doc, keep != nullptr ? &keep->data() : nullptr);
}

void mark_cross_document_boilerplate(std::vector<Document>& docs, const std::vector<Fact>& facts,
                                     std::vector<Measurements>* kept) {
  if (kept == nullptr || kept->size() != docs.size()) {
    mark_without_counterparts(docs, facts);
    return;
  }
  std::vector<Measurements::Data> measured(docs.size());
  for (std::size_t d = 0; d < docs.size(); ++d) measured[d] = std::move((*kept)[d].data());
  mark_without_counterparts(docs, facts, &measured);
}

}  // namespace factlint::segment
