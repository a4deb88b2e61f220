// Golden expectations: every fixtures/sets/<name>/ run through the pipeline and held to its
// expect.json (findings that must appear, findings that must not, clean sets stay clean).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "check/engine.hpp"
#include "cli/pipeline.hpp"
#include "core/finding.hpp"
#include "core/result.hpp"
#include "core/utf8.hpp"
#include "read/reader.hpp"

#ifndef FACTLINT_SOURCE_ROOT
#error "FACTLINT_SOURCE_ROOT must name the source tree"
#endif

namespace {

namespace fs = std::filesystem;
using factlint::Finding;
using factlint::Report;
using factlint::Severity;
using nlohmann::json;

/// Fewest sets of each kind and fewest versions per set the issue asks for.
constexpr std::size_t kMinPlantedSets = 3;
constexpr std::size_t kMinCleanSets = 2;
constexpr std::size_t kMinVersions = 5;

/// One item of "must", "forbid" or "allow": a rule, optionally the offending version's language
/// and a piece of text one of the finding's facts must contain.
struct Item {
  std::string rule;
  std::string lang;
  std::string text;
};

/// A parsed expect.json.
struct Expectation {
  std::string pivot;
  std::vector<Item> must;
  std::vector<Item> forbid;
  std::vector<Item> allow;                  ///< tolerated, not required
  std::optional<Severity> clean_threshold;  ///< "must_not_rules_at_or_above"
  /// "unexpected_at_or_above": every finding at or above it must match a must or allow item.
  std::optional<Severity> unexpected_threshold;
};

/// One language version of a set.
struct Version {
  fs::path path;
  std::string lang;
};

/// A fixture set folder with its versions (sorted by path).
struct FixtureSet {
  std::string name;
  fs::path dir;
  std::vector<Version> versions;
};

fs::path sets_root() { return fs::path(FACTLINT_SOURCE_ROOT) / "fixtures" / "sets"; }

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// The language of "<set>.<lang>.md" / "<set>.<lang>.txt"; empty for any other name.
std::string lang_of(const fs::path& file, const std::string& set) {
  const std::string ext = file.extension().string();
  if (ext != ".md" && ext != ".txt") {
    return {};
  }
  const std::string stem = file.stem().string();  // "<set>.<lang>"
  const std::string prefix = set + ".";
  if (stem.size() <= prefix.size() || stem.compare(0, prefix.size(), prefix) != 0) {
    return {};
  }
  return stem.substr(prefix.size());
}

std::vector<FixtureSet> find_sets() {
  std::vector<FixtureSet> sets;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(sets_root(), ec)) {
    if (!entry.is_directory()) {
      continue;
    }
    FixtureSet set{entry.path().filename().string(), entry.path(), {}};
    for (const auto& file : fs::directory_iterator(entry.path(), ec)) {
      std::string lang = lang_of(file.path(), set.name);
      if (file.is_regular_file() && !lang.empty()) {
        set.versions.push_back({file.path(), std::move(lang)});
      }
    }
    std::sort(set.versions.begin(), set.versions.end(),
              [](const Version& a, const Version& b) { return a.path < b.path; });
    sets.push_back(std::move(set));
  }
  std::sort(sets.begin(), sets.end(),
            [](const FixtureSet& a, const FixtureSet& b) { return a.name < b.name; });
  return sets;
}

/// Reads one list of items; appends a problem to `errors` for anything malformed.
std::vector<Item> parse_items(const json& doc, const char* key, std::vector<std::string>& errors) {
  std::vector<Item> items;
  if (!doc.contains(key)) {
    return items;
  }
  if (!doc[key].is_array()) {
    errors.push_back(std::string(key) + " is not an array");
    return items;
  }
  for (const json& entry : doc[key]) {
    if (!entry.is_object() || !entry.contains("rule") || !entry["rule"].is_string()) {
      errors.push_back(std::string(key) + ": an item without a string \"rule\"");
      continue;
    }
    Item item;
    for (const auto& [field, value] : entry.items()) {
      if (!value.is_string()) {
        errors.push_back(std::string(key) + ": field '" + field + "' is not a string");
      } else if (field == "rule") {
        item.rule = value.get<std::string>();
      } else if (field == "lang") {
        item.lang = value.get<std::string>();
      } else if (field == "text") {
        item.text = value.get<std::string>();
      } else if (field != "note") {
        errors.push_back(std::string(key) + ": unknown field '" + field + "'");
      }
    }
    items.push_back(std::move(item));
  }
  return items;
}

