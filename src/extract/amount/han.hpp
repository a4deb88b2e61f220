// Amounts written in Han numerals (zh, ja): 三千万美元, 十二亿元, 百分之十二点五.
#pragma once

#include <vector>

#include "extract/amount/affixes.hpp"
#include "extract/amount/amount_scanner.hpp"
#include "extract/amount/context.hpp"

namespace factlint::extract::amount {

/// The value of a Han digit (〇 零 一 二 两 兩 三 … 九), or -1.
[[nodiscard]] constexpr int han_digit(char32_t c) {
  switch (c) {
    case 0x3007:  // 〇
    case 0x96F6:  // 零
      return 0;
    case 0x4E00:  // 一
      return 1;
    case 0x4E8C:  // 二
    case 0x4E24:  // 两
    case 0x5169:  // 兩
      return 2;
    case 0x4E09:  // 三
      return 3;
    case 0x56DB:  // 四
      return 4;
    case 0x4E94:  // 五
      return 5;
    case 0x516D:  // 六
      return 6;
    case 0x4E03:  // 七
      return 7;
    case 0x516B:  // 八
      return 8;
    case 0x4E5D:  // 九
      return 9;
    default:
      return -1;
  }
}
/// 十, 百, 千: the power of ten they multiply the digit before them by; 0 otherwise.
[[nodiscard]] constexpr int han_small_unit(char32_t c) {
  if (c == 0x5341) return 1;  // 十
  if (c == 0x767E) return 2;  // 百
  if (c == 0x5343) return 3;  // 千
  return 0;
}

/// Adds the amounts written in Han numerals to `out` (amounts in text order) where they do not
/// overlap one already there.
void merge_han_amounts(const Numerals& numerals, const Affixes& affixes, const Context& context,
                       std::vector<RawAmount>& out);

}  // namespace factlint::extract::amount
