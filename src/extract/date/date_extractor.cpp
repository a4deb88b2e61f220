// Dates: four-digit years with year context, and a day and a month without a year.
#include "extract/date/date_extractor.hpp"

#include <unicode/uchar.h>

#include <optional>
#include <utility>

#include "core/utf8.hpp"
#include "extract/context.hpp"
#include "extract/word_scan.hpp"

namespace factlint::extract {
namespace {

/// The year characters of languages that mark every year (ja, zh, ko).
constexpr std::string_view kHanYear = "\xE5\xB9\xB4";     // 年
constexpr std::string_view kHangulYear = "\xEB\x85\x84";  // 년
/// In a language that counts in the Buddhist Era, a year from this one on is BE (2400 BE is
/// 1857 CE; no Thai text gives a Common Era year that late as a plain four-digit year).
constexpr int kFirstBuddhistEraYear = 2400;

bool joins_digits(char32_t cp) {
  return cp == '.' || cp == ',' || cp == 0x066B || cp == 0x066C || context::is_space(cp) ||
         cp == '\'' || cp == 0x2019;
}

/// The four-digit number at `pos` (and nothing more), if any.
std::optional<int> four_digits(std::string_view text, std::size_t pos) {
  const context::DigitRun run = context::digit_run(text, pos);
  if (run.digits != 4) return std::nullopt;
  return run.value;
}

/// "-MM-DD" after a year at `pos` (just past the first hyphen): the date and its end.
std::optional<std::pair<DateValue, std::size_t>> iso_date(std::string_view text, std::size_t pos,
                                                          int year) {
  const auto two = [&](std::size_t p) -> int {
    if (p + 2 > text.size() || text[p] < '0' || text[p] > '9' || text[p + 1] < '0' ||
        text[p + 1] > '9') {
      return -1;
    }
    return (text[p] - '0') * 10 + (text[p + 1] - '0');
  };
  const int month = two(pos);
  if (month < 1 || month > 12 || pos + 2 >= text.size() || text[pos + 2] != '-') {
    return std::nullopt;
  }
  const int day = two(pos + 3);
  if (day < 1 || day > 31) return std::nullopt;
  const std::size_t end = pos + 5;
  if (end < text.size() && text[end] >= '0' && text[end] <= '9') return std::nullopt;
  return std::make_pair(
      DateValue{year, static_cast<std::uint8_t>(month), static_cast<std::uint8_t>(day)}, end);
}

/// "D. M. " or "D.M." right before a year at `begin` ("3. 7. 2023", "03.07.2023"), as the
/// languages that write ordinals with a dot write dates: the date and where it starts.
std::optional<std::pair<DateValue, std::size_t>> dotted_day_month(std::string_view text,
                                                                  std::size_t begin, int year) {
  std::size_t p = begin;
  // One number of one or two ASCII digits ending at `p` after a dot and an optional space.
  const auto part = [&]() -> int {
    if (p > 0 && text[p - 1] == ' ') --p;
    if (p == 0 || text[p - 1] != '.') return -1;
    --p;
    int value = 0;
    int digits = 0;
    int scale = 1;
    while (p > 0 && digits < 3 && text[p - 1] >= '0' && text[p - 1] <= '9') {
      value += (text[p - 1] - '0') * scale;
      scale *= 10;
      ++digits;
      --p;
    }
    return digits == 0 || digits > 2 ? -1 : value;
  };
  const int month = part();
  if (month < 1 || month > 12) return std::nullopt;
  const int day = part();
  if (day < 1 || day > 31) return std::nullopt;
  if (p > 0) {
    std::size_t q = p;
    const char32_t cp = utf8::decode_before(text, q);
    if (cp == '.' || cp == ',' || lang::is_word_char(cp)) return std::nullopt;
  }
  return std::make_pair(
      DateValue{year, static_cast<std::uint8_t>(month), static_cast<std::uint8_t>(day)}, p);
}

/// The month and the day (0 when not written) read before a year, and where the date starts.
struct MonthDay {
  std::uint8_t month = 0;
  std::uint8_t day = 0;
  std::size_t begin = 0;
};

/// The day of one or two digits (of any script) ending at `end`, standing alone (no digit,
/// letter or separator of a figure before it): its value and start, or nothing.
std::optional<std::pair<int, std::size_t>> day_before(std::string_view text,
                                                      const lang::LanguageData& data,
                                                      std::size_t end) {
  int day = 0;
  int scale = 1;
  int digits = 0;
  std::size_t d = end;
  while (d > 0 && digits < 3) {
    std::size_t q = d;
    const int v = context::digit_value(context::cp_before(text, d, q));
    if (v < 0) break;
    day += v * scale;
    scale *= 10;
    ++digits;
    d = q;
  }
  if (digits == 0 || digits > 2 || day < 1 || day > 31) return std::nullopt;
  if (d > 0) {
    std::size_t q = d;
    const char32_t before = context::cp_before(text, d, q);
    // he "ב-3": a preposition and a hyphen or maqaf before the day.
    const bool clitic = (before == '-' || before == 0x05BE) && q > 0 &&
                        data.clitic_trie.match_backward(text, q).has_value();
    if (!clitic && (lang::is_word_char(before) || before == '.' || before == ',' || before == '/' ||
                    before == ':' || before == '-')) {
      return std::nullopt;
    }
  }
  return std::make_pair(day, d);
}

/// vi "tháng 7 năm 2023", "ngày 3 tháng 7 năm 2023": a month number after a month word, perhaps
/// a day number after a day word before it, then a year word and the year at `begin`.
std::optional<MonthDay> numbered_month_date(std::string_view text, const lang::LanguageData& data,
                                            std::size_t begin) {
  const auto number_after_word =
      [&](std::size_t end,
          const lang::TermTrie& words) -> std::optional<std::pair<int, std::size_t>> {
    const auto number = day_before(text, data, end);
    if (!number) return std::nullopt;
    const std::size_t w = context::skip_space_back(text, number->second);
    if (w == number->second) return std::nullopt;
    const auto word = words.match_backward(text, w);
    if (!word) return std::nullopt;
    return std::make_pair(number->first, word->first);
  };
  const std::size_t q = context::skip_space_back(text, begin);
  const auto year_word = data.year_before_trie.match_backward(text, q);
  if (q == begin || !year_word) return std::nullopt;
  const std::size_t before_year_word = context::skip_space_back(text, year_word->first);
  if (before_year_word == year_word->first) return std::nullopt;
  const auto month = number_after_word(before_year_word, data.month_number_trie);
  if (!month || month->first > 12) return std::nullopt;
  MonthDay out{static_cast<std::uint8_t>(month->first), 0, month->second};
  const std::size_t before_month = context::skip_space_back(text, month->second);
  if (before_month != month->second) {
    if (const auto day = number_after_word(before_month, data.day_number_trie)) {
      out.day = static_cast<std::uint8_t>(day->first);
      out.begin = day->second;
    }
  }
  return out;
}

/// A Gregorian month named at `pos` (forward) or ending at `pos` (backward): its number and the
/// other end. With `as_written`, only with a capital where the language's month names have one
/// ("5 May", not "5 may"); a year after it makes the name a month anyway.
std::optional<std::pair<int, std::size_t>> month_named(std::string_view text,
                                                       const lang::LanguageData& data,
                                                       std::size_t pos, bool forward,
                                                       bool as_written) {
  const auto m = forward ? data.month_trie.match_forward(text, pos)
                         : data.month_trie.match_backward(text, pos);
  if (!m || m->second >= data.month_numbers.size() || data.month_numbers[m->second] == 0) {
    return std::nullopt;
  }
  const std::size_t first = forward ? pos : m->first;
  if (as_written && data.months_capitalized) {
    std::size_t q = first;
    if (u_isupper(static_cast<UChar32>(utf8::decode(text, q))) == 0) return std::nullopt;
  }
  return std::make_pair(static_cast<int>(data.month_numbers[m->second]), m->first);
}

/// A month named before a year at `begin` ("July 2023", "3 July 2023", "July 3, 2023",
/// "4. Juli 2023", "4 de julio de 2023", "11 December, 1998"), as year context reads them, or
/// the numbered month of a language that writes one (`numbered_month_date`). Nothing when no
/// month comes before the year or the name is another calendar's.
std::optional<MonthDay> month_name_date(std::string_view text, const lang::LanguageData& data,
                                        std::size_t begin) {
  if (data.month_number_trie.size() != 0) return numbered_month_date(text, data, begin);
  if (data.months.empty()) return std::nullopt;
  const auto month_ending_at = [&](std::size_t q) {
    return month_named(text, data, q, /*forward=*/false, /*as_written=*/false);
  };
  std::size_t q = context::skip_space_back(text, begin);
  if (q == begin) return std::nullopt;  // glued to a word: "Juli2023" is no date here
  const bool comma = q > 0 && text[q - 1] == ',';
  if (comma) q = context::skip_space_back(text, q - 1);
  // "July 3, 2023", "July 3rd, 2023": the day between the month and the year.
  q = context::before_ordinal_suffix(text, data, q);
  if (const auto day = day_before(text, data, q)) {
    const std::size_t m_end = context::skip_space_back(text, day->second);
    if (m_end != day->second) {
      if (const auto month = month_ending_at(m_end)) {
        return MonthDay{static_cast<std::uint8_t>(month->first),
                        static_cast<std::uint8_t>(day->first), month->second};
      }
    }
    return std::nullopt;
  }
  // The month right before the year ("July 2023", "11 December, 1998"), or before a connector
  // ("julio de 2023").
  auto month = month_ending_at(q);
  if (!month && !comma) {
    if (const auto c = data.connector_trie.match_backward(text, q); c && c->first != q) {
      const std::size_t before_connector = context::skip_space_back(text, c->first);
      if (before_connector != c->first) month = month_ending_at(before_connector);
    }
  }
  if (!month) return std::nullopt;
  MonthDay out{static_cast<std::uint8_t>(month->first), 0, month->second};
  // The day before the month: "3 July", "4. Juli", "4 de julio".
  std::size_t r = context::skip_space_back(text, month->second);
  if (r == month->second) return out;
  if (const auto c = data.connector_trie.match_backward(text, r); c && c->first != r) {
    const std::size_t before_connector = context::skip_space_back(text, c->first);
    if (before_connector != c->first) r = before_connector;
  }
  if (data.ordinal_dot && r > 0 && text[r - 1] == '.') {
    --r;
  } else {
    r = context::before_ordinal_suffix(text, data, r);  // "3rd July", "1er juillet"
  }
  if (const auto day = day_before(text, data, r)) {
    // The second day of a range of days ("3 and 5 July", "3 bis 5. Juli") is left to the
    // range: the month and the year are the date.
    const std::size_t lead = context::skip_space_back(text, day->second);
    const bool range_end =
        (lead != day->second && (data.range_trie.match_backward(text, lead) ||
                                 data.between_and_trie.match_backward(text, lead))) ||
        (lead > 0 &&
         (text.substr(0, lead).ends_with("\u2013") || text.substr(0, lead).ends_with("\u2014")));
    if (!range_end) {
      out.day = static_cast<std::uint8_t>(day->first);
      out.begin = day->second;
    }
  }
  return out;
}

/// The month and day written after a marked year ("2023年7月3日", "2023년 7월 3일"): the month,
/// the day (0 when not written) and the end, or nothing.
struct MarkedMonthDay {
  std::uint8_t month = 0;
  std::uint8_t day = 0;
  std::size_t end = 0;
};

std::optional<MarkedMonthDay> marked_month_day(std::string_view text, std::size_t pos) {
  static constexpr std::string_view kHanMonth = "\xE6\x9C\x88";     // 月
  static constexpr std::string_view kHanDay = "\xE6\x97\xA5";       // 日
  static constexpr std::string_view kHangulMonth = "\xEC\x9B\x94";  // 월
  static constexpr std::string_view kHangulDay = "\xEC\x9D\xBC";    // 일
  // One or two digits of any script after optional spaces, then `marks`: value and end.
  const auto part = [&](std::size_t p, std::string_view han,
                        std::string_view hangul) -> std::optional<std::pair<int, std::size_t>> {
    p = context::skip_space(text, p);
    const context::DigitRun run = context::digit_run(text, p);
    if (run.digits < 1 || run.digits > 2) return std::nullopt;
    for (const std::string_view mark : {han, hangul}) {
      if (text.substr(run.end, mark.size()) == mark) {
        return std::make_pair(run.value, run.end + mark.size());
      }
    }
    return std::nullopt;
  };
  const auto month = part(pos, kHanMonth, kHangulMonth);
  if (!month || month->first < 1 || month->first > 12) return std::nullopt;
  MarkedMonthDay out{static_cast<std::uint8_t>(month->first), 0, month->second};
  if (const auto day = part(month->second, kHanDay, kHangulDay);
      day && day->first >= 1 && day->first <= 31) {
    out.day = static_cast<std::uint8_t>(day->first);
    out.end = day->second;
  }
  return out;
}

bool starts_upper(std::string_view word) {
  std::size_t q = 0;
  return !word.empty() && u_isupper(static_cast<UChar32>(utf8::decode(word, q))) != 0;
}

/// Whether `word` reads as a noun counted by the number before it: capitalised where the
/// language capitalises nouns, else ending like a plural noun (context::plural_noun).
bool counted_noun(const lang::LanguageData& data, std::string_view word) {
  return data.nouns_capitalized ? starts_upper(word) : context::plural_noun(data, word);
}

/// A year named as a label: after a word of "year_labels" ("die Zahlen für 2023 übertreffen",
/// "los resultados de 2023 superaron", "the third quarter of 2023."), or opening a sentence in
/// a language that capitalises nouns ("2000 war ein Schaltjahr"), with no counted noun after
/// it; where the language capitalises nouns, not before a lowercase word and a capitalised
/// one either ("für 2000 neue Stellen").
bool year_label(std::string_view text, const lang::LanguageData& data, std::size_t lead,
                std::size_t end) {
  const std::size_t q = context::skip_space_back(text, lead);
  // Opening a sentence before one of "year_verbs": "2023 was a record year".
  if (data.year_verb_trie.size() != 0) {
    std::size_t b = q;
    const char32_t before = q == 0 ? 0 : utf8::decode_before(text, b);
    const bool opens =
        before == 0 || ((before == '.' || before == '!' || before == '?') && q != lead);
    const std::size_t p = context::skip_space(text, end);
    if (opens && p != end && data.year_verb_trie.match_forward(text, p)) return true;
  }
  bool label = data.year_label_trie.match_backward(text, q).has_value();
  if (!label && data.nouns_capitalized) {
    std::size_t b = q;
    const char32_t before = q == 0 ? 0 : utf8::decode_before(text, b);
    label = before == 0 || ((before == '.' || before == '!' || before == '?') && q != lead);
  }
  if (!label) return false;
  const std::size_t p = context::skip_space(text, end);
  const std::string_view next = context::word_at(text, p);
  if (next.empty()) return true;  // "… of 2023.", "für 2023:"
  if (p == end || counted_noun(data, next)) return false;
  // "з 2000 до 2500 осіб", "from 2000 to 2500 people": the noun after the other bound counts
  // both.
  if (const auto r = data.range_trie.match_forward(text, p)) {
    const std::size_t t = context::skip_space(text, r->first);
    const context::DigitRun second = context::digit_run(text, t);
    if (t != r->first && second.digits > 0 &&
        counted_noun(data, context::word_at(text, context::skip_space(text, second.end)))) {
      return false;
    }
  }
  if (data.nouns_capitalized) {
    const std::size_t p2 = context::skip_space(text, p + next.size());
    if (starts_upper(context::word_at(text, p2))) return false;
  }
  return true;
}

/// The second year of a pair: "between 2019 and 2023", "بين 2019 و2023", "from 2019 to
/// 2023": after "and" or a range word, right after a year this extractor has proposed.
bool follows_year(std::string_view text, const lang::LanguageData& data, std::size_t lead,
                  std::size_t begin, const std::vector<Candidate>& found) {
  if (found.empty() || found.back().fact.kind != FactKind::date) return false;
  std::size_t q = context::skip_space_back(text, lead);
  if (lead < begin && data.between_and_trie.match_backward(text, begin)) {
    q = lead;  // the conjunction is the glued clitic itself ("و2023")
  } else if (const auto m = data.between_and_trie.match_backward(text, q)) {
    q = m->first;
  } else if (const auto r = data.range_trie.match_backward(text, q)) {
    q = r->first;
  } else if (q == lead && q > 0 && (text[q - 1] == '-' || text.substr(0, q).ends_with("\u2013"))) {
    q -= text[q - 1] == '-' ? 1 : 3;  // "2001–2007"
  } else {
    return false;
  }
  return context::skip_space_back(text, q) == found.back().fact.span.end;
}

/// Whether a year follows `pos`: after spaces, a comma or a connector ("5 March 2023",
/// "March 5, 2023", "5 de marzo de 2023"). The year makes the date there, read from the year.
bool year_follows(std::string_view text, const lang::LanguageData& data, std::size_t pos) {
  std::size_t r = context::skip_space(text, pos);
  if (r < text.size() && text[r] == ',') r = context::skip_space(text, r + 1);
  if (const auto c = data.connector_trie.match_forward(text, r)) {
    r = context::skip_space(text, c->first);
  }
  return four_digits(text, r).has_value();
}

/// A day and a month written without a year, starting with the digits at [begin, run.end):
/// "5 March", "5th March", "5. März", "le 1er mars", "5 de marzo", "March 5", "3月5日", "3월 5일".
/// Nothing when a year follows (the date is read from the year then), when the digits are part
/// of a figure, a time or a range of days, or when only a month is written ("3月").
std::optional<Candidate> yearless_date(std::string_view text, const lang::LanguageData& data,
                                       std::size_t begin, const context::DigitRun& run) {
  std::size_t prev = begin;
  const char32_t before = context::cp_before(text, begin, prev);
  std::size_t after_pos = run.end;
  const char32_t after = context::cp_at(text, run.end, after_pos);
  // he "ב-5 במרץ": a preposition and a hyphen or maqaf before the day.
  const bool clitic = (before == '-' || before == 0x05BE) && prev > 0 &&
                      data.clitic_trie.match_backward(text, prev).has_value();
  if (!clitic &&
      (context::digit_value(before) >= 0 || before == '.' || before == ',' || before == '/' ||
       before == ':' || before == '-' || before == 0x2013 || lang::is_spaced_letter(before))) {
    return std::nullopt;
  }
  if ((joins_digits(after) || after == '/' || after == ':' || after == '-') &&
      context::digit_value(context::cp_at(text, after_pos, after_pos)) >= 0) {
    return std::nullopt;
  }
  const auto make = [&](std::size_t from, std::size_t to, int month, int day) {
    Candidate c;
    c.fact.kind = FactKind::date;
    c.fact.span = Span{static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to)};
    c.fact.text = std::string(text.substr(from, to - from));
    c.fact.value = DateValue{0, static_cast<std::uint8_t>(month), static_cast<std::uint8_t>(day)};
    c.score = score::kFullDate;
    return c;
  };
  if (data.years_marked) {
    // "3月5日", "3월 5일"; after a marked year the year's date has them.
    const std::size_t lead = context::skip_space_back(text, begin);
    if (text.substr(0, lead).ends_with(kHanYear) || text.substr(0, lead).ends_with(kHangulYear)) {
      return std::nullopt;
    }
    const auto md = marked_month_day(text, begin);
    if (!md) return std::nullopt;
    if (md->day == 0) {
      // A month alone ("5月の売上高", "5월 매출"), scored as one named in words.
      Candidate c = make(begin, md->end, md->month, 0);
      c.score = score::kMonth;
      return c;
    }
    return make(begin, md->end, md->month, md->day);
  }
  const int day = run.value;
  if (run.digits > 2 || day < 1 || day > 31) return std::nullopt;
  if (data.month_number_trie.size() != 0) {
    // vi "ngày 5 tháng 3": a day word, the day, a month word and the month; no year word after
    // them (the year's date has them then).
    const std::size_t w = context::skip_space_back(text, begin);
    if (w != begin && run.digits <= 2 && day <= 12) {
      // vi "tháng 4" with no day before and no year after: a month alone. It outweighs the
      // number it is written with, as "5月" does where the number is never read.
      if (const auto mw = data.month_number_trie.match_backward(text, w);
          mw &&
          !data.day_number_trie.match_backward(text, context::skip_space_back(text, mw->first))) {
        std::size_t next = run.end;
        if (lang::is_word_char(context::cp_at(text, run.end, next))) return std::nullopt;
        if (data.year_before_trie.match_forward(text, context::skip_space(text, run.end))) {
          return std::nullopt;
        }
        Candidate c = make(mw->first, run.end, day, 0);
        c.score = score::kDate;
        return c;
      }
    }
    if (w == begin || !data.day_number_trie.match_backward(text, w)) return std::nullopt;
    const std::size_t m = context::skip_space(text, run.end);
    const auto word = data.month_number_trie.match_forward(text, m);
    if (m == run.end || !word) return std::nullopt;
    const std::size_t digits = context::skip_space(text, word->first);
    const context::DigitRun month = context::digit_run(text, digits);
    if (digits == word->first || month.digits < 1 || month.digits > 2 || month.value < 1 ||
        month.value > 12) {
      return std::nullopt;
    }
    std::size_t next = month.end;
    if (lang::is_word_char(context::cp_at(text, month.end, next))) return std::nullopt;
    if (data.year_before_trie.match_forward(text, context::skip_space(text, month.end))) {
      return std::nullopt;
    }
    return make(begin, month.end, month.value, day);
  }
  // The second day of a range of days ("3 and 5 July", "3 bis 5. Juli") is not a date alone;
  // after a date or a word ("3rd July 2023 and 5th of March") it is one.
  const std::size_t lead = context::skip_space_back(text, begin);
  if (lead != begin) {
    auto joint = data.range_trie.match_backward(text, lead);
    if (!joint) joint = data.between_and_trie.match_backward(text, lead);
    if (joint) {
      std::size_t q = context::skip_space_back(text, joint->first);
      if (q > 0 && text[q - 1] == '.') --q;  // "3. bis 5. Juli"
      // A day before it (one or two digits, not a year's four): the range's first day.
      if (q != joint->first && day_before(text, data, q).has_value()) return std::nullopt;
    }
  }
  // The day first: "5 March", "5th March", "5. März", "1er mars", "5 de marzo", "5th of March".
  std::size_t p = run.end;
  if (data.ordinal_dot && p < text.size() && text[p] == '.') {
    ++p;
  } else if (const auto s = data.ordinal_suffix_trie.match_forward(text, p)) {
    p = s->first;
  }
  std::size_t q = context::skip_space(text, p);
  if (q != p) {
    auto month = month_named(text, data, q, true, true);
    if (!month) {
      if (const auto c = data.connector_trie.match_forward(text, q)) {
        const std::size_t r = context::skip_space(text, c->first);
        if (r != c->first) month = month_named(text, data, r, true, true);
      }
    }
    if (month) {
      if (year_follows(text, data, month->second)) return std::nullopt;
      return make(begin, month->second, month->first, day);
    }
  }
  // The month first: "March 5", "March 5th".
  if (lead == begin) return std::nullopt;
  const auto month = month_named(text, data, lead, false, true);
  if (!month) return std::nullopt;
  std::size_t end = run.end;
  if (const auto s = data.ordinal_suffix_trie.match_forward(text, end)) end = s->first;
  std::size_t next = end;
  if (lang::is_word_char(context::cp_at(text, end, next))) return std::nullopt;
  if (year_follows(text, data, end)) return std::nullopt;
  return make(month->second, end, month->first, day);
}

/// Months named alone, in words ("in May", "im Mai", "en mai", "до конца мая"): a date of the
/// month only. A name written otherwise than the language writes months (capitalised or not) is
/// a name, a planet or a verb ("May" opening a sentence, "Mars", "march"); one before a
/// capitalised word where nouns are not capitalised is a person ("June Almeida"). Where a day
/// or a year is written with it, the date read from the figures covers it and wins.
void propose_months_alone(std::string_view text, const lang::LanguageData& data,
                          std::vector<Candidate>& out) {
  // Words after a space (a month opening a segment is too often something else).
  const auto try_at = [&](std::size_t begin) {
    const auto m = data.month_alone_trie.match_forward(text, begin);
    if (!m) return;
    std::size_t q = begin;
    const bool upper = u_isupper(static_cast<UChar32>(utf8::decode(text, q))) != 0;
    if (upper != data.months_capitalized) return;
    if (!data.nouns_capitalized) {
      const std::size_t next = context::skip_space(text, m->first);
      std::size_t r = next;
      if (next != m->first && next < text.size() &&
          u_isupper(static_cast<UChar32>(utf8::decode(text, r))) != 0) {
        return;
      }
    }
    Candidate c;
    c.fact.kind = FactKind::date;
    c.fact.span = Span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(m->first)};
    c.fact.text = std::string(text.substr(begin, m->first - begin));
    c.fact.value = DateValue{0, static_cast<std::uint8_t>(m->second), 0};
    c.score = score::kMonth;
    out.push_back(std::move(c));
  };
  for_each_screened_word(text, data.month_alone_screen, /*after_hyphen=*/false, try_at);
}

}  // namespace

