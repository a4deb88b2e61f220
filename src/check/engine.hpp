// The rule engine: rules loaded from JSON, run over aligned facts, producing findings.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/finding.hpp"
#include "core/result.hpp"

namespace factlint::check {

class Predicate;

/// Where a rule looks: at a group of aligned facts (one per version) or at one fact alone.
enum class Scope : std::uint8_t { group, fact };

/// "group" or "fact".
[[nodiscard]] std::string_view to_string(Scope scope);

/// A rule file's text and where it came from (a path, or "<embedded>/money/x.json").
struct RuleFile {
  std::string path;     ///< used in diagnostics; the rule id is the file's stem
  std::string content;  ///< JSON, comments allowed
};

/// One version of a rule example: language and text with the expected spans in [[…]].
struct ExampleVersion {
  std::string lang;
  std::string text;          ///< markers removed
  std::vector<Span> marked;  ///< spans of the [[…]] markers in `text`
};

/// A rule example: the versions (the first is the pivot) and the findings it must raise.
struct Example {
  std::vector<ExampleVersion> versions;
  int findings = 0;
};

/// A loaded rule. Predicates are looked up in the predicate registry by id.
struct Rule {
  std::string id;
  std::string path;
  std::string predicate;
  std::vector<FactKind> kinds;
  Severity severity = Severity::error;
  std::string message;      ///< template with {placeholders}
  std::string params_json;  ///< the rule's "params" object, serialised
  std::vector<Example> examples;
  bool enabled = true;
  /// Scopes the rule runs at, in order (a rule may run at both: group first, then the facts
  /// the group pass did not already flag). Empty means {group}.
  std::vector<Scope> scopes;
  /// Template for fact-scope findings when it differs from `message` (empty: use `message`).
  std::string fact_message;
  /// The predicate built from `predicate` and `params_json` by load_rules. When null (a rule
  /// built by hand), run_rules builds it.
  std::shared_ptr<const Predicate> compiled;
};

struct RuleSet {
  std::vector<Rule> rules;
  [[nodiscard]] const Rule* find(std::string_view id) const;
};

/// Parses rule files into a rule set; later files with the same id replace earlier ones
/// (so a user's --rules folder can override a default rule). A malformed file is a
/// diagnostic naming the file, line and what is wrong.
[[nodiscard]] Result<RuleSet> load_rules(const std::vector<RuleFile>& files);

/// Every *.json file under `dir`, recursively, sorted by path.
[[nodiscard]] Result<std::vector<RuleFile>> rule_files_in(const std::string& dir);

/// Runs every enabled rule over a report that has documents, facts and alignment but no
/// findings yet; returns the findings sorted by (document path, offset, rule id) with
/// fingerprints set.
[[nodiscard]] std::vector<Finding> run_rules(const RuleSet& rules, const Report& report);

/// Builds a Report (documents, facts, alignment, findings) from example versions; supplied by
/// the caller so that check stays independent of read/extract/align.
using ExampleRunner = std::function<Result<Report>(const std::vector<ExampleVersion>&)>;

/// The outcome of one rule's examples.
struct RuleTestResult {
  std::string rule;
  int passed = 0;
  std::vector<std::string> failures;  ///< one line each: which example, expected vs got
};

/// Splits example text with [[markers]] into text and marked spans; a diagnostic message
/// (without position) when the markers are unbalanced or nested.
[[nodiscard]] Result<ExampleVersion> parse_marked(std::string lang, std::string_view marked);

/// Fills `message`'s {placeholders} from `values` (pairs of name and value); an unknown name is
/// left as written. Placeholder names are listed by known_placeholders().
[[nodiscard]] std::string expand_message(
    std::string_view message, const std::vector<std::pair<std::string, std::string>>& values);

/// The placeholder names a message template may use.
[[nodiscard]] const std::vector<std::string_view>& known_placeholders();

/// FNV-1a 64-bit hash of `text` as 16 lowercase hex digits (what fingerprints are made of).
[[nodiscard]] std::string fnv1a_hex(std::string_view text);

/// Runs every example of every rule; an example passes when the rule raises exactly the
/// expected number of findings and every finding's facts cover the marked spans. A rule
/// without at least one triggering and one non-triggering example fails.
[[nodiscard]] std::vector<RuleTestResult> test_rules(const RuleSet& rules,
                                                     const ExampleRunner& run);

}  // namespace factlint::check
