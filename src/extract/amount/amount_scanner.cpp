// The amount scan: a fast byte scan for digits, then, around each, the numeral (numerals.cpp),
// its scale words (figures.cpp), a range (ranges.cpp), currencies and percent forms
// (affixes.cpp), and the context that rules it out (context.cpp); Han numerals (han.cpp) last.
#include "extract/amount/amount_scanner.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <utility>

#include "core/utf8.hpp"
#include "extract/amount/affixes.hpp"
#include "extract/amount/context.hpp"
#include "extract/amount/figures.hpp"
#include "extract/amount/han.hpp"
#include "extract/amount/numerals.hpp"
#include "extract/amount/ranges.hpp"
#include "extract/context.hpp"
#include "lang/number_words.hpp"

namespace factlint::extract {

namespace {

using amount::Affixes;
using amount::Context;
using amount::CurrencyAt;
using amount::Figure;
using amount::Figures;
using amount::Numerals;
using amount::RangeEnd;
using amount::Ranges;

/// ASCII letters and digits, by byte: asked at every byte of every word.
constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> t{};
  for (unsigned b = 0; b < 128; ++b) {
    t[b] = ((b | 0x20U) >= 'a' && (b | 0x20U) <= 'z') || (b >= '0' && b <= '9');
  }
  return t;
}();

bool ascii_alnum(unsigned char byte) { return kAsciiAlnum[byte]; }

/// Per code point below U+1000, whether it is a word character (lang::is_word_char): what the
/// scan over words asks of every letter written in two bytes (Latin with diacritics, Greek,
/// Cyrillic, Hebrew, Arabic) or in three with the lead byte E0 (Devanagari to Tibetan),
/// without a call.
const std::array<std::uint64_t, 64>& low_word_chars() {
  static const std::array<std::uint64_t, 64> table = [] {
    std::array<std::uint64_t, 64> t{};
    for (char32_t c = 0x80; c < 0x1000; ++c) {
      if (lang::is_word_char(c)) t[c / 64] |= std::uint64_t{1} << (c % 64);
    }
    return t;
  }();
  return table;
}

class Scanner {
 public:
  Scanner(std::string_view text, const lang::LanguageData& data)
      : text_(text),
        data_(data),
        n_(text, data),
        affixes_(n_),
        context_(n_),
        figures_(n_, affixes_),
        ranges_(n_, figures_, context_),
        words_(lang::number_words(data.tag)) {}

  std::vector<RawAmount> run() {
    std::vector<RawAmount> out;
    std::size_t pos = 0;
    const std::size_t n = text_.size();
    while (pos < n) {
      pos = n_.next_candidate(pos);
      if (pos >= n) break;
      std::size_t len = 0;
      if (n_.digit_at(pos, len) < 0) {
        pos += len;
        continue;
      }
      std::size_t resume = pos;
      parse_at(pos, resume, out);
      pos = std::max(resume, pos + 1);
      // Never resume inside a UTF-8 sequence.
      while (pos < n && (static_cast<unsigned char>(text_[pos]) & 0xC0) == 0x80) ++pos;
    }
    if (!words_.empty()) add_word_amounts(out);
    share_units(out);
    if (data_.han_numerals) amount::merge_han_amounts(n_, affixes_, context_, out);
    return out;
  }

