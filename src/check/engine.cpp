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
#include "lang/spellout.hpp"

namespace factlint::check {
namespace {

using Values = std::vector<std::pair<std::string, std::string>>;

/// The facts, documents and alignment of one run, with the questions rules ask of them.
class RunView {
 public:
  explicit RunView(const Report& report) : report_(report) {}

  [[nodiscard]] const Report& report() const { return report_; }
  [[nodiscard]] const Fact& fact(std::uint32_t i) const { return report_.facts[i]; }
  [[nodiscard]] const Document& doc(std::uint32_t d) const { return report_.documents[d]; }
  [[nodiscard]] std::uint32_t pivot() const { return report_.alignment.pivot; }

  /// The row of a document's segment, or -1 (no counterpart, or no alignment at all).
  [[nodiscard]] std::int32_t row_of(std::uint32_t doc, std::uint32_t segment) const {
    const auto& rows = report_.alignment.row_of_segment;
    if (doc >= rows.size() || segment >= rows[doc].size()) return -1;
    return rows[doc][segment];
  }

  [[nodiscard]] bool is_boilerplate(std::uint32_t doc, std::uint32_t segment) const {
    if (doc >= report_.documents.size()) return true;
    const auto& segs = report_.documents[doc].segments;
    return segment < segs.size() && segs[segment].boilerplate;
  }

  /// A fact that may raise an error or a warning: in content that has a counterpart.
  [[nodiscard]] bool counts(std::uint32_t fact_index) const {
    const Fact& f = fact(fact_index);
    return !is_boilerplate(f.doc, f.segment) && row_of(f.doc, f.segment) >= 0;
  }

