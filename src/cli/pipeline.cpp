// Wires the stages together; the only place that knows the order of the pipeline.
#include "cli/pipeline.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <functional>
#include <optional>
#include <system_error>
#include <thread>
#include <utility>

#include "align/aligner.hpp"
#include "core/embedded.hpp"
#include "core/file.hpp"
#include "core/log.hpp"
#include "extract/extractor.hpp"
#include "lang/lang.hpp"
#include "segment/segmenter.hpp"

namespace factlint::cli {

Result<check::RuleSet> load_rule_set(const std::vector<std::string>& dirs) {
  std::vector<check::RuleFile> files;
  for (const auto& f : embedded_files()) {
    // terms/ holds language data, not rules.
    if (f.path.substr(0, 6) == "terms/") continue;
    if (f.path.size() < 5 || f.path.substr(f.path.size() - 5) != ".json") continue;
    files.push_back({"<embedded>/" + std::string(f.path), std::string(f.content)});
  }
  for (const auto& dir : dirs) {
    auto more = check::rule_files_in(dir);
    if (!more) return more.error();
    for (auto& f : *more) files.push_back(std::move(f));
  }
  return check::load_rules(files);
}

Result<std::uint32_t> choose_pivot(const std::vector<Document>& docs, std::string_view pivot_lang) {
  const auto primary = [](std::string_view tag) { return tag.substr(0, tag.find('-')); };
  if (!pivot_lang.empty()) {
    // Exact tag first, then the same primary language.
    for (std::uint32_t i = 0; i < docs.size(); ++i) {
      if (docs[i].lang == pivot_lang) return i;
    }
    for (std::uint32_t i = 0; i < docs.size(); ++i) {
      if (primary(docs[i].lang) == primary(pivot_lang)) return i;
    }
    return Diagnostic{"cli/unknown-pivot", "", 0, 0,
                      "--pivot '" + std::string(pivot_lang) + "' names no input's language"};
  }
  for (std::uint32_t i = 0; i < docs.size(); ++i) {
    if (primary(docs[i].lang) == "en") return i;
  }
  return 0U;
}

void for_each_index(std::size_t n, const std::function<void(std::size_t)>& work) {
  // A worker that calls for_each_index again (eval runs cases side by side, and each case
  // extracts its versions side by side) runs the inner loop itself: the cores are busy already.
  thread_local bool in_worker = false;
  const std::size_t cores = std::max(1U, std::thread::hardware_concurrency());
  const std::size_t workers = in_worker ? 1 : std::min(n, cores);
  if (workers <= 1) {
    for (std::size_t i = 0; i < n; ++i) work(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::vector<std::exception_ptr> errors(workers);
  {
    std::vector<std::jthread> threads;
    threads.reserve(workers);
    for (std::size_t w = 0; w < workers; ++w) {
      threads.emplace_back([&, w] {
        in_worker = true;
        try {
          for (std::size_t i = next++; i < n; i = next++) work(i);
        } catch (...) {
          errors[w] = std::current_exception();
          next = n;
        }
      });
    }
  }
  for (const auto& e : errors) {
    if (e) std::rethrow_exception(e);
  }
}

namespace {

/// Segments every version, marks boilerplate across them, and extracts their facts in the
/// order of the versions.
std::string count(std::size_t n, std::string_view what) {
  return std::to_string(n) + " " + std::string(what);
}

std::vector<Fact> segment_and_extract(std::vector<Document>& docs) {
  log::StageTimer timer("segment+extract");
  std::vector<std::vector<Fact>> per_doc(docs.size());
  std::vector<segment::Measurements> measured(docs.size());
  for_each_index(docs.size(), [&](std::size_t i) {
    segment::segment_document(docs[i], &measured[i]);
    per_doc[i] = extract::extract_document(docs[i], static_cast<std::uint32_t>(i));
  });
  std::size_t total = 0;
  for (const auto& v : per_doc) total += v.size();
  std::vector<Fact> facts;
  facts.reserve(total);
  for (auto& v : per_doc) {
    for (auto& f : v) facts.push_back(std::move(f));
    std::vector<Fact>().swap(v);  // no more than one version's facts twice at a time
  }
  // Extraction does not look at furniture marks; the pass across versions compares the
  // versions' figures by value, so it runs on the facts.
  if (log::verbose()) {
    std::size_t segments = 0;
    for (const auto& d : docs) segments += d.segments.size();
    timer.done(count(segments, "segments") + ", " + count(facts.size(), "facts"));
  }
  log::StageTimer across("furniture across versions");
  segment::mark_cross_document_boilerplate(docs, facts, &measured);
  if (log::verbose()) {
    std::size_t furniture = 0;
    for (const auto& d : docs) {
      for (const auto& s : d.segments) furniture += s.boilerplate ? 1 : 0;
    }
    across.done(count(furniture, "segments marked as furniture"));
  }
  return facts;
}

}  // namespace

Report analyze(std::vector<Document> docs, std::uint32_t pivot, const check::RuleSet* rules) {
  Report report;
  report.facts = segment_and_extract(docs);
  report.documents = std::move(docs);
  log::StageTimer timer("align");
  report.alignment = align::align(report.documents, report.facts, pivot);
  timer.done(count(report.alignment.rows.size(), "rows") + ", " +
             count(report.alignment.groups.size(), "fact groups"));
  if (rules != nullptr) {
    log::StageTimer check("check");
    report.findings = check::run_rules(*rules, report);
    check.done(count(report.findings.size(), "findings"));
  }
  return report;
}

namespace {

bool has_text_extension(const std::filesystem::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".txt" || ext == ".text" || ext == ".md" || ext == ".markdown";
}

}  // namespace

Result<std::vector<read::Input>> expand_inputs(const std::vector<std::string>& args) {
  namespace fs = std::filesystem;
  std::vector<read::Input> inputs;
  bool stdin_taken = false;
  for (const auto& arg : args) {
    read::Input in = read::parse_input(arg);
    if (in.path == read::kStandardInput) {
      if (stdin_taken) {
        return Diagnostic{"cli/stdin-twice", "", 0, 0,
                          "standard input (-) is given twice; it can be one version only"};
      }
      stdin_taken = true;
      inputs.push_back(std::move(in));
      continue;
    }
    std::error_code ec;
    if (!in.lang.empty() || !fs::is_directory(in.path, ec)) {
      inputs.push_back(std::move(in));
      continue;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(in.path, ec); !ec && it != fs::end(it);
         it.increment(ec)) {
      std::error_code entry_ec;
      if (it->is_directory(entry_ec)) {
        // One level of language folders at most ("de/story.md").
        if (it.depth() >= 1) it.disable_recursion_pending();
        continue;
      }
      // Not only regular files: a FIFO or a broken link named story.de.txt is a version that
      // read_file refuses with a message, rather than one silently left out.
      if (!has_text_extension(it->path())) continue;
      if (read::lang_from_path(it->path().string()).empty()) continue;
      found.push_back(it->path().string());
    }
    if (ec) {
      return Diagnostic{"cli/unreadable-dir", in.path, 0, 0,
                        "cannot list the directory: " + errno_message(ec.value())};
    }
    if (found.empty()) {
      return Diagnostic{"cli/empty-dir", in.path, 0, 0,
                        "no file in this directory names its language (story.de.md, de/story.md)"};
    }
    std::sort(found.begin(), found.end());
    for (auto& f : found) inputs.push_back({std::move(f), ""});
  }
  return inputs;
}

namespace {

Result<std::vector<Document>> read_all(const std::vector<read::Input>& inputs) {
  log::StageTimer timer("read");
  std::vector<Document> docs;
  docs.reserve(inputs.size());
  for (const auto& in : inputs) {
    auto doc = read::read_file(in);
    if (!doc) return doc.error();
    docs.push_back(std::move(doc).value());
  }
  if (log::verbose()) {
    std::size_t bytes = 0;
    for (const auto& d : docs) {
      bytes += d.source.size();
      log::debug(d.path + ": " + d.lang + ", " + d.format + ", " +
                 count(d.blocks.size(), "blocks"));
    }
    timer.done(count(docs.size(), "versions") + ", " + count(bytes, "bytes"));
  }
  return docs;
}

/// A diagnostic when two documents have the same language: the report names versions by their
/// tags, so two of them with one tag could not be told apart. A user with two English versions
/// says which is which (en-GB:a.txt en-US:b.txt).
std::optional<Diagnostic> same_language(const std::vector<Document>& docs) {
  // The first version whose tag comes again is that tag's first occurrence: an earlier one
  // would have been found first.
  for (std::size_t i = 0; i < docs.size(); ++i) {
    std::vector<const Document*> same{&docs[i]};
    for (std::size_t j = i + 1; j < docs.size(); ++j) {
      if (docs[j].lang == docs[i].lang) same.push_back(&docs[j]);
    }
    if (same.size() < 2) continue;
    const std::string& tag = docs[i].lang;
    std::string message = tag;
    message += " is given ";
    message += same.size() == 2 ? "twice" : std::to_string(same.size()) + " times";
    message += " (";
    for (const Document* d : same) {
      if (d != same.front()) message += ", ";
      message += d->path;
    }
    message += "); each version needs a language tag of its own";
    if (const std::string region = lang::likely_region(tag); !region.empty()) {
      message += ", e.g. ";
      message += tag;
      message += '-';
      message += region;
      message += ':';
      message += same.back()->path;
    } else {
      message += " (LANG:PATH)";
    }
    return Diagnostic{"cli/same-language", "", 0, 0, std::move(message)};
  }
  return std::nullopt;
}

}  // namespace

Result<Report> check_inputs(const std::vector<read::Input>& inputs, const CheckOptions& options,
                            const check::RuleSet& rules) {
  if (inputs.size() < 2) {
    std::string only = inputs.empty() ? std::string() : inputs[0].path;
    if (only == read::kStandardInput) only = read::kStandardInputName;
    return Diagnostic{"cli/one-version", only, 0, 0,
                      "check compares versions and needs at least two; this is the only one"};
  }
  auto docs = read_all(inputs);
  if (!docs) return docs.error();
  if (auto twice = same_language(*docs)) return *twice;
  auto pivot = choose_pivot(*docs, options.pivot);
  if (!pivot) {
    if (options.pivot_source.empty()) return pivot.error();
    return Diagnostic{"cli/unknown-pivot", options.pivot_source, 0, 0,
                      "pivot '" + options.pivot + "' names no input's language"};
  }
  return analyze(std::move(docs).value(), *pivot, &rules);
}

Result<Report> extract_inputs(const std::vector<read::Input>& inputs) {
  auto docs = read_all(inputs);
  if (!docs) return docs.error();
  Report report;
  report.facts = segment_and_extract(*docs);
  report.documents = std::move(docs).value();
  return report;
}

check::ExampleRunner example_runner(const check::RuleSet& rules) {
  return [&rules](const std::vector<check::ExampleVersion>& versions) -> Result<Report> {
    std::vector<Document> docs;
    for (std::size_t i = 0; i < versions.size(); ++i) {
      const auto& v = versions[i];
      auto doc = read::read_string("example-" + std::to_string(i) + "." + v.lang + ".txt", v.lang,
                                   v.text, "text");
      if (!doc) return doc.error();
      // Each version of an example (or of an eval case) is one translation unit: aligned with
      // the others as a whole, and content throughout.
      for (auto& block : doc->blocks) block.unit = "example";
      docs.push_back(std::move(doc).value());
    }
    return analyze(std::move(docs), 0, &rules);
  };
}

}  // namespace factlint::cli
