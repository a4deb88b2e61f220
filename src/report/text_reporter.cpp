// Text output in the shape compilers and linters use, so editors and terminals can jump to it.
#include "report/text_reporter.hpp"

#include <string_view>

namespace factlint::report {
namespace {

void append_location(std::string& out, const Document& doc, std::uint32_t offset) {
  const LineCol lc = doc.locate(offset);
  out += doc.path;
  out += ':';
  out += std::to_string(lc.line);
  out += ':';
  out += std::to_string(lc.column);
}

std::string counted(std::uint32_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

}  // namespace

std::string render_text(const Report& report) {
  std::string out;
  for (const auto& f : report.findings) {
    if (f.doc < report.documents.size()) {
      append_location(out, report.documents[f.doc], f.span.begin);
    } else {
      out += "<unknown>";
    }
    out += ": ";
    out += to_string(f.severity);
    out += ": ";
    out += f.message;
    out += " [";
    out += f.rule;
    out += "]\n";
    for (const auto i : f.facts) {
      if (i >= report.facts.size()) continue;
      const Fact& fact = report.facts[i];
      if (fact.doc == f.doc || fact.doc >= report.documents.size()) continue;
      const Document& doc = report.documents[fact.doc];
      out += "    ";
      out += doc.lang;
      out += ' ';
      append_location(out, doc, fact.span.begin);
      out += ": ";
      out += fact.text;
      out += " = ";
      out += describe_value(fact);
      out += '\n';
    }
  }
  const auto docs = static_cast<std::uint32_t>(report.documents.size());
  const std::string where = " in " + counted(docs, "document", "documents") + "\n";
  if (report.findings.empty()) return out + "no findings" + where;
  const Summary s = summarize(report.findings);
  out += counted(s.error, "error", "errors") + ", " + counted(s.warning, "warning", "warnings") +
         ", " + counted(s.info, "info", "info") + where;
  return out;
}

}  // namespace factlint::report
