// Reads rules/terms/*.json (embedded) into per-language term lists.
#include "lang/terms.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>

#include "core/embedded.hpp"

namespace factlint::lang {

namespace {

using nlohmann::json;

struct AllTerms {
  std::map<std::string, json, std::less<>> files;  // "approximation" → parsed file
  std::vector<std::string> problems;
};

const AllTerms& all_terms() {
  static const AllTerms terms = [] {
    AllTerms t;
    for (const auto& f : embedded_files()) {
      if (!f.path.starts_with("terms/") || !f.path.ends_with(".json")) continue;
      const std::string name(f.path.substr(6, f.path.size() - 6 - 5));
      try {
        json j = json::parse(f.content, nullptr, true, true);
        if (!j.is_object()) {
          t.problems.push_back(std::string(f.path) + ": not a JSON object");
          continue;
        }
        t.files.emplace(name, std::move(j));
      } catch (const json::exception& e) {
        t.problems.push_back(std::string(f.path) + ": " + e.what());
      }
    }
    return t;
  }();
  return terms;
}

const json* section(std::string_view file, std::string_view key) {
  const auto& files = all_terms().files;
  const auto it = files.find(file);
  if (it == files.end()) return nullptr;
  const auto s = it->second.find(std::string(key));
  return s == it->second.end() ? nullptr : &*s;
}

void add_strings(const json* node, std::vector<std::string>& out) {
  if (node == nullptr || !node->is_array()) return;
  for (const auto& v : *node) {
    if (v.is_string()) out.push_back(v.get<std::string>());
  }
}

void add_string_field(const json* node, const char* field, std::vector<std::string>& out) {
  if (node == nullptr || !node->is_object() || !node->contains(field)) return;
  add_strings(&(*node)[field], out);
}

void add_aliases(const json* node, std::vector<std::pair<std::string, std::string>>& out) {
  if (node == nullptr || !node->is_object()) return;
  for (const auto& [k, v] : node->items()) {
    if (v.is_string()) out.emplace_back(k, v.get<std::string>());
  }
}

void add_powers(const json* node, std::vector<std::pair<std::string, std::int32_t>>& out) {
  if (node == nullptr || !node->is_object()) return;
  for (const auto& [k, v] : node->items()) {
    if (v.is_number_integer()) out.emplace_back(k, v.get<std::int32_t>());
  }
}

void add_number_words(const json* node, std::vector<NumberWordTerm>& out) {
  if (node == nullptr || !node->is_object()) return;
  const auto add = [&](const char* field, bool approximate, bool ordinal = false) {
    if (!node->contains(field) || !(*node)[field].is_object()) return;
    for (const auto& [k, v] : (*node)[field].items()) {
      NumberWordTerm t{k, 0, 0, approximate, ordinal};
      if (v.is_number_integer()) {
        t.value = v.get<std::int64_t>();
      } else if (v.is_array() && v.size() == 2 && v[0].is_number_integer() &&
                 v[1].is_number_integer()) {
        t.value = v[0].get<std::int64_t>();
        t.upper = v[1].get<std::int64_t>();
      } else {
        continue;
      }
      out.push_back(std::move(t));
    }
  };
  add("approximate", true);
  add("forms", false);
  add("ordinals", false, true);
}

bool flag(const json* node, const char* field) {
  if (node == nullptr || !node->is_object() || !node->contains(field)) return false;
  const json& v = (*node)[field];
  return v.is_boolean() && v.get<bool>();
}

/// The language key to use for `tag`: the longest prefix present in any terms file.
std::string resolve(std::string_view tag) {
  std::string t(tag);
  while (!t.empty()) {
    for (const auto& [_, j] : all_terms().files) {
      if (j.contains(t)) return t;
    }
    const auto dash = t.rfind('-');
    if (dash == std::string::npos) break;
    t.resize(dash);
  }
  return {};
}

TermsForLanguage load(std::string_view tag) {
  TermsForLanguage out;
  out.lang = resolve(tag);
  const std::string& l = out.lang;
  add_strings(section("approximation", l), out.approximation);
  add_strings(section("approximation_after", l), out.approximation_after);
  for (const std::string& key : {std::string("*"), l}) {
    const json* p = section("percent_words", key);
    add_string_field(p, "percent", out.percent_words);
    add_string_field(p, "points", out.points_words);
    add_string_field(p, "prefix", out.percent_prefixes);
    add_aliases(section("currency_aliases", key), out.currency_aliases);
    add_powers(section("scale_false_friends", key), out.scale_words);
    add_powers(section("scale_abbreviations", key), out.scale_words);
    const json* c = section("number_context", key);
    add_string_field(c, "connectors", out.connectors);
    add_string_field(c, "range", out.range_words);
    add_string_field(c, "ordinal_prefixes", out.ordinal_prefixes);
    add_string_field(c, "ordinal_counters", out.ordinal_counters);
    add_string_field(c, "not_numbers_before", out.non_number_suffixes);
    add_string_field(c, "time_before", out.time_before);
    add_string_field(c, "clock_parts", out.clock_parts);
    add_string_field(c, "clock_markers", out.clock_markers);
    add_string_field(c, "durations", out.durations);
    add_string_field(c, "time_after", out.time_after);
    add_string_field(c, "ordinal_before", out.ordinal_before);
    add_string_field(c, "collective_after", out.collective_after);
    add_string_field(c, "word_suffixes", out.word_suffixes);
    add_string_field(c, "era_calendars", out.era_calendars);
    add_string_field(c, "fixed_phrases", out.fixed_phrases);
    add_string_field(c, "between_after", out.between_after);
    add_string_field(c, "year_before", out.year_before);
    add_string_field(c, "month_number_before", out.month_number_before);
    add_string_field(c, "day_number_before", out.day_number_before);
    add_string_field(c, "year_after", out.year_after);
    add_string_field(c, "from", out.range_from);
    add_string_field(c, "between", out.between);
    add_string_field(c, "and", out.between_and);
    add_string_field(c, "count_suffixes", out.count_suffixes);
    add_string_field(c, "year_determiners", out.year_determiners);
    add_string_field(c, "year_labels", out.year_labels);
    add_string_field(c, "year_verbs", out.year_verbs);
    add_string_field(c, "clock_words", out.clock_words);
    add_string_field(c, "not_scales", out.not_scales);
    add_string_field(c, "pm_words", out.pm_words);
    const json* ids = section("identifiers", key);
    add_string_field(ids, "heads", out.identifier_heads);
    add_string_field(ids, "units", out.units);
    add_string_field(ids, "ordinal_suffixes", out.ordinal_suffixes);
    const json* nw = section("number_words", key);
    add_number_words(nw, out.number_words);
    add_string_field(nw, "weak", out.number_words_weak);
    add_string_field(nw, "rank_after", out.rank_after);
    add_string_field(nw, "rank_not_before", out.rank_not_before);
    add_string_field(nw, "clitics", out.clitics);
    add_string_field(nw, "ordinal_clitics", out.ordinal_clitics);
    add_string_field(nw, "article", out.articles);
    add_string_field(nw, "joiners", out.number_joiners);
    add_string_field(nw, "counters", out.counters);
    const json* fr = section("fractions", key);
    add_string_field(fr, "marks", out.fraction_marks);
    if (fr != nullptr && fr->is_object()) {
      if (fr->contains("numerators")) add_powers(&(*fr)["numerators"], out.fraction_numerators);
      if (fr->contains("denominators")) {
        add_powers(&(*fr)["denominators"], out.fraction_denominators);
      }
    }
    add_string_field(fr, "after", out.fraction_after);
    add_string_field(fr, "alone", out.fraction_alone);
    out.ordinal_dot = out.ordinal_dot || flag(c, "ordinal_dot");
    out.nouns_capitalized = out.nouns_capitalized || flag(c, "nouns_capitalized");
    out.years_marked = out.years_marked || flag(c, "years_marked");
    add_string_field(c, "dual_endings", out.dual_endings);
    out.buddhist_era = out.buddhist_era || flag(c, "buddhist_era");
    if (l.empty()) break;
  }
  return out;
}

}  // namespace

const TermsForLanguage& terms_for(std::string_view tag) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<TermsForLanguage>, std::less<>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  const auto it = cache.find(tag);
  if (it != cache.end()) return *it->second;
  auto t = std::make_unique<TermsForLanguage>(load(tag));
  const auto& ref = *t;
  cache.emplace(std::string(tag), std::move(t));
  return ref;
}

const std::vector<std::string>& terms_problems() { return all_terms().problems; }

}  // namespace factlint::lang
