// Ranges of two figures, by dashes and by the range words of rules/terms/.
#include "extract/amount/ranges.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <string>
#include <utility>

#include "extract/context.hpp"

namespace factlint::extract::amount {

bool Ranges::plural_noun_at(std::size_t pos) const {
  if (pos >= text_.size()) return false;
  std::size_t p = pos;
  if (u_isupper(static_cast<UChar32>(n_.at(pos, p))) != 0) return false;
  return extract::context::plural_noun(data_, extract::context::word_at(text_, pos));
}

RangeEnd Ranges::after(Figure& first, std::size_t lead, bool currency_before) const {
  RangeEnd out;
  std::size_t p = first.end;
  // Each bound with its own percent sign: "10%至15%", "10 % bis 15 %", "between 10% and 15%".
  // Not after "from": "rose from 12% to 15%" is a change.
  std::optional<bool> own_percent;  // the first bound's sign: percentage points or percent
  if (const auto pct = data_.percent_trie.match_forward(text_, n_.skip_space(p));
      pct && !data_.range_from_trie.match_backward(text_, n_.skip_space_back(lead))) {
    p = pct->first;
    own_percent = data_.percent_terms[pct->second].points;
  }
  bool change_unless_shared_scale = false;
  bool tight_hyphen = false;
  std::size_t q = std::string_view::npos;
  // The second bound may repeat the currency symbol: "$2–$3 billion", "€5bn-€7bn".
  const auto bound_at = [&](std::size_t t) -> std::size_t {
    if (n_.is_digit(t)) return t;
    if (!currency_before || t >= text_.size()) return std::string_view::npos;
    if (const auto m = data_.currency_trie.match_forward(text_, t)) {
      if (data_.currencies[m->second].symbol && n_.is_digit(m->first)) return m->first;
    }
    return std::string_view::npos;
  };
  std::size_t dn = p;
  const char32_t c = n_.at(p, dn);
  if (is_dash(c) && bound_at(dn) != std::string_view::npos) {
    tight_hyphen = c == '-' && n_.is_digit(dn);
    q = bound_at(dn);
  } else if (c == '.' && text_.substr(p, 2) == ".." && n_.is_digit(p + 2)) {
    // The interval of manuals and code: "(00..53)", "0..6" ("0...6" is an ellipsis).
    q = p + 2;
  } else {
    const std::size_t s = n_.skip_space(p);
    std::size_t d2 = s;
    const char32_t c2 = n_.at(s, d2);
    if (s != p && is_dash(c2)) {
      const std::size_t t = n_.skip_space(d2);
      if (t != d2) q = bound_at(t);
    } else if (s != p) {
      // "5 bis 7", but not "from 5 million to 7 million" (a change); "between 5 and 7".
      const std::size_t before = n_.skip_space_back(lead);
      const bool from = data_.range_from_trie.match_backward(text_, before).has_value();
      bool between = data_.between_trie.match_backward(text_, before).has_value();
      if (!between && data_.between_after_trie.size() != 0) {
        // "10 ja 15 miljoonan välillä": the "between" comes after the second bound.
        if (const auto a = data_.between_and_trie.match_forward(text_, s)) {
          const std::size_t t = n_.skip_space(a->first);
          if (t != a->first && n_.is_digit(t)) {
            if (const auto second = figures_.read(t, true, currency_before)) {
              between = data_.between_after_trie.match_forward(text_, n_.skip_space(second->end))
                            .has_value();
            }
          }
        }
      }
      std::optional<std::pair<std::size_t, std::uint32_t>> w;
      bool glued = false;
      if (between) {
        w = data_.between_and_trie.match_forward(text_, s);
        if (w && n_.is_digit(w->first)) {
          glued = true;  // "בין 0 ל-100": the "and" ends in a hyphen
        } else if (!w) {
          // "بين ١٨ و٢٤": the "and" glued to the upper bound.
          w = data_.between_and_trie.match_forward(text_, s, /*boundary=*/false);
          glued = w && n_.is_digit(w->first);
          if (!glued) w.reset();
        }
      }
      if (!w) w = data_.range_trie.match_forward(text_, s);
      // After "from", only a shared scale makes it a range ("de 5 à 7 millions").
      change_unless_shared_scale = from && !between;
      if (w) {
        const std::size_t t = n_.skip_space(w->first);
        if (t != w->first || glued) q = bound_at(t);
      }
    } else if (const auto w = data_.range_trie.match_forward(text_, p, /*boundary=*/false)) {
      // Unspaced range marks: "5～7", "5から7"; Korean particles: "1부터 30까지", "0과 5 사이".
      q = bound_at(n_.skip_space(w->first));
    }
  }
  if (q == std::string_view::npos) return out;
  auto second = figures_.read(q, true, currency_before);
  if (!second) return out;
  if (own_percent) {
    // The same sign after the second: not "12% to $4.5 billion", "0.25 points to 4.5%".
    const auto pct2 = data_.percent_trie.match_forward(text_, n_.skip_space(second->end));
    if (!pct2 || data_.percent_terms[pct2->second].points != *own_percent) return out;
  }
  std::size_t a2 = second->num.end;
  const char32_t n2 = n_.at(second->num.end, a2);
  if (tight_hyphen && (is_dash(n2) || n2 == '/' || n2 == ':' || n2 == '.') && n_.is_digit(a2)) {
    out.kind = RangeEnd::Kind::not_amount;  // 2023-07-03, 202-555-0147
    out.token_end = second->num.end;
    return out;
  }
  Decimal lower = first.value;
  if (first.power == 0 && second->power != 0 && !first.compound) {
    lower = first.reading.value.scaled(second->power);
  }
  const bool shared_scale = first.power == 0 && second->power != 0;
  // "from 1,200 to 1,500" and "from 5 million to 7 million units" are changes; "de 18 à 24
  // ans" and "de 10 à 15 %", two bare bounds with a plural noun or a percent sign both count,
  // a range.
  const std::size_t after_second = n_.skip_space(second->end);
  const bool shared_noun =
      first.power == 0 && second->power == 0 &&
      (plural_noun_at(after_second) || data_.percent_trie.match_forward(text_, after_second) ||
       data_.percent_trie.match_forward(text_, second->end));
  if (change_unless_shared_scale && !shared_scale && !shared_noun) {
    return out;
  }
  if (second->value > lower) {
    // Two plain years are a span of years ("2019–2023"), for the date extractor; unless a noun
    // after them counts both and one bound is no likely year ("з 2000 до 2500 осіб", "1500–2000
    // employees"; "between 2019 and 2023 sales rose" stays two years).
    const auto modern = [](const Decimal& v) {
      return !(v < Decimal::from_parts(1900, 0)) && !(Decimal::from_parts(2100, 0) < v);
    };
    const bool counted = shared_noun && !(modern(first.value) && modern(second->value));
    const bool years = first.power == 0 && second->power == 0 && !counted &&
                       Context::is_plain_year(first.num) && Context::is_plain_year(second->num);
    if (years) {
      out.kind = RangeEnd::Kind::not_amount;
      out.token_end = second->num.end;
      return out;
    }
    if (first.power == 0 && second->power != 0) {
      first.value = lower;
      first.power = second->power;
      first.letter_scale = second->letter_scale;
    }
    out.kind = RangeEnd::Kind::range;
    out.upper = std::move(second);
    return out;
  }
  // A score or a vote ("3-1", "52-48") is two numbers; "07-03" and "2023-07" are none.
  if (tight_hyphen && !context_.score_first(first.num.begin)) {
    out.kind = RangeEnd::Kind::not_amount;
    out.token_end = second->num.end;
  }
  return out;
}

}  // namespace factlint::extract::amount