 private:
  /// Parses the amount whose first digit is at `start` and appends it to `dest` unless it
  /// overlaps the last one there; `resume` is where scanning goes on. The amount is built in
  /// place, in `dest`, and taken off again when the text rules it out.
  bool parse_at(std::size_t start, std::size_t& resume, std::vector<RawAmount>& dest) const {
    std::size_t token_end = n_.read(start).end;
    resume = token_end;
    bool built = false;
    const auto reject = [&]() {
      if (built) dest.pop_back();
      resume = n_.skip_token(token_end);
      return false;
    };

    // "24/7", "24 h/24": the figures of a fixed phrase count nothing.
    if (data_.fixed_phrase_trie.size() != 0) {
      const auto phrase = data_.fixed_phrase_trie.match_forward(text_, start);
      std::size_t after = 0;
      if (phrase && (phrase->first >= text_.size() ||
                     context::digit_value(n_.at(phrase->first, after)) < 0)) {
        token_end = phrase->first;
        return reject();
      }
    }
    // Left context.
    std::size_t before = start;
    const char32_t prev = n_.before(start, before);
    if (data_.ordinal_clitic_trie.match_backward(text_, start) ||
        ((prev == '-' || prev == 0x05BE) &&
         data_.ordinal_clitic_trie.match_backward(text_, before))) {
      return reject();  // he "ה-3": "the third"
    }
    std::optional<CurrencyAt> attached_currency;
    if (prev != 0 && lang::is_word_char(prev) && prev != 0x0640) {  // tatweel: "لـ٦١"
      const bool hangul = prev >= 0xAC00 && prev <= 0xD7A3;
      if (data_.clitic_trie.match_backward(text_, start)) {
        // A conjunction or preposition glued to the number: "و69", "ب300".
      } else if (lang::is_spaced_letter(prev) || hangul || (prev >= '0' && prev <= '9')) {
        attached_currency = affixes_.currency_before(start);
        if (!attached_currency || attached_currency->edge == start) return reject();
      } else if (data_.ordinal_prefix_trie.match_backward(text_, start)) {
        return reject();
      }
    }
    if (const std::size_t pe = context_.phone_end(start, prev); pe != std::string_view::npos) {
      token_end = pe;
      return reject();
    }
    // The second side of a score or a vote ("3-1", "2:0") is a number of its own.
    const bool score_second = (prev == '-' || prev == ':') && context_.score_second(start);
    if (prev == '+' || prev == '/' || (prev == ':' && !score_second) || prev == '_' ||
        prev == '#' || prev == '@' || prev == '{' || prev == '\\' ||
        (prev == '%' && !data_.percent_prefix)) {
      return reject();
    }
    if (prev == '.' || prev == ',') {
      std::size_t pp = before;
      const char32_t p2 = n_.before(before, pp);
      if (lang::is_word_char(p2)) return reject();  // "v.2", "No.5"
    }
    bool negative = false;
    std::size_t begin = start;
    if ((prev == '-' || prev == 0x2212) && !score_second &&
        !(prev == '-' && data_.clitic_trie.match_backward(text_, before))) {
      std::size_t pp = before;
      const char32_t p2 = n_.before(before, pp);
      if (lang::is_word_char(p2) || p2 == '-') return reject();  // "COVID-19", "F&E-2"
      // CJK punctuation takes no space after it: "单位。-1" is minus one.
      const bool cjk_punct = (p2 >= 0x3000 && p2 <= 0x303F) || (p2 >= 0xFF01 && p2 <= 0xFF1F);
      // After a space, a word with digits before it makes the minus a subtraction: "(2^31 -1)",
      // "4GiB -1 byte" take one away, "reaching -1" is minus one.
      bool subtraction = false;
      if (amount::is_space(p2)) {
        for (std::size_t at = pp;;) {
          std::size_t prev_pos = at;
          const char32_t c = n_.before(at, prev_pos);
          if (c == 0 || !lang::is_word_char(c)) break;
          std::size_t len = 0;
          if (n_.digit_at(prev_pos, len) >= 0) {
            subtraction = true;
            break;
          }
          at = prev_pos;
        }
      }
      if (!subtraction &&
          (p2 == 0 || amount::is_space(p2) || p2 == '(' || p2 == '\n' || p2 == '\t' || cjk_punct)) {
        negative = true;
        begin = before;
      }
    }

    auto currency_prefix = attached_currency ? attached_currency : affixes_.currency_before(begin);
    const bool has_currency_before = currency_prefix.has_value();
    auto b1 = figures_.read(start, true, has_currency_before);
    if (!b1) return reject();
    token_end = b1->num.end;
    resume = b1->num.end;

    // Right context that rules the numeral out.
    std::size_t after = b1->num.end;
    const char32_t next = n_.at(b1->num.end, after);
    if ((next == ':' || next == '/') && n_.is_digit(after) &&
        !(next == ':' && context_.score_first(start))) {
      return reject();  // 12:30, 7/3/2023
    }
    if ((next == '.' || next == ',') && after < text_.size() && n_.is_digit(after)) return reject();
    if (b1->power == 0 && context_.ordinal_like(b1->num)) return reject();
    if (b1->power == 0 && context_.time_like(b1->num, begin)) return reject();
    if (b1->power == 0) {
      if (const std::size_t minutes = context_.hour_minutes_end(b1->num); minutes != 0) {
        token_end = minutes;  // "12 h 30", "12h30": a time of day
        return reject();
      }
    }

    // Range: "5–7", "5 - 7", "5 bis 7", "5万～7万".
    const std::size_t lead = currency_prefix ? std::min(currency_prefix->edge, begin) : begin;
    RangeEnd range = ranges_.after(*b1, lead, has_currency_before);
    if (range.kind == RangeEnd::Kind::not_amount) {
      token_end = range.token_end;
      return reject();
    }
    // "zwischen 11 und 18 Uhr": two hours of the clock, as "between 11 a.m. and 6 p.m." gives
    // them, not a range of counts.
    if (range.upper && b1->power == 0 && range.upper->power == 0 &&
        context_.clock_hours(b1->num, range.upper->num)) {
      range = RangeEnd{};
    }
    const std::optional<Figure>& b2 = range.upper;
    const Figure& last = b2 ? *b2 : *b1;

    const bool decimal_letter_scale = b1->letter_scale && !b1->reading.format.decimal_sep.empty();
    RawAmount& out = dest.emplace_back();
    built = true;
    out.amount.digits.assign(text_.substr(start, b1->num.end - start));
    out.amount.format = std::move(b1->reading.format);
    out.amount.value = b1->value;
    out.amount.alternative = b1->reading.alternative;
    if (out.amount.alternative && b1->power != 0) {
      out.amount.alternative = out.amount.alternative->scaled(b1->power);
    }
    if (b1->compound) {
      out.amount.alternative.reset();
      out.amount.last_digit_power = b1->last_unit;
    }
    std::int32_t power = b1->power;
    const Figure& scaled = last.power != 0 ? last : *b1;
    const std::size_t scale_begin = scaled.scale_begin;
    std::size_t end = last.end;
    // "6 p.m." is the hour 18, as "18 Uhr" and "18 heures" write it.
    if (!b2 && b1->power == 0) {
      if (const auto pm = context_.afternoon_hour(b1->num)) {
        out.amount.value = Decimal::from_parts(pm->first, 0);
        end = pm->second;
      }
    }

    std::vector<CurrencyMention> currencies;
    std::size_t span_begin = begin;
    if (currency_prefix) {
      currencies.push_back(std::move(currency_prefix->mention));
      span_begin = currency_prefix->edge;
    }
    // Percent.
    bool percent = false;
    bool points = false;
    std::size_t pct_begin = begin;
    if (const auto pct = affixes_.percent_after(end)) {
      percent = true;
      points = pct->points;
      end = pct->edge;
    } else if (currencies.empty()) {
      if (const auto pre = affixes_.percent_before(begin)) {
        percent = true;
        pct_begin = pre->edge;
      }
    }
    // Currency after the number (also after a connector: "milliards de dollars").
    bool suffixed = false;  // a case ending glued to the currency word ("liraya")
    if (!percent) {
      // "200-Milliarden-Euro": a hyphen may join scale word and currency.
      const bool hyphenated = power != 0 && scale_begin > 0 && text_[scale_begin - 1] == '-';
      auto c = affixes_.currency_after(end, hyphenated);
      if (!c && power != 0) {
        const std::size_t s = n_.skip_space(end);
        if (const auto m = data_.connector_trie.match_forward(text_, s)) {
          c = affixes_.currency_after(m->first);
        }
      }
      if (c) {
        currencies.push_back(std::move(c->mention));
        end = c->edge;
        suffixed = c->suffixed;
      }
    }
    if ((b1->letter_scale || last.letter_scale) && currencies.empty() && !decimal_letter_scale) {
      // "5m" without a currency is a measure, not five million: a figure with its unit, where
      // the letter is a unit; anything else is left alone.
      if (b2 || !affixes_.unit_at(b1->num.end)) {
        token_end = end;
        return reject();
      }
      power = 0;
      b1->power = 0;
      b1->value = b1->reading.value;
      out.amount.value = b1->value;
      end = b1->num.end;
    }
    if (power != 0 || last.power != 0) {
      out.amount.scale_word =
          std::string(text_.substr(scale_begin, scaled.scale_end - scale_begin));
    }

    // Right boundary: a number running into letters is part of a word ("3rd", "4K", "A320neo").
    {
      std::size_t a = end;
      const char32_t c = n_.at(end, a);
      if (c != 0 && (lang::is_spaced_letter(c) || (c >= '0' && c <= '9')) && !suffixed &&
          !affixes_.unit_at(end)) {
        token_end = end;
        return reject();
      }
      if (c != 0 && lang::is_word_char(c) && end == b1->num.end && b1->num.seps.empty() &&
          data_.non_number_trie.match_forward(text_, end)) {
        // "2023年", "3月" are date parts; "22分" is a duration unless a clock marker precedes
        // the number ("10時22分"); so is a small number before a span word ("5年以内").
        const bool duration =
            (data_.clock_part_trie.match_forward(text_, end) &&
             !data_.clock_marker_trie.match_backward(text_, n_.skip_space_back(b1->num.begin))) ||
            (b1->num.groups[0].size() <= 2 && data_.duration_trie.match_forward(text_, end, false));
        if (!duration) return reject();
      }
    }

    // Approximation word before the whole amount.
    const std::size_t approx_lead = currencies.empty() ? std::min(pct_begin, begin) : span_begin;
    if (percent) span_begin = std::min(pct_begin, begin);
    if (context_.approximate_around(approx_lead, end)) out.amount.approximate = true;

    // A four-digit number is proposed as a number even when it may be a year: the date
    // extractor proposes the year where the text gives year context, and the resolver keeps
    // the year there; elsewhere it is a count ("2000 people").
    const bool bare = currencies.empty() && !percent && power == 0 && !b2;
    if (bare && prev == '[' && next == ']') return reject();  // a reference mark "[12]"
    if (bare && context_.month_adjacent(b1->num, begin)) return reject();

    if (negative) {
      out.amount.value = out.amount.value.negated();
      if (out.amount.alternative) out.amount.alternative = out.amount.alternative->negated();
    }
    out.amount.scale_power = power;
    if (b2) {
      out.amount.upper = b2->value;
      if (b2->reading.format.foreign && !out.amount.format.foreign) {
        out.amount.format.foreign = true;
        out.amount.format.expected = b2->reading.format.expected;
      }
    }

    out.span = Span{static_cast<std::uint32_t>(span_begin), static_cast<std::uint32_t>(end)};
    out.currencies = std::move(currencies);
    out.percent = percent;
    out.percentage_points = points;
    resume = end;
    if (dest.size() > 1 && out.span.begin < dest[dest.size() - 2].span.end) {
      dest.pop_back();  // overlaps the amount before it
      return false;
    }
    return true;
  }

