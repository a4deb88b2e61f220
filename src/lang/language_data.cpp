// Language data derived from ICU (separators, digits, compact scale words, currency names)
// plus the terms ICU lacks from rules/terms/, built on first use and cached.
#include "lang/language_data.hpp"

#include <unicode/calendar.h>
#include <unicode/dcfmtsym.h>
#include <unicode/decimfmt.h>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/numberformatter.h>
#include <unicode/numsys.h>
#include <unicode/plurrule.h>
#include <unicode/uchar.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>

#include <algorithm>
#include <array>
#include <map>
#include <mutex>
#include <set>

#include "core/decimal.hpp"
#include "core/utf8.hpp"
#include "lang/terms.hpp"

namespace factlint::lang {

namespace {

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

std::string to_utf8(const UChar* s, int32_t len) { return to_utf8(icu::UnicodeString(s, len)); }

bool is_space_like(char32_t cp) {
  return cp == ' ' || cp == 0x00A0 || cp == 0x202F || cp == 0x2009 || cp == 0x200F ||
         cp == 0x200E || cp == 0x061C;
}

/// Trims spaces (also no-break, narrow no-break and bidi marks) at both ends.
std::string trim(std::string_view s) {
  std::size_t b = 0;
  while (b < s.size()) {
    std::size_t p = b;
    if (!is_space_like(utf8::decode(s, p))) break;
    b = p;
  }
  std::size_t e = s.size();
  while (e > b) {
    std::size_t p = e;
    if (!is_space_like(utf8::decode_before(s, p))) break;
    e = p;
  }
  return std::string(s.substr(b, e - b));
}

std::size_t count_cps(std::string_view s) { return utf8::count_code_points(s); }

bool has_ascii_letter_only(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  });
}

struct DigitInfo {
  char32_t zero = 0;
  bool ok = false;
};

/// The zero digit of a numbering system when its ten digits are consecutive decimal digits.
DigitInfo numbering_digits(const icu::Locale& loc) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::NumberingSystem> ns(icu::NumberingSystem::createInstance(loc, status));
  if (U_FAILURE(status) || !ns || ns->isAlgorithmic() || ns->getRadix() != 10) return {};
  const icu::UnicodeString desc = ns->getDescription();
  if (desc.countChar32() != 10) return {};
  const UChar32 zero = desc.char32At(0);
  if (zero == '0') return {};
  for (int32_t i = 0; i < 10; ++i) {
    const UChar32 d = desc.char32At(desc.moveIndex32(0, i));
    if (u_charType(d) != U_DECIMAL_DIGIT_NUMBER || d != zero + i) return {};
  }
  return {static_cast<char32_t>(zero), true};
}

/// Collects scale words by formatting count × 10^p in compact notation.
void collect_scale_words(const icu::Locale& latn, const std::string& decimal_sep,
                         std::map<std::string, ScaleWord>& out) {
  static constexpr std::array<std::string_view, 10> kCounts{"1",   "2",  "5",  "1.5", "21",
                                                            "3.4", "11", "22", "100", "4"};
  UErrorCode status = U_ZERO_ERROR;
  const auto base = icu::number::NumberFormatter::withLocale(latn).grouping(UNUM_GROUPING_OFF);
  const std::array<icu::number::LocalizedNumberFormatter, 2> fmts{
      base.notation(icu::number::Notation::compactLong()),
      base.notation(icu::number::Notation::compactShort())};
  for (const auto& fmt : fmts) {
    for (int p = 3; p <= 15; ++p) {
      for (const auto count : kCounts) {
        const auto c = Decimal::parse(count);
        if (!c) continue;
        const Decimal value = c->scaled(p);
        const std::string literal = value.to_string();
        status = U_ZERO_ERROR;
        const auto formatted = fmt.formatDecimal(
            icu::StringPiece(literal.data(), static_cast<int32_t>(literal.size())), status);
        if (U_FAILURE(status)) continue;
        const std::string s = to_utf8(formatted.toString(status));
        if (U_FAILURE(status)) continue;
        const auto first = s.find_first_of("0123456789");
        const auto last = s.find_last_of("0123456789");
        if (first == std::string::npos) continue;
        std::string digits = s.substr(first, last - first + 1);
        if (!decimal_sep.empty()) {
          const auto at = digits.find(decimal_sep);
          if (at != std::string::npos) digits.replace(at, decimal_sep.size(), ".");
        }
        const auto shown = Decimal::parse(digits);
        if (!shown) continue;
        const auto power = shown->power_ratio(value);
        if (!power || *power <= 0) continue;
        const std::string before = trim(s.substr(0, first));
        const std::string after = trim(s.substr(last + 1));
        if (!before.empty() == !after.empty()) continue;
        const std::string word = before.empty() ? after : before;
        const std::string folded = fold(word);
        ScaleWord w{folded, *power, count_cps(folded) == 1 && has_ascii_letter_only(folded)};
        out.emplace(folded, w);
        // "Mrd." is also written "Mrd".
        if (folded.size() > 2 && folded.back() == '.') {
          ScaleWord bare = w;
          bare.text.pop_back();
          out.emplace(bare.text, bare);
        }
      }
    }
  }
}