 private:
  const Report& report_;
};

bool has_kind(const Rule& rule, FactKind kind) {
  return std::find(rule.kinds.begin(), rule.kinds.end(), kind) != rule.kinds.end();
}

std::string currencies_of(const Fact& f) {
  std::string out;
  for (const auto& c : f.currencies) {
    std::string code = c.preferred;
    if (code.empty() && !c.codes.empty()) code = c.codes.front();
    if (code.empty() || ("+" + out + "+").find("+" + code + "+") != std::string::npos) continue;
    if (!out.empty()) out += '+';
    out += code;
  }
  return out;
}

long double as_long_double(const Decimal& d) {
  return static_cast<long double>(d.mantissa()) * std::pow(10.0L, d.exponent());
}

/// "10^3" when `a` is about a power of ten times `b`, else empty.
std::string ratio_of(const Fact& a, const Fact& b) {
  const long double x = std::fabs(as_long_double(a.amount.value));
  const long double y = std::fabs(as_long_double(b.amount.value));
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

/// What a finding is about, before it becomes a message.
struct Draft {
  std::uint32_t doc = 0;              ///< offending version
  std::optional<std::uint32_t> fact;  ///< its fact (none for a missing fact)
  Span span;                          ///< where to report it
  std::vector<std::uint32_t> others;  ///< facts of the versions it is compared with
  std::size_t total = 1;              ///< versions compared (offender included)
  std::string expected;               ///< fact scope: what the locale expects
};

Finding make_finding(const Rule& rule, const std::string& message_template, Severity severity,
                     const RunView& run, const Draft& d) {
  Finding f;
  f.rule = rule.id;
  f.severity = severity;
  f.doc = d.doc;
  f.span = d.span;
  f.docs.push_back(d.doc);
  if (d.fact) f.facts.push_back(*d.fact);
  std::vector<std::uint32_t> other_docs;
  for (const auto i : d.others) {
    f.facts.push_back(i);
    const auto od = run.fact(i).doc;
    if (std::find(f.docs.begin(), f.docs.end(), od) == f.docs.end()) f.docs.push_back(od);
    other_docs.push_back(od);
  }
  const Fact* own = d.fact ? &run.fact(*d.fact) : nullptr;
  const Fact* rep = d.others.empty() ? nullptr : &run.fact(d.others.front());
  const std::size_t count = other_docs.size();
  Values v{
      {"rule", rule.id},
      {"lang", run.doc(d.doc).lang},
      {"kind", std::string(to_string(own != nullptr   ? own->kind
                                     : rep != nullptr ? rep->kind
                                                      : FactKind::number))},
      {"text", own != nullptr ? own->text : std::string()},
      {"value", own != nullptr ? describe_value(*own) : std::string()},
      {"digits", own != nullptr ? own->amount.digits : std::string()},
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
  key += rep != nullptr ? describe_value(*rep) : std::string("-");
  f.fingerprint = fnv1a_hex(key);
  return f;
}

/// Members of a group that may vote: present, of the rule's kinds, in counted content. The
/// pivot comes first, then the others in document order.
std::vector<std::uint32_t> voters(const RunView& run, const FactGroup& g) {
  std::vector<std::uint32_t> out;
  const auto add = [&](std::size_t d) {
    if (d >= g.members.size() || g.members[d] < 0) return;
    const auto i = static_cast<std::uint32_t>(g.members[d]);
    if (i < run.report().facts.size() && run.counts(i)) out.push_back(i);
  };
  add(run.pivot());
  for (std::size_t d = 0; d < g.members.size(); ++d) {
    if (d != run.pivot()) add(d);
  }
  return out;
}

/// Group scope with a comparison: cluster into agreeing classes, flag everyone outside the
/// largest class (a tie goes to the pivot's class, then to the earliest class).
void judge_values(const Rule& rule, const Predicate& pred, const RunView& run, const FactGroup& g,
                  std::vector<Finding>& out) {
  const auto members = voters(run, g);
  if (members.size() < 2) return;
  std::vector<std::vector<std::uint32_t>> classes;
  for (const auto m : members) {
    bool placed = false;
    for (auto& c : classes) {
      if (!pred.differs(run.fact(c.front()), run.fact(m))) {
        c.push_back(m);
        placed = true;
        break;
      }
    }
    if (!placed) classes.push_back({m});
  }
  if (classes.size() < 2) return;
  std::size_t best = 0;
  for (std::size_t c = 1; c < classes.size(); ++c) {
    // Strictly larger wins; the pivot's class is classes[0] when the pivot votes, and
    // earlier classes win ties, so a tie goes to the pivot.
    if (classes[c].size() > classes[best].size()) best = c;
  }
  for (std::size_t c = 0; c < classes.size(); ++c) {
    if (c == best) continue;
    for (const auto m : classes[c]) {
      Draft d;
      d.doc = run.fact(m).doc;
      d.fact = m;
      d.span = run.fact(m).span;
      d.others = classes[best];
      d.total = members.size();
      out.push_back(make_finding(rule, rule.message, rule.severity, run, d));
    }
  }
}

/// Whether document `doc` states one of the values of `facts` somewhere outside boilerplate:
/// a translation that moved a figure to another sentence has not dropped it.
bool states_elsewhere(const RunView& run, std::uint32_t doc,
                      const std::vector<std::uint32_t>& facts) {
  const auto readings = [](const Fact& f) {
    std::vector<Decimal> r{f.amount.value};
    if (f.amount.alternative) r.push_back(*f.amount.alternative);
    return r;
  };
  const auto& all = run.report().facts;
  for (const Fact& mine : all) {
    if (mine.doc != doc || run.is_boilerplate(doc, mine.segment)) continue;
    for (const auto j : facts) {
      const Fact& theirs = run.fact(j);
      if (mine.kind != theirs.kind && mine.kind != FactKind::number &&
          theirs.kind != FactKind::number) {
        continue;
      }
      for (const auto& a : readings(mine)) {
        for (const auto& b : readings(theirs)) {
          if (a == b) return true;
        }
      }
    }
  }
  return false;
}

/// The value as an integer, when it is one below 10^15 ("5", "2000000"; not "2.5").
std::optional<std::int64_t> as_integer(const Decimal& v) {
  std::int64_t n = v.mantissa();
  if (n < 0 || v.exponent() < 0 || v.exponent() > 15) return std::nullopt;
  for (std::int32_t e = 0; e < v.exponent(); ++e) {
    if (n > 100'000'000'000'000) return std::nullopt;
    n *= 10;
  }
  return n;
}

/// Whether document `doc` writes one of the values of `facts` out in words ("five years"
/// where the others have "5 years"): then it has not dropped the fact. Small values count in
/// the aligned `segments` only, since "two" or "drei" turn up anywhere; from 13 on ("thirteen",
/// "einundzwanzig Millionen") anywhere outside boilerplate, as states_elsewhere does for
/// figures. Values below 2 are left out: "one", "un", "ein" are pronouns and articles too.
bool states_in_words(const RunView& run, std::uint32_t doc,
                     const std::vector<std::uint32_t>& segments,
                     const std::vector<std::uint32_t>& facts) {
  constexpr std::int64_t kAnywhereFrom = 13;
  const Document& d = run.doc(doc);
  std::set<std::int64_t> values;
  for (const auto i : facts) {
    // Only values people write out: below 1000, or round ("twenty-five million"), not
    // "six hundred twelve billion four hundred million".
    const Decimal& value = run.fact(i).amount.value;
    const auto n = as_integer(value);
    if (n && *n >= 2 && (*n < 1000 || value.mantissa() < 100)) values.insert(*n);
  }
  for (const auto v : values) {
    const auto forms = lang::spelled_forms(d.lang, v);
    if (forms.empty()) continue;
    const auto says_it = [&](std::uint32_t s) {
      return s < d.segments.size() && !run.is_boilerplate(doc, s) &&
             lang::contains_spelled(d.segment_text(d.segments[s]), forms);
    };
    if (std::any_of(segments.begin(), segments.end(), says_it)) return true;
    if (v >= kAnywhereFrom) {
      for (std::uint32_t s = 0; s < d.segments.size(); ++s) {
        if (says_it(s)) return true;
      }
    }
  }
  return false;
}

/// Group scope by presence: every version with an aligned, non-boilerplate segment in the
/// row but no fact in the group lacks it. The lacking versions are reported when the pivot has
/// the fact or more versions have it than lack it; otherwise the fact is extra content of the
/// few versions that state it, not a gap in the others. `loose` lists facts in no group.
void judge_presence(const Rule& rule, const RunView& run, const FactGroup& g,
                    const std::vector<std::uint32_t>& loose, std::vector<Finding>& out) {
  const auto have = voters(run, g);
  if (have.empty()) return;
  const auto& rows = run.report().alignment.rows;
  if (g.row >= rows.size()) return;
  const AlignedRow& row = rows[g.row];
  std::vector<Draft> lacking;
  for (std::uint32_t d = 0; d < row.segments.size() && d < run.report().documents.size(); ++d) {
    if (d < g.members.size() && g.members[d] >= 0) continue;
    std::optional<std::uint32_t> seg;
    for (const auto s : row.segments[d]) {
      if (!run.is_boilerplate(d, s)) {
        seg = s;
        break;
      }
    }
    if (!seg) continue;
    // A fact of this kind that the aligner could not pair is a different problem, not a gap.
    const bool has_loose = std::any_of(loose.begin(), loose.end(), [&](std::uint32_t i) {
      const Fact& f = run.fact(i);
      return f.doc == d && f.kind == g.kind &&
             std::find(row.segments[d].begin(), row.segments[d].end(), f.segment) !=
                 row.segments[d].end();
    });
    if (has_loose || states_elsewhere(run, d, have) ||
        states_in_words(run, d, row.segments[d], have)) {
      continue;
    }
    const Document& doc = run.doc(d);
    if (*seg >= doc.segments.size()) continue;
    const Segment& s = doc.segments[*seg];
    Draft draft;
    draft.doc = d;
    draft.span = s.block < doc.blocks.size() ? doc.source_span(s.block, s.span) : Span{};
    draft.others = have;
    lacking.push_back(std::move(draft));
  }
  const bool pivot_has = run.fact(have.front()).doc == run.pivot();
  if (!pivot_has && have.size() <= lacking.size()) return;
  for (auto& draft : lacking) {
    draft.total = have.size() + lacking.size();
    out.push_back(make_finding(rule, rule.message, rule.severity, run, draft));
  }
}

void run_group_scope(const Rule& rule, const Predicate& pred, const RunView& run,
                     std::vector<Finding>& out) {
  const auto& groups = run.report().alignment.groups;
  if (!pred.judges_presence()) {
    for (const auto& g : groups) {
      if (has_kind(rule, g.kind)) judge_values(rule, pred, run, g, out);
    }
    return;
  }
  // Facts in no group still have a row; treat each as a group of one.
  std::vector<bool> grouped(run.report().facts.size(), false);
  for (const auto& g : groups) {
    for (const auto m : g.members) {
      if (m >= 0 && static_cast<std::size_t>(m) < grouped.size()) grouped[m] = true;
    }
  }
  std::vector<std::uint32_t> loose;
  for (std::uint32_t i = 0; i < grouped.size(); ++i) {
    if (!grouped[i] && run.counts(i)) loose.push_back(i);
  }
  const std::size_t ndocs = run.report().documents.size();
  for (const auto& g : groups) {
    if (has_kind(rule, g.kind)) judge_presence(rule, run, g, loose, out);
  }
  for (const auto i : loose) {
    const Fact& f = run.fact(i);
    if (!has_kind(rule, f.kind)) continue;
    FactGroup single;
    single.kind = f.kind;
    single.row = static_cast<std::uint32_t>(run.row_of(f.doc, f.segment));
    single.members.assign(ndocs, -1);
    single.members[f.doc] = static_cast<std::int32_t>(i);
    judge_presence(rule, run, single, loose, out);
  }
}

// An ambiguous number ("1,500" in Italian: 1.5 or 1500) whose group settles on the other
// reading: the other versions have that value and none has the locale's reading. Returns the
// fact as it was meant, written with another locale's separators; nullopt otherwise.
std::optional<Fact> resolve_by_group(const Fact& f, std::uint32_t index, const RunView& run,
                                     const std::vector<std::int32_t>& group_of) {
  if (!f.amount.format.ambiguous || !f.amount.alternative || group_of[index] < 0) {
    return std::nullopt;
  }
  const FactGroup& g = run.report().alignment.groups[static_cast<std::size_t>(group_of[index])];
  int as_written = 0;
  int as_alternative = 0;
  for (const auto m : g.members) {
    if (m < 0 || static_cast<std::uint32_t>(m) == index) continue;
    const Amount& other = run.fact(static_cast<std::uint32_t>(m)).amount;
    if (other.value == f.amount.value) ++as_written;
    if (other.value == *f.amount.alternative) ++as_alternative;
  }
  if (as_alternative == 0 || as_written > 0) return std::nullopt;
  Fact meant = f;
  meant.amount.value = *f.amount.alternative;
  meant.amount.alternative = f.amount.value;
  meant.amount.format.ambiguous = false;
  meant.amount.format.foreign = true;
  meant.amount.format.expected = f.amount.format.alternative_expected;
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
    const auto issue = pred.check(f, run.doc(f.doc));
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
      "ratio"};
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