  /// A list whose last figure carries the unit for all: "30 and 43 percent", "30 und 43
  /// Prozent", "5 or 6 euros". A bare figure joined by "and" (or a comma) to a percentage, or to
  /// an amount whose currency follows it, takes that percent or currency; its span stays.
  void share_units(std::vector<RawAmount>& out) const {
    for (std::size_t i = out.size(); i-- > 1;) {
      RawAmount& a = out[i - 1];
      const RawAmount& b = out[i];
      const bool bare = !a.percent && a.currencies.empty() && a.amount.scale_power == 0 &&
                        !a.amount.upper && !a.ordinal;
      if (!bare || (!b.percent && b.currencies.empty())) continue;
      if (!b.currencies.empty() && !n_.is_digit(b.span.begin)) {
        continue;  // "$5": a currency before the figure belongs to it alone
      }
      std::size_t p = n_.skip_space(a.span.end);
      if (p < text_.size() && text_[p] == ',') {
        p = n_.skip_space(p + 1);
      } else if (const auto m = data_.between_and_trie.match_forward(text_, p)) {
        p = n_.skip_space(m->first);
      } else if (const auto glued = data_.between_and_trie.match_forward(text_, p, false)) {
        p = glued->first;  // "30 و43%", "30 ו-43 אחוזים": the conjunction on the figure
      } else {
        continue;
      }
      if (p != b.span.begin) {
        std::size_t q = p;
        const char32_t joiner = n_.at(p, q);
        if (joiner == '-' || joiner == 0x05BE) p = q;
      }
      if (p != b.span.begin) continue;
      a.percent = b.percent;
      a.percentage_points = b.percentage_points;
      a.currencies = b.currencies;
    }
    // A percent word before the first figure of a list goes on to the next: tr "yüzde 30 ve 43".
    for (std::size_t i = 1; i < out.size(); ++i) {
      const RawAmount& a = out[i - 1];
      RawAmount& b = out[i];
      const bool bare = !b.percent && b.currencies.empty() && b.amount.scale_power == 0 &&
                        !b.amount.upper && !b.ordinal;
      if (!bare || !a.percent || !data_.percent_prefix_trie.match_forward(text_, a.span.begin)) {
        continue;
      }
      const auto m = data_.between_and_trie.match_forward(text_, n_.skip_space(a.span.end));
      if (m && n_.skip_space(m->first) == b.span.begin) b.percent = true;
    }
  }

