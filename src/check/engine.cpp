// The rule engine: group rules judged by the majority of versions, fact rules one fact at a time.
#include "check/engine.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "check/predicate.hpp"
#include "check/run_view.hpp"

namespace factlint::check {
namespace {

using Values = std::vector<std::pair<std::string, std::string>>;

bool has_kind(const Rule& rule, FactKind kind) {
  return std::find(rule.kinds.begin(), rule.kinds.end(), kind) != rule.kinds.end();
}

std::string currencies_of(const Fact& f) {
  std::string out;
  for (const auto& c : f.currencies()) {
    std::string code = c.preferred;
    if (code.empty() && !c.codes.empty()) code = c.codes.front();
    if (code.empty() || ("+" + out + "+").find("+" + code + "+") != std::string::npos) continue;
    if (!out.empty()) out += '+';
    out += code;
  }
  return out;
}

/// "10^3" when `a` is about a power of ten times `b`, else empty.
std::string ratio_of(const Fact& a, const Fact& b) {
  if (!a.is_numeric() || !b.is_numeric()) return {};
  const long double x = std::fabs(a.amount().value.to_long_double());
  const long double y = std::fabs(b.amount().value.to_long_double());
  if (x == 0 || y == 0) return {};
  const long double p = std::log10(x / y);
  const long double r = std::round(p);
  if (r == 0 || std::fabs(p - r) > 0.05L) return {};
  return "10^" + std::to_string(static_cast<long long>(r));
}

/// Languages for a message: sorted, each once, comma-separated.
std::string lang_list(const RunView& run, const std::vector<std::uint32_t>& docs) {
  std::set<std::string> langs;
  for (const auto d : docs) langs.insert(run.doc(d).lang);
  std::string out;
  for (const auto& l : langs) {
    if (!out.empty()) out += ", ";
    out += l;
  }
  return out;
}

Finding make_finding(const Rule& rule, const std::string& message_template, Severity severity,
                     const RunView& run, const Draft& d) {
  Finding f;
  f.rule = rule.id;
  f.severity = severity;
  f.doc = d.doc;
  f.span = d.span;
  f.docs.push_back(d.doc);
  if (d.fact) f.facts.push_back(*d.fact);
  // The versions it is compared with, the pivot first when it is among them: the pivot orders
  // the report, it does not decide it.
  std::vector<std::uint32_t> compared = d.others;
  std::stable_partition(compared.begin(), compared.end(),
                        [&](std::uint32_t i) { return run.fact(i).doc == run.pivot(); });
  std::vector<std::uint32_t> other_docs;
  for (const auto i : compared) {
    f.facts.push_back(i);
    const auto od = run.fact(i).doc;
    if (std::find(f.docs.begin(), f.docs.end(), od) == f.docs.end()) f.docs.push_back(od);
    other_docs.push_back(od);
  }
  for (const auto od : d.without) {
    if (std::find(f.docs.begin(), f.docs.end(), od) == f.docs.end()) f.docs.push_back(od);
  }
  // Versions that disagree with both sides: "; fi says "96 %" (96)".
  std::string others;
  for (const auto& cls : d.also) {
    if (cls.empty()) continue;
    std::vector<std::uint32_t> docs;
    docs.reserve(cls.size());
    for (const auto i : cls) docs.push_back(run.fact(i).doc);
    const Fact& r = run.fact(cls.front());
    others += "; " + lang_list(run, docs) + (docs.size() == 1 ? " says \"" : " say \"") + r.text +
              "\" (" + describe_value(r) + ")";
  }
  const Fact* own = d.fact ? &run.fact(*d.fact) : nullptr;
  // The fact that stands for the others: the pivot's when it is among them (the reader knows
  // that version best), else the earliest version's. The fingerprint uses the earliest
  // version's value, so that it does not depend on the pivot.
  const Fact* first = d.others.empty() ? nullptr : &run.fact(d.others.front());
  const Fact* rep = compared.empty() ? nullptr : &run.fact(compared.front());
  const std::size_t count = other_docs.size();
  Values v{
      {"rule", rule.id},
      {"lang", run.doc(d.doc).lang},
      {"kind", std::string(to_string(own != nullptr   ? own->kind
                                     : rep != nullptr ? rep->kind
                                                      : FactKind::number))},
      {"text", own != nullptr ? own->text : std::string()},
      {"value", own != nullptr ? describe_value(*own) : std::string()},
      {"digits", own != nullptr && own->is_numeric() ? own->amount().digits : std::string()},
      {"currencies", own != nullptr ? currencies_of(*own) : std::string()},
      {"expected", d.expected},
      {"count", std::to_string(count)},
      {"total", std::to_string(d.total)},
      {"majority_langs", lang_list(run, other_docs)},
      {"majority_verb", count == 1 ? "says" : "say"},
      {"majority_text", rep != nullptr ? rep->text : std::string()},
      {"majority_value", rep != nullptr ? describe_value(*rep) : std::string()},
      {"majority_currencies", rep != nullptr ? currencies_of(*rep) : std::string()},
      {"ratio", own != nullptr && rep != nullptr ? ratio_of(*own, *rep) : std::string()},
      {"others", others},
      {"without_langs", lang_list(run, d.without)},
  };
  f.message = expand_message(message_template, v);
  // Values, never positions: the fingerprint survives edits elsewhere in the file.
  std::string key = rule.id;
  key += '\x1f';
  key += run.doc(d.doc).lang;
  key += '\x1f';
  key += v[2].second;
  key += '\x1f';
  key += own != nullptr ? describe_value(*own) : std::string("-");
  key += '\x1f';
  key += first != nullptr ? describe_value(*first) : std::string("-");
  f.fingerprint = fnv1a_hex(key);
  return f;
}

void run_group_scope(const Rule& rule, const Predicate& pred, const RunView& run,
                     std::vector<Finding>& out) {
  std::vector<Draft> drafts;
  for (const auto& g : run.report().alignment.groups) {
    if (!has_kind(rule, g.kind)) continue;
    drafts.clear();
    pred.judge_group(run, g, drafts);
    for (const auto& d : drafts)
      out.push_back(make_finding(rule, rule.message, rule.severity, run, d));
  }
}

// An ambiguous number ("1,500" in Italian: 1.5 or 1500) whose group settles on the other
// reading: the other versions have that value and none has the locale's reading. Returns the
// fact as it was meant, written with another locale's separators; nullopt otherwise.
std::optional<Fact> resolve_by_group(const Fact& f, std::uint32_t index, const RunView& run,
                                     const std::vector<std::int32_t>& group_of) {
  if (!f.is_numeric() || !f.amount().format.ambiguous || !f.amount().alternative ||
      group_of[index] < 0) {
    return std::nullopt;
  }
  const FactGroup& g = run.report().alignment.groups[static_cast<std::size_t>(group_of[index])];
  int as_written = 0;
  int as_alternative = 0;
  for (const auto m : g.members) {
    if (m < 0 || static_cast<std::uint32_t>(m) == index) continue;
    const Fact& member = run.fact(static_cast<std::uint32_t>(m));
    if (!member.is_numeric()) continue;
    const Amount& other = member.amount();
    if (other.value == f.amount().value) ++as_written;
    if (other.value == *f.amount().alternative) ++as_alternative;
  }
  if (as_alternative == 0 || as_written > 0) return std::nullopt;
  Fact meant = f;
  meant.amount().value = *f.amount().alternative;
  meant.amount().alternative = f.amount().value;
  meant.amount().format.ambiguous = false;
  meant.amount().format.foreign = true;
  meant.amount().format.expected = f.amount().format.alternative_expected;
  // The separator was meant as grouping ("1,500" for fifteen hundred), not as a decimal one.
  if (!meant.amount().format.decimal_sep.empty()) {
    meant.amount().format.group_sep = meant.amount().format.decimal_sep;
    meant.amount().format.decimal_sep.clear();
  }
  return meant;
}

void run_fact_scope(const Rule& rule, const Predicate& pred, const RunView& run,
                    const std::set<std::uint32_t>& already, std::vector<Finding>& out) {
  const auto& facts = run.report().facts;
  std::vector<std::int32_t> group_of(facts.size(), -1);
  const auto& groups = run.report().alignment.groups;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    for (const auto m : groups[g].members) {
      if (m >= 0 && static_cast<std::size_t>(m) < facts.size()) {
        group_of[static_cast<std::size_t>(m)] = static_cast<std::int32_t>(g);
      }
    }
  }
  for (std::uint32_t i = 0; i < facts.size(); ++i) {
    if (!has_kind(rule, facts[i].kind) || already.count(i) != 0) continue;
    if (facts[i].doc >= run.report().documents.size()) continue;
    const auto meant = resolve_by_group(facts[i], i, run, group_of);
    const Fact& f = meant ? *meant : facts[i];
    const auto issue = pred.check_in(run, f);
    if (!issue) continue;
    Draft d;
    d.doc = f.doc;
    d.fact = i;
    d.span = f.span;
    d.expected = issue->expected;
    // Boilerplate and content without counterpart never raise errors or warnings.
    const Severity sev = run.counts(i) ? rule.severity : Severity::info;
    const std::string& tmpl = rule.fact_message.empty() ? rule.message : rule.fact_message;
    out.push_back(make_finding(rule, tmpl, sev, run, d));
  }
}

}  // namespace