std::optional<Severity> parse_threshold(const json& doc, const char* key,
                                        std::vector<std::string>& errors) {
  if (!doc.contains(key)) {
    return std::nullopt;
  }
  const auto severity =
      doc[key].is_string() ? factlint::parse_severity(doc[key].get<std::string>()) : std::nullopt;
  if (!severity) {
    errors.push_back(std::string(key) + " is not error, warning or info");
  }
  return severity;
}

/// Parses expect.json; `errors` collects every problem (unknown keys included, to catch typos).
Expectation parse_expectation(const std::string& text, std::vector<std::string>& errors) {
  Expectation exp;
  const json doc = json::parse(text, nullptr, /*allow_exceptions=*/false, /*ignore_comments=*/true);
  if (doc.is_discarded() || !doc.is_object()) {
    errors.emplace_back("not a JSON object");
    return exp;
  }
  static const std::set<std::string, std::less<>> kKeys{
      "pivot", "must", "forbid", "allow", "must_not_rules_at_or_above", "unexpected_at_or_above"};
  for (const auto& [key, value] : doc.items()) {
    if (kKeys.count(key) == 0) {
      errors.push_back("unknown key '" + key + "'");
    }
  }
  if (doc.contains("pivot")) {
    if (doc["pivot"].is_string()) {
      exp.pivot = doc["pivot"].get<std::string>();
    } else {
      errors.emplace_back("pivot is not a string");
    }
  }
  exp.must = parse_items(doc, "must", errors);
  exp.forbid = parse_items(doc, "forbid", errors);
  exp.allow = parse_items(doc, "allow", errors);
  exp.clean_threshold = parse_threshold(doc, "must_not_rules_at_or_above", errors);
  exp.unexpected_threshold = parse_threshold(doc, "unexpected_at_or_above", errors);
  return exp;
}

Expectation load_expectation(const FixtureSet& set, std::vector<std::string>& errors) {
  const fs::path path = set.dir / "expect.json";
  if (!fs::exists(path)) {
    errors.emplace_back("expect.json is missing");
    return {};
  }
  return parse_expectation(read_bytes(path), errors);
}

/// True when the text has a letter outside the Latin script (Greek and later blocks, CJK, Hangul).
bool has_non_latin_letters(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = factlint::utf8::decode(text, pos);
    const bool greek_to_ethiopic = cp >= 0x0370 && cp <= 0x13FF;
    const bool cjk_kana_hangul = cp >= 0x3040 && cp <= 0xD7AF;
    if (greek_to_ethiopic || cjk_kana_hangul) {
      return true;
    }
  }
  return false;
}

std::string lang_of_doc(const Report& report, std::uint32_t doc) {
  return doc < report.documents.size() ? report.documents[doc].lang : std::string("?");
}

/// Whether `finding` is what `item` describes: same rule, offending version `item.lang` (when
/// given) and one of its facts' text containing `item.text` (when given).
bool matches(const Finding& finding, const Item& item, const Report& report) {
  if (finding.rule != item.rule) {
    return false;
  }
  if (!item.lang.empty() &&
      (finding.docs.empty() || lang_of_doc(report, finding.docs.front()) != item.lang)) {
    return false;
  }
  if (item.text.empty()) {
    return true;
  }
  return std::any_of(finding.facts.begin(), finding.facts.end(), [&](std::uint32_t f) {
    return f < report.facts.size() && report.facts[f].text.find(item.text) != std::string::npos;
  });
}

std::string describe(const Item& item) {
  std::string out = item.rule;
  if (!item.lang.empty()) {
    out += " offending " + item.lang;
  }
  if (!item.text.empty()) {
    out += " with a fact containing \"" + item.text + "\"";
  }
  return out;
}

