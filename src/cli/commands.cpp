// check, extract and rules: what each subcommand does with the pipeline and the reporters.
#include "cli/commands.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <set>

#include "cli/config.hpp"
#include "cli/eval.hpp"
#include "cli/output.hpp"
#include "cli/pipeline.hpp"
#include "report/html_reporter.hpp"
#include "report/reporter.hpp"

namespace factlint::cli {
namespace {

constexpr int kClean = 0;
constexpr int kFindings = 1;
constexpr int kInputError = 2;

int fail(const Diagnostic& d) {
  std::fprintf(stderr, "factlint: %s\n", d.format().c_str());
  return kInputError;
}

int fail(const std::string& message) {
  std::fprintf(stderr, "factlint: error: %s\n", message.c_str());
  return kInputError;
}

/// Adds the destination of the run's main report: --output, or standard output.
Result<std::size_t> add_report(OutputSet& outputs, const CommandLine& cl) {
  return cl.output ? outputs.add("--output", *cl.output) : outputs.add_standard_output();
}

/// The paths of the files a run reads, which no report may replace.
std::vector<std::string> files_read(const CommandLine& cl, const std::vector<read::Input>& inputs) {
  std::vector<std::string> paths;
  paths.reserve(inputs.size() + 2);
  for (const auto& in : inputs) paths.push_back(in.path);
  if (cl.config) paths.push_back(*cl.config);
  if (cl.baseline) paths.push_back(*cl.baseline);
  return paths;
}

/// Writes one report to the run's only destination.
int emit(OutputSet& outputs, std::size_t id, std::string_view text) {
  if (auto written = outputs.write(id, text); !written) return fail(written.error());
  if (auto committed = outputs.commit_all(); !committed) return fail(committed.error());
  return kClean;
}

/// The same for a report streamed into its destination as it is made.
int emit(OutputSet& outputs, std::size_t id, const std::function<Result<bool>(Sink&)>& produce) {
  if (auto written = outputs.write_with(id, produce); !written) return fail(written.error());
  if (auto committed = outputs.commit_all(); !committed) return fail(committed.error());
  return kClean;
}

std::optional<int> fail_threshold(std::string_view fail_on) {
  if (fail_on == "error") return 2;
  if (fail_on == "warning") return 1;
  if (fail_on == "info") return 0;
  if (fail_on == "never") return 3;
  return std::nullopt;
}

// The rules of a run: defaults, the config's folders, --rules folders, then the config's
// disable and severity settings.
Result<check::RuleSet> rules_for(const CommandLine& cl, const Config& config) {
  std::vector<std::string> dirs = config.rule_dirs;
  dirs.insert(dirs.end(), cl.rule_dirs.begin(), cl.rule_dirs.end());
  auto rules = load_rule_set(dirs);
  if (!rules) return rules.error();
  if (cl.config) {
    auto applied = apply_config(config, *cl.config, *rules);
    if (!applied) return applied.error();
  }
  return rules;
}

Result<Config> config_for(const CommandLine& cl) {
  if (!cl.config) return Config{};
  return load_config(*cl.config);
}

int cmd_check(const CommandLine& cl) {
  auto config = config_for(cl);
  if (!config) return fail(config.error());
  const std::string fail_on = cl.fail_on.value_or(config->fail_on.value_or("error"));
  const auto threshold = fail_threshold(fail_on);
  if (!threshold) {
    return fail("--fail-on must be error, warning, info or never, not '" + fail_on + "'");
  }
  if (const auto ids = report::format_ids();
      std::find(ids.begin(), ids.end(), cl.format) == ids.end()) {
    std::string known;
    for (const auto& id : ids) known += (known.empty() ? "" : "|") + id;
    return fail("--format must be " + known + ", not '" + cl.format + "'");
  }
  if (cl.args.empty()) return fail("check needs at least two INPUTs, the versions to compare");
  // Destinations first: a report that cannot be written should fail the run before its work.
  OutputSet outputs;
  auto report_out = add_report(outputs, cl);
  if (!report_out) return fail(report_out.error());
  std::optional<std::size_t> html_out;
  if (cl.html) {
    auto added = outputs.add("--html", *cl.html);
    if (!added) return fail(added.error());
    html_out = *added;
  }
  auto inputs = expand_inputs(cl.args);
  if (!inputs) return fail(inputs.error());
  if (auto apart = outputs.refuse_inputs(files_read(cl, *inputs)); !apart) {
    return fail(apart.error());
  }
  auto rules = rules_for(cl, *config);
  if (!rules) return fail(rules.error());
  std::set<std::string> baseline;
  if (cl.baseline) {
    auto loaded = load_baseline(*cl.baseline);
    if (!loaded) return fail(loaded.error());
    baseline = std::move(loaded).value();
  }
  CheckOptions options;
  options.pivot = cl.pivot.empty() ? config->pivot.value_or("") : cl.pivot;
  if (cl.pivot.empty() && config->pivot) options.pivot_source = *cl.config;
  auto report = check_inputs(*inputs, options, *rules);
  if (!report) return fail(report.error());
  apply_baseline(baseline, report->findings);
  // Streamed into the destination: a report of many megabytes is never held whole.
  const auto write_report = [&](Sink& out) { return report::write(cl.format, *report, out); };
  if (auto written = outputs.write_with(*report_out, write_report); !written) {
    return fail(written.error());
  }
  if (html_out) {
    if (auto written = outputs.write(*html_out, report::render_html(*report)); !written) {
      return fail(written.error());
    }
  }
  if (auto committed = outputs.commit_all(); !committed) return fail(committed.error());
  for (const auto& f : report->findings) {
    if (static_cast<int>(f.severity) >= *threshold) return kFindings;
  }
  return kClean;
}

int cmd_extract(const CommandLine& cl) {
  if (cl.args.empty()) return fail("extract needs at least one INPUT");
  OutputSet outputs;
  auto report_out = add_report(outputs, cl);
  if (!report_out) return fail(report_out.error());
  auto inputs = expand_inputs(cl.args);
  if (!inputs) return fail(inputs.error());
  if (auto apart = outputs.refuse_inputs(files_read(cl, *inputs)); !apart) {
    return fail(apart.error());
  }
  auto report = extract_inputs(*inputs);
  if (!report) return fail(report.error());
  const std::string format = cl.format == "text" ? "json" : cl.format;
  return emit(outputs, *report_out, [&](Sink& out) { return report::write(format, *report, out); });
}

int cmd_rules(const CommandLine& cl) {
  if (cl.args.size() != 1 || (cl.args[0] != "list" && cl.args[0] != "test")) {
    return fail("usage: factlint rules list|test [--rules DIR]");
  }
  OutputSet outputs;
  auto report_out = add_report(outputs, cl);
  if (!report_out) return fail(report_out.error());
  if (auto apart = outputs.refuse_inputs(files_read(cl, {})); !apart) return fail(apart.error());
  auto config = config_for(cl);
  if (!config) return fail(config.error());
  auto rules = rules_for(cl, *config);
  if (!rules) return fail(rules.error());
  if (cl.args[0] == "list") {
    std::string out;
    for (const auto& r : rules->rules) {
      if (!r.enabled) continue;
      std::string kinds;
      for (const auto k : r.kinds) {
        if (!kinds.empty()) kinds += ',';
        kinds += to_string(k);
      }
      out += r.id + "\t" + std::string(to_string(r.severity)) + "\t" + r.predicate + "\t" + kinds +
             "\t" + r.path + "\n";
    }
    return emit(outputs, *report_out, out);
  }
  const auto results = check::test_rules(*rules, example_runner(*rules));
  std::string out;
  int passed = 0;
  int failed = 0;
  for (const auto& r : results) {
    passed += r.passed;
    failed += static_cast<int>(r.failures.size());
    for (const auto& f : r.failures) out += r.rule + ": FAIL: " + f + "\n";
  }
  out += std::to_string(passed) + " passed, " + std::to_string(failed) + " failed\n";
  const int status = emit(outputs, *report_out, out);
  if (status != kClean) return status;
  return failed == 0 ? kClean : kFindings;
}

int cmd_eval(const CommandLine& cl) {
  auto config = config_for(cl);
  if (!config) return fail(config.error());
  auto rules = rules_for(cl, *config);
  if (!rules) return fail(rules.error());
  return eval::run(cl, *rules);
}

}  // namespace

int run_command(const CommandLine& cl) {
  if (cl.command == "check") return cmd_check(cl);
  if (cl.command == "extract") return cmd_extract(cl);
  if (cl.command == "rules") return cmd_rules(cl);
  if (cl.command == "eval") return cmd_eval(cl);
  return fail("unknown command '" + cl.command + "'");
}

std::string_view version() { return "0.1.0"; }

}  // namespace factlint::cli