/// One currency spelling while collecting: every code it may mean and the codes for which it
/// is a specific (non-narrow) form.
struct CurrencyCandidate {
  std::set<std::string> codes;
  std::set<std::string> strong;
  bool own_narrow = false;
  bool symbol = false;
};

const std::vector<std::string>& iso_codes() {
  static const std::vector<std::string> codes = [] {
    std::vector<std::string> out;
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration* en = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
    if (U_FAILURE(status)) return out;
    const char* code = nullptr;
    int32_t len = 0;
    while ((code = uenum_next(en, &len, &status)) != nullptr && U_SUCCESS(status)) {
      out.emplace_back(code, static_cast<std::size_t>(len));
    }
    uenum_close(en);
    std::sort(out.begin(), out.end());
    return out;
  }();
  return codes;
}

constexpr std::array<std::string_view, 12> kPriority{"USD", "EUR", "JPY", "GBP", "CNY", "INR",
                                                     "CHF", "CAD", "AUD", "KRW", "RUB", "BRL"};

std::string choose_preferred(const CurrencyCandidate& c, const std::string& own) {
  if (!own.empty() && (c.strong.contains(own) || (c.own_narrow && c.codes.contains(own)))) {
    return own;
  }
  if (c.strong.size() == 1) return *c.strong.begin();
  const auto& pool = c.strong.empty() ? c.codes : c.strong;
  for (const auto p : kPriority) {
    if (pool.contains(std::string(p))) return std::string(p);
  }
  return *pool.begin();
}

void add_currency(std::map<std::string, CurrencyCandidate>& out, const std::string& text,
                  const std::string& code, bool strong, bool symbol) {
  const std::string folded = fold(trim(text));
  if (folded.empty()) return;
  auto& c = out[folded];
  c.codes.insert(code);
  if (strong) c.strong.insert(code);
  if (symbol) c.symbol = true;
}

/// A spelling that looks like a symbol rather than a word: it has a capital or a non-letter.
bool symbol_like(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    const char32_t cp = utf8::decode(s, pos);
    if (!u_isalpha(static_cast<UChar32>(cp)) || u_isupper(static_cast<UChar32>(cp))) return true;
  }
  return false;
}

std::string icu_name(const std::string& code, const icu::Locale& loc, UCurrNameStyle style) {
  icu::UnicodeString ucode(code.c_str());
  UErrorCode status = U_ZERO_ERROR;
  int32_t len = 0;
  UBool is_choice = false;
  const UChar* name =
      ucurr_getName(ucode.getTerminatedBuffer(), loc.getName(), style, &is_choice, &len, &status);
  if (U_FAILURE(status) || name == nullptr) return {};
  return to_utf8(name, len);
}

