// Data-driven extraction tests: runs every case in tests/data/extract/<lang>.json.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/fact.hpp"
#include "core/kinds.hpp"
#include "core/utf8.hpp"
#include "extract/extractor.hpp"

#ifndef FACTLINT_DATA_DIR
#error "FACTLINT_DATA_DIR must name the tests/data/extract folder"
#endif

namespace {

using factlint::Decimal;
using factlint::Fact;
using factlint::FactKind;
using nlohmann::json;

/// The languages issue 6 requires case files for.
constexpr std::array<std::string_view, 26> kRequiredLanguages{
    "en", "de", "fr", "sv", "id", "es", "it", "nl", "pt", "pl", "ru", "uk", "cs",
    "tr", "fi", "da", "nb", "ar", "he", "fa", "hi", "ja", "zh", "ko", "vi", "th"};

constexpr std::size_t kMinPositive = 40;
constexpr std::size_t kMinNegative = 15;

const std::set<std::string, std::less<>> kPositiveFields{
    "text",        "kind",    "value",  "currencies", "upper", "approximate", "ambiguous",
    "alternative", "foreign", "points", "words",      "note",  "pending"};
/// The fields a date or identifier case may have: its value is not an amount.
const std::set<std::string, std::less<>> kNonNumericFields{"text", "kind", "value", "note",
                                                           "pending"};
const std::set<std::string, std::less<>> kNegativeFields{"text", "kinds", "note", "pending"};

std::filesystem::path data_dir() { return {FACTLINT_DATA_DIR}; }

/// A positive case after its markers were removed.
struct Marked {
  std::string text;
  factlint::Span span;
};

/// Strips the single `[[…]]` pair; an error message when there is not exactly one.
std::optional<Marked> strip_markers(const std::string& raw, std::string& error) {
  const auto open = raw.find("[[");
  if (open == std::string::npos) {
    error = "no [[…]] marker";
    return std::nullopt;
  }
  const auto close = raw.find("]]", open + 2);
  if (close == std::string::npos) {
    error = "unclosed [[ marker";
    return std::nullopt;
  }
  if (raw.find("[[", close) != std::string::npos ||
      raw.find("]]", close + 2) != std::string::npos || raw.find("[[", open + 2) < close ||
      raw.find("]]") < open) {
    error = "more than one [[…]] marker";
    return std::nullopt;
  }
  if (close == open + 2) {
    error = "empty [[]] marker";
    return std::nullopt;
  }
  Marked m;
  m.text = raw.substr(0, open) + raw.substr(open + 2, close - open - 2) + raw.substr(close + 2);
  m.span.begin = static_cast<std::uint32_t>(open);
  m.span.end = static_cast<std::uint32_t>(close - 2);
  return m;
}

std::string show_decimal(const std::optional<Decimal>& d) { return d ? d->to_string() : "-"; }

/// One line describing a fact, for failure messages.
std::string describe(const Fact& f, std::string_view text) {
  std::ostringstream out;
  out << to_string(f.kind) << " [" << f.span.begin << "," << f.span.end << ")";
  if (f.span.begin <= f.span.end && f.span.end <= text.size()) {
    out << " '" << text.substr(f.span.begin, f.span.size()) << "'";
  }
  if (!f.is_numeric()) {
    out << " value=" << factlint::describe_value(f);
    return out.str();
  }
  out << " value=" << f.amount().value.to_string() << " upper=" << show_decimal(f.amount().upper)
      << " alternative=" << show_decimal(f.amount().alternative)
      << " approximate=" << f.amount().approximate << " ambiguous=" << f.amount().format.ambiguous
      << " foreign=" << f.amount().format.foreign << " points=" << f.numeric().percentage_points
      << " words=" << f.numeric().words;
  if (f.kind == FactKind::money) {
    out << " currencies=[";
    for (std::size_t i = 0; i < f.currencies().size(); ++i) {
      out << (i ? "," : "") << f.currencies()[i].preferred << "('" << f.currencies()[i].text
          << "')";
    }
    out << "]";
  }
  return out.str();
}

std::string describe_all(const std::vector<Fact>& facts, std::string_view text) {
  if (facts.empty()) return "  (no facts)\n";
  std::string out;
  for (const auto& f : facts) out += "  " + describe(f, text) + "\n";
  return out;
}

bool overlaps(factlint::Span a, factlint::Span b) { return a.begin < b.end && b.begin < a.end; }

/// Reads an optional boolean field; absent means false. Appends to `problems` on a bad type.
bool flag(const json& c, const char* name, std::string& problems) {
  if (!c.contains(name)) return false;
  if (!c[name].is_boolean()) {
    problems += std::string("case field '") + name + "' must be a boolean\n";
    return false;
  }
  return c[name].get<bool>();
}

/// Whether `s` is a decimal as Decimal::to_string() writes it: plain notation, no leading or
/// trailing zeros, no "-0" ("6300000000", "903.9", "-0.05"). Checked on the text, so that a
/// case may name a value of any length ("1234567890123456789012").
bool is_canonical_decimal(std::string_view s) {
  if (!s.empty() && s.front() == '-') s.remove_prefix(1);
  const auto point = s.find('.');
  const auto whole = s.substr(0, point);
  if (whole.empty() || whole.find_first_not_of("0123456789") != std::string_view::npos) {
    return false;
  }
  if (whole.size() > 1 && whole.front() == '0') return false;
  if (point == std::string_view::npos) return true;
  const auto fraction = s.substr(point + 1);
  return !fraction.empty() && fraction.find_first_not_of("0123456789") == std::string_view::npos &&
         fraction.back() != '0';
}

/// Reads a decimal field written as a canonical string ("6300000000", "903.9"); the value is
/// compared as text with Decimal::to_string() of the fact.
std::optional<std::string> decimal_field(const json& c, const char* name, std::string& problems) {
  if (!c.contains(name)) return std::nullopt;
  if (!c[name].is_string()) {
    problems += std::string("case field '") + name + "' must be a string\n";
    return std::nullopt;
  }
  const auto s = c[name].get<std::string>();
  if (!is_canonical_decimal(s) || s == "-0") {
    problems +=
        std::string("case field '") + name + "' is not a decimal in canonical form: '" + s + "'";
    if (const auto d = Decimal::parse(s)) problems += " (write '" + d->to_string() + "')";
    problems += "\n";
  }
  return s;
}

std::string show_string(const std::optional<std::string>& s) { return s ? *s : "-"; }

/// Whether `s` is a date as describe_value writes it: "2023", "2023-07", "2023-07-03", "--07-03"
/// or "--07".
bool is_date_value(const std::string& s) {
  const auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i) {
      if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    }
    return true;
  };
  const auto number = [&](std::size_t from) { return std::stoi(s.substr(from, 2)); };
  // "--MM": a month of a year not given.
  if (s.size() == 4 && s.starts_with("--")) {
    return digits(2, 2) && number(2) >= 1 && number(2) <= 12;
  }
  // "--MM-DD": a day and a month of a year not given.
  if (s.size() == 7 && s.starts_with("--")) {
    return digits(2, 2) && s[4] == '-' && digits(5, 2) && number(2) >= 1 && number(2) <= 12 &&
           number(5) >= 1 && number(5) <= 31;
  }
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!digits(0, 4)) return false;
  if (s.size() >= 7 && (s[4] != '-' || !digits(5, 2) || number(5) < 1 || number(5) > 12)) {
    return false;
  }
  if (s.size() == 10 && (s[7] != '-' || !digits(8, 2) || number(8) < 1 || number(8) > 31)) {
    return false;
  }
  return true;
}

