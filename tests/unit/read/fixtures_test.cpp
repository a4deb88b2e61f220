// Golden test: every fixtures/read/<case>/ is read, segmented and dumped into expected.txt.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <vector>

#include "dump.hpp"
#include "read/reader.hpp"
#include "segment/segmenter.hpp"

using namespace factlint;
namespace fs = std::filesystem;

namespace {

/// Reads every input.* of a case (in name order), segments them and marks boilerplate across
/// them; the dump names each input.
std::string run_case(const fs::path& dir) {
  std::vector<fs::path> inputs;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind("input.", 0) == 0) inputs.push_back(entry.path());
  }
  std::sort(inputs.begin(), inputs.end());
  std::vector<Document> docs;
  std::string out;
  for (const fs::path& p : inputs) {
    auto doc = read::read_file(read::parse_input(p.string()));
    if (!doc) {
      out += "== " + p.filename().string() + "\nerror: " + doc.error().message + "\n";
      continue;
    }
    const std::string broken = testing::check_pieces(*doc);
    CHECK_MESSAGE(broken.empty(), p.string() << ": " << broken);
    segment::segment_document(*doc);
    docs.push_back(std::move(doc).value());
  }
  segment::mark_cross_document_boilerplate(docs, {});
  for (const Document& d : docs) {
    out += "== " + fs::path(d.path).filename().string() + "\n" + testing::dump_document(d);
  }
  return out;
}

}  // namespace

TEST_CASE("reader fixtures match their expected segment dumps") {
  const fs::path root = fs::path(FACTLINT_SOURCE_ROOT) / "fixtures" / "read";
  REQUIRE(fs::is_directory(root));
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(root)) {
    if (entry.is_directory()) cases.push_back(entry.path());
  }
  std::sort(cases.begin(), cases.end());
  CHECK(cases.size() >= 5);
  const bool update = std::getenv("FACTLINT_UPDATE_GOLDEN") != nullptr;
  for (const fs::path& dir : cases) {
    CAPTURE(dir.string());
    const std::string actual = run_case(dir);
    const fs::path expected_path = dir / "expected.txt";
    if (update) {
      std::ofstream(expected_path, std::ios::binary) << actual;
      continue;
    }
    REQUIRE_MESSAGE(fs::exists(expected_path),
                    expected_path.string() << " is missing: run with FACTLINT_UPDATE_GOLDEN=1");
    CHECK(actual == testing::slurp(expected_path.string()));
  }
}