/// The English symbols of every currency that has one ("A$", "CA$", "HK$", "€"): they leak into
/// every language. Computed once.
const std::vector<std::pair<std::string, std::string>>& english_symbols() {
  static const std::vector<std::pair<std::string, std::string>> symbols = [] {
    std::vector<std::pair<std::string, std::string>> out;
    const icu::Locale en("en");
    for (const auto& code : iso_codes()) {
      const std::string s = icu_name(code, en, UCURR_SYMBOL_NAME);
      if (!s.empty() && s != code && !has_ascii_letter_only(s)) out.emplace_back(code, s);
    }
    return out;
  }();
  return symbols;
}

void collect_currencies(const icu::Locale& loc, const std::string& own,
                        const TermsForLanguage& terms, LanguageData& data) {
  std::map<std::string, CurrencyCandidate> out;
  // Plural keywords of the language ("one", "few", "many", "other").
  std::vector<std::string> keywords;
  {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(loc, status));
    if (U_SUCCESS(status) && rules) {
      std::unique_ptr<icu::StringEnumeration> kw(rules->getKeywords(status));
      if (U_SUCCESS(status) && kw) {
        while (const icu::UnicodeString* k = kw->snext(status)) {
          if (U_FAILURE(status)) break;
          keywords.push_back(to_utf8(*k));
        }
      }
    }
  }
  const icu::Locale en("en");
  std::map<std::string, std::vector<std::string>> names_of;  // folded long names per code
  for (const auto& code : iso_codes()) {
    const std::string symbol = icu_name(code, loc, UCURR_SYMBOL_NAME);
    if (!symbol.empty() && symbol != code) add_currency(out, symbol, code, true, true);
    const std::string narrow = icu_name(code, loc, UCURR_NARROW_SYMBOL_NAME);
    if (!narrow.empty() && narrow != code) {
      // Narrow symbols made only of ASCII letters ("R", "L", "kr") are too ambiguous unless
      // they are the locale's own currency.
      if (code == own || !has_ascii_letter_only(narrow)) {
        add_currency(out, narrow, code, false, true);
        if (code == own) out[fold(trim(narrow))].own_narrow = true;
      }
    }
    (void)en;
    const std::string long_name = icu_name(code, loc, UCURR_LONG_NAME);
    if (!long_name.empty() && long_name != code) {
      add_currency(out, long_name, code, true, false);
      names_of[code].push_back(fold(long_name));
    }
    icu::UnicodeString ucode(code.c_str());
    for (const auto& k : keywords) {
      UErrorCode status = U_ZERO_ERROR;
      int32_t len = 0;
      UBool is_choice = false;
      const UChar* name = ucurr_getPluralName(ucode.getTerminatedBuffer(), loc.getName(),
                                              &is_choice, k.c_str(), &len, &status);
      if (U_FAILURE(status) || name == nullptr) continue;
      const std::string plural = to_utf8(name, len);
      if (plural.empty() || plural == code) continue;
      add_currency(out, plural, code, true, false);
      names_of[code].push_back(fold(plural));
    }
  }
  for (const auto& [code, en_symbol] : english_symbols())
    add_currency(out, en_symbol, code, true, true);
  // Aliases from rules/terms/currency_aliases.json ("dollars", "US$", "円"): the alias's own
  // code, plus every currency whose name contains the alias as a word.
  for (const auto& [alias, code] : terms.currency_aliases) {
    const std::string folded = fold(alias);
    auto& c = out[folded];
    c.codes.insert(code);
    c.strong.insert(code);
    if (symbol_like(alias)) c.symbol = true;
    if (!has_ascii_letter_only(folded) && folded.find(' ') == std::string::npos &&
        count_cps(folded) <= 3) {
      continue;  // a symbol alias names one currency
    }
    bool own_named = false;
    for (const auto& [other, names] : names_of) {
      for (const auto& name : names) {
        const auto at = name.find(folded);
        if (at == std::string::npos) continue;
        const bool start_ok = at == 0 || name[at - 1] == ' ';
        const auto end = at + folded.size();
        const bool end_ok = end == name.size() || name[end] == ' ';
        if (start_ok && end_ok) {
          c.codes.insert(other);
          if (other == own) own_named = true;
        }
      }
    }
    if (own_named) c.strong.insert(own);
  }
  for (auto& [text, cand] : out) {
    CurrencyTerm t;
    t.text = text;
    t.codes.assign(cand.codes.begin(), cand.codes.end());
    t.preferred = choose_preferred(cand, own);
    t.symbol = cand.symbol;
    data.currencies.push_back(std::move(t));
  }
}