  /// Numbers written in words, at every word start outside the amounts found in digits.
  void add_word_amounts(std::vector<RawAmount>& out) const {
    std::vector<RawAmount> found;
    const auto& low = low_word_chars();
    std::size_t next_digit_amount = 0;
    bool in_word = false;
    std::size_t pos = 0;
    const std::size_t n = text_.size();
    while (pos < n) {
      const auto byte = static_cast<unsigned char>(text_[pos]);
      std::size_t after = pos;
      bool letter = false;
      char32_t c0 = byte;
      if (byte < 0x80) {
        after = pos + 1;
        letter = ascii_alnum(byte);
      } else {
        c0 = utf8::decode(text_, after);
        letter = lang::is_word_char(c0);
      }
      if (letter && !in_word) {
        while (next_digit_amount < out.size() && out[next_digit_amount].span.end <= pos) {
          ++next_digit_amount;
        }
        const bool inside =
            next_digit_amount < out.size() && out[next_digit_amount].span.begin <= pos;
        if (!inside && (byte < '0' || byte > '9') && words_.may_match(text_, pos, c0, after)) {
          if (const auto m = words_.match(text_, pos)) {
            if (auto a = parse_words(*m)) {
              const std::size_t limit =
                  next_digit_amount < out.size() ? out[next_digit_amount].span.begin : n;
              if (a->span.end <= limit) {
                pos = a->span.end;
                found.push_back(std::move(*a));
                in_word = false;
                continue;
              }
            }
          }
        }
      }
      in_word = letter;
      pos = after;
      // The rest of a word in ASCII letters and digits starts nothing.
      if (in_word) {
        // The rest of the word starts nothing: ASCII letters and digits, and the letters
        // below U+1000 (low_word_chars).
        pos = utf8::ascii_lower_run_end(text_, pos);
        while (pos < n && ascii_alnum(static_cast<unsigned char>(text_[pos]))) ++pos;
        while (pos + 1 < n && static_cast<unsigned char>(text_[pos]) >= 0xC2) {
          const auto b0 = static_cast<unsigned char>(text_[pos]);
          const auto b1 = static_cast<unsigned char>(text_[pos + 1]);
          if ((b1 & 0xC0U) != 0x80U) break;
          std::uint32_t cp = 0;
          std::size_t len = 2;
          if (b0 <= 0xDF) {
            cp = ((b0 & 0x1FU) << 6U) | (b1 & 0x3FU);
          } else if (b0 == 0xE0 && b1 >= 0xA0 && pos + 2 < n &&
                     (static_cast<unsigned char>(text_[pos + 2]) & 0xC0U) == 0x80U) {
            cp = ((b1 & 0x3FU) << 6U) | (static_cast<unsigned char>(text_[pos + 2]) & 0x3FU);
            len = 3;
          } else {
            break;
          }
          if (((low[cp / 64] >> (cp % 64)) & 1U) == 0) break;
          pos = utf8::ascii_lower_run_end(text_, pos + len);
          while (pos < n && ascii_alnum(static_cast<unsigned char>(text_[pos]))) ++pos;
        }
      }
    }
    if (found.empty()) return;
    // Merged into a new vector, each amount moved once (inplace_merge moves them through a
    // buffer and back, and an amount is a few hundred bytes).
    std::vector<RawAmount> merged;
    merged.reserve(out.size() + found.size());
    std::merge(std::make_move_iterator(out.begin()), std::make_move_iterator(out.end()),
               std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()),
               std::back_inserter(merged),
               [](const RawAmount& a, const RawAmount& b) { return a.span.begin < b.span.begin; });
    out = std::move(merged);
  }

