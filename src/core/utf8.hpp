// Small UTF-8 helpers that need no ICU: validation, decoding, code point counting.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace factlint::utf8 {

/// Byte offset of the first invalid UTF-8 sequence in `text` (overlong forms, surrogates and
/// code points above U+10FFFF are invalid), or nullopt when the whole text is valid.
[[nodiscard]] std::optional<std::size_t> find_invalid(std::string_view text);

/// `decode` for a sequence of two bytes or more (or an invalid byte); `decode` calls it.
[[nodiscard]] char32_t decode_multibyte(std::string_view text, std::size_t& pos);

/// Decodes the code point starting at `pos` of valid UTF-8 and advances `pos` past it.
/// On invalid input returns U+FFFD and advances one byte (never loops forever).
/// Inline for ASCII, which most calls on the hot paths of extraction read, and for well-formed
/// two- and three-byte sequences (Latin, Greek, Cyrillic, Arabic, Indic, Han, Hangul); lead
/// bytes E0 and ED, whose second byte has a narrower range, and the rest go to
/// `decode_multibyte`.
[[nodiscard]] inline char32_t decode(std::string_view text, std::size_t& pos) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80U) {
    ++pos;
    return b0;
  }
  const auto cont = [&](std::size_t i) {
    return (static_cast<unsigned char>(text[i]) & 0xC0U) == 0x80U;
  };
  const auto low = [&](std::size_t i) {
    return static_cast<char32_t>(static_cast<unsigned char>(text[i]) & 0x3FU);
  };
  if (b0 >= 0xC2U && b0 <= 0xDFU) {
    if (pos + 1 < text.size() && cont(pos + 1)) {
      const char32_t cp = ((b0 & 0x1FU) << 6U) | low(pos + 1);
      pos += 2;
      return cp;
    }
  } else if (b0 >= 0xE1U && b0 <= 0xEFU && b0 != 0xEDU) {
    if (pos + 2 < text.size() && cont(pos + 1) && cont(pos + 2)) {
      const char32_t cp = ((b0 & 0x0FU) << 12U) | (low(pos + 1) << 6U) | low(pos + 2);
      pos += 3;
      return cp;
    }
  }
  return decode_multibyte(text, pos);
}

/// `decode_before` for a sequence of two bytes or more (or an invalid byte).
[[nodiscard]] char32_t decode_before_multibyte(std::string_view text, std::size_t& pos);

/// Decodes the code point ending just before `pos` and moves `pos` back to its start (0 when
/// `pos` is 0). Inline for ASCII, as `decode` is.
[[nodiscard]] inline char32_t decode_before(std::string_view text, std::size_t& pos) {
  if (pos > 0 && static_cast<unsigned char>(text[pos - 1]) < 0x80U) {
    --pos;
    return static_cast<unsigned char>(text[pos]);
  }
  return decode_before_multibyte(text, pos);
}

/// `append` for a code point above U+007F.
void append_multibyte(std::string& out, char32_t cp);

/// Appends the UTF-8 encoding of `cp` to `out`.
inline void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
    return;
  }
  append_multibyte(out, cp);
}

/// The end of the run of lowercase ASCII letters (a–z) that starts at `pos`: `pos` itself when
/// there is none. Sixteen bytes at a time where SSE2 is there; the letter loops of measurement
/// and alignment spend most of their time in such runs.
[[nodiscard]] inline std::size_t ascii_lower_run_end(std::string_view text, std::size_t pos) {
#if defined(__SSE2__)
  // Shifted so that 'a'..'z' become the 26 smallest signed bytes: one comparison per block.
  const __m128i shift = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));
  const __m128i limit = _mm_set1_epi8(static_cast<char>(-128 + 26));
  while (pos + 16 <= text.size()) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
    const auto lower =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(v, shift), limit)));
    if (lower != 0xFFFFU) return pos + static_cast<std::size_t>(__builtin_ctz(~lower));
    pos += 16;
  }
#endif
  while (pos < text.size() && text[pos] >= 'a' && text[pos] <= 'z') ++pos;
  return pos;
}

/// Number of code points in valid UTF-8 text.
[[nodiscard]] std::size_t count_code_points(std::string_view text);

}  // namespace factlint::utf8
