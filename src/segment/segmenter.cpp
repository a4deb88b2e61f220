// Sentence segmentation with ICU's sentence BreakIterator and the locale's break suppressions.
#include "segment/segmenter.hpp"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "core/utf8.hpp"
#include "segment/boilerplate.hpp"

namespace factlint::segment {
namespace {

/// Sentence iterators by language tag, built once and cloned for every document.
class IteratorCache {
 public:
  std::unique_ptr<icu::BreakIterator> get(const std::string& lang) {
    const std::lock_guard<std::mutex> lock(mutex_);
    auto it = prototypes_.find(lang);
    if (it == prototypes_.end()) it = prototypes_.emplace(lang, build(lang)).first;
    if (!it->second) return nullptr;
    return std::unique_ptr<icu::BreakIterator>(it->second->clone());
  }

 private:
  static std::unique_ptr<icu::BreakIterator> build(const std::string& lang) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale = icu::Locale::forLanguageTag(lang, status);
    if (U_FAILURE(status) || locale.isBogus()) {
      status = U_ZERO_ERROR;
      locale = icu::Locale::getRoot();
    }
    std::unique_ptr<icu::BreakIterator> plain(
        icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status) || !plain) return nullptr;
    // The locale's standard exceptions ("Mr.", "z. B.", "Mrd.") suppress breaks after them.
    status = U_ZERO_ERROR;
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
        icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
    if (U_FAILURE(status) || !builder) return plain;
    std::unique_ptr<icu::BreakIterator> filtered(
        builder->wrapIteratorWithFilter(plain.release(), status));
    if (U_FAILURE(status) || !filtered) {
      status = U_ZERO_ERROR;
      return std::unique_ptr<icu::BreakIterator>(
          icu::BreakIterator::createSentenceInstance(locale, status));
    }
    return filtered;
  }

  std::mutex mutex_;
  std::map<std::string, std::unique_ptr<icu::BreakIterator>> prototypes_;
};

IteratorCache& cache() {
  static IteratorCache instance;
  return instance;
}

/// A block's text in UTF-16 with, for every UTF-16 index, the UTF-8 byte offset it starts at.
struct Utf16Text {
  std::u16string units;
  std::vector<std::uint32_t> byte_at;  ///< size units.size() + 1

  explicit Utf16Text(std::string_view text) {
    units.reserve(text.size());
    byte_at.reserve(text.size() + 1);
    std::size_t pos = 0;
    while (pos < text.size()) {
      const auto at = static_cast<std::uint32_t>(pos);
      const char32_t cp = utf8::decode(text, pos);
      if (cp >= 0x10000) {
        units.push_back(static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10)));
        units.push_back(static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
        byte_at.push_back(at);
        byte_at.push_back(at);
      } else {
        units.push_back(static_cast<char16_t>(cp));
        byte_at.push_back(at);
      }
    }
    byte_at.push_back(static_cast<std::uint32_t>(text.size()));
  }
};

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

}  // namespace

void segment_document(Document& doc) {
  doc.segments.clear();
  std::unique_ptr<icu::BreakIterator> iterator = cache().get(doc.lang);
  for (std::uint32_t b = 0; b < doc.blocks.size(); ++b) {
    const std::string& text = doc.blocks[b].text;
    if (!iterator) {
      add_segment(doc, b, {0, static_cast<std::uint32_t>(text.size())});
      continue;
    }
    const Utf16Text wide(text);
    // An aliasing, read-only UnicodeString: the units stay alive for the whole iteration.
    const icu::UnicodeString str(false, wide.units.data(), static_cast<int32_t>(wide.units.size()));
    iterator->setText(str);
    int32_t start = iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
         start = end, end = iterator->next()) {
      add_segment(doc, b,
                  {wide.byte_at[static_cast<std::size_t>(start)],
                   wide.byte_at[static_cast<std::size_t>(end)]});
    }
  }
  mark_boilerplate(doc);
}

void mark_cross_document_boilerplate(std::vector<Document>& docs) {
  mark_without_counterparts(docs);
}

}  // namespace factlint::segment
