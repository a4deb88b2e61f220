// JSON output: the report contract of DESIGN.md, streamed member by member, deterministic bytes.
#include "report/json_reporter.hpp"

#include "core/json_writer.hpp"
#include "core/kinds.hpp"

namespace factlint::report {
namespace {

std::string fact_id(std::uint32_t i) { return "f" + std::to_string(i); }

/// Line and column lookups for every document, each in text order (see LineCursor).
class Locator {
 public:
  explicit Locator(const Report& r) {
    cursors_.reserve(r.documents.size());
    for (const auto& d : r.documents) cursors_.emplace_back(d);
  }
  LineCol at(std::uint32_t doc, std::uint32_t offset) {
    return doc < cursors_.size() ? cursors_[doc].locate(offset) : LineCol{};
  }

 private:
  std::vector<LineCursor> cursors_;
};

}  // namespace

void write_json(const Report& report, Sink& out) {
  JsonWriter w(out);
  Locator where(report);
  w.begin_object();
  w.member("schema", "factlint-report/1");
  w.key("documents");
  w.begin_array();
  for (std::uint32_t d = 0; d < report.documents.size(); ++d) {
    const Document& doc = report.documents[d];
    w.begin_object();
    w.member("id", "d" + std::to_string(d));
    w.member("path", doc.path);
    w.member("lang", doc.lang);
    w.end_object();
  }
  w.end_array();
  w.key("facts");
  w.begin_array();
  for (std::uint32_t i = 0; i < report.facts.size(); ++i) {
    const Fact& f = report.facts[i];
    const LineCol lc = where.at(f.doc, f.span.begin);
    w.begin_object();
    w.member("id", fact_id(i));
    w.member("doc", "d" + std::to_string(f.doc));
    w.member("kind", to_string(f.kind));
    w.member("text", f.text);
    w.member("line", lc.line);
    w.member("column", lc.column);
    w.member("offset", f.span.begin);
    w.member("length", f.span.size());
    w.member("segment", f.segment);
    w.key("value");
    kind_ops(f.kind).write_json(f, w);
    w.end_object();
  }
  w.end_array();
  w.key("groups");
  w.begin_array();
  for (std::uint32_t g = 0; g < report.alignment.groups.size(); ++g) {
    const FactGroup& group = report.alignment.groups[g];
    w.begin_object();
    w.member("id", "g" + std::to_string(g));
    w.member("kind", to_string(group.kind));
    w.member("row", group.row);
    w.key("facts");
    w.begin_array();
    for (const auto m : group.members) {
      if (m >= 0) w.value(fact_id(static_cast<std::uint32_t>(m)));
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("findings");
  w.begin_array();
  for (const auto& f : report.findings) {
    const LineCol lc = where.at(f.doc, f.span.begin);
    w.begin_object();
    w.member("rule", f.rule);
    w.member("severity", to_string(f.severity));
    w.member("message", f.message);
    w.key("langs");
    w.begin_array();
    for (const auto d : f.docs) {
      if (d < report.documents.size()) w.value(report.documents[d].lang);
    }
    w.end_array();
    w.key("facts");
    w.begin_array();
    for (const auto i : f.facts) w.value(fact_id(i));
    w.end_array();
    w.member("fingerprint", f.fingerprint);
    w.member("doc", "d" + std::to_string(f.doc));
    w.member("line", lc.line);
    w.member("column", lc.column);
    w.end_object();
  }
  w.end_array();
  const Summary s = summarize(report.findings);
  w.key("summary");
  w.begin_object();
  w.member("error", s.error);
  w.member("warning", s.warning);
  w.member("info", s.info);
  w.end_object();
  w.end_object();
  w.flush();
  out.put('\n');
}

std::string render_json(const Report& report) {
  StringSink out;
  write_json(report, out);
  return std::move(out.str());
}

}  // namespace factlint::report