/// Why `key` is not an identifier key as the extractor writes it (NFKC, letters upper-cased,
/// white space and hyphens or dashes removed), or empty when it may be one. Checks what a case
/// writer gets wrong: lower-case Latin letters, spaces, hyphens, full-width forms.
std::string identifier_key_problem(const std::string& key) {
  if (key.empty()) return "is empty";
  std::size_t pos = 0;
  while (pos < key.size()) {
    const char32_t cp = factlint::utf8::decode(key, pos);
    if (cp >= U'a' && cp <= U'z') return "has a lower-case letter";
    if (cp == U' ' || cp == U'\t' || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
        cp == 0x205F || cp == 0x3000) {
      return "has white space";
    }
    if (cp == U'-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 ||
        cp == 0xFE63 || cp == 0xFF0D) {
      return "has a hyphen or dash";
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E) return "has a full-width form (NFKC maps it)";
  }
  return {};
}

/// The fact of `kind` whose span is exactly `span`, or null.
const Fact* find_hit(const std::vector<Fact>& facts, FactKind kind, factlint::Span span) {
  for (const auto& f : facts) {
    if (f.kind == kind && f.span == span) return &f;
  }
  return nullptr;
}

/// The marked span as a failure message shows it: "37,51) '6.3 Milliarden'".
std::string want_span(const Marked& m) {
  return std::to_string(m.span.begin) + "," + std::to_string(m.span.end) + ") '" +
         m.text.substr(m.span.begin, m.span.size()) + "'";
}