void propose_dates(std::string_view text, const lang::LanguageData& data,
                   const context::DigitIndex& digits, std::vector<Candidate>& out) {
  propose_months_alone(text, data, out);
  std::size_t pos = 0;
  const std::size_t n = text.size();
  context::DigitIndex::Cursor cursor;
  while (pos < n) {
    pos = digits.next(pos, cursor);
    if (pos >= n) break;
    std::size_t next = pos;
    const char32_t first = utf8::decode(text, next);
    if (context::digit_value(first) < 0) {
      pos = next;
      continue;
    }
    // The whole run of digits.
    const std::size_t begin = pos;
    const context::DigitRun run = context::digit_run(text, pos);
    std::size_t end = run.end;
    const int value = run.value;
    pos = end;
    // A year of an era: "令和5年" is 2023 (number_context.json "era_calendars").
    if (run.digits <= 2 && data.era_trie.size() != 0 && text.substr(end).starts_with(kHanYear)) {
      if (const auto era = data.era_trie.match_backward(text, begin)) {
        Candidate c;
        c.fact.kind = FactKind::date;
        const std::size_t span_end = end + kHanYear.size();
        c.fact.span =
            Span{static_cast<std::uint32_t>(era->first), static_cast<std::uint32_t>(span_end)};
        c.fact.text = std::string(text.substr(era->first, span_end - era->first));
        c.fact.value = DateValue{data.era_first_years[era->second] + value - 1, 0, 0};
        c.score = score::kDate;
        out.push_back(std::move(c));
        continue;
      }
    }
    if (run.digits <= 2) {
      if (auto c = yearless_date(text, data, begin, run)) out.push_back(std::move(*c));
      continue;
    }
    if (run.digits != 4 || value < 1000 || value > 2999) continue;
    // "3. 7. 2023", "03.07.2023": a day and a month before it.
    if (data.ordinal_dot) {
      const auto dm = dotted_day_month(text, begin, value);
      std::size_t after_pos = end;
      if (dm && context::digit_value(context::cp_at(text, end, after_pos)) < 0) {
        Candidate c;
        c.fact.kind = FactKind::date;
        c.fact.span = Span{static_cast<std::uint32_t>(dm->second), static_cast<std::uint32_t>(end)};
        c.fact.text = std::string(text.substr(dm->second, end - dm->second));
        c.fact.value = dm->first;
        c.score = score::kFullDate;
        out.push_back(std::move(c));
        continue;
      }
    }
    // Not part of a longer figure: "12.2023", "2023,5", "1 2023".
    std::size_t prev_pos = begin;
    char32_t before = context::cp_before(text, begin, prev_pos);
    std::size_t before2 = prev_pos;
    if (context::digit_value(before) >= 0) continue;
    if (joins_digits(before) &&
        context::digit_value(context::cp_before(text, prev_pos, before2)) >= 0) {
      continue;
    }
    std::size_t after_pos = end;
    const char32_t after = context::cp_at(text, end, after_pos);
    if (joins_digits(after) && context::digit_value(context::cp_at(text, after_pos, next)) >= 0) {
      continue;
    }
    std::optional<DateValue> full;  // an ISO date "2023-02-02"
    bool range_first = false;       // "2001–2007": the first year of a range of years
    if (after == '-' || after == 0x2013) {
      if (context::digit_value(context::cp_at(text, after_pos, next)) < 0) {
        // not followed by digits: "2000-luvulla", "2023-" (handled below)
      } else if (const auto iso = iso_date(text, after_pos, value); after == '-' && iso) {
        full = iso->first;
        end = iso->second;
      } else if (const auto y2 = four_digits(text, after_pos);
                 y2 && value >= 1900 && *y2 > value && *y2 <= 2100) {
        range_first = true;
      } else {
        continue;  // a range of counts, a phone number
      }
    }
    // A glued conjunction or preposition is not part of it ("و2023", "ב2019").
    std::size_t lead = begin;
    if (lang::is_spaced_letter(before)) {
      if (const auto m = data.clitic_trie.match_backward(text, begin)) {
        lead = m->first;
        before = 0;
      }
    }
    // Glued letters make it part of a word or an identifier ("A2023", "2023b"), except a
    // decade's ending ("2000s", "2000er").
    const bool decade =
        value % 10 == 0 && data.year_after_trie.match_forward(text, end).has_value();
    if (lang::is_spaced_letter(before) || (lang::is_spaced_letter(after) && !decade)) continue;
    // An amount, not a year: "2000 kronor", "2000 %", "2000 millones".
    const std::size_t word = context::skip_space(text, end);
    // An operand, not a year: "in 1024 * dots/inch", "2048 × 1536".
    if (word < text.size()) {
      std::size_t q = word;
      const char32_t op = utf8::decode(text, q);
      if (op == '*' || op == 0x00D7 || op == '+' || op == '=' || op == '^') continue;
    }
    if (data.currency_trie.match_forward(text, word) ||
        data.percent_trie.match_forward(text, word) || data.scale_trie.match_forward(text, word)) {
      continue;
    }
    // "с 2019 по 2023 год", "from 2019 to 2023 fiscal years": the first of two years joined by a
    // range word, when the second has a year word after it.
    if (!range_first && value >= 1900 && value <= 2100 && word != end) {
      auto w = data.range_trie.match_forward(text, word);
      if (!w) w = data.between_and_trie.match_forward(text, word);
      if (w) {
        const std::size_t t = context::skip_space(text, w->first);
        const context::DigitRun second = context::digit_run(text, t);
        if (t != w->first && second.digits == 4 && second.value > value && second.value <= 2100 &&
            data.year_after_trie.match_forward(text, context::skip_space(text, second.end))) {
          range_first = true;
        }
      }
    }
    std::size_t span_end = end;
    bool year = false;
    if (data.years_marked) {
      for (const std::string_view mark : {kHanYear, kHangulYear}) {
        if (text.substr(end, mark.size()) == mark) {
          span_end = end + mark.size();
          year = true;
        }
      }
    }
    // Outside 1900–2100 a counted noun after the number, perhaps after one lowercase word,
    // outweighs a year word before it: nl "voor 1200 nieuwe woningen" (for 1,200 new homes).
    const auto counted_after = [&] {
      const std::size_t p1 = context::skip_space(text, end);
      const std::string_view w1 = context::word_at(text, p1);
      if (p1 == end || w1.empty()) return false;
      if (counted_noun(data, w1)) return true;
      const std::size_t p2 = context::skip_space(text, p1 + w1.size());
      const std::string_view w2 = context::word_at(text, p2);
      return p2 != p1 + w1.size() && !w2.empty() && !starts_upper(w1) &&
             (data.nouns_capitalized || !starts_upper(w2)) && counted_noun(data, w2);
    };
    const bool modern = value >= 1900 && value <= 2100;
    year = year || full.has_value() || range_first ||
           (context::year_context(text, data, lead, end) && (modern || !counted_after())) ||
           (value >= 1900 && value <= 2100 && context::year_determiner(text, data, lead)) ||
           (value >= 1900 && value <= 2100 && year_label(text, data, lead, end)) ||
           follows_year(text, data, lead, begin, out);
    if (!year) continue;
    Candidate c;
    c.fact.kind = FactKind::date;
    // Thai writes years in the Buddhist Era, 543 years ahead: ปี ๒๕๖๐ is 2017.
    const int year_ce = data.buddhist_era && value >= kFirstBuddhistEraYear ? value - 543 : value;
    DateValue date = full ? *full : DateValue{year_ce, 0, 0};
    std::size_t date_begin = begin;
    c.score = score::kDate;
    // A month named before it, perhaps a day: the date says as much ("3 July 2023" is
    // 2023-07-03), and a day outweighs the figures it is written with, as a dotted date does.
    if (!full && !range_first && span_end != end) {
      // A marked year: the month and day may follow ("2023年7月3日").
      if (const auto md = marked_month_day(text, span_end)) {
        date.month = md->month;
        date.day = md->day;
        span_end = md->end;
        if (md->day != 0) c.score = score::kFullDate;
      }
    } else if (!full && !range_first) {
      if (const auto md = month_name_date(text, data, begin)) {
        date.month = md->month;
        date.day = md->day;
        date_begin = md->begin;
        if (md->day != 0) c.score = score::kFullDate;
      }
    }
    c.fact.span =
        Span{static_cast<std::uint32_t>(date_begin), static_cast<std::uint32_t>(span_end)};
    c.fact.text = std::string(text.substr(date_begin, span_end - date_begin));
    c.fact.value = date;
    out.push_back(std::move(c));
  }
}

}  // namespace factlint::extract