std::string describe(const Finding& finding, const Report& report) {
  std::ostringstream out;
  out << factlint::to_string(finding.severity) << ' ' << finding.rule << " [";
  for (std::size_t i = 0; i < finding.docs.size(); ++i) {
    out << (i == 0 ? "" : ", ") << lang_of_doc(report, finding.docs[i]);
  }
  out << "] {";
  for (std::size_t i = 0; i < finding.facts.size(); ++i) {
    const std::uint32_t f = finding.facts[i];
    out << (i == 0 ? "" : ", ");
    if (f < report.facts.size()) {
      out << '"' << report.facts[f].text << "\"@" << lang_of_doc(report, report.facts[f].doc);
    } else {
      out << "#" << f;
    }
  }
  out << "}: " << finding.message;
  return out.str();
}

std::string describe_all(const Report& report) {
  std::string out = "actual findings (" + std::to_string(report.findings.size()) + "):";
  for (const Finding& finding : report.findings) {
    out += "\n    " + describe(finding, report);
  }
  return out;
}

/// Every broken expectation of one set, one line each (empty when the set passes).
std::vector<std::string> failures_of(const Expectation& exp, const Report& report) {
  std::vector<std::string> failures;
  const auto any_match = [&](const Item& item) {
    return std::any_of(report.findings.begin(), report.findings.end(),
                       [&](const Finding& f) { return matches(f, item, report); });
  };
  for (const Item& item : exp.must) {
    if (!any_match(item)) {
      failures.push_back("missing expected finding: " + describe(item));
    }
  }
  for (const Item& item : exp.forbid) {
    for (const Finding& finding : report.findings) {
      if (matches(finding, item, report)) {
        failures.push_back("forbidden finding (" + describe(item) +
                           "): " + describe(finding, report));
      }
    }
  }
  if (exp.clean_threshold) {
    for (const Finding& finding : report.findings) {
      if (finding.severity >= *exp.clean_threshold) {
        failures.push_back("clean set has a finding at or above " +
                           std::string(factlint::to_string(*exp.clean_threshold)) + ": " +
                           describe(finding, report));
      }
    }
  }
  if (exp.unexpected_threshold) {
    for (const Finding& finding : report.findings) {
      if (finding.severity < *exp.unexpected_threshold) {
        continue;
      }
      const auto listed = [&](const Item& item) { return matches(finding, item, report); };
      if (std::none_of(exp.must.begin(), exp.must.end(), listed) &&
          std::none_of(exp.allow.begin(), exp.allow.end(), listed)) {
        failures.push_back("unexpected finding: " + describe(finding, report));
      }
    }
  }
  return failures;
}

const factlint::check::RuleSet& default_rules() {
  static const auto rules = factlint::cli::load_rule_set({});
  REQUIRE_MESSAGE(rules.ok(), (rules.ok() ? std::string() : rules.error().format()));
  return rules.value();
}

}  // namespace

TEST_CASE("the fixture sets are well formed") {
  const std::vector<FixtureSet> sets = find_sets();
  REQUIRE_MESSAGE(!sets.empty(), "no sets under " << sets_root().string());
  const factlint::check::RuleSet& rules = default_rules();
  std::size_t planted = 0;
  std::size_t clean = 0;
  for (const FixtureSet& set : sets) {
    INFO("set " << set.name);
    std::vector<std::string> errors;
    const Expectation exp = load_expectation(set, errors);
    for (const std::string& error : errors) {
      FAIL_CHECK("expect.json: " << error);
    }
    CHECK_MESSAGE(fs::exists(set.dir / "README.md"), "README.md listing the discrepancies");
    CHECK_MESSAGE(set.versions.size() >= kMinVersions,
                  set.versions.size() << " versions, want at least " << kMinVersions);
    std::set<std::string> langs;
    bool non_latin = false;
    for (const Version& version : set.versions) {
      CHECK_MESSAGE(langs.insert(version.lang).second, "two versions in " << version.lang);
      non_latin = non_latin || has_non_latin_letters(read_bytes(version.path));
    }
    CHECK_MESSAGE(non_latin, "no version in a non-Latin script");
    const std::string pivot = exp.pivot.empty() ? "en" : exp.pivot;
    CHECK_MESSAGE(langs.count(pivot) == 1, "the pivot " << pivot << " has no version");
    for (const auto* list : {&exp.must, &exp.forbid, &exp.allow}) {
      for (const Item& item : *list) {
        CHECK_MESSAGE(rules.find(item.rule) != nullptr, "unknown rule '" << item.rule << "'");
        CHECK_MESSAGE((item.lang.empty() || langs.count(item.lang) == 1),
                      "no version in '" << item.lang << "' (" << describe(item) << ")");
      }
    }
    if (exp.clean_threshold) {
      CHECK_MESSAGE(exp.must.empty(), "a clean set with findings it must raise");
      ++clean;
    } else if (!exp.must.empty()) {
      ++planted;
    }
  }
  CHECK_MESSAGE(planted >= kMinPlantedSets, planted << " sets with planted discrepancies");
  CHECK_MESSAGE(clean >= kMinCleanSets, clean << " clean sets");
}

