// Figures: numerals with their scale words, and compound CJK amounts.
#include "extract/amount/figures.hpp"

#include <array>
#include <string>
#include <utility>

#include "core/utf8.hpp"

namespace factlint::extract::amount {
namespace {

char32_t last_cp(const std::string& s) {
  std::size_t p = s.size();
  return utf8::decode_before(s, p);
}

}  // namespace

/// A scale word at `pos` or after one space: (begin, end, word). Single letters must touch.
std::optional<std::tuple<std::size_t, std::size_t, const lang::ScaleWord*>> Figures::scale_at(
    std::size_t pos, bool allow_letters, bool currency_before) const {
  const std::size_t hyphen = (pos + 1 < text_.size() && text_[pos] == '-') ? pos + 1 : pos;
  const std::array<std::size_t, 3> starts{pos, n_.skip_space(pos), hyphen};
  for (std::size_t i = 0; i < starts.size(); ++i) {
    const std::size_t p = starts[i];
    if (i > 0 && p == pos) continue;
    if (const auto m = data_.scale_trie.match_forward(text_, p, /*boundary=*/false)) {
      // The prefix of a unit: zh "兆瓦" (megawatt), "千米" (kilometre).
      if (data_.not_scale_trie.size() != 0 &&
          data_.not_scale_trie.match_forward(text_, p, /*boundary=*/false)) {
        return std::nullopt;
      }
      const auto& w = data_.scale_words[m->second];
      // A scale word running into letters counts only when they are a currency symbol
      // ("450 Mkr", "2 mdkr"); otherwise it is part of a longer word.
      std::size_t after = m->first;
      const char32_t next = n_.at(m->first, after);
      const bool glued_currency = affixes_.currency_symbol_at(m->first);
      if (lang::is_word_char(next) &&
          lang::is_spaced_letter(w.text.empty() ? 0 : last_cp(w.text)) && !glued_currency) {
        continue;
      }
      if (w.needs_currency) {
        if (!allow_letters) return std::nullopt;
        if (p != pos && !currency_before && !glued_currency) return std::nullopt;
      }
      return std::make_tuple(p, m->first, &w);
    }
  }
  return std::nullopt;
}

std::optional<Figure> Figures::read(std::size_t pos, bool allow_letters,
                                    bool currency_before) const {
  // Every return returns `out`, so that the figure (a few hundred bytes) is built where the
  // caller keeps it, never moved.
  std::optional<Figure> out;
  Numeral num = n_.read(pos);
  auto reading = n_.interpret(num);
  if (!reading) {
    if (auto cut = n_.cut_at_space(num)) {
      num = std::move(*cut);
      reading = n_.interpret(num);
    }
    if (!reading) return out;
  }
  Figure& b = out.emplace();
  b.num = std::move(num);
  b.value = reading->value;
  b.reading = std::move(*reading);
  b.end = b.num.end;
  b.scale_begin = b.num.end;
  apply_scales(b, allow_letters, currency_before);
  if (b.power == 0) return out;
  // Compound CJK numbers: "1億2400万", "6万1500", "1조2000억".
  std::size_t len = 0;
  std::int32_t unit = b.power;
  std::size_t before_end = b.end;
  std::size_t dummy = before_end;
  const char32_t last = n_.before(before_end, dummy);
  if (lang::is_spaced_letter(last)) {
    // Spaced scale words in falling order add up: "१२ करोड़ ४० लाख" (12 crore 40 lakh).
    const std::size_t p = n_.skip_space(b.end);
    if (p != b.end && p < text_.size() && n_.digit_at(p, len) >= 0) {
      const Numeral part = n_.read(p);
      const auto reading = n_.interpret(part);
      if (reading && reading->value.exponent() >= 0) {
        const std::size_t s = n_.skip_space(part.end);
        if (const auto m = data_.scale_trie.match_forward(text_, s)) {
          const auto& w = data_.scale_words[m->second];
          const auto sum = Decimal::sum(b.value, reading->value.scaled(w.power));
          if (s != part.end && !w.needs_currency && w.power < unit && sum) {
            b.value = *sum;
            b.end = m->first;
            b.compound = true;
            b.last_unit = w.power;
          }
        }
      }
    }
    return out;
  }
  if (lang::is_word_char(last)) {
    for (;;) {
      // Korean puts a space between the parts: "4억 7600만", "6만 5535".
      std::size_t at = b.end;
      const bool hangul = last >= 0xAC00 && last <= 0xD7A3;
      if (hangul && at + 1 < text_.size() && text_[at] == ' ') ++at;
      if (at >= text_.size() || n_.digit_at(at, len) < 0) break;
      Numeral part = n_.read(at);
      if (!part.seps.empty()) break;
      const auto v = Decimal::parse(part.groups[0]);
      if (!v) break;
      std::int32_t p = 0;
      std::size_t e = part.end;
      if (const auto m = data_.scale_trie.match_forward(text_, part.end)) {
        const auto& w = data_.scale_words[m->second];
        if (w.needs_currency || w.power >= unit) break;
        p = w.power;
        e = m->first;
      } else if (part.groups[0].size() > static_cast<std::size_t>(unit)) {
        break;
      }
      const auto sum = Decimal::sum(b.value, v->scaled(p));
      if (!sum) break;
      b.value = *sum;
      b.end = e;
      b.compound = true;
      b.last_unit = p;
      if (p == 0) break;
      unit = p;
    }
  }
  return out;
}

void Figures::apply_scales(Figure& b, bool allow_letters, bool currency_before) const {
  const auto first = scale_at(b.end, allow_letters, currency_before);
  if (!first) return;
  const auto& [sb, se, word] = *first;
  b.scale_begin = sb;
  b.power = word->power;
  b.letter_scale = word->needs_currency;
  b.end = se;
  // Stacked scale words multiply: "lakh crore" (10^12), "mil milhões" (10^9).
  if (const auto second = scale_at(b.end, false, false)) {
    const auto& [sb2, se2, word2] = *second;
    if (word2->power > b.power && b.power + word2->power <= 15) {
      b.power += word2->power;
      b.end = se2;
    }
  }
  b.value = b.reading.value.scaled(b.power);
  b.scale_end = b.end;
}

}  // namespace factlint::extract::amount