/// A line for every fact other than `hit` that overlaps the marked span.
std::string overlapping(const std::vector<Fact>& facts, const Fact* hit, const Marked& m) {
  std::string problems;
  for (const auto& f : facts) {
    if (&f != hit && overlaps(f.span, m.span)) {
      problems += "another fact overlaps the marked span: " + describe(f, m.text) + "\n";
    }
  }
  return problems;
}

/// Checks a date or identifier case, already known to have only its allowed fields: the value
/// is the date as describe_value writes it, or the identifier's key.
std::string check_non_numeric(const json& c, FactKind kind, const Marked& marked,
                              std::string_view lang) {
  if (!c["value"].is_string()) return "case field 'value' must be a string\n";
  const auto value = c["value"].get<std::string>();
  if (kind == FactKind::date && !is_date_value(value)) {
    return "case field 'value' is not a date as YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD or --MM: '" +
           value + "'\n";
  }
  if (kind == FactKind::identifier) {
    if (const auto why = identifier_key_problem(value); !why.empty()) {
      return "case field 'value' is not an identifier key: '" + value + "' " + why + "\n";
    }
  }
  std::string problems;
  const auto facts = factlint::extract::extract_text(marked.text, lang);
  const Fact* hit = find_hit(facts, kind, marked.span);
  if (hit == nullptr) {
    problems +=
        "no " + std::string(to_string(kind)) + " fact with span [" + want_span(marked) + "\n";
  } else {
    const auto got =
        kind == FactKind::date ? factlint::describe_value(*hit) : hit->identifier().key;
    if (got != value) problems += "value " + got + ", want " + value + "\n";
  }
  problems += overlapping(facts, hit, marked);
  if (!problems.empty()) problems += "extracted:\n" + describe_all(facts, marked.text);
  return problems;
}

