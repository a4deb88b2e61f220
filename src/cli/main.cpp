// The factlint executable: parses the command line and runs a subcommand.
#include <boost/program_options.hpp>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#ifdef FACTLINT_MIMALLOC
#include <mimalloc.h>
#endif

#include "cli/commands.hpp"
#include "core/file.hpp"
#include "core/log.hpp"

namespace po = boost::program_options;

namespace {

constexpr int kUsageError = 2;
constexpr int kInternalError = 3;

const char* const kUsage =
    "usage: factlint check [options] INPUT...\n"
    "       factlint extract [--rules DIR] INPUT...\n"
    "       factlint rules list|test [--rules DIR]\n"
    "       factlint eval [--output FILE] [--format text|json] [--fail-on LEVEL]\n"
    "                     [--min-recall R] [--max-false-alarms F] [--gate-skip CATEGORY]\n"
    "                     CASES.jsonl\n"
    "       factlint --version | --help\n"
    "\n"
    "An INPUT is PATH or LANG:PATH (LANG a BCP 47 tag such as de, pt-BR, zh-Hant);\n"
    "LANG:- reads that version from standard input. check needs two versions or more, each\n"
    "with its own language tag.\n"
    "eval reads labelled cases (one JSON object a line), prints recall, false-alarm rate and\n"
    "precision per category and language pair, and with --output writes per-case results.\n";

int usage_error(const std::string& message) {
  std::fprintf(stderr, "factlint: error: %s (see 'factlint --help')\n", message.c_str());
  return kUsageError;
}

int run(int argc, char** argv) {
  po::options_description opts("options");
  // clang-format off
  opts.add_options()
    ("help,h", "print this help")
    ("version", "print the version")
    ("pivot", po::value<std::string>(), "the reference version's language (default: en, else the first input)")
    ("format", po::value<std::string>()->default_value("text"), "report format: text|json")
    ("output,o", po::value<std::string>(), "write the report to FILE instead of stdout (- is stdout)")
    ("html", po::value<std::string>(), "also write the HTML report to FILE")
    ("rules", po::value<std::vector<std::string>>()->composing(), "an extra rule folder (repeatable)")
    ("config", po::value<std::string>(), "settings: pivot, fail_on, rules, disable, severity (JSON)")
    ("baseline", po::value<std::string>(), "accept the findings of this earlier JSON report")
    ("fail-on", po::value<std::string>(), "exit 1 when a finding at or above this remains: error (default)|warning|info|never; for eval, the level that flags a case (default warning)")
    ("min-recall", po::value<double>(), "eval: exit 1 when a category's recall is below this")
    ("max-false-alarms", po::value<double>(), "eval: exit 1 when a category's false-alarm rate is above this")
    ("gate-skip", po::value<std::vector<std::string>>()->composing(), "eval: a category the gate leaves out (repeatable)")
    ("verbose,v", "trace the pipeline on stderr");
  po::options_description hidden;
  hidden.add_options()
    ("command", po::value<std::string>())
    ("args", po::value<std::vector<std::string>>());
  // clang-format on
  po::options_description all;
  all.add(opts).add(hidden);
  po::positional_options_description pos;
  pos.add("command", 1).add("args", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return usage_error(e.what());
  }

  if (vm.count("help") != 0U) {
    std::cout << kUsage << '\n' << opts << '\n';
    return 0;
  }
  if (vm.count("version") != 0U) {
    std::cout << "factlint " << factlint::cli::version() << '\n';
    return 0;
  }
  if (vm.count("command") == 0U) return usage_error("no command given");

  factlint::cli::CommandLine cl;
  cl.command = vm["command"].as<std::string>();
  if (vm.count("args") != 0U) cl.args = vm["args"].as<std::vector<std::string>>();
  if (vm.count("pivot") != 0U) cl.pivot = vm["pivot"].as<std::string>();
  cl.format = vm["format"].as<std::string>();
  if (vm.count("output") != 0U) cl.output = vm["output"].as<std::string>();
  if (vm.count("html") != 0U) cl.html = vm["html"].as<std::string>();
  if (vm.count("rules") != 0U) cl.rule_dirs = vm["rules"].as<std::vector<std::string>>();
  if (vm.count("fail-on") != 0U) cl.fail_on = vm["fail-on"].as<std::string>();
  if (vm.count("config") != 0U) cl.config = vm["config"].as<std::string>();
  if (vm.count("baseline") != 0U) cl.baseline = vm["baseline"].as<std::string>();
  if (vm.count("min-recall") != 0U) cl.min_recall = vm["min-recall"].as<double>();
  if (vm.count("max-false-alarms") != 0U) {
    cl.max_false_alarms = vm["max-false-alarms"].as<double>();
  }
  if (vm.count("gate-skip") != 0U) cl.gate_skip = vm["gate-skip"].as<std::vector<std::string>>();
  factlint::log::set_verbose(vm.count("verbose") != 0U);
  return factlint::cli::run_command(cl);
}

/// Standard output must have taken everything written to it (a report, --help): a full disk or a
/// closed pipe is a failed run, not a silent success. Reports check their own writes; this
/// catches the rest.
int flush_stdout(int status) {
  if (status == kUsageError) return status;  // the message is out already
  errno = 0;
  if (std::fflush(stdout) == 0 && std::ferror(stdout) == 0) return status;
  const int err = errno != 0 ? errno : EIO;
  std::fprintf(stderr, "factlint: error: cannot write to standard output: %s\n",
               factlint::errno_message(err).c_str());
  return kUsageError;
}

int guarded_run(int argc, char** argv) {
  try {
    return flush_stdout(run(argc, argv));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "factlint: internal error: %s\n", e.what());
    return kInternalError;
  } catch (...) {
    std::fprintf(stderr, "factlint: internal error\n");
    return kInternalError;
  }
}

}  // namespace

int main(int argc, char** argv) {
#ifdef FACTLINT_MIMALLOC
  // A check touches tens of megabytes of fresh heap once; on 4 KiB pages a third of its time
  // went into the kernel's page faults (9,500 on the two-version news benchmark). Segments
  // committed eagerly on transparent huge pages take about 500. mimalloc reads its options when
  // it loads, before main, and the segment it gave this thread then stays on small pages, so
  // the work runs on a thread of its own whose segments come after the options. Options set in
  // the environment (MIMALLOC_LARGE_OS_PAGES=0) still win.
  if (std::getenv("MIMALLOC_LARGE_OS_PAGES") == nullptr) {
    mi_option_enable(mi_option_large_os_pages);
  }
  if (std::getenv("MIMALLOC_EAGER_COMMIT_DELAY") == nullptr) {
    mi_option_set(mi_option_eager_commit_delay, 0);
  }
  int status = kInternalError;
  std::thread work([&] { status = guarded_run(argc, argv); });
  work.join();
  return status;
#else
  return guarded_run(argc, argv);
#endif
}
