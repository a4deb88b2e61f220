// Tests for the pipeline wiring: embedded rules, pivot choice, directory inputs, version checks.
#include "cli/pipeline.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "core/embedded.hpp"

namespace fs = std::filesystem;
using namespace factlint;

namespace {

Document doc_with_lang(std::string lang) {
  Document d;
  d.lang = std::move(lang);
  return d;
}

fs::path temp_dir(const std::string& name) {
  const fs::path p = fs::temp_directory_path() / ("factlint-cli-test-" + name);
  fs::remove_all(p);
  fs::create_directories(p);
  return p;
}

void write_file(const fs::path& p, const std::string& content) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << content;
}

}  // namespace

TEST_CASE("every file under rules/ is embedded") {
  std::set<std::string> on_disk;
  const fs::path root = fs::path(FACTLINT_SOURCE_ROOT) / "rules";
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (!e.is_regular_file()) continue;
    const std::string rel = fs::relative(e.path(), root).generic_string();
    if (rel == "meson.build") continue;
    on_disk.insert(rel);
  }
  std::set<std::string> embedded;
  for (const auto& f : embedded_files()) embedded.insert(std::string(f.path));
  CHECK(on_disk == embedded);
  CHECK(
      std::is_sorted(embedded_files().begin(), embedded_files().end(),
                     [](const EmbeddedFile& a, const EmbeddedFile& b) { return a.path < b.path; }));
}

TEST_CASE("the embedded rules load") {
  auto rules = cli::load_rule_set({});
  REQUIRE_MESSAGE(rules.ok(), (rules.ok() ? "" : rules.error().format()));
  for (const char* id :
       {"value-mismatch", "scale-mismatch", "currency-mismatch", "missing-fact", "number-format"}) {
    CHECK_MESSAGE(rules->find(id) != nullptr, std::string(id));
  }
}

TEST_CASE("pivot: explicit, English by default, else the first") {
  std::vector<Document> docs;
  docs.push_back(doc_with_lang("de"));
  docs.push_back(doc_with_lang("en-GB"));
  docs.push_back(doc_with_lang("pt-BR"));
  CHECK(*cli::choose_pivot(docs, "") == 1);
  CHECK(*cli::choose_pivot(docs, "pt-BR") == 2);
  CHECK(*cli::choose_pivot(docs, "pt") == 2);
  CHECK_FALSE(cli::choose_pivot(docs, "fi").ok());
  docs.erase(docs.begin() + 1);
  CHECK(*cli::choose_pivot(docs, "") == 0);
}

TEST_CASE("a directory input finds the versions by their names") {
  const fs::path d = temp_dir("dir");
  write_file(d / "story.en.md", "Five.\n");
  write_file(d / "story.de.txt", "Fünf.\n");
  write_file(d / "fr" / "story.md", "Cinq.\n");
  write_file(d / "README.md", "not a version\n");
  write_file(d / "expect.json", "{}\n");
  auto inputs = cli::expand_inputs({d.string()});
  REQUIRE(inputs.ok());
  std::vector<std::string> names;
  for (const auto& in : *inputs) names.push_back(fs::path(in.path).lexically_relative(d).string());
  CHECK(names == std::vector<std::string>{"fr/story.md", "story.de.txt", "story.en.md"});

  const fs::path empty = temp_dir("empty");
  write_file(empty / "notes.txt", "x\n");
  CHECK_FALSE(cli::expand_inputs({empty.string()}).ok());
  fs::remove_all(d);
  fs::remove_all(empty);
}

TEST_CASE("check needs two versions, each with its own language") {
  const fs::path d = temp_dir("versions");
  write_file(d / "a.en.txt", "The fund offered $6.3 billion.\n");
  write_file(d / "b.en.txt", "The fund offered $6.3 billion.\n");
  write_file(d / "c.de.txt", "Der Fonds bot 6,3 Milliarden Dollar.\n");
  const auto rules = cli::load_rule_set({});
  REQUIRE(rules.ok());
  const auto path = [&](const char* name) { return (d / name).string(); };

  auto one = cli::check_inputs({{path("a.en.txt"), ""}}, {}, *rules);
  REQUIRE_FALSE(one.ok());
  CHECK(one.error().id == "cli/one-version");
  CHECK(one.error().file == path("a.en.txt"));

  auto twice = cli::check_inputs(
      {{path("a.en.txt"), ""}, {path("c.de.txt"), ""}, {path("b.en.txt"), ""}}, {}, *rules);
  REQUIRE_FALSE(twice.ok());
  CHECK(twice.error().id == "cli/same-language");
  CHECK(twice.error().message ==
        "en is given twice (" + path("a.en.txt") + ", " + path("b.en.txt") +
            "); each version needs a language tag of its own, e.g. en-US:" + path("b.en.txt"));

  // Two English versions told apart by their tags are two versions.
  auto tagged =
      cli::check_inputs({{path("a.en.txt"), "en-GB"}, {path("b.en.txt"), "en-US"}}, {}, *rules);
  CHECK(tagged.ok());

  cli::CheckOptions from_config;
  from_config.pivot = "fi";
  from_config.pivot_source = "settings.json";
  auto pivot =
      cli::check_inputs({{path("a.en.txt"), ""}, {path("c.de.txt"), ""}}, from_config, *rules);
  REQUIRE_FALSE(pivot.ok());
  CHECK(pivot.error().format() == "settings.json: error: pivot 'fi' names no input's language");
  fs::remove_all(d);
}