/// Checks one positive case; returns the problems found (empty = pass).
std::string check_positive(const json& c, std::string_view lang) {
  std::string problems;
  if (!c.is_object()) return "case is not an object\n";
  if (!c.contains("text") || !c["text"].is_string()) return "case has no text\n";
  if (!c.contains("kind") || !c["kind"].is_string()) return "case has no kind\n";
  const auto kind = factlint::parse_fact_kind(c["kind"].get<std::string>());
  if (!kind) return "unknown kind '" + c["kind"].get<std::string>() + "'\n";
  const bool numeric = *kind != FactKind::date && *kind != FactKind::identifier;
  for (const auto& [key, _] : c.items()) {
    if (!kPositiveFields.contains(key)) {
      problems += "unknown case field '" + key + "'\n";
    } else if (!numeric && !kNonNumericFields.contains(key)) {
      problems += "case field '" + key + "' is not for a " + std::string(to_string(*kind)) + "\n";
    }
  }
  if (!c.contains("value")) problems += "case has no value\n";

  std::string error;
  const auto marked = strip_markers(c["text"].get<std::string>(), error);
  if (!marked) return problems + error + "\n";
  if (!numeric) return problems.empty() ? check_non_numeric(c, *kind, *marked, lang) : problems;

  const auto value = decimal_field(c, "value", problems);
  const auto upper = decimal_field(c, "upper", problems);
  const auto alternative = decimal_field(c, "alternative", problems);
  const bool approximate = flag(c, "approximate", problems);
  const bool ambiguous = flag(c, "ambiguous", problems);
  const bool foreign = flag(c, "foreign", problems);
  const bool points = flag(c, "points", problems);
  const bool words = flag(c, "words", problems);
  if (ambiguous != alternative.has_value()) {
    problems += "case: 'alternative' is required with and only with 'ambiguous'\n";
  }
  if (points && *kind != FactKind::percent) problems += "case: 'points' is for percent only\n";
  if (*kind == FactKind::ordinal && value &&
      value->find_first_not_of("0123456789") != std::string::npos) {
    problems += "case: an ordinal's value is a whole number\n";
  }
  std::vector<std::string> currencies;
  if (*kind == FactKind::money) {
    if (!c.contains("currencies") || !c["currencies"].is_array() || c["currencies"].empty()) {
      problems += "case: money needs a non-empty 'currencies' array\n";
    } else {
      for (const auto& code : c["currencies"]) {
        if (code.is_string()) currencies.push_back(code.get<std::string>());
      }
    }
  } else if (c.contains("currencies")) {
    problems += "case: 'currencies' is for money only\n";
  }
  if (!problems.empty()) return problems;  // a malformed case is not run

  const auto facts = factlint::extract::extract_text(marked->text, lang);
  const Fact* hit = find_hit(facts, *kind, marked->span);
  if (hit == nullptr) {
    problems +=
        "no " + std::string(to_string(*kind)) + " fact with span [" + want_span(*marked) + "\n";
  } else {
    const auto& a = hit->amount();
    if (value && a.value.to_string() != *value) {
      problems += "value " + a.value.to_string() + ", want " + *value + "\n";
    }
    if (show_decimal(a.upper) != show_string(upper)) {
      problems += "upper " + show_decimal(a.upper) + ", want " + show_string(upper) + "\n";
    }
    if (a.approximate != approximate) {
      problems += "approximate " + std::to_string(a.approximate) + ", want " +
                  std::to_string(approximate) + "\n";
    }
    if (a.format.ambiguous != ambiguous) {
      problems += "ambiguous " + std::to_string(a.format.ambiguous) + ", want " +
                  std::to_string(ambiguous) + "\n";
    }
    if (show_decimal(a.alternative) != show_string(alternative)) {
      problems += "alternative " + show_decimal(a.alternative) + ", want " +
                  show_string(alternative) + "\n";
    }
    if (a.format.foreign != foreign) {
      problems += "foreign " + std::to_string(a.format.foreign) + ", want " +
                  std::to_string(foreign) + "\n";
    }
    if (*kind == FactKind::percent && hit->numeric().percentage_points != points) {
      problems += "points " + std::to_string(hit->numeric().percentage_points) + ", want " +
                  std::to_string(points) + "\n";
    }
    if (hit->numeric().words != words) {
      problems += "words " + std::to_string(hit->numeric().words) + ", want " +
                  std::to_string(words) + "\n";
    }
    if (*kind == FactKind::money) {
      std::vector<std::string> got;
      for (const auto& m : hit->currencies()) got.push_back(m.preferred);
      if (got != currencies) {
        std::string g;
        std::string w;
        for (const auto& s : got) g += (g.empty() ? "" : ",") + s;
        for (const auto& s : currencies) w += (w.empty() ? "" : ",") + s;
        problems += "currencies [" + g + "], want [" + w + "]\n";
      }
    }
  }
  problems += overlapping(facts, hit, *marked);
  if (!problems.empty()) problems += "extracted:\n" + describe_all(facts, marked->text);
  return problems;
}

