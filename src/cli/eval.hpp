// factlint eval: labelled cases in, recall, false-alarm rate and precision per category out.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "check/engine.hpp"
#include "cli/commands.hpp"
#include "core/finding.hpp"
#include "core/result.hpp"

namespace factlint::cli::eval {

/// One labelled case: a line of a CASES.jsonl file.
struct Case {
  std::string id;
  std::string category;
  bool expect_flag = false;  ///< "expect": "flag" (a perturbed or wrong version) or "clean"
  /// The versions, each (canonical language tag, text); the first is the source and pivot.
  /// The pair form {"source_lang", "source", "target_lang", "target"} gives two.
  std::vector<std::pair<std::string, std::string>> versions;
  bool multi = false;                   ///< written in the "versions" form
  std::optional<std::string> offender;  ///< the version that was changed (canonical tag)
  std::size_t line = 0;                 ///< 1-based line in the file
};

/// Parses one line of a cases file. A diagnostic names `path:line` and the problem: not a JSON
/// object, invalid UTF-8, a missing field, a field of the wrong type, an unknown language tag,
/// an empty text, or an offender that names none of the versions. Unknown fields are ignored
/// (a builder may add its own, such as a note on where the case comes from).
[[nodiscard]] Result<Case> parse_case(std::string_view line, const std::string& path,
                                      std::size_t line_no);

/// Parses every non-blank line of a cases file (ids must be unique); the first problem wins.
[[nodiscard]] Result<std::vector<Case>> parse_cases(std::string_view content,
                                                    const std::string& path);

/// What the pipeline made of one case.
struct CaseResult {
  bool flagged = false;  ///< some finding at or above the threshold
  /// With an offender: some finding at or above the threshold names it first.
  std::optional<bool> flagged_offender;
  std::vector<std::string> rules;     ///< rule ids at or above the threshold, sorted, unique
  std::vector<std::string> langs;     ///< languages named first by those findings, sorted
  std::vector<std::string> messages;  ///< their messages, in the report's order
};

/// Judges the report of one case: which findings count (severity >= `threshold`), whether the
/// case is flagged, and whether the offender is named first.
[[nodiscard]] CaseResult judge(const Case& c, const Report& report, Severity threshold);

/// True when the case counts as caught: a `flag` case flagged (on its offender, when it names
/// one). For a `clean` case, true means a false alarm.
[[nodiscard]] bool counts_as_caught(const Case& c, const CaseResult& r);

/// Counts over a group of cases.
struct Tally {
  std::size_t perturbed = 0;      ///< cases expected to be flagged
  std::size_t caught = 0;         ///< of those, flagged (on the offender, when one is named)
  std::size_t wrong_version = 0;  ///< of those, flagged, but not on the offender
  std::size_t clean = 0;          ///< cases expected to be clean
  std::size_t false_alarms = 0;   ///< of those, flagged

  /// caught / perturbed; nullopt without perturbed cases.
  [[nodiscard]] std::optional<double> recall() const;
  /// false_alarms / clean; nullopt without clean cases.
  [[nodiscard]] std::optional<double> false_alarm_rate() const;
  /// caught / every flagged case (a flag on the wrong version is not a true positive);
  /// nullopt when nothing was flagged.
  [[nodiscard]] std::optional<double> precision() const;
  /// Adds one judged case.
  void add(const Case& c, const CaseResult& r);
};

/// The group a case belongs to by language: "en→de" for a pair, "multi" for the versions form.
[[nodiscard]] std::string language_key(const Case& c);

/// Every tally of a run, with groups sorted by name.
struct Tallies {
  Tally all;
  std::vector<std::pair<std::string, Tally>> by_category;
  std::vector<std::pair<std::string, Tally>> by_language;
  std::vector<std::pair<std::string, Tally>> by_category_language;  ///< "category | en→de"
};

/// Tallies judged cases (results[i] belongs to cases[i]).
[[nodiscard]] Tallies tally_cases(const std::vector<Case>& cases,
                                  const std::vector<CaseResult>& results);

/// A gate on the figures: each category (but the skipped ones) must reach `min_recall` and stay
/// at or below `max_false_alarms`, where it has cases of that kind.
struct Gate {
  std::optional<double> min_recall;
  std::optional<double> max_false_alarms;
  std::vector<std::string> skip;  ///< categories the gate does not apply to
};

/// One line per category that misses the gate ("changed-digit: recall 0.912 < 0.950").
[[nodiscard]] std::vector<std::string> gate_failures(const Tallies& s, const Gate& gate);

/// The summary as an aligned text table, for a terminal.
[[nodiscard]] std::string render_text(const Tallies& s, std::string_view threshold);

/// The same figures as JSON (schema "factlint-eval/1").
[[nodiscard]] std::string render_json(const Tallies& s, std::string_view threshold,
                                      const std::vector<std::string>& gate_failed);

/// Per-case results as JSON lines, in input order.
[[nodiscard]] std::string render_cases(const std::vector<Case>& cases,
                                       const std::vector<CaseResult>& results);

/// Runs every case through `rules` (one case per core at a time); results in input order.
/// A case the pipeline cannot read comes back as a diagnostic naming its line.
[[nodiscard]] Result<std::vector<CaseResult>> run_cases(const std::vector<Case>& cases,
                                                        const check::RuleSet& rules,
                                                        Severity threshold,
                                                        const std::string& path);

/// The eval subcommand after the rules are loaded: returns the exit status (0 ran, 1 a gate
/// missed, 2 bad input).
[[nodiscard]] int run(const CommandLine& cl, const check::RuleSet& rules);

}  // namespace factlint::cli::eval