const std::vector<std::string_view>& known_placeholders() {
  // The names make_finding fills in.
  static const std::vector<std::string_view> names{
      "rule",           "lang",          "kind",          "text",           "value",
      "digits",         "currencies",    "expected",      "count",          "total",
      "majority_langs", "majority_verb", "majority_text", "majority_value", "majority_currencies",
      "ratio",          "others",        "without_langs"};
  return names;
}

std::string expand_message(std::string_view message, const Values& values) {
  std::string out;
  out.reserve(message.size() + 32);
  for (std::size_t i = 0; i < message.size(); ++i) {
    const char c = message[i];
    if ((c == '{' || c == '}') && i + 1 < message.size() && message[i + 1] == c) {
      out += c;
      ++i;
      continue;
    }
    if (c != '{') {
      out += c;
      continue;
    }
    const auto close = message.find('}', i);
    if (close == std::string_view::npos) {
      out += message.substr(i);
      break;
    }
    const auto name = message.substr(i + 1, close - i - 1);
    const auto it = std::find_if(values.begin(), values.end(),
                                 [&](const auto& kv) { return kv.first == name; });
    if (it == values.end()) {
      out += message.substr(i, close - i + 1);
    } else {
      out += it->second;
    }
    i = close;
  }
  return out;
}

std::string fnv1a_hex(std::string_view text) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : text) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = kHex[h & 0xF];
    h >>= 4;
  }
  return out;
}

