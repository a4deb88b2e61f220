// UTF-8 validation and decoding on raw bytes.
#include "core/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace factlint::utf8 {
namespace {

unsigned char byte_at(std::string_view s, std::size_t i) {
  return static_cast<unsigned char>(s[i]);
}

bool is_cont(unsigned char b) { return (b & 0xC0U) == 0x80U; }

// Length of the valid sequence at pos, or 0 when invalid.
std::size_t valid_length(std::string_view s, std::size_t pos) {
  const unsigned char b0 = byte_at(s, pos);
  const std::size_t left = s.size() - pos;
  if (b0 < 0x80U) return 1;
  if (b0 >= 0xC2U && b0 <= 0xDFU) return left >= 2 && is_cont(byte_at(s, pos + 1)) ? 2 : 0;
  if (b0 >= 0xE0U && b0 <= 0xEFU) {
    if (left < 3) return 0;
    const unsigned char b1 = byte_at(s, pos + 1);
    if (!is_cont(b1) || !is_cont(byte_at(s, pos + 2))) return 0;
    if (b0 == 0xE0U && b1 < 0xA0U) return 0;   // overlong
    if (b0 == 0xEDU && b1 >= 0xA0U) return 0;  // surrogates
    return 3;
  }
  if (b0 >= 0xF0U && b0 <= 0xF4U) {
    if (left < 4) return 0;
    const unsigned char b1 = byte_at(s, pos + 1);
    if (!is_cont(b1) || !is_cont(byte_at(s, pos + 2)) || !is_cont(byte_at(s, pos + 3))) return 0;
    if (b0 == 0xF0U && b1 < 0x90U) return 0;   // overlong
    if (b0 == 0xF4U && b1 >= 0x90U) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

std::optional<std::size_t> find_invalid(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (byte_at(text, i) < 0x80U) {
      ++i;
      // Eight ASCII bytes at a time: most text is mostly ASCII.
      constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
      std::uint64_t word = 0;
      while (i + sizeof word <= text.size() &&
             (std::memcpy(&word, text.data() + i, sizeof word), (word & kHighBits) == 0)) {
        i += sizeof word;
      }
      continue;
    }
    const std::size_t n = valid_length(text, i);
    if (n == 0) return i;
    i += n;
  }
  return std::nullopt;
}

char32_t decode_multibyte(std::string_view text, std::size_t& pos) {
  const std::size_t n = valid_length(text, pos);
  const unsigned char b0 = byte_at(text, pos);
  switch (n) {
    case 1:
      pos += 1;
      return b0;
    case 2: {
      const char32_t cp = ((b0 & 0x1FU) << 6U) | (byte_at(text, pos + 1) & 0x3FU);
      pos += 2;
      return cp;
    }
    case 3: {
      const char32_t cp = ((b0 & 0x0FU) << 12U) | ((byte_at(text, pos + 1) & 0x3FU) << 6U) |
                          (byte_at(text, pos + 2) & 0x3FU);
      pos += 3;
      return cp;
    }
    case 4: {
      const char32_t cp = ((b0 & 0x07U) << 18U) | ((byte_at(text, pos + 1) & 0x3FU) << 12U) |
                          ((byte_at(text, pos + 2) & 0x3FU) << 6U) |
                          (byte_at(text, pos + 3) & 0x3FU);
      pos += 4;
      return cp;
    }
    default:
      pos += 1;
      return 0xFFFD;
  }
}

char32_t decode_before_multibyte(std::string_view text, std::size_t& pos) {
  if (pos == 0) return 0;
  std::size_t start = pos - 1;
  while (start > 0 && pos - start < 4 && is_cont(byte_at(text, start))) --start;
  std::size_t p = start;
  const char32_t cp = decode(text, p);
  if (p != pos) {  // invalid tail: step back one byte only
    pos -= 1;
    return 0xFFFD;
  }
  pos = start;
  return cp;
}

void append_multibyte(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0U | (cp >> 6U));
    out += static_cast<char>(0x80U | (cp & 0x3FU));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0U | (cp >> 12U));
    out += static_cast<char>(0x80U | ((cp >> 6U) & 0x3FU));
    out += static_cast<char>(0x80U | (cp & 0x3FU));
  } else {
    out += static_cast<char>(0xF0U | (cp >> 18U));
    out += static_cast<char>(0x80U | ((cp >> 12U) & 0x3FU));
    out += static_cast<char>(0x80U | ((cp >> 6U) & 0x3FU));
    out += static_cast<char>(0x80U | (cp & 0x3FU));
  }
}

std::size_t count_code_points(std::string_view text) {
  std::size_t n = 0;
  for (const char c : text) {
    if (!is_cont(static_cast<unsigned char>(c))) ++n;
  }
  return n;
}

}  // namespace factlint::utf8
