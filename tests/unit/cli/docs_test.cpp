// Every registered fact kind, predicate, reader and report format has its docs page.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "check/predicate.hpp"
#include "core/fact.hpp"
#include "read/reader.hpp"
#include "report/reporter.hpp"

namespace fs = std::filesystem;

namespace {

bool page_exists(const std::string& folder, std::string_view id) {
  return fs::exists(fs::path(FACTLINT_SOURCE_ROOT) / "docs" / folder / (std::string(id) + ".md"));
}

}  // namespace

TEST_CASE("every registry entry has a docs page") {
  for (const auto kind : factlint::all_fact_kinds()) {
    CHECK_MESSAGE(page_exists("facts", factlint::to_string(kind)), factlint::to_string(kind));
  }
  for (const auto& p : factlint::check::predicate_registry()) {
    CHECK_MESSAGE(page_exists("predicates", p.id), p.id);
  }
  for (const auto& id : factlint::read::reader_ids()) {
    CHECK_MESSAGE(page_exists("readers", id), id);
  }
  for (const auto& id : factlint::report::format_ids()) {
    CHECK_MESSAGE(page_exists("reporters", id), id);
  }
  CHECK(page_exists("reporters", "html"));  // --html, outside the format registry
}
