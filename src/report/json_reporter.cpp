// JSON output: the report contract of DESIGN.md, keys in a fixed order, deterministic bytes.
#include "report/json_reporter.hpp"

#include <nlohmann/json.hpp>

namespace factlint::report {
namespace {

using Json = nlohmann::ordered_json;

std::string fact_id(std::uint32_t i) { return "f" + std::to_string(i); }

Json value_of(const Fact& f) {
  const Amount& a = f.amount;
  Json v = Json::object();
  v["value"] = a.value.to_string();
  if (a.upper) v["upper"] = a.upper->to_string();
  v["approximate"] = a.approximate;
  v["ambiguous"] = a.format.ambiguous;
  if (a.alternative) v["alternative"] = a.alternative->to_string();
  v["digits"] = a.digits;
  if (a.scale_power != 0 || !a.scale_word.empty()) {
    v["scale"] = Json{{"word", a.scale_word}, {"power", a.scale_power}};
  }
  v["format"] = Json{{"decimal", a.format.decimal_sep},
                     {"group", a.format.group_sep},
                     {"native_digits", a.format.native_digits},
                     {"foreign", a.format.foreign},
                     {"expected", a.format.expected}};
  if (f.kind == FactKind::money) {
    Json cs = Json::array();
    for (const auto& c : f.currencies) {
      cs.push_back(Json{{"text", c.text}, {"codes", c.codes}, {"preferred", c.preferred}});
    }
    v["currencies"] = std::move(cs);
  }
  if (f.kind == FactKind::percent) v["points"] = f.percentage_points;
  return v;
}

}  // namespace

std::string render_json(const Report& report) {
  Json root = Json::object();
  root["schema"] = "factlint-report/1";
  Json docs = Json::array();
  for (std::uint32_t d = 0; d < report.documents.size(); ++d) {
    const Document& doc = report.documents[d];
    docs.push_back(Json{{"id", "d" + std::to_string(d)}, {"path", doc.path}, {"lang", doc.lang}});
  }
  root["documents"] = std::move(docs);
  Json facts = Json::array();
  for (std::uint32_t i = 0; i < report.facts.size(); ++i) {
    const Fact& f = report.facts[i];
    Json j = Json::object();
    j["id"] = fact_id(i);
    j["doc"] = "d" + std::to_string(f.doc);
    j["kind"] = std::string(to_string(f.kind));
    j["text"] = f.text;
    LineCol lc;
    if (f.doc < report.documents.size()) lc = report.documents[f.doc].locate(f.span.begin);
    j["line"] = lc.line;
    j["column"] = lc.column;
    j["offset"] = f.span.begin;
    j["length"] = f.span.size();
    j["segment"] = f.segment;
    j["value"] = value_of(f);
    facts.push_back(std::move(j));
  }
  root["facts"] = std::move(facts);
  Json groups = Json::array();
  for (std::uint32_t g = 0; g < report.alignment.groups.size(); ++g) {
    const FactGroup& group = report.alignment.groups[g];
    Json members = Json::array();
    for (const auto m : group.members) {
      if (m >= 0) members.push_back(fact_id(static_cast<std::uint32_t>(m)));
    }
    groups.push_back(Json{{"id", "g" + std::to_string(g)},
                          {"kind", std::string(to_string(group.kind))},
                          {"row", group.row},
                          {"facts", std::move(members)}});
  }
  root["groups"] = std::move(groups);
  Json findings = Json::array();
  for (const auto& f : report.findings) {
    Json langs = Json::array();
    for (const auto d : f.docs) {
      if (d < report.documents.size()) langs.push_back(report.documents[d].lang);
    }
    Json ids = Json::array();
    for (const auto i : f.facts) ids.push_back(fact_id(i));
    Json j = Json::object();
    j["rule"] = f.rule;
    j["severity"] = std::string(to_string(f.severity));
    j["message"] = f.message;
    j["langs"] = std::move(langs);
    j["facts"] = std::move(ids);
    j["fingerprint"] = f.fingerprint;
    j["doc"] = "d" + std::to_string(f.doc);
    LineCol lc;
    if (f.doc < report.documents.size()) lc = report.documents[f.doc].locate(f.span.begin);
    j["line"] = lc.line;
    j["column"] = lc.column;
    findings.push_back(std::move(j));
  }
  root["findings"] = std::move(findings);
  const Summary s = summarize(report.findings);
  root["summary"] = Json{{"error", s.error}, {"warning", s.warning}, {"info", s.info}};
  // Inputs are validated UTF-8; "replace" keeps a stray byte from ever throwing here.
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace factlint::report
