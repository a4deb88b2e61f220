// factlint eval: runs labelled cases through the check pipeline and tallies what it caught.
#include "cli/eval.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "cli/output.hpp"
#include "cli/pipeline.hpp"
#include "core/utf8.hpp"
#include "lang/lang.hpp"

namespace factlint::cli::eval {
namespace {

using Json = nlohmann::ordered_json;

constexpr int kRan = 0;
constexpr int kGateMissed = 1;
constexpr int kInputError = 2;

Diagnostic line_error(const std::string& path, std::size_t line_no, std::string message) {
  return Diagnostic{"eval/bad-case", path, static_cast<std::uint32_t>(line_no), 0,
                    std::move(message)};
}

/// Looks up a field that must be a non-empty string.
Result<std::string> string_field(const nlohmann::json& obj, const char* name,
                                 const std::string& path, std::size_t line_no) {
  const auto it = obj.find(name);
  if (it == obj.end())
    return line_error(path, line_no, std::string("missing field '") + name + "'");
  if (!it->is_string()) {
    return line_error(path, line_no, std::string("field '") + name + "' must be a string");
  }
  auto value = it->get<std::string>();
  if (value.empty()) {
    return line_error(path, line_no, std::string("field '") + name + "' is empty");
  }
  return value;
}

Result<std::string> language(const std::string& tag, const char* field, const std::string& path,
                             std::size_t line_no) {
  auto canon = lang::canonicalize(tag);
  if (!canon) {
    return line_error(path, line_no,
                      std::string("unknown language tag '") + tag + "' in '" + field + "'");
  }
  return canon;
}

std::string ratio_text(std::optional<double> r) {
  if (!r) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", *r);
  return buf;
}

Json ratio_json(std::optional<double> r) {
  if (!r) return nullptr;
  // Three decimals, as the text table shows: the JSON stays byte-stable across libm versions.
  return static_cast<double>(std::llround(*r * 1000.0)) / 1000.0;
}

Json tally_json(const Tally& t) {
  Json j;
  j["perturbed"] = t.perturbed;
  j["caught"] = t.caught;
  j["wrong_version"] = t.wrong_version;
  j["recall"] = ratio_json(t.recall());
  j["clean"] = t.clean;
  j["false_alarms"] = t.false_alarms;
  j["false_alarm_rate"] = ratio_json(t.false_alarm_rate());
  j["precision"] = ratio_json(t.precision());
  return j;
}

/// Display width of a cell: code points, which is right for the arrows and tags in the keys.
std::size_t width(std::string_view s) { return utf8::count_code_points(s); }

void pad_right(std::string& out, std::string_view s, std::size_t w) {
  out += s;
  for (std::size_t n = width(s); n < w; ++n) out += ' ';
}

void pad_left(std::string& out, std::string_view s, std::size_t w) {
  for (std::size_t n = width(s); n < w; ++n) out += ' ';
  out += s;
}

void table(std::string& out, std::string_view heading,
           const std::vector<std::pair<std::string, Tally>>& rows, const Tally* total) {
  std::size_t key_width = width(heading);
  for (const auto& [key, t] : rows) key_width = std::max(key_width, width(key));
  constexpr std::size_t kCol = 10;
  const std::vector<std::string_view> columns{"perturbed", "caught",      "recall",   "clean",
                                              "alarms",    "false-alarm", "precision"};
  const auto header = [&] {
    pad_right(out, heading, key_width);
    for (const auto c : columns) pad_left(out, c, std::max(kCol, width(c) + 2));
    out += '\n';
  };
  const auto row = [&](std::string_view key, const Tally& t) {
    pad_right(out, key, key_width);
    const std::vector<std::string> cells{
        std::to_string(t.perturbed),    std::to_string(t.caught),
        ratio_text(t.recall()),         std::to_string(t.clean),
        std::to_string(t.false_alarms), ratio_text(t.false_alarm_rate()),
        ratio_text(t.precision())};
    for (std::size_t i = 0; i < cells.size(); ++i) {
      pad_left(out, cells[i], std::max(kCol, width(columns[i]) + 2));
    }
    out += '\n';
  };
  header();
  for (const auto& [key, t] : rows) row(key, t);
  if (total != nullptr) row("all", *total);
}

std::vector<std::pair<std::string, Tally>> sorted_groups(std::map<std::string, Tally> groups) {
  return {std::make_move_iterator(groups.begin()), std::make_move_iterator(groups.end())};
}

Result<std::string> read_whole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Diagnostic{"eval/unreadable", path, 0, 0, "cannot read the cases file"};
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

Result<Case> parse_case(std::string_view line, const std::string& path, std::size_t line_no) {
  if (const auto bad = utf8::find_invalid(line)) {
    return line_error(path, line_no, "invalid UTF-8 at byte " + std::to_string(*bad + 1));
  }
  nlohmann::json obj;
  try {
    obj = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) {
    // nlohmann's message starts with its own error code; keep the part after it.
    std::string what = e.what();
    if (const auto pos = what.find("] "); pos != std::string::npos) what = what.substr(pos + 2);
    return line_error(path, line_no, "not valid JSON: " + what);
  }
  if (!obj.is_object()) return line_error(path, line_no, "a case must be a JSON object");

  Case c;
  c.line = line_no;
  auto id = string_field(obj, "id", path, line_no);
  if (!id) return id.error();
  c.id = std::move(id).value();
  auto category = string_field(obj, "category", path, line_no);
  if (!category) return category.error();
  c.category = std::move(category).value();
  auto expect = string_field(obj, "expect", path, line_no);
  if (!expect) return expect.error();
  if (*expect != "flag" && *expect != "clean") {
    return line_error(path, line_no,
                      R"(field 'expect' must be "flag" or "clean", not ')" + *expect + "'");
  }
  c.expect_flag = *expect == "flag";

  if (const auto versions = obj.find("versions"); versions != obj.end()) {
    for (const char* pair_field : {"source", "target", "source_lang", "target_lang"}) {
      if (obj.contains(pair_field)) {
        return line_error(path, line_no,
                          std::string("a case has 'versions' or '") + pair_field + "', not both");
      }
    }
    if (!versions->is_array() || versions->size() < 2) {
      return line_error(path, line_no,
                        "field 'versions' must be an array of at least two [lang, text] pairs");
    }
    c.multi = true;
    for (const auto& v : *versions) {
      if (!v.is_array() || v.size() != 2 || !v[0].is_string() || !v[1].is_string()) {
        return line_error(path, line_no, "each entry of 'versions' must be [lang, text]");
      }
      auto tag = language(v[0].get<std::string>(), "versions", path, line_no);
      if (!tag) return tag.error();
      auto text = v[1].get<std::string>();
      if (text.empty()) return line_error(path, line_no, "a text in 'versions' is empty");
      c.versions.emplace_back(std::move(tag).value(), std::move(text));
    }
  } else {
    std::string tags[2];
    std::string texts[2];
    const char* lang_fields[2] = {"source_lang", "target_lang"};
    const char* text_fields[2] = {"source", "target"};
    for (int i = 0; i < 2; ++i) {
      auto raw = string_field(obj, lang_fields[i], path, line_no);
      if (!raw) return raw.error();
      auto tag = language(*raw, lang_fields[i], path, line_no);
      if (!tag) return tag.error();
      tags[i] = std::move(tag).value();
      auto text = string_field(obj, text_fields[i], path, line_no);
      if (!text) return text.error();
      texts[i] = std::move(text).value();
    }
    for (int i = 0; i < 2; ++i) c.versions.emplace_back(std::move(tags[i]), std::move(texts[i]));
  }

  if (const auto offender = obj.find("offender"); offender != obj.end()) {
    if (!offender->is_string()) {
      return line_error(path, line_no, "field 'offender' must be a string");
    }
    auto tag = language(offender->get<std::string>(), "offender", path, line_no);
    if (!tag) return tag.error();
    const bool named = std::any_of(c.versions.begin(), c.versions.end(),
                                   [&](const auto& v) { return v.first == *tag; });
    if (!named) {
      return line_error(path, line_no,
                        "field 'offender' names '" + *tag + "', which is none of the versions");
    }
    c.offender = std::move(tag).value();
  }
  return c;
}

Result<std::vector<Case>> parse_cases(std::string_view content, const std::string& path) {
  std::vector<Case> cases;
  std::map<std::string, std::size_t, std::less<>> first_line;
  std::size_t line_no = 0;
  std::size_t pos = 0;
  while (pos < content.size()) {
    const std::size_t end = std::min(content.find('\n', pos), content.size());
    std::string_view line = content.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    auto c = parse_case(line, path, line_no);
    if (!c) return c.error();
    if (const auto [it, fresh] = first_line.emplace(c->id, line_no); !fresh) {
      return line_error(
          path, line_no,
          "duplicate id '" + c->id + "' (first on line " + std::to_string(it->second) + ")");
    }
    cases.push_back(std::move(c).value());
  }
  if (cases.empty()) return Diagnostic{"eval/no-cases", path, 0, 0, "the file holds no case"};
  return cases;
}

CaseResult judge(const Case& c, const Report& report, Severity threshold) {
  CaseResult r;
  std::set<std::string> rules;
  std::set<std::string> langs;
  bool on_offender = false;
  for (const Finding& f : report.findings) {
    if (f.severity < threshold) continue;
    r.flagged = true;
    rules.insert(f.rule);
    r.messages.push_back(f.message);
    if (f.docs.empty() || f.docs.front() >= report.documents.size()) continue;
    const std::string& first = report.documents[f.docs.front()].lang;
    langs.insert(first);
    if (c.offender && first == *c.offender) on_offender = true;
  }
  if (c.offender) r.flagged_offender = on_offender;
  r.rules.assign(rules.begin(), rules.end());
  r.langs.assign(langs.begin(), langs.end());
  return r;
}

bool counts_as_caught(const Case& c, const CaseResult& r) {
  if (c.expect_flag && r.flagged_offender) return *r.flagged_offender;
  return r.flagged;
}

std::optional<double> Tally::recall() const {
  if (perturbed == 0) return std::nullopt;
  return static_cast<double>(caught) / static_cast<double>(perturbed);
}

std::optional<double> Tally::false_alarm_rate() const {
  if (clean == 0) return std::nullopt;
  return static_cast<double>(false_alarms) / static_cast<double>(clean);
}

std::optional<double> Tally::precision() const {
  const std::size_t flagged = caught + wrong_version + false_alarms;
  if (flagged == 0) return std::nullopt;
  return static_cast<double>(caught) / static_cast<double>(flagged);
}

void Tally::add(const Case& c, const CaseResult& r) {
  if (c.expect_flag) {
    ++perturbed;
    if (counts_as_caught(c, r)) {
      ++caught;
    } else if (r.flagged) {
      ++wrong_version;
    }
  } else {
    ++clean;
    if (r.flagged) ++false_alarms;
  }
}

std::string language_key(const Case& c) {
  if (c.multi) return "multi";
  return c.versions[0].first + "→" + c.versions[1].first;
}

Tallies tally_cases(const std::vector<Case>& cases, const std::vector<CaseResult>& results) {
  FACTLINT_ASSERT(cases.size() == results.size());
  Tallies s;
  std::map<std::string, Tally> by_category;
  std::map<std::string, Tally> by_language;
  std::map<std::string, Tally> by_both;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const Case& c = cases[i];
    const std::string lang = language_key(c);
    s.all.add(c, results[i]);
    by_category[c.category].add(c, results[i]);
    by_language[lang].add(c, results[i]);
    by_both[c.category + " | " + lang].add(c, results[i]);
  }
  s.by_category = sorted_groups(std::move(by_category));
  s.by_language = sorted_groups(std::move(by_language));
  s.by_category_language = sorted_groups(std::move(by_both));
  return s;
}

std::vector<std::string> gate_failures(const Tallies& s, const Gate& gate) {
  std::vector<std::string> out;
  for (const auto& [category, t] : s.by_category) {
    if (std::find(gate.skip.begin(), gate.skip.end(), category) != gate.skip.end()) continue;
    const auto recall = t.recall();
    if (gate.min_recall && recall && *recall < *gate.min_recall) {
      out.push_back(category + ": recall " + ratio_text(recall) + " < " +
                    ratio_text(gate.min_recall));
    }
    const auto alarms = t.false_alarm_rate();
    if (gate.max_false_alarms && alarms && *alarms > *gate.max_false_alarms) {
      out.push_back(category + ": false-alarm rate " + ratio_text(alarms) + " > " +
                    ratio_text(gate.max_false_alarms));
    }
  }
  return out;
}

std::string render_text(const Tallies& s, std::string_view threshold) {
  std::string out;
  out += "factlint eval: " + std::to_string(s.all.perturbed + s.all.clean) + " cases (" +
         std::to_string(s.all.perturbed) + " to flag, " + std::to_string(s.all.clean) +
         " clean); a case is flagged by a finding at " + std::string(threshold) + " or above\n\n";
  table(out, "category", s.by_category, &s.all);
  out += '\n';
  table(out, "languages", s.by_language, nullptr);
  if (s.all.wrong_version > 0) {
    out += "\n" + std::to_string(s.all.wrong_version) +
           " case(s) to flag were flagged, but not on the version that was changed "
           "(counted as missed)\n";
  }
  return out;
}

std::string render_json(const Tallies& s, std::string_view threshold,
                        const std::vector<std::string>& gate_failed) {
  Json j;
  j["schema"] = "factlint-eval/1";
  j["threshold"] = std::string(threshold);
  j["all"] = tally_json(s.all);
  const auto groups = [](const std::vector<std::pair<std::string, Tally>>& rows) {
    Json g = Json::object();
    for (const auto& [key, t] : rows) g[key] = tally_json(t);
    return g;
  };
  j["by_category"] = groups(s.by_category);
  j["by_language"] = groups(s.by_language);
  j["by_category_language"] = groups(s.by_category_language);
  j["gate_failures"] = gate_failed;
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string render_cases(const std::vector<Case>& cases, const std::vector<CaseResult>& results) {
  std::string out;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const Case& c = cases[i];
    const CaseResult& r = results[i];
    Json j;
    j["id"] = c.id;
    j["line"] = c.line;
    j["category"] = c.category;
    j["languages"] = language_key(c);
    j["expect"] = c.expect_flag ? "flag" : "clean";
    j["flagged"] = r.flagged;
    if (c.offender) {
      j["offender"] = *c.offender;
      j["flagged_offender"] = r.flagged_offender.value_or(false);
    }
    j["correct"] = c.expect_flag == counts_as_caught(c, r);
    j["rules"] = r.rules;
    j["langs"] = r.langs;
    j["messages"] = r.messages;
    out += j.dump(-1, ' ', false, Json::error_handler_t::replace);
    out += '\n';
  }
  return out;
}

Result<std::vector<CaseResult>> run_cases(const std::vector<Case>& cases,
                                          const check::RuleSet& rules, Severity threshold,
                                          const std::string& path) {
  const check::ExampleRunner runner = example_runner(rules);
  std::vector<CaseResult> results(cases.size());
  std::vector<std::optional<Diagnostic>> errors(cases.size());
  // Each case writes only its own slots, so the results do not depend on the scheduling.
  for_each_index(cases.size(), [&](std::size_t i) {
    std::vector<check::ExampleVersion> versions;
    versions.reserve(cases[i].versions.size());
    for (const auto& [lang, text] : cases[i].versions) versions.push_back({lang, text, {}});
    auto report = runner(versions);
    if (!report) {
      errors[i] = line_error(path, cases[i].line, report.error().message);
      return;
    }
    results[i] = judge(cases[i], *report, threshold);
  });
  for (auto& e : errors) {
    if (e) return std::move(*e);
  }
  return results;
}

int run(const CommandLine& cl, const check::RuleSet& rules) {
  const auto fail = [](const std::string& message) {
    std::fprintf(stderr, "factlint: error: %s\n", message.c_str());
    return kInputError;
  };
  const auto fail_diag = [](const Diagnostic& d) {
    std::fprintf(stderr, "factlint: %s\n", d.format().c_str());
    return kInputError;
  };
  if (cl.args.size() != 1) return fail("usage: factlint eval [options] CASES.jsonl");
  if (cl.format != "text" && cl.format != "json") {
    return fail("--format must be text|json for eval, not '" + cl.format + "'");
  }
  // Eval asks which findings would make a reviewer look: by default warnings and errors.
  const std::string level = cl.fail_on.value_or("warning");
  const auto threshold = parse_severity(level);
  if (!threshold) {
    return fail("--fail-on must be error, warning or info for eval, not '" + level + "'");
  }
  for (const auto& [name, value] : {std::pair{"--min-recall", cl.min_recall},
                                    std::pair{"--max-false-alarms", cl.max_false_alarms}}) {
    if (value && !(*value >= 0.0 && *value <= 1.0)) {
      return fail(std::string(name) + " must be between 0 and 1");
    }
  }
  const std::string& path = cl.args[0];
  // The per-case results (--output) and the figures (standard output) are delivered together,
  // and never over the cases read.
  OutputSet outputs;
  std::optional<std::size_t> cases_out;
  if (cl.output) {
    auto added = outputs.add("--output", *cl.output);
    if (!added) return fail_diag(added.error());
    cases_out = *added;
  }
  auto figures_out = outputs.add_standard_output();
  if (!figures_out) return fail_diag(figures_out.error());
  if (auto apart = outputs.refuse_inputs({path}); !apart) return fail_diag(apart.error());
  auto content = read_whole(path);
  if (!content) return fail_diag(content.error());
  auto cases = parse_cases(*content, path);
  if (!cases) return fail_diag(cases.error());
  auto results = run_cases(*cases, rules, *threshold, path);
  if (!results) return fail_diag(results.error());

  const Tallies summary = tally_cases(*cases, *results);
  const Gate gate{cl.min_recall, cl.max_false_alarms, cl.gate_skip};
  const auto missed = gate_failures(summary, gate);
  if (cases_out) {
    if (auto written = outputs.write(*cases_out, render_cases(*cases, *results)); !written) {
      return fail_diag(written.error());
    }
  }
  const std::string text =
      cl.format == "json" ? render_json(summary, level, missed) : render_text(summary, level);
  if (auto written = outputs.write(*figures_out, text); !written) return fail_diag(written.error());
  if (auto committed = outputs.commit_all(); !committed) return fail_diag(committed.error());
  for (const auto& m : missed) std::fprintf(stderr, "factlint: eval gate missed: %s\n", m.c_str());
  return missed.empty() ? kRan : kGateMissed;
}

}  // namespace factlint::cli::eval
