// Sixteen bytes at a time to the next byte that may begin a digit, for the digit scans of the
// extractors (context::next_digit_start, amount::Numerals::next_candidate).
#pragma once

#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace factlint::extract {

/// Offers `accept`, in order, every byte from `pos` on, in whole blocks of sixteen, that is an
/// ASCII digit or that `lead` marks (`lead` maps a block to a mask of 0xFF bytes: the lead bytes
/// of the digits the caller reads). Returns the first position `accept` takes, or npos with
/// `pos` moved past the last whole block; the caller looks at the rest byte by byte. Without
/// SSE2 it returns npos at once.
template <typename Lead, typename Accept>
std::size_t next_in_blocks(std::string_view text, std::size_t& pos, Lead lead, Accept accept) {
#if defined(__SSE2__)
  const __m128i below = _mm_set1_epi8('0' - 1);
  const __m128i above = _mm_set1_epi8('9' + 1);
  while (pos + 16 <= text.size()) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, below), _mm_cmplt_epi8(v, above));
    for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(digit, lead(v))));
         mask != 0; mask &= mask - 1) {
      const std::size_t at = pos + static_cast<std::size_t>(__builtin_ctz(mask));
      if (accept(at)) return at;
    }
    pos += 16;
  }
#else
  (void)text;
  (void)lead;
  (void)accept;
#endif
  return std::string_view::npos;
}

}  // namespace factlint::extract