/// `word` (folded) with its first letter upper-cased.
std::string capitalized(const std::string& word) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(word);
  if (!u.isEmpty()) u.replace(0, U16_LENGTH(u.char32At(0)), u_toupper(u.char32At(0)));
  return to_utf8(u);
}

/// What the Gregorian and the own calendar of a locale tell about months and hours.
struct CalendarWords {
  std::vector<std::string> months;    ///< the own calendar's names, folded, sorted
  std::vector<std::uint8_t> numbers;  ///< their Gregorian month, 0 where another calendar's
  bool capitalized = false;           ///< the Gregorian wide names start with a capital
  /// The wide Gregorian names (format and standalone) the own calendar has too, each with its
  /// month: what may name a month alone.
  std::vector<std::pair<std::string, std::uint8_t>> wide;
  std::string pm;  ///< the word for the afternoon after an hour ("PM", ar "م")
};

/// Reads the month names and the afternoon word of `loc` from ICU's date symbols (two
/// DateFormatSymbols, the costliest part of a language's data, made once each).
CalendarWords calendar_words(const icu::Locale& loc) {
  CalendarWords out;
  // The names of the locale's own calendar (what month_adjacent and year context know), each
  // with its Gregorian month number where the Gregorian calendar of the locale has the name.
  const auto names = [&](icu::DateFormatSymbols& dfs, auto&& add) {
    for (const auto ctx : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
      for (const auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
        int32_t n = 0;
        const icu::UnicodeString* months = dfs.getMonths(n, ctx, width);
        for (int32_t i = 0; i < n && i < 12; ++i) {
          std::string m = fold(to_utf8(months[i]));
          if (!m.empty() && m.back() == '.') m.pop_back();
          if (m.find_first_of("0123456789") != std::string::npos) continue;  // "1月"
          if (count_cps(m) < 3) continue;
          add(m, static_cast<std::uint8_t>(i + 1));
        }
      }
    }
  };
  UErrorCode status = U_ZERO_ERROR;
  icu::DateFormatSymbols gregorian(loc, "gregorian", status);
  const bool have_gregorian = U_SUCCESS(status);
  std::map<std::string, std::uint8_t> number_of;
  if (have_gregorian) {
    names(gregorian, [&](const std::string& m, std::uint8_t i) { number_of.emplace(m, i); });
    int32_t n = 0;
    const icu::UnicodeString* wide =
        gregorian.getMonths(n, icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::WIDE);
    out.capitalized = n > 0 && u_isupper(wide[0].char32At(0)) != 0;
    const icu::UnicodeString* ampm = gregorian.getAmPmStrings(n);
    if (ampm != nullptr && n >= 2) out.pm = to_utf8(ampm[1]);
  }
  status = U_ZERO_ERROR;
  icu::DateFormatSymbols own(loc, status);
  if (U_FAILURE(status)) return out;
  std::set<std::string> seen;
  names(own, [&](const std::string& m, std::uint8_t) { seen.insert(m); });
  out.months.assign(seen.begin(), seen.end());
  for (const auto& m : out.months) {
    const auto it = number_of.find(m);
    out.numbers.push_back(it == number_of.end() ? 0 : it->second);
  }
  if (!have_gregorian) return out;
  for (const auto ctx : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
    int32_t n = 0;
    const icu::UnicodeString* months = gregorian.getMonths(n, ctx, icu::DateFormatSymbols::WIDE);
    for (int32_t i = 0; i < n && i < 12; ++i) {
      std::string m = fold(to_utf8(months[i]));
      const auto it = std::lower_bound(out.months.begin(), out.months.end(), m);
      if (it == out.months.end() || *it != m) continue;  // another calendar's, or digits
      if (out.numbers[static_cast<std::size_t>(it - out.months.begin())] != i + 1) continue;
      out.wide.emplace_back(std::move(m), static_cast<std::uint8_t>(i + 1));
    }
  }
  return out;
}