/// Checks one negative case; returns the problems found (empty = pass).
std::string check_negative(const json& c, std::string_view lang) {
  std::string problems;
  if (!c.is_object()) return "case is not an object\n";
  for (const auto& [key, _] : c.items()) {
    if (!kNegativeFields.contains(key)) problems += "unknown case field '" + key + "'\n";
  }
  if (!c.contains("text") || !c["text"].is_string()) return problems + "case has no text\n";
  const auto text = c["text"].get<std::string>();
  if (text.find("[[") != std::string::npos) problems += "a negative case has no [[…]] marker\n";
  if (!c.contains("kinds") || !c["kinds"].is_array() || c["kinds"].empty()) {
    return problems + "case needs a non-empty 'kinds' array\n";
  }
  std::vector<FactKind> kinds;
  for (const auto& k : c["kinds"]) {
    if (!k.is_string()) {
      problems += "'kinds' holds a non-string\n";
      continue;
    }
    const auto id = k.get<std::string>();
    if (id == "any") {
      kinds = factlint::all_fact_kinds();
    } else if (const auto kind = factlint::parse_fact_kind(id)) {
      kinds.push_back(*kind);
    } else {
      problems += "unknown kind '" + id + "'\n";
    }
  }
  if (!problems.empty()) return problems;

  const auto facts = factlint::extract::extract_text(text, lang);
  for (const auto& f : facts) {
    if (std::find(kinds.begin(), kinds.end(), f.kind) != kinds.end()) {
      problems += "unexpected fact: " + describe(f, text) + "\n";
    }
  }
  return problems;
}

/// A case's verdict. A case marked "pending" (behaviour the extractor does not have yet, with
/// the reason) is expected to fail: it is counted, and it fails the test once it passes, so
/// that the mark is removed and the case guards the behaviour from then on.
void judge(const json& c, const std::string& problems, const std::string& where,
           std::size_t& pending) {
  const bool marked = c.is_object() && c.contains("pending");
  if (marked && (!c["pending"].is_string() || c["pending"].get<std::string>().empty())) {
    FAIL_CHECK(where << "\n'pending' must be a non-empty string: the reason the case fails");
    return;
  }
  if (marked) {
    ++pending;
    CHECK_MESSAGE(!problems.empty(), where << "\npasses now: remove its 'pending' mark (\""
                                           << c["pending"].get<std::string>() << "\")");
    return;
  }
  CHECK_MESSAGE(problems.empty(), where << "\n" << problems);
}

