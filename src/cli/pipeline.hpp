// The pipeline: read → segment → extract → align → check, wired for the CLI and the tests.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check/engine.hpp"
#include "core/finding.hpp"
#include "core/result.hpp"
#include "read/reader.hpp"

namespace factlint::cli {

/// Settings of one `check` run.
struct CheckOptions {
  std::string pivot;         ///< language of the pivot; empty = English, else the first input
  std::string pivot_source;  ///< the config file `pivot` comes from; empty = --pivot
};

/// The default (embedded) rules plus every rule file under `dirs`.
[[nodiscard]] Result<check::RuleSet> load_rule_set(const std::vector<std::string>& dirs);

/// Index of the pivot: the document whose language is `pivot_lang` (or, when empty, the first
/// English one, else 0). A diagnostic when `pivot_lang` names no input.
[[nodiscard]] Result<std::uint32_t> choose_pivot(const std::vector<Document>& docs,
                                                 std::string_view pivot_lang);

/// Runs work(i) for every i in [0, n) on up to one thread per core. The versions of a set are
/// independent until alignment, and building a language's data from ICU is the largest cost
/// of a small check, so the versions are segmented and extracted side by side. Results are
/// written to slot i, so the order (and the report) does not depend on the scheduling. Called
/// from inside a worker, it runs the loop on that thread. The first exception is rethrown.
void for_each_index(std::size_t n, const std::function<void(std::size_t)>& work);

/// Segments, extracts, aligns and (when `rules` is given) checks documents already read.
[[nodiscard]] Report analyze(std::vector<Document> docs, std::uint32_t pivot,
                             const check::RuleSet* rules);

/// Turns command-line INPUTs into inputs: `LANG:PATH` and `PATH` as they are; a directory
/// becomes the files directly inside it whose names carry a language ("story.de.md",
/// "de/story.md" one level down), sorted by path. A diagnostic for a directory with none, and
/// for standard input ("-") given twice.
[[nodiscard]] Result<std::vector<read::Input>> expand_inputs(const std::vector<std::string>& args);

/// Reads every input and analyses them as one article set. A diagnostic when fewer than two
/// versions are given, when two versions have the same language tag (the report could not tell
/// them apart: "en says … but en says"), or when the pivot names no version's language.
[[nodiscard]] Result<Report> check_inputs(const std::vector<read::Input>& inputs,
                                          const CheckOptions& options, const check::RuleSet& rules);

/// Reads every input and extracts facts (no alignment, no rules).
[[nodiscard]] Result<Report> extract_inputs(const std::vector<read::Input>& inputs);

/// Runs rule examples through the same pipeline as `check` (the first version is the pivot).
[[nodiscard]] check::ExampleRunner example_runner(const check::RuleSet& rules);

}  // namespace factlint::cli