/// The era names of ICU's `calendar` ("japanese") in `loc`, abbreviated and wide, each with the
/// Gregorian year its first year falls in (令和 → 2019).
void collect_eras(const icu::Locale& loc, const std::string& calendar, LanguageData& data) {
  UErrorCode status = U_ZERO_ERROR;
  icu::DateFormatSymbols dfs(loc, calendar.c_str(), status);
  icu::Locale with_calendar(loc);
  with_calendar.setKeywordValue("calendar", calendar.c_str(), status);
  std::unique_ptr<icu::Calendar> cal(icu::Calendar::createInstance(with_calendar, status));
  if (U_FAILURE(status) || cal == nullptr) return;
  int32_t n_abbr = 0;
  int32_t n_wide = 0;
  const icu::UnicodeString* abbr = dfs.getEras(n_abbr);
  const icu::UnicodeString* wide = dfs.getEraNames(n_wide);
  for (int32_t i = 0; i < n_abbr; ++i) {
    UErrorCode st = U_ZERO_ERROR;
    cal->clear();
    cal->set(UCAL_ERA, i);
    cal->set(UCAL_YEAR, 1);
    const int first = cal->get(UCAL_EXTENDED_YEAR, st);
    if (U_FAILURE(st)) continue;
    const auto index = static_cast<std::uint32_t>(data.era_first_years.size());
    data.era_first_years.push_back(first);
    data.era_trie.add(to_utf8(abbr[i]), index);
    if (i < n_wide) data.era_trie.add(to_utf8(wide[i]), index);
  }
}