/// Runs every case of one language file and enforces the minimum counts.
void run_file(const std::filesystem::path& path, bool require_minimum) {
  const auto stem = path.stem().string();
  INFO("file: " << path.string());
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "missing case file " << path.string());
  json doc;
  try {
    doc = json::parse(in, nullptr, /*allow_exceptions=*/true, /*ignore_comments=*/true);
  } catch (const json::exception& e) {
    FAIL("cannot parse " << path.string() << ": " << e.what());
    return;
  }
  REQUIRE(doc.is_object());
  REQUIRE_MESSAGE(doc.contains("lang"), "no 'lang' field");
  const auto lang = doc["lang"].get<std::string>();
  CHECK_MESSAGE(lang == stem, "'lang' is '" << lang << "' but the file is " << stem << ".json");
  const json positives = doc.value("cases", json::array());
  const json negatives = doc.value("negatives", json::array());
  REQUIRE(positives.is_array());
  REQUIRE(negatives.is_array());
  if (require_minimum) {
    CHECK_MESSAGE(positives.size() >= kMinPositive,
                  lang << ": " << positives.size() << " positive cases, need " << kMinPositive);
    CHECK_MESSAGE(negatives.size() >= kMinNegative,
                  lang << ": " << negatives.size() << " negative cases, need " << kMinNegative);
  }

  std::size_t pending = 0;
  std::size_t passed_pos = 0;
  for (std::size_t i = 0; i < positives.size(); ++i) {
    const auto& c = positives[i];
    const auto text = c.is_object() ? c.value("text", std::string()) : std::string();
    const auto problems = check_positive(c, lang);
    if (problems.empty()) ++passed_pos;
    std::string where = stem;
    where += ".json cases[" + std::to_string(i) + "] ";
    where += text;
    judge(c, problems, where, pending);
  }
  std::size_t passed_neg = 0;
  for (std::size_t i = 0; i < negatives.size(); ++i) {
    const auto& c = negatives[i];
    const auto text = c.is_object() ? c.value("text", std::string()) : std::string();
    const auto problems = check_negative(c, lang);
    if (problems.empty()) ++passed_neg;
    std::string where = stem;
    where += ".json negatives[" + std::to_string(i) + "] ";
    where += text;
    judge(c, problems, where, pending);
  }
  MESSAGE(lang << ": positive " << passed_pos << "/" << positives.size() << " passed, negative "
               << passed_neg << "/" << negatives.size() << " passed, " << pending
               << " pending (known to fail, each with its reason)");
}

void run_language(std::string_view lang) {
  run_file(data_dir() / (std::string(lang) + ".json"), /*require_minimum=*/true);
}

}  // namespace

TEST_CASE("extract cases: en") { run_language("en"); }
TEST_CASE("extract cases: de") { run_language("de"); }
TEST_CASE("extract cases: fr") { run_language("fr"); }
TEST_CASE("extract cases: sv") { run_language("sv"); }
TEST_CASE("extract cases: id") { run_language("id"); }
TEST_CASE("extract cases: es") { run_language("es"); }
TEST_CASE("extract cases: it") { run_language("it"); }
TEST_CASE("extract cases: nl") { run_language("nl"); }
TEST_CASE("extract cases: pt") { run_language("pt"); }
TEST_CASE("extract cases: pl") { run_language("pl"); }
TEST_CASE("extract cases: ru") { run_language("ru"); }
TEST_CASE("extract cases: uk") { run_language("uk"); }
TEST_CASE("extract cases: cs") { run_language("cs"); }
TEST_CASE("extract cases: tr") { run_language("tr"); }
TEST_CASE("extract cases: fi") { run_language("fi"); }
TEST_CASE("extract cases: da") { run_language("da"); }
TEST_CASE("extract cases: nb") { run_language("nb"); }
TEST_CASE("extract cases: ar") { run_language("ar"); }
TEST_CASE("extract cases: he") { run_language("he"); }
TEST_CASE("extract cases: fa") { run_language("fa"); }
TEST_CASE("extract cases: hi") { run_language("hi"); }
TEST_CASE("extract cases: ja") { run_language("ja"); }
TEST_CASE("extract cases: zh") { run_language("zh"); }
TEST_CASE("extract cases: ko") { run_language("ko"); }
TEST_CASE("extract cases: vi") { run_language("vi"); }
TEST_CASE("extract cases: th") { run_language("th"); }

TEST_CASE("extract cases: other language files") {
  // Files for languages beyond the required list run too (without the minimum counts), so a
  // new language is tested as soon as its file is added.
  std::vector<std::filesystem::path> extra;
  for (const auto& entry : std::filesystem::directory_iterator(data_dir())) {
    if (entry.path().extension() != ".json") continue;
    const auto stem = entry.path().stem().string();
    if (std::find(kRequiredLanguages.begin(), kRequiredLanguages.end(), stem) ==
        kRequiredLanguages.end()) {
      extra.push_back(entry.path());
    }
  }
  std::sort(extra.begin(), extra.end());
  for (const auto& path : extra) run_file(path, /*require_minimum=*/false);
}

