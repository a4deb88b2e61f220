// Rule loading: JSON rule files (comments allowed) into validated rules, with file:line:col errors.
#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <system_error>
#include <utility>

#include "check/engine.hpp"
#include "check/predicate.hpp"
#include "core/document.hpp"
#include "core/file.hpp"
#include "core/json.hpp"

namespace factlint::check {
namespace {

using nlohmann::json;

constexpr std::string_view kMarkOpen = "[[";
constexpr std::string_view kMarkClose = "]]";
/// A rule file is a few kilobytes; anything near this is not one.
constexpr std::size_t kMaxRuleFileBytes = std::size_t{16} << 20;

const std::vector<std::string_view> kRuleKeys{"description", "predicate", "kinds",
                                              "scope",       "severity",  "message",
                                              "params",      "examples",  "enabled"};
/// Keys of a patch: a file without "predicate" that changes a rule loaded earlier.
const std::vector<std::string_view> kPatchKeys{"description", "severity", "enabled"};
const std::vector<std::string_view> kExampleKeys{"versions", "src", "tgt", "findings", "note"};

bool contains(const std::vector<std::string_view>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

/// The rule id of a path: its file name without ".json".
std::string stem_of(std::string_view path) {
  const auto slash = path.find_last_of("/\\");
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (name.size() > 5 && name.substr(name.size() - 5) == ".json") {
    name = name.substr(0, name.size() - 5);
  }
  return std::string(name);
}

bool is_kebab(std::string_view id) {
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

/// Builds diagnostics for one file, with positions found in its text.
class FileErrors {
 public:
  FileErrors(const RuleFile& file) : file_(file), lines_(file.content) {}  // NOLINT

  /// A diagnostic at byte `offset` (nlohmann's position is one past the offending byte).
  [[nodiscard]] Diagnostic at(std::string id, std::size_t offset, std::string message) const {
    const auto clamped = static_cast<std::uint32_t>(std::min(offset, file_.content.size()));
    const LineCol lc = lines_.locate(file_.content, clamped);
    return Diagnostic{std::move(id), file_.path, lc.line, lc.column, std::move(message)};
  }

  /// A diagnostic at the first occurrence of key `"key":` (or at the start when not found).
  [[nodiscard]] Diagnostic at_key(std::string id, std::string_view key, std::string message) const {
    return at(std::move(id), key_offset(key), std::move(message));
  }

  /// A diagnostic without position.
  [[nodiscard]] Diagnostic whole(std::string id, std::string message) const {
    return Diagnostic{std::move(id), file_.path, 0, 0, std::move(message)};
  }

 private:
  [[nodiscard]] std::size_t key_offset(std::string_view key) const {
    const std::string quoted = "\"" + std::string(key) + "\"";
    const std::string& t = file_.content;
    for (std::size_t pos = t.find(quoted); pos != std::string::npos;
         pos = t.find(quoted, pos + 1)) {
      std::size_t after = pos + quoted.size();
      while (after < t.size() &&
             (t[after] == ' ' || t[after] == '\t' || t[after] == '\n' || t[after] == '\r')) {
        ++after;
      }
      if (after < t.size() && t[after] == ':') return pos;
    }
    return 0;
  }

  const RuleFile& file_;
  LineMap lines_;
};

/// Checks that every {name} in `message` is a known placeholder.
std::optional<std::string> check_template(std::string_view message) {
  const auto& known = known_placeholders();
  for (std::size_t i = 0; i < message.size(); ++i) {
    if (message[i] == '}') {
      if (i + 1 < message.size() && message[i + 1] == '}') {
        ++i;
        continue;
      }
      return "unmatched '}' in message (write '}}' for a brace)";
    }
    if (message[i] != '{') continue;
    if (i + 1 < message.size() && message[i + 1] == '{') {
      ++i;
      continue;
    }
    const auto close = message.find('}', i);
    if (close == std::string_view::npos) return "unclosed '{' in message";
    const auto name = message.substr(i + 1, close - i - 1);
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      return "unknown placeholder '{" + std::string(name) + "}' in message";
    }
    i = close;
  }
  return std::nullopt;
}

Result<Scope> parse_scope(const json& v) {
  if (v.is_string()) {
    const auto s = v.get<std::string>();
    if (s == "group") return Scope::group;
    if (s == "fact") return Scope::fact;
    return Diagnostic{"rules/bad-scope", "", 0, 0,
                      "unknown scope '" + s + "' (expected 'group' or 'fact')"};
  }
  return Diagnostic{"rules/bad-scope", "", 0, 0, "a scope must be the string 'group' or 'fact'"};
}

Result<ExampleVersion> parse_version(const json& v) {
  if (!v.is_array() || v.size() != 2 || !v[0].is_string() || !v[1].is_string()) {
    return Diagnostic{"rules/bad-example", "", 0, 0,
                      R"(a version must be a pair ["lang", "text"])"};
  }
  auto lang = v[0].get<std::string>();
  if (lang.empty()) return Diagnostic{"rules/bad-example", "", 0, 0, "empty language tag"};
  return parse_marked(std::move(lang), v[1].get<std::string>());
}

Result<Example> parse_example(const json& e) {
  if (!e.is_object()) return Diagnostic{"rules/bad-example", "", 0, 0, "must be an object"};
  for (const auto& [key, value] : e.items()) {
    if (!contains(kExampleKeys, key)) {
      return Diagnostic{"rules/unknown-key", "", 0, 0, "unknown key '" + key + "'"};
    }
  }
  Example ex;
  const bool full = e.contains("versions");
  const bool short_form = e.contains("src") || e.contains("tgt");
  if (full == short_form) {
    return Diagnostic{"rules/bad-example", "", 0, 0,
                      "give either 'versions' or both 'src' and 'tgt'"};
  }
  std::vector<const json*> versions;
  if (full) {
    const json& vs = e.at("versions");
    if (!vs.is_array() || vs.empty()) {
      return Diagnostic{"rules/bad-example", "", 0, 0, "'versions' must be a non-empty array"};
    }
    for (const auto& v : vs) versions.push_back(&v);
  } else {
    if (!e.contains("src") || !e.contains("tgt")) {
      return Diagnostic{"rules/bad-example", "", 0, 0, "the short form needs both 'src' and 'tgt'"};
    }
    versions = {&e.at("src"), &e.at("tgt")};
  }
  for (std::size_t i = 0; i < versions.size(); ++i) {
    auto v = parse_version(*versions[i]);
    if (!v) {
      return Diagnostic{"rules/bad-example", "", 0, 0,
                        "version " + std::to_string(i + 1) + ": " + v.error().message};
    }
    ex.versions.push_back(std::move(v).value());
  }
  if (!e.contains("findings")) {
    return Diagnostic{"rules/missing-field", "", 0, 0, "missing field 'findings'"};
  }
  const json& f = e.at("findings");
  if (!f.is_number_integer() || f.get<std::int64_t>() < 0 || f.get<std::int64_t>() > 1000) {
    return Diagnostic{"rules/bad-example", "", 0, 0, "'findings' must be a non-negative integer"};
  }
  ex.findings = static_cast<int>(f.get<std::int64_t>());
  bool marked = false;
  for (const auto& v : ex.versions) marked = marked || !v.marked.empty();
  if (ex.findings > 0 && !marked) {
    return Diagnostic{"rules/bad-example", "", 0, 0,
                      "an example with findings must mark what they cover with [[...]]"};
  }
  if (ex.findings == 0 && marked) {
    return Diagnostic{"rules/bad-example", "", 0, 0,
                      "an example without findings must not carry [[...]] markers"};
  }
  return ex;
}

/// Applies a patch file (no "predicate") to an existing rule.
std::optional<Diagnostic> apply_patch(const json& doc, Rule& rule, const FileErrors& err) {
  for (const auto& [key, value] : doc.items()) {
    if (!contains(kPatchKeys, key)) {
      return err.at_key("rules/unknown-key", key,
                        "'" + key + "' cannot be changed without restating the rule " +
                            "(give 'predicate' and the other fields, or only severity/enabled)");
    }
  }
  if (doc.contains("severity")) {
    const json& s = doc.at("severity");
    const auto sev = s.is_string() ? parse_severity(s.get<std::string>()) : std::nullopt;
    if (!sev) {
      return err.at_key("rules/bad-severity", "severity",
                        "bad severity (expected 'error', 'warning' or 'info')");
    }
    rule.severity = *sev;
  }
  if (doc.contains("enabled")) {
    if (!doc.at("enabled").is_boolean()) {
      return err.at_key("rules/bad-field", "enabled", "'enabled' must be true or false");
    }
    rule.enabled = doc.at("enabled").get<bool>();
  }
  return std::nullopt;
}

/// Parses a full rule file.
Result<Rule> parse_rule(const json& doc, const RuleFile& file, const FileErrors& err) {
  Rule rule;
  rule.id = stem_of(file.path);
  rule.path = file.path;
  for (const auto& [key, value] : doc.items()) {
    if (!contains(kRuleKeys, key)) {
      return err.at_key("rules/unknown-key", key, "unknown key '" + key + "'");
    }
  }
  for (const char* required : {"predicate", "kinds", "scope", "severity", "message", "examples"}) {
    if (!doc.contains(required)) {
      return err.whole("rules/missing-field", "missing field '" + std::string(required) + "'");
    }
  }
  // predicate
  const json& pred = doc.at("predicate");
  if (!pred.is_string()) {
    return err.at_key("rules/bad-field", "predicate", "'predicate' must be a string");
  }
  rule.predicate = pred.get<std::string>();
  if (find_predicate(rule.predicate) == nullptr) {
    return err.at_key("rules/unknown-predicate", "predicate",
                      "unknown predicate '" + rule.predicate + "'");
  }
  // kinds
  const json& kinds = doc.at("kinds");
  if (!kinds.is_array() || kinds.empty()) {
    return err.at_key("rules/bad-field", "kinds", "'kinds' must be a non-empty array of kinds");
  }
  for (const auto& k : kinds) {
    const auto kind = k.is_string() ? parse_fact_kind(k.get<std::string>()) : std::nullopt;
    if (!kind) {
      return err.at_key("rules/unknown-kind", "kinds",
                        "unknown kind " + k.dump() + " (expected number, money or percent)");
    }
    if (std::find(rule.kinds.begin(), rule.kinds.end(), *kind) == rule.kinds.end()) {
      rule.kinds.push_back(*kind);
    }
  }
  // scope: a string or an array of strings
  const json& scope = doc.at("scope");
  std::vector<const json*> scope_items;
  if (scope.is_array()) {
    for (const auto& s : scope) scope_items.push_back(&s);
  } else {
    scope_items.push_back(&scope);
  }
  if (scope_items.empty()) return err.at_key("rules/bad-scope", "scope", "'scope' is empty");
  for (const json* s : scope_items) {
    auto sc = parse_scope(*s);
    if (!sc) return err.at_key("rules/bad-scope", "scope", sc.error().message);
    if (std::find(rule.scopes.begin(), rule.scopes.end(), *sc) != rule.scopes.end()) {
      return err.at_key("rules/bad-scope", "scope", "scope listed twice");
    }
    rule.scopes.push_back(*sc);
  }
  // group before fact: the fact pass skips what the group pass flagged
  std::sort(rule.scopes.begin(), rule.scopes.end());
  // severity
  const json& sev = doc.at("severity");
  const auto severity = sev.is_string() ? parse_severity(sev.get<std::string>()) : std::nullopt;
  if (!severity) {
    return err.at_key("rules/bad-severity", "severity",
                      "bad severity " + sev.dump() + " (expected 'error', 'warning' or 'info')");
  }
  rule.severity = *severity;
  // message: a string, or {"group": …, "fact": …}
  const json& msg = doc.at("message");
  if (msg.is_string()) {
    rule.message = msg.get<std::string>();
  } else if (msg.is_object()) {
    for (const auto& [key, value] : msg.items()) {
      auto sc = parse_scope(json(key));
      if (!sc || std::find(rule.scopes.begin(), rule.scopes.end(), *sc) == rule.scopes.end()) {
        return err.at_key("rules/bad-message", "message",
                          "message key '" + key + "' is not one of the rule's scopes");
      }
      if (!value.is_string()) {
        return err.at_key("rules/bad-message", "message", "message '" + key + "' must be a string");
      }
    }
    for (const auto sc : rule.scopes) {
      const std::string key(to_string(sc));
      if (!msg.contains(key)) {
        return err.at_key("rules/bad-message", "message", "no message for scope '" + key + "'");
      }
    }
    rule.message = msg.at(std::string(to_string(rule.scopes.front()))).get<std::string>();
    if (msg.contains("fact")) rule.fact_message = msg.at("fact").get<std::string>();
  } else {
    return err.at_key("rules/bad-message", "message",
                      "'message' must be a string or an object keyed by scope");
  }
  if (rule.message.empty()) return err.at_key("rules/bad-message", "message", "empty message");
  for (const std::string* m : {&rule.message, &rule.fact_message}) {
    if (auto bad = check_template(*m)) return err.at_key("rules/bad-message", "message", *bad);
  }
  // enabled
  if (doc.contains("enabled")) {
    if (!doc.at("enabled").is_boolean()) {
      return err.at_key("rules/bad-field", "enabled", "'enabled' must be true or false");
    }
    rule.enabled = doc.at("enabled").get<bool>();
  }
  if (doc.contains("description") && !doc.at("description").is_string()) {
    return err.at_key("rules/bad-field", "description", "'description' must be a string");
  }
  // params, validated by building the predicate
  if (doc.contains("params")) {
    if (!doc.at("params").is_object()) {
      return err.at_key("rules/bad-params", "params", "'params' must be an object");
    }
    rule.params_json = doc.at("params").dump();
  } else {
    rule.params_json = "{}";
  }
  auto built = build_predicate(rule.predicate, rule.params_json);
  if (!built) return err.at_key(built.error().id, "params", built.error().message);
  rule.compiled = std::move(built).value();
  for (const auto sc : rule.scopes) {
    if (!rule.compiled->supports(sc)) {
      return err.at_key("rules/bad-scope", "scope",
                        "predicate '" + rule.predicate + "' cannot run at scope '" +
                            std::string(to_string(sc)) + "'");
    }
  }
  // examples
  const json& examples = doc.at("examples");
  if (!examples.is_array()) {
    return err.at_key("rules/bad-field", "examples", "'examples' must be an array");
  }
  if (examples.empty()) return err.at_key("rules/no-examples", "examples", "no examples");
  for (std::size_t i = 0; i < examples.size(); ++i) {
    auto ex = parse_example(examples[i]);
    if (!ex) {
      return err.at_key(ex.error().id, "examples",
                        "examples[" + std::to_string(i) + "]: " + ex.error().message);
    }
    rule.examples.push_back(std::move(ex).value());
  }
  return rule;
}

}  // namespace

std::string_view to_string(Scope scope) { return scope == Scope::fact ? "fact" : "group"; }

const Rule* RuleSet::find(std::string_view id) const {
  for (const auto& r : rules) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

Result<ExampleVersion> parse_marked(std::string lang, std::string_view marked) {
  ExampleVersion v;
  v.lang = std::move(lang);
  constexpr std::int64_t kClosed = -1;
  std::int64_t open = kClosed;
  for (std::size_t i = 0; i < marked.size();) {
    if (marked.substr(i, 2) == kMarkOpen) {
      if (open != kClosed) {
        return Diagnostic{"rules/bad-marker", "", 0, 0, "nested '[[' in example text"};
      }
      open = static_cast<std::int64_t>(v.text.size());
      i += 2;
    } else if (marked.substr(i, 2) == kMarkClose) {
      if (open == kClosed) return Diagnostic{"rules/bad-marker", "", 0, 0, "']]' without '[['"};
      const auto begin = static_cast<std::uint32_t>(open);
      const auto end = static_cast<std::uint32_t>(v.text.size());
      if (end == begin) return Diagnostic{"rules/bad-marker", "", 0, 0, "empty [[]] marker"};
      v.marked.push_back({begin, end});
      open = kClosed;
      i += 2;
    } else {
      v.text += marked[i];
      ++i;
    }
  }
  if (open != kClosed) return Diagnostic{"rules/bad-marker", "", 0, 0, "'[[' without ']]'"};
  return v;
}

Result<RuleSet> load_rules(const std::vector<RuleFile>& files) {
  std::map<std::string, Rule> by_id;
  for (const auto& file : files) {
    const FileErrors err(file);
    const std::string id = stem_of(file.path);
    if (!is_kebab(id)) {
      return err.whole("rules/bad-id",
                       "rule id '" + id + "' (the file name) must be lower-kebab: a-z, 0-9, '-'");
    }
    auto parsed = parse_json(file.content, file.path, "rules/malformed-json");
    if (!parsed) return parsed.error();
    const json& doc = *parsed;
    if (!doc.is_object()) return err.whole("rules/bad-rule", "a rule file must hold an object");
    if (!doc.contains("predicate")) {
      const auto it = by_id.find(id);
      if (it == by_id.end()) return err.whole("rules/missing-field", "missing field 'predicate'");
      if (auto bad = apply_patch(doc, it->second, err)) return *bad;
      continue;
    }
    auto rule = parse_rule(doc, file, err);
    if (!rule) return rule.error();
    by_id.insert_or_assign(id, std::move(rule).value());
  }
  RuleSet set;
  for (auto& [id, rule] : by_id) set.rules.push_back(std::move(rule));
  return set;
}

Result<std::vector<RuleFile>> rule_files_in(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return Diagnostic{"rules/missing-dir", dir, 0, 0, "no such rules directory"};
  }
  std::vector<std::string> paths;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    const fs::path& p = it->path();
    std::error_code entry_ec;
    const bool is_dir = it->is_directory(entry_ec);
    // terms/ holds language data, not rules.
    if (it.depth() == 0 && is_dir && p.filename() == "terms") {
      it.disable_recursion_pending();
      continue;
    }
    // Not only regular files: a FIFO or a broken link named x.json is refused with a message
    // when it is read, rather than silently left out.
    if (!is_dir && p.extension() == ".json") paths.push_back(p.string());
  }
  if (ec) return Diagnostic{"rules/unreadable-dir", dir, 0, 0, "cannot list: " + ec.message()};
  std::sort(paths.begin(), paths.end());
  std::vector<RuleFile> files;
  for (const auto& path : paths) {
    auto text = read_whole_file(path, kMaxRuleFileBytes, "rules");
    if (!text) return text.error();
    files.push_back({path, std::move(text).value()});
  }
  return files;
}

}  // namespace factlint::check
