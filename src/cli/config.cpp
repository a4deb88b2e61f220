// Loading of --config and --baseline files.
#include "cli/config.hpp"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/file.hpp"
#include "core/json.hpp"
#include "core/utf8.hpp"

namespace factlint::cli {
namespace {

using json = nlohmann::json;

Diagnostic problem(const std::string& path, std::string message) {
  return Diagnostic{"cli/config", path, 0, 0, std::move(message)};
}

/// A limit only so that a wrong path (a disk image, say) fails at once instead of filling
/// memory; the JSON report of a large set, used as a baseline, stays far below it.
constexpr std::size_t kMaxSettingsBytes = std::size_t{256} << 20;

Result<json> parse_json_file(const std::string& path) {
  auto text = read_whole_file(path, kMaxSettingsBytes, "cli");
  if (!text) return text.error();
  if (const auto bad = utf8::find_invalid(*text)) {
    const LineCol lc = LineMap(*text).locate(*text, static_cast<std::uint32_t>(*bad));
    return Diagnostic{"cli/config", path, lc.line, lc.column, "invalid UTF-8"};
  }
  return parse_json(*text, path, "cli/config");
}

Result<std::vector<std::string>> string_list(const json& j, const std::string& path,
                                             const char* key) {
  if (!j.is_array()) return problem(path, std::string("'") + key + "' must be a list of strings");
  std::vector<std::string> out;
  for (const auto& v : j) {
    if (!v.is_string()) {
      return problem(path, std::string("'") + key + "' must be a list of strings");
    }
    out.push_back(v.get<std::string>());
  }
  return out;
}

}  // namespace

Result<Config> load_config(const std::string& path) {
  auto parsed = parse_json_file(path);
  if (!parsed) return parsed.error();
  const json& j = *parsed;
  if (!j.is_object()) return problem(path, "a config file holds one JSON object");
  Config c;
  const auto base = std::filesystem::path(path).parent_path();
  for (const auto& [key, value] : j.items()) {
    if (key == "pivot" || key == "fail_on") {
      if (!value.is_string()) return problem(path, "'" + key + "' must be a string");
      (key == "pivot" ? c.pivot : c.fail_on) = value.get<std::string>();
    } else if (key == "rules") {
      auto dirs = string_list(value, path, "rules");
      if (!dirs) return dirs.error();
      for (const auto& d : *dirs) {
        const std::filesystem::path p(d);
        c.rule_dirs.push_back(p.is_absolute() ? d : (base / p).string());
      }
    } else if (key == "disable") {
      auto ids = string_list(value, path, "disable");
      if (!ids) return ids.error();
      c.disable = std::move(ids).value();
    } else if (key == "severity") {
      if (!value.is_object()) return problem(path, "'severity' must map rule ids to severities");
      for (const auto& [rule, sev] : value.items()) {
        const auto s = sev.is_string() ? parse_severity(sev.get<std::string>()) : std::nullopt;
        if (!s) {
          return problem(path, "severity of '" + rule + "' must be error, warning or info");
        }
        c.severity.emplace_back(rule, *s);
      }
    } else {
      return problem(path,
                     "unknown key '" + key + "' (known: pivot, fail_on, rules, disable, severity)");
    }
  }
  return c;
}

Result<bool> apply_config(const Config& config, const std::string& path, check::RuleSet& rules) {
  const auto find = [&](const std::string& id) -> check::Rule* {
    for (auto& r : rules.rules) {
      if (r.id == id) return &r;
    }
    return nullptr;
  };
  for (const auto& id : config.disable) {
    check::Rule* r = find(id);
    if (r == nullptr) return problem(path, "'disable' names no rule '" + id + "'");
    r->enabled = false;
  }
  for (const auto& [id, sev] : config.severity) {
    check::Rule* r = find(id);
    if (r == nullptr) return problem(path, "'severity' names no rule '" + id + "'");
    r->severity = sev;
  }
  return true;
}

Result<std::set<std::string>> load_baseline(const std::string& path) {
  auto parsed = parse_json_file(path);
  if (!parsed) return parsed.error();
  const json& j = *parsed;
  std::set<std::string> out;
  const auto take = [&](const json& list, bool from_findings) -> bool {
    if (!list.is_array()) return false;
    for (const auto& v : list) {
      const json* fp = &v;
      if (from_findings) {
        if (!v.is_object() || !v.contains("fingerprint")) return false;
        fp = &v.at("fingerprint");
      }
      if (!fp->is_string()) return false;
      out.insert(fp->get<std::string>());
    }
    return true;
  };
  bool ok = false;
  if (j.is_object() && j.contains("findings")) {
    ok = take(j.at("findings"), true);
  } else if (j.is_object() && j.contains("fingerprints")) {
    ok = take(j.at("fingerprints"), false);
  }
  if (!ok) {
    return problem(path, R"(a baseline is a factlint JSON report or {"fingerprints": ["..."]})");
  }
  return out;
}

std::size_t apply_baseline(const std::set<std::string>& baseline, std::vector<Finding>& findings) {
  const auto before = findings.size();
  findings.erase(
      std::remove_if(findings.begin(), findings.end(),
                     [&](const Finding& f) { return baseline.count(f.fingerprint) > 0; }),
      findings.end());
  return before - findings.size();
}

}  // namespace factlint::cli
