// The seed article set (../shared/seeds beside the repository, where it exists): the story's
// numbers stay content and the sites' numbers become furniture. Checked by generic properties,
// never by seed strings.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "read/reader.hpp"
#include "segment/segmenter.hpp"

using namespace factlint;
namespace fs = std::filesystem;

namespace {

/// Numbers of a text reduced to their digits ("903,9" and "903.9" give "9039").
std::vector<std::string> number_keys(std::string_view text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  const auto digit = [&](std::size_t k) {
    return k < text.size() && text[k] >= '0' && text[k] <= '9';
  };
  while (i < text.size()) {
    if (!digit(i)) {
      ++i;
      continue;
    }
    std::string key;
    while (i < text.size()) {
      if (digit(i)) {
        key += text[i++];
      } else if ((text[i] == '.' || text[i] == ',') && digit(i + 1)) {
        ++i;
      } else {
        break;
      }
    }
    out.push_back(key);
  }
  return out;
}

/// Trims spaces from both ends.
std::string_view trimmed(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

/// The seed files and their languages, from the README's table ("| file | lang (Name) |").
/// (No std::regex: GCC 12 warns inside it under the sanitizers.)
std::vector<read::Input> seed_inputs(const fs::path& dir) {
  std::vector<read::Input> out;
  std::ifstream readme(dir / "README.md");
  std::string line;
  while (std::getline(readme, line)) {
    if (line.size() < 2 || line.front() != '|') continue;
    const std::size_t bar = line.find('|', 1);
    if (bar == std::string::npos) continue;
    const std::string_view file = trimmed(std::string_view(line).substr(1, bar - 1));
    const std::string_view cell = trimmed(std::string_view(line).substr(bar + 1));
    if (file.size() < 5 || file.substr(file.size() - 4) != ".txt") continue;
    const std::size_t end = cell.find_first_of(" |");
    const std::string_view lang = cell.substr(0, end);
    if (lang.empty()) continue;
    out.push_back({(dir / std::string(file)).string(), std::string(lang)});
  }
  return out;
}

}  // namespace

TEST_CASE("seed set: the story's numbers are content, the sites' numbers are furniture") {
  const fs::path dir = fs::path(FACTLINT_SOURCE_ROOT) / ".." / "shared" / "seeds";
  if (!fs::is_directory(dir)) {
    MESSAGE("skipped: " << dir.string() << " does not exist (the seed set lives beside the repo)");
    return;
  }
  const std::vector<read::Input> inputs = seed_inputs(dir);
  REQUIRE(inputs.size() >= 3);
  std::vector<Document> docs;
  for (const read::Input& in : inputs) {
    auto doc = read::read_file(in);
    REQUIRE_MESSAGE(doc.ok(), (doc.ok() ? std::string() : doc.error().format()));
    segment::segment_document(*doc);
    docs.push_back(std::move(doc).value());
  }
  segment::mark_cross_document_boilerplate(docs, {});

  // How many versions mention each number anywhere.
  std::map<std::string, std::set<std::size_t>> versions_of;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    for (const std::string& k : number_keys(docs[d].source)) versions_of[k].insert(d);
  }
  std::size_t story_numbers = 0;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    const Document& doc = docs[d];
    std::size_t marked = 0;
    for (const Segment& s : doc.segments) {
      const std::string_view text = doc.segment_text(s);
      marked += s.boilerplate ? 1 : 0;
      bool shared_widely = false;
      bool shared_at_all = false;
      const auto keys = number_keys(text);
      for (const std::string& k : keys) {
        shared_widely = shared_widely || versions_of[k].size() >= 3;
        shared_at_all = shared_at_all || versions_of[k].size() >= 2;
      }
      CAPTURE(doc.path);
      CAPTURE(text);
      // A number at least three versions give is the story's: never furniture.
      if (shared_widely) {
        ++story_numbers;
        CHECK_FALSE(s.boilerplate);
      }
      // A number no other version gives is the site's: every one of those must be marked.
      if (!keys.empty() && !shared_at_all) CHECK(s.boilerplate);
    }
    CHECK_MESSAGE(marked > 0, doc.path << " has site furniture but nothing was marked");
  }
  CHECK(story_numbers >= docs.size());
}
