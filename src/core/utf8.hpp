// Small UTF-8 helpers that need no ICU: validation, decoding, code point counting.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace factlint::utf8 {

/// Byte offset of the first invalid UTF-8 sequence in `text` (overlong forms, surrogates and
/// code points above U+10FFFF are invalid), or nullopt when the whole text is valid.
[[nodiscard]] std::optional<std::size_t> find_invalid(std::string_view text);

/// `decode` for a sequence of two bytes or more (or an invalid byte); `decode` calls it.
[[nodiscard]] char32_t decode_multibyte(std::string_view text, std::size_t& pos);

/// Decodes the code point starting at `pos` of valid UTF-8 and advances `pos` past it.
/// On invalid input returns U+FFFD and advances one byte (never loops forever).
/// Inline for ASCII, which most calls on the hot paths of extraction read.
[[nodiscard]] inline char32_t decode(std::string_view text, std::size_t& pos) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  if (b0 < 0x80U) {
    ++pos;
    return b0;
  }
  return decode_multibyte(text, pos);
}

/// Decodes the code point ending just before `pos` and moves `pos` back to its start.
[[nodiscard]] char32_t decode_before(std::string_view text, std::size_t& pos);

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

/// Number of code points in valid UTF-8 text.
[[nodiscard]] std::size_t count_code_points(std::string_view text);

}  // namespace factlint::utf8