std::unique_ptr<LanguageData> build(std::string tag) {
  std::replace(tag.begin(), tag.end(), '_', '-');  // "de_DE" is read as "de-DE"
  auto data = std::make_unique<LanguageData>();
  data->tag = tag;
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale loc = icu::Locale::forLanguageTag(tag, status);
  std::string terms_tag = tag;
  if (U_FAILURE(status) || loc.isBogus() || std::string_view(loc.getLanguage()).empty() ||
      std::string_view(loc.getLanguage()) == "und") {
    // No usable language: read numbers the English way, the most common source language.
    loc = icu::Locale("en");
    terms_tag = "en";
  }
  icu::Locale latn = loc;
  status = U_ZERO_ERROR;
  latn.setKeywordValue("numbers", "latn", status);

  // Separators with ASCII digits.
  status = U_ZERO_ERROR;
  icu::DecimalFormatSymbols latn_syms(latn, status);
  data->decimal_sep =
      to_utf8(latn_syms.getSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol));
  data->group_sep =
      to_utf8(latn_syms.getSymbol(icu::DecimalFormatSymbols::kGroupingSeparatorSymbol));
  data->native_decimal_sep = data->decimal_sep;
  data->native_group_sep = data->group_sep;

  // Native digits: the default numbering system if it is not Latin, else the "native" one.
  const DigitInfo def = numbering_digits(loc);
  if (def.ok) {
    data->native_zero = def.zero;
    data->native_default = true;
    status = U_ZERO_ERROR;
    icu::DecimalFormatSymbols syms(loc, status);
    if (U_SUCCESS(status)) {
      data->native_decimal_sep =
          to_utf8(syms.getSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol));
      data->native_group_sep =
          to_utf8(syms.getSymbol(icu::DecimalFormatSymbols::kGroupingSeparatorSymbol));
    }
  } else {
    icu::Locale native = loc;
    status = U_ZERO_ERROR;
    native.setKeywordValue("numbers", "native", status);
    const DigitInfo nat = numbering_digits(native);
    if (nat.ok) data->native_zero = nat.zero;
  }

  // Grouping alternates.
  std::set<std::string> alts;
  // A space of any width between a group of one to three digits and groups of exactly three
  // reads one way only ("85 000"), whatever the locale's own separator: every locale accepts
  // them, as ISO 80000 and many style guides write numbers.
  for (const char* s : {" ", "\u00A0", "\u202F", "\u2009"}) alts.insert(s);
  for (const auto& g : {data->group_sep, data->native_group_sep}) {
    if (g == "'" || g == "\u2019") {
      alts.insert("'");
      alts.insert("\u2019");
    }
  }
  alts.erase(data->group_sep);
  data->group_alternates.assign(alts.begin(), alts.end());

  // Own currency from the likely region.
  icu::Locale likely = loc;
  status = U_ZERO_ERROR;
  likely.addLikelySubtags(status);
  {
    const std::string_view script = likely.getScript();
    data->han_numerals = script == "Hans" || script == "Hant" || script == "Jpan";
  }
  {
    UChar buf[8] = {};
    status = U_ZERO_ERROR;
    const int32_t n = ucurr_forLocale(likely.getName(), buf, 8, &status);
    if (U_SUCCESS(status) && n == 3) data->own_currency = to_utf8(buf, n);
  }

  // Percent sign position and forms.
  std::set<std::string> percent_signs{"%", "\uFF05", "\u066A"};
  {
    status = U_ZERO_ERROR;
    percent_signs.insert(to_utf8(latn_syms.getSymbol(icu::DecimalFormatSymbols::kPercentSymbol)));
    std::unique_ptr<icu::NumberFormat> pf(icu::NumberFormat::createPercentInstance(latn, status));
    if (U_SUCCESS(status)) {
      if (auto* df = dynamic_cast<icu::DecimalFormat*>(pf.get())) {
        icu::UnicodeString pattern;
        df->toPattern(pattern);
        const std::string p = trim(to_utf8(pattern));
        data->percent_prefix = !p.empty() && p.find('%') < p.find_first_of("#0");
      }
    }
    status = U_ZERO_ERROR;
    std::unique_ptr<icu::NumberFormat> nf(icu::NumberFormat::createInstance(latn, status));
    if (U_SUCCESS(status)) {
      if (auto* df = dynamic_cast<icu::DecimalFormat*>(nf.get())) {
        data->indian_grouping = df->getSecondaryGroupingSize() == 2;
      }
    }
  }

  const TermsForLanguage& terms = terms_for(terms_tag);
  data->terms_lang = terms.lang;

  std::map<std::string, ScaleWord> scales;
  collect_scale_words(latn, data->decimal_sep, scales);
  for (const auto& [word, power] : terms.scale_words) {
    const std::string folded = fold(word);
    scales.emplace(
        folded, ScaleWord{folded, power, count_cps(folded) == 1 && has_ascii_letter_only(folded)});
  }
  for (auto& [_, w] : scales) data->scale_words.push_back(w);

  collect_currencies(loc, data->own_currency, terms, *data);

  for (const auto& s : percent_signs) {
    if (!s.empty()) data->percent_terms.push_back(PercentTerm{fold(s), false});
  }
  for (const auto& w : terms.percent_words) data->percent_terms.push_back({fold(w), false});
  for (const auto& w : terms.points_words) data->percent_terms.push_back({fold(w), true});
  for (const auto& w : terms.percent_prefixes) data->percent_prefixes.push_back(fold(w));
  if (data->percent_prefix) {
    for (const auto& s : percent_signs) data->percent_prefixes.push_back(fold(s));
  }
  for (const auto& w : terms.approximation) data->approximation.push_back(fold(w));
  for (const auto& w : terms.approximation_after) data->approximation_after_trie.add(w, 0);
  for (const auto& w : terms.connectors) data->connectors.push_back(fold(w));
  for (const auto& w : terms.range_words) data->range_words.push_back(fold(w));
  for (const auto& w : terms.ordinal_prefixes) data->ordinal_prefixes.push_back(fold(w));
  for (const auto& w : terms.non_number_suffixes) data->non_number_suffixes.push_back(fold(w));
  CalendarWords calendar = calendar_words(loc);
  data->months = std::move(calendar.months);
  data->month_numbers = std::move(calendar.numbers);
  data->months_capitalized = calendar.capitalized;
  {
    // The screen takes the name as the language writes a month: with a capital where ICU's
    // names have one ("Dezember" lets "De" through, not "der"), else as folded.
    const auto screen = [&](const std::string& name) {
      data->month_alone_screen.add(data->months_capitalized ? capitalized(name) : name);
    };
    for (const auto& [name, month] : calendar.wide) {
      data->month_alone_trie.add(name, month);
      screen(name);
      for (const auto& c : terms.clitics) {
        data->month_alone_trie.add(fold(c) + name, month);
        screen(fold(c) + name);
      }
    }
  }
  // A preposition or conjunction glued to a month name is part of the word: he "ביולי" (in
  // July), ar "بيوليو". The glued forms are month names too, numbered alike.
  for (std::size_t i = 0, n = data->months.size(); i < n && !terms.clitics.empty(); ++i) {
    for (const auto& c : terms.clitics) {
      data->months.push_back(fold(c) + data->months[i]);
      data->month_numbers.push_back(data->month_numbers[i]);
    }
  }
  for (const auto& calendar : terms.era_calendars) collect_eras(loc, calendar, *data);
  data->ordinal_dot = terms.ordinal_dot;
  data->nouns_capitalized = terms.nouns_capitalized;
  data->years_marked = terms.years_marked;
  data->buddhist_era = terms.buddhist_era;
  for (const auto& w : terms.count_suffixes) data->count_suffixes.push_back(fold(w));
  for (const auto& w : terms.time_before) data->time_before_trie.add(w, 0);
  for (const auto& w : terms.clock_parts) data->clock_part_trie.add(w, 0);
  for (const auto& w : terms.clock_markers) data->clock_marker_trie.add(w, 0);
  for (const auto& w : terms.durations) data->duration_trie.add(w, 0);
  for (const auto& w : terms.time_after) data->time_after_trie.add(w, 0);
  for (const auto& w : terms.ordinal_before) data->ordinal_before_trie.add(w, 0);
  for (const auto& w : terms.collective_after) data->collective_after_trie.add(w, 0);
  for (const auto& w : terms.word_suffixes) data->word_suffix_trie.add(w, 0);
  for (const auto& w : terms.fixed_phrases) data->fixed_phrase_trie.add(w, 0);
  for (const auto& w : terms.between_after) data->between_after_trie.add(w, 0);
  data->collective_ordinals = !terms.collective_after.empty();
  for (const auto& w : terms.year_before) data->year_before_trie.add(w, 0);
  for (const auto& w : terms.month_number_before) data->month_number_trie.add(w, 0);
  for (const auto& w : terms.day_number_before) data->day_number_trie.add(w, 0);
  for (const auto& w : terms.year_after) data->year_after_trie.add(w, 0);
  for (const auto& w : terms.year_determiners) data->year_determiner_trie.add(w, 0);
  for (const auto& w : terms.year_labels) data->year_label_trie.add(w, 0);
  for (const auto& w : terms.year_verbs) data->year_verb_trie.add(w, 0);
  for (const auto& w : terms.clock_words) data->clock_word_trie.add(w, 0);
  for (const auto& w : terms.clitics) data->clitic_trie.add(w, 0);
  for (const auto& w : terms.ordinal_clitics) data->ordinal_clitic_trie.add(w, 0);
  for (const auto& w : terms.range_from) data->range_from_trie.add(w, 0);
  for (const auto& w : terms.between) data->between_trie.add(w, 0);
  for (const auto& w : terms.between_and) data->between_and_trie.add(w, 0);
  for (const auto& w : terms.identifier_heads) {
    // A head with a capital is matched as written; a lowercase one in any case.
    const bool capital =
        std::any_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (capital) {
      data->identifier_heads_exact.push_back(w);
    } else {
      data->identifier_head_trie.add(w, 0);
    }
  }
  for (const auto& w : terms.ordinal_suffixes) data->ordinal_suffix_trie.add(w, 0);
  for (const auto& w : terms.ordinal_counters) data->ordinal_counter_trie.add(w, 0);
  for (const auto& w : terms.not_scales) data->not_scale_trie.add(w, 0);
  for (const auto& w : terms.pm_words) data->pm_word_trie.add(w, 0);
  // The locale's own word for the afternoon after an hour (ar "م", el "μ.μ.", he "אחה״צ").
  if (!calendar.pm.empty()) data->pm_word_trie.add(calendar.pm, 0);
  for (const auto& w : terms.rank_after) data->rank_after_trie.add(w, 0);
  for (const auto& w : terms.rank_not_before) data->rank_not_before_trie.add(w, 0);
  for (const auto& [w, n] : terms.fraction_numerators) {
    data->fraction_numerator_trie.add(w, static_cast<std::uint32_t>(n));
  }
  for (const auto& [w, n] : terms.fraction_denominators) {
    data->fraction_denominator_trie.add(w, static_cast<std::uint32_t>(n));
    data->fraction_denominator_screen.add(fold(w));
    data->fraction_denominator_screen.add(capitalized(fold(w)));
  }
  data->fraction_marks = terms.fraction_marks;
  for (const auto& w : terms.fraction_after) data->fraction_after_trie.add(w, 0);
  for (const auto& w : terms.fraction_alone) data->fraction_alone_trie.add(w, 0);
  data->units = terms.units;
  std::sort(data->units.begin(), data->units.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });

  auto fill = [](TermTrie& trie, const auto& items, auto key) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      trie.add(key(items[i]), static_cast<std::uint32_t>(i));
    }
  };
  const auto self = [](const std::string& s) -> const std::string& { return s; };
  fill(data->scale_trie, data->scale_words,
       [](const ScaleWord& w) -> const std::string& { return w.text; });
  fill(data->currency_trie, data->currencies,
       [](const CurrencyTerm& c) -> const std::string& { return c.text; });
  fill(data->percent_trie, data->percent_terms,
       [](const PercentTerm& p) -> const std::string& { return p.text; });
  fill(data->percent_prefix_trie, data->percent_prefixes, self);
  fill(data->approximation_trie, data->approximation, self);
  fill(data->connector_trie, data->connectors, self);
  fill(data->range_trie, data->range_words, self);
  fill(data->month_trie, data->months, self);
  fill(data->ordinal_prefix_trie, data->ordinal_prefixes, self);
  fill(data->non_number_trie, data->non_number_suffixes, self);
  return data;
}

}  // namespace