TEST_CASE("extract cases: the case-file parser") {
  std::string error;
  const auto m = strip_markers("Es kostete [[6,3 Mrd. €]].", error);
  REQUIRE(m.has_value());
  CHECK(m->text == "Es kostete 6,3 Mrd. €.");
  CHECK(m->span.begin == 11);
  CHECK(m->span.end == 11 + std::string_view("6,3 Mrd. €").size());
  CHECK_FALSE(strip_markers("no marker", error).has_value());
  CHECK_FALSE(strip_markers("[[1]] and [[2]]", error).has_value());
  CHECK_FALSE(strip_markers("[[1 and 2", error).has_value());
  CHECK_FALSE(strip_markers("empty [[]]", error).has_value());
  CHECK_FALSE(strip_markers("stray]] [[1]]", error).has_value());
  // A case with a typo in a field name or a non-canonical value is reported, not run.
  CHECK_FALSE(check_positive(json::parse(R"({"text": "[[5]]", "kind": "number", "value": "5",
                                              "aproximate": true})"),
                             "en")
                  .empty());
  CHECK_FALSE(
      check_positive(json::parse(R"({"text": "[[5.0]]", "kind": "number", "value": "5.0"})"), "en")
          .empty());
  CHECK_FALSE(
      check_positive(json::parse(R"({"text": "[[$5]]", "kind": "money", "value": "5"})"), "en")
          .empty());
  // Dates and identifiers take only a value, written as describe_value or the key writes it.
  const auto malformed = [](const char* c) {
    const auto problems = check_positive(json::parse(c), "en");
    return !problems.empty() && problems.find("extracted:") == std::string::npos;
  };
  CHECK(malformed(R"({"text": "in [[2023]]", "kind": "date", "value": "23"})"));
  CHECK(malformed(R"({"text": "in [[2023]]", "kind": "date", "value": "2023-13"})"));
  CHECK(malformed(R"({"text": "in [[2023]]", "kind": "date", "value": "2023", "words": false})"));
  CHECK(malformed(R"({"text": "the [[iPhone 6]]", "kind": "identifier", "value": "iPhone 6"})"));
  CHECK(malformed(R"({"text": "[[COVID-19]]", "kind": "identifier", "value": "COVID-19"})"));
  CHECK(malformed(R"({"text": "[[ISO 9001]]", "kind": "identifier", "value": "ISO9001",
                      "approximate": true})"));
  CHECK(malformed(R"({"text": "the [[3rd]]", "kind": "ordinal", "value": "3.5"})"));
  CHECK(malformed(R"({"text": "[[five]]", "kind": "number", "value": "5", "words": "yes"})"));
  CHECK(malformed(R"({"text": "[[five]]", "kind": "cardinal", "value": "5"})"));
  CHECK(is_date_value("2023"));
  CHECK(is_date_value("2023-07"));
  CHECK(is_date_value("2023-07-03"));
  CHECK_FALSE(is_date_value("2023-7"));
  CHECK(is_canonical_decimal("1234567890123456789012"));
  CHECK(is_canonical_decimal("-0.05"));
  CHECK(is_canonical_decimal("0"));
  CHECK_FALSE(is_canonical_decimal("6.30"));
  CHECK_FALSE(is_canonical_decimal("06"));
  CHECK_FALSE(is_canonical_decimal("6."));
  CHECK_FALSE(is_canonical_decimal(".5"));
  CHECK_FALSE(is_canonical_decimal("1e9"));
  CHECK_FALSE(is_canonical_decimal("1,5"));
  CHECK(identifier_key_problem("IPHONE6").empty());
  CHECK(identifier_key_problem("600884.SH").empty());
  CHECK(identifier_key_problem("+49301234567").empty());
  CHECK_FALSE(identifier_key_problem("A320neo").empty());
  CHECK_FALSE(identifier_key_problem("ＩＳＯ9001").empty());
}