  /// The amount a number in words starts: its scale words, percent, currency, approximation.
  std::optional<RawAmount> parse_words(const lang::WordNumeral& m) const {
    RawAmount out;
    out.words = true;
    out.amount.digits = std::string(text_.substr(m.begin, m.end - m.begin));
    out.amount.value = Decimal::from_parts(m.value, 0);
    out.span = Span{static_cast<std::uint32_t>(m.begin), static_cast<std::uint32_t>(m.end)};
    if (m.ordinal && !context_.collective_ordinal(m.begin, m.end)) {
      // A weak rank in its place ("the second quarter"); "first" and the other forms of 1 stay
      // weak, an article or "at first" as often as a rank.
      if (m.weak && (m.value == 1 || !context_.weak_rank(m.begin, m.end))) return std::nullopt;
      out.ordinal = true;
      return out;
    }
    Figure b;
    b.num.begin = m.begin;
    b.num.end = m.end;
    b.reading.value = out.amount.value;
    b.value = out.amount.value;
    b.end = m.end;
    b.scale_begin = m.end;
    figures_.apply_scales(b, false, false);
    if (m.weak && b.power == 0) return std::nullopt;
    if (b.power == 0) {
      // "trois juillet", "tres de julio": a date. (The time words of some languages also
      // measure hours, nl "negen uur": only "clock_words" make a time.)
      std::size_t w = n_.skip_space(m.end);
      if (const auto con = data_.connector_trie.match_forward(text_, w)) {
        w = n_.skip_space(con->first);
      }
      if (data_.month_trie.match_forward(text_, w)) return std::nullopt;
      // With a preposition glued to the month: he "בשלושה ביולי", on the third of July.
      if (const auto cl = data_.clitic_trie.match_forward(text_, w, false);
          cl && data_.month_trie.match_forward(text_, cl->first)) {
        return std::nullopt;
      }
      // "seven o'clock", "sieben Uhr": a time of day.
      if (data_.clock_word_trie.match_forward(text_, n_.skip_space(m.end))) return std::nullopt;
    }
    std::size_t end = b.end;
    out.amount.value = b.value;
    out.amount.scale_power = b.power;
    if (b.power != 0) {
      out.amount.scale_word = std::string(text_.substr(b.scale_begin, b.end - b.scale_begin));
    }
    if (m.upper != 0 && b.power == 0) out.amount.upper = Decimal::from_parts(m.upper, 0);
    if (const auto pct = affixes_.percent_after(end)) {
      out.percent = true;
      out.percentage_points = pct->points;
      end = pct->edge;
    } else {
      auto c = affixes_.currency_after(end, false);
      if (!c) {
        const std::size_t s = n_.skip_space(end);
        if (const auto con = data_.connector_trie.match_forward(text_, s)) {
          c = affixes_.currency_after(con->first);
        }
      }
      if (c) {
        out.currencies.push_back(std::move(c->mention));
        end = c->edge;
      }
    }
    out.amount.approximate = m.approximate || context_.approximate_around(m.begin, end);
    out.span.end = static_cast<std::uint32_t>(end);
    return out;
  }

  std::string_view text_;
  const lang::LanguageData& data_;
  Numerals n_;
  Affixes affixes_;
  Context context_;
  Figures figures_;
  Ranges ranges_;
  const lang::NumberWords& words_;
};

}  // namespace

std::vector<RawAmount> scan_amounts(std::string_view text, const lang::LanguageData& data) {
  return Scanner(text, data).run();
}

}  // namespace factlint::extract