const CurrencyTerm* LanguageData::currency(std::string_view text) const {
  const std::string folded = fold(text);
  const auto it =
      std::lower_bound(currencies.begin(), currencies.end(), folded,
                       [](const CurrencyTerm& c, const std::string& t) { return c.text < t; });
  return (it != currencies.end() && it->text == folded) ? &*it : nullptr;
}

std::optional<std::int32_t> LanguageData::scale_power(std::string_view text) const {
  const std::string folded = fold(text);
  const auto it =
      std::lower_bound(scale_words.begin(), scale_words.end(), folded,
                       [](const ScaleWord& w, const std::string& t) { return w.text < t; });
  if (it != scale_words.end() && it->text == folded) return it->power;
  return std::nullopt;
}

bool LanguageData::is_iso_code(std::string_view code) {
  const auto& codes = iso_codes();
  return std::binary_search(codes.begin(), codes.end(), code);
}

const LanguageData& language_data(std::string_view tag) {
  // One slot per tag: the map lock is held only to find the slot, so that two threads
  // building different languages do not wait for each other.
  struct Slot {
    std::once_flag once;
    std::unique_ptr<LanguageData> data;
  };
  static std::mutex mutex;
  // Never destroyed: tearing down every language's tries at exit cost a small check about 2 ms
  // (the process ends right after the report anyway). Still reachable, so not a leak.
  static auto& cache = *new std::map<std::string, std::unique_ptr<Slot>, std::less<>>();
  Slot* slot = nullptr;
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(tag);
    if (it == cache.end()) it = cache.emplace(std::string(tag), std::make_unique<Slot>()).first;
    slot = it->second.get();
  }
  std::call_once(slot->once, [&] { slot->data = build(std::string(tag)); });
  return *slot->data;
}

}  // namespace factlint::lang
