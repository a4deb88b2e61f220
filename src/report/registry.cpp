// The reporter registry: a plain list of {id, render function}.
#include <array>

#include "report/json_reporter.hpp"
#include "report/reporter.hpp"
#include "report/text_reporter.hpp"

namespace factlint::report {
namespace {

struct ReporterEntry {
  std::string_view id;
  std::string (*render)(const Report&);
};

constexpr std::array<ReporterEntry, 2> kReporters{{
    {"text", &render_text},
    {"json", &render_json},
}};

}  // namespace

Result<std::string> render(std::string_view id, const Report& report) {
  for (const auto& r : kReporters) {
    if (r.id == id) return r.render(report);
  }
  std::string known;
  for (const auto& r : kReporters) {
    if (!known.empty()) known += ", ";
    known += r.id;
  }
  return Diagnostic{"report/unknown-format", "", 0, 0,
                    "unknown format '" + std::string(id) + "' (known: " + known + ")"};
}

std::vector<std::string> format_ids() {
  std::vector<std::string> ids;
  ids.reserve(kReporters.size());
  for (const auto& r : kReporters) ids.emplace_back(r.id);
  return ids;
}

}  // namespace factlint::report
