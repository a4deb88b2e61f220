// The words of a segment that may start a term of a short list: after a space (or a hyphen),
// turned away by a WordScreen before any trie is asked.
#pragma once

#include <cstddef>
#include <string_view>

#include "lang/language_data.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace factlint::extract {

/// Calls `at(pos)` for every `pos` right after a space (and, with `after_hyphen`, a hyphen:
/// "two-thirds") where `screen` lets a word start. The spaces are found sixteen bytes at a time
/// where SSE2 is there: a test and a branch per byte cost a sixth of the extraction of
/// word-heavy text. Included by the few extractors that scan so, not by every unit.
template <class At>
void for_each_screened_word(std::string_view text, const lang::WordScreen& screen,
                            bool after_hyphen, At&& at) {
  if (screen.empty()) return;
  const std::size_t n = text.size();
  std::size_t i = 0;
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(' ');
  const __m128i hyphen = _mm_set1_epi8(after_hyphen ? '-' : ' ');
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    auto mask = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, space), _mm_cmpeq_epi8(v, hyphen))));
    while (mask != 0) {
      const std::size_t begin = i + static_cast<std::size_t>(__builtin_ctz(mask)) + 1;
      if (screen.may_start(text, begin)) at(begin);
      mask &= mask - 1;
    }
  }
#endif
  for (; i < n; ++i) {
    if ((text[i] == ' ' || (after_hyphen && text[i] == '-')) && screen.may_start(text, i + 1)) {
      at(i + 1);
    }
  }
}

}  // namespace factlint::extract