std::vector<Finding> run_rules(const RuleSet& rules, const Report& report) {
  const RunView run(report);
  std::vector<Finding> all;
  for (const auto& rule : rules.rules) {
    if (!rule.enabled) continue;
    std::shared_ptr<const Predicate> pred = rule.compiled;
    if (!pred) {
      auto built = build_predicate(rule.predicate, rule.params_json);
      if (!built) continue;  // load_rules rejects such rules; a hand-built one is skipped
      pred = std::move(built).value();
    }
    std::vector<Finding> found;
    // No scopes given (a rule built by hand): every scope the predicate supports.
    const std::vector<Scope> scopes =
        rule.scopes.empty() ? std::vector{Scope::group, Scope::fact} : rule.scopes;
    for (const auto scope : scopes) {
      if (!pred->supports(scope)) continue;
      if (scope == Scope::group) {
        run_group_scope(rule, *pred, run, found);
      } else {
        std::set<std::uint32_t> already;
        for (const auto& f : found) {
          if (!f.facts.empty()) already.insert(f.facts.front());
        }
        run_fact_scope(rule, *pred, run, already, found);
      }
    }
    for (auto& f : found) all.push_back(std::move(f));
  }
  static const std::string no_path;
  const auto key = [&](const Finding& f) {
    const std::string& path =
        f.doc < report.documents.size() ? report.documents[f.doc].path : no_path;
    return std::tie(path, f.span.begin, f.rule, f.fingerprint, f.message);
  };
  std::stable_sort(all.begin(), all.end(),
                   [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
  // Identical findings (same rule, language and values twice) get distinct fingerprints by
  // their rank among their twins, so a baseline accepts each exactly once.
  std::map<std::string, int> seen;
  for (auto& f : all) {
    const int n = ++seen[f.fingerprint];
    if (n > 1) f.fingerprint = fnv1a_hex(f.fingerprint + "#" + std::to_string(n));
  }
  return all;
}

}  // namespace factlint::check