TEST_CASE("every fixture set meets its expect.json") {
  const factlint::check::RuleSet& rules = default_rules();
  for (const FixtureSet& set : find_sets()) {
    INFO("set " << set.name);
    std::vector<std::string> errors;
    const Expectation exp = load_expectation(set, errors);
    if (!errors.empty()) {
      continue;  // reported by the well-formedness test
    }
    std::vector<factlint::read::Input> inputs;
    inputs.reserve(set.versions.size());
    for (const Version& version : set.versions) {
      inputs.push_back({version.path.string(), version.lang});
    }
    factlint::cli::CheckOptions options;
    options.pivot = exp.pivot;
    const auto report = factlint::cli::check_inputs(inputs, options, rules);
    if (!report.ok()) {
      FAIL_CHECK("the pipeline failed: " << report.error().format());
      continue;
    }
    const std::vector<std::string> failures = failures_of(exp, report.value());
    if (failures.empty()) {
      continue;
    }
    std::string text;
    for (const std::string& failure : failures) {
      text += "\n  " + failure;
    }
    FAIL_CHECK(failures.size() << " broken expectation(s):" << text << "\n  "
                               << describe_all(report.value()));
  }
}

TEST_CASE("the expectation checker itself") {
  Report report;
  report.documents.resize(2);
  report.documents[0].lang = "en";
  report.documents[1].lang = "de";
  report.facts.resize(2);
  report.facts[0].doc = 0;
  report.facts[0].text = "$4.1 billion";
  report.facts[1].doc = 1;
  report.facts[1].text = "$4,1 Milliarden Euro";
  Finding finding;
  finding.rule = "currency-mismatch";
  finding.severity = Severity::error;
  finding.docs = {1, 0};
  finding.facts = {1, 0};
  report.findings.push_back(finding);

  Expectation exp;
  exp.must = {{"currency-mismatch", "de", "Euro"}};
  CHECK(failures_of(exp, report).empty());
  exp.unexpected_threshold = Severity::warning;
  CHECK(failures_of(exp, report).empty());

  exp.must = {{"currency-mismatch", "en", ""}};  // en is not the offending version
  CHECK(failures_of(exp, report).size() == 2);   // missing, and the real one is unexpected
  exp.allow = {{"currency-mismatch", "", ""}};
  CHECK(failures_of(exp, report).size() == 1);

  exp = Expectation{};
  exp.must = {{"currency-mismatch", "de", "yen"}};  // no fact contains "yen"
  CHECK(failures_of(exp, report).size() == 1);

  exp = Expectation{};
  exp.forbid = {{"currency-mismatch", "", ""}, {"value-mismatch", "", ""}};
  CHECK(failures_of(exp, report).size() == 1);

  exp = Expectation{};
  exp.clean_threshold = Severity::warning;
  CHECK(failures_of(exp, report).size() == 1);
  report.findings[0].severity = Severity::info;
  CHECK(failures_of(exp, report).empty());

  std::vector<std::string> errors;
  (void)parse_expectation(
      R"({"pivot": "en", "must": [{"rule": "x", "langs": "de"}], "mustnot": 1})", errors);
  CHECK(errors.size() == 2);  // unknown item field, unknown key
  errors.clear();
  const Expectation parsed = parse_expectation(
      R"({"pivot": "de", "must": [{"rule": "missing-fact", "lang": "fr", "text": "612"}],
          "unexpected_at_or_above": "warning"})",
      errors);
  CHECK(errors.empty());
  CHECK(parsed.pivot == "de");
  REQUIRE(parsed.must.size() == 1);
  CHECK(parsed.must[0].lang == "fr");
  CHECK(parsed.unexpected_threshold == Severity::warning);
}
