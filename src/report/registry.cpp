// The reporter registry: a plain list of {id, write function}.
#include <array>
#include <utility>

#include "core/sink.hpp"
#include "report/json_reporter.hpp"
#include "report/reporter.hpp"
#include "report/text_reporter.hpp"

namespace factlint::report {
namespace {

void write_text(const Report& report, Sink& out) { out.write(render_text(report)); }

struct ReporterEntry {
  std::string_view id;
  void (*write)(const Report&, Sink&);
};

constexpr std::array<ReporterEntry, 2> kReporters{{
    {"text", &write_text},
    {"json", &write_json},
}};

Diagnostic unknown_format(std::string_view id) {
  std::string known;
  for (const auto& r : kReporters) {
    if (!known.empty()) known += ", ";
    known += r.id;
  }
  return Diagnostic{"report/unknown-format", "", 0, 0,
                    "unknown format '" + std::string(id) + "' (known: " + known + ")"};
}

}  // namespace

Result<std::string> render(std::string_view id, const Report& report) {
  StringSink out;
  if (auto written = write(id, report, out); !written) return written.error();
  return std::move(out.str());
}

Result<bool> write(std::string_view id, const Report& report, Sink& out) {
  for (const auto& r : kReporters) {
    if (r.id == id) {
      r.write(report, out);
      return true;
    }
  }
  return unknown_format(id);
}

std::vector<std::string> format_ids() {
  std::vector<std::string> ids;
  ids.reserve(kReporters.size());
  for (const auto& r : kReporters) ids.emplace_back(r.id);
  return ids;
}

}  // namespace factlint::report
