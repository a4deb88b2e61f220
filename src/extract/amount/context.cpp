// Context that rules a numeral out as an amount or marks it approximate.
#include "extract/amount/context.hpp"

#include <unicode/uchar.h>

#include <optional>
#include <string>

#include "extract/context.hpp"

namespace factlint::extract::amount {

bool Context::score_first(std::size_t start) const {
  // One side: one to three digits, no leading zero unless it is the only digit.
  const auto side = [&](std::size_t pos) -> std::optional<extract::context::DigitRun> {
    const extract::context::DigitRun run = extract::context::digit_run(text_, pos);
    if (run.digits < 1 || run.digits > 3) return std::nullopt;
    std::size_t next = pos;
    if (run.digits > 1 && extract::context::digit_value(n_.at(pos, next)) == 0) {
      return std::nullopt;
    }
    return run;
  };
  // Separators of longer figures, and operators: "2^9-1" is arithmetic.
  const auto joins = [](char32_t c) {
    return c == '.' || c == ',' || c == ':' || c == '/' || c == '-' || c == 0x2013 || c == '^' ||
           c == '*' || c == '+' || c == '=' || c == 0x00D7;
  };
  std::size_t before = start;
  const char32_t prev = n_.before(start, before);
  if (extract::context::digit_value(prev) >= 0 || joins(prev) || lang::is_word_char(prev)) {
    return false;
  }
  const auto first = side(start);
  if (!first || first->end >= text_.size()) return false;
  const char sep = text_[first->end];
  if (sep != '-' && sep != ':') return false;
  const auto second = side(first->end + 1);
  if (!second) return false;
  if (sep == ':' && second->digits != 1) return false;
  if (sep == '-' && second->value > first->value) return false;
  std::size_t after = second->end;
  const char32_t next = n_.at(second->end, after);
  if (lang::is_word_char(next)) return false;
  return !(joins(next) && n_.is_digit(after));
}

bool Context::score_second(std::size_t start) const {
  std::size_t sep = start;
  const char32_t c = n_.before(start, sep);
  if (c != '-' && c != ':') return false;
  // The first side's start: back over its digits.
  std::size_t first = sep;
  for (int k = 0; k < 4; ++k) {
    std::size_t prev = first;
    if (extract::context::digit_value(n_.before(first, prev)) < 0) break;
    first = prev;
  }
  if (first == sep || !score_first(first)) return false;
  return extract::context::digit_run(text_, first).end == sep;
}

/// End of a phone-number-like chain of digit groups starting at `start`, or npos.
std::size_t Context::phone_end(std::size_t start, char32_t prev) const {
  bool strong = prev == '+' || prev == '(';
  std::size_t pos = start;
  int groups = 0;
  int digits = 0;
  bool dash = false;
  bool odd_group = false;
  bool leading_zero = false;
  bool after_space = false;
  std::size_t end = start;
  while (true) {
    int n = 0;
    const std::size_t group_begin = pos;
    while (pos < text_.size()) {
      std::size_t len = 0;
      if (n_.digit_at(pos, len) < 0) break;
      pos += len;
      ++n;
    }
    if (n == 0) break;
    if (groups == 0 && text_[group_begin] == '0' && n > 1) leading_zero = true;
    if (after_space && n != 3) odd_group = true;
    ++groups;
    digits += n;
    end = pos;
    std::size_t next = pos;
    char32_t c = n_.at(pos, next);
    if (c == ')' && groups == 1 && prev == '(') {
      strong = true;
      pos = next;
      c = n_.at(pos, next);
    }
    if (c == '-' || is_space(c)) {
      if (!n_.is_digit(next)) break;
      dash = dash || c == '-';
      after_space = is_space(c);
      pos = next;
      continue;
    }
    break;
  }
  const bool phone = (strong && digits >= 6 && groups >= 2) ||
                     (groups >= 3 && digits >= 7 && (leading_zero || odd_group)) ||
                     (dash && leading_zero && digits >= 7) ||
                     (groups == 2 && leading_zero && digits >= 7);
  return phone ? end : std::string_view::npos;
}

/// True when the numeral is written as a time next to a time word ("12.30 Uhr").
bool Context::time_like(const Numeral& num, std::size_t begin) const {
  if (num.seps.size() != 1 || num.seps[0] != '.' || num.groups[1].size() != 2) return false;
  if (num.groups[0].size() > 2) return false;
  const int h = std::stoi(num.groups[0]);
  const int m = std::stoi(num.groups[1]);
  if (h > 24 || m > 59) return false;
  const std::size_t q = n_.skip_space_back(begin);
  if (data_.time_before_trie.match_backward(text_, q)) return true;
  return data_.time_after_trie.match_forward(text_, n_.skip_space(num.end)).has_value();
}

namespace {

/// The value of an integer of one or two digits and no separator ("6", "18"), or -1.
int small_integer(const Numeral& n) {
  if (!n.seps.empty() || n.groups.size() != 1 || n.groups[0].size() > 2) return -1;
  return std::stoi(n.groups[0]);
}

}  // namespace

bool Context::clock_hours(const Numeral& first, const Numeral& last) const {
  const int a = small_integer(first);
  const int b = small_integer(last);
  if (a < 0 || a > 24 || b < 0 || b > 24) return false;
  const std::size_t after = n_.skip_space(last.end);
  return data_.clock_word_trie.match_forward(text_, after).has_value() ||
         data_.pm_word_trie.match_forward(text_, after).has_value();
}

std::optional<std::pair<std::int64_t, std::size_t>> Context::afternoon_hour(
    const Numeral& num) const {
  const int h = small_integer(num);
  if (data_.pm_word_trie.size() == 0 || h < 1 || h > 12) return std::nullopt;
  // Spaces, and the direction marks bidirectional text puts between the hour and the word
  // (he "4\u200E pm").
  std::size_t p = num.end;
  for (;;) {
    std::size_t q = n_.skip_space(p);
    std::size_t r = q;
    const char32_t cp = n_.at(q, r);
    if (cp != 0x200E && cp != 0x200F && cp != 0x061C) {
      p = q;
      break;
    }
    p = r;
  }
  const auto pm = data_.pm_word_trie.match_forward(text_, p);
  if (!pm) return std::nullopt;
  return std::make_pair(std::int64_t{h == 12 ? 12 : h + 12}, pm->first);
}

/// True when the integer is an ordinal ("3.er", "3:e", "3-е", "3. Platz" in de/pl).
bool Context::ordinal_like(const Numeral& num) const {
  if (!num.seps.empty()) return false;
  std::size_t next = num.end;
  const char32_t c = n_.at(num.end, next);
  if (c == '.' || c == ':') {
    std::size_t n2 = next;
    const char32_t d = n_.at(next, n2);
    // "3:e" is a Swedish rank, but "12:ssa" a Finnish case ending on a count: after a colon
    // only a listed ordinal ending makes a rank.
    if (c == ':' && lang::is_spaced_letter(d)) {
      return data_.ordinal_suffix_trie.match_forward(text_, num.end).has_value();
    }
    if (lang::is_spaced_letter(d)) return true;
    if (c == '.' && data_.ordinal_dot && num.groups[0].size() <= 3 && is_space(d)) {
      std::size_t n3 = n2;
      const char32_t e = n_.at(n2, n3);
      if (lang::is_word_char(e) && !(e >= '0' && e <= '9')) {
        // "3. miejsce": a lowercase word follows; "den 3. Platz": a determiner precedes.
        if (!u_isupper(static_cast<UChar32>(e))) return true;
        if (data_.ordinal_before_trie.match_backward(text_, n_.skip_space_back(num.begin))) {
          return true;
        }
      }
    }
    return false;
  }
  if (c == '-') {
    // "3-й", "5-го": an ordinal ending the language lists; "80-bit", "30-day" are counts.
    return data_.ordinal_suffix_trie.match_forward(text_, num.end).has_value();
  }
  return false;
}

std::size_t Context::hour_minutes_end(const Numeral& num) const {
  if (!num.seps.empty() || num.groups[0].size() > 2) return 0;
  const std::size_t p = n_.skip_space(num.end);
  if (p >= text_.size() || text_[p] != 'h') return 0;
  const std::size_t q = n_.skip_space(p + 1);
  if (!n_.is_digit(q)) return 0;
  const Numeral minutes = n_.read(q);
  return minutes.seps.empty() && minutes.groups[0].size() == 2 ? minutes.end : 0;
}

bool Context::is_plain_year(const Numeral& num) {
  if (!num.seps.empty() || num.groups[0].size() != 4) return false;
  const char first = num.groups[0][0];
  return first == '1' || first == '2';
}

bool Context::month_adjacent(const Numeral& num, std::size_t begin) const {
  if (!num.seps.empty() || num.groups[0].size() > 2 || data_.months.empty()) return false;
  // "3. Juli", "3 July"
  std::size_t p = num.end;
  if (p < text_.size() && text_[p] == '.') ++p;
  p = n_.skip_space(p);
  if (p != num.end && data_.month_trie.match_forward(text_, p)) return true;
  // "July 3"
  const std::size_t q = n_.skip_space_back(begin);
  return q != begin && data_.month_trie.match_backward(text_, q).has_value();
}

/// An approximation word right before `begin` ("around", "約") or right after `end` ("左右").
bool Context::approximate_around(std::size_t begin, std::size_t end) const {
  return data_.approximation_trie.match_backward(text_, n_.skip_space_back(begin)).has_value() ||
         data_.approximation_after_trie.match_forward(text_, n_.skip_space(end)).has_value();
}

bool Context::weak_rank(std::size_t begin, std::size_t end) const {
  if (data_.rank_after_trie.size() == 0) return false;
  const std::size_t before = n_.skip_space_back(begin);
  if (before == begin || !data_.rank_after_trie.match_backward(text_, before)) return false;
  // The next word, after a space or a hyphen ("second-largest").
  std::size_t next = end;
  if (next < text_.size() && text_[next] == '-') {
    ++next;
  } else {
    next = n_.skip_space(end);
    if (next == end) return false;
  }
  std::size_t after = next;
  const char32_t cp = n_.at(next, after);
  if (u_islower(static_cast<UChar32>(cp)) == 0) return false;
  return !data_.rank_not_before_trie.match_forward(text_, next).has_value();
}

bool Context::collective_ordinal(std::size_t begin, std::size_t end) const {
  if (!data_.collective_ordinals) return false;
  std::size_t next = 0;
  const std::size_t word = n_.skip_space(end);
  if (word == end || u_isalpha(static_cast<UChar32>(n_.at(word, next))) == 0) return false;
  const std::size_t head = n_.skip_space_back(begin);
  std::size_t prev = 0;
  const char32_t cp = n_.before(head, prev);
  if (cp == 0 ||
      (u_isalpha(static_cast<UChar32>(cp)) == 0 && u_isdigit(static_cast<UChar32>(cp)) == 0)) {
    return true;  // the start of a text or of a clause
  }
  return head != begin && data_.collective_after_trie.match_backward(text_, head).has_value();
}

}  // namespace factlint::extract::amount
