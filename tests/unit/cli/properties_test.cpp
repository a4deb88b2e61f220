// Properties of the findings over whole article sets: the pivot decides none of them, and a
// finding about one version survives in every subset of versions that keeps its majority.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "bench/corpus.hpp"
#include "cli/pipeline.hpp"
#include "read/reader.hpp"

namespace factlint::cli {
namespace {

/// What makes a finding the same finding whatever the pivot or the other versions: its rule,
/// the version it is about, and the value it is about (the offender's own value, or, for a
/// missing fact, the value the others give).
using Key = std::tuple<std::string, std::string, std::string>;

const check::RuleSet& rules() {
  static const check::RuleSet set = *load_rule_set({});
  return set;
}

/// The versions of one set, read once; `docs` are copied into each run.
struct Set {
  std::string name;
  std::vector<Document> docs;
};

std::vector<Set> fixture_sets() {
  namespace fs = std::filesystem;
  std::vector<Set> out;
  const fs::path root = fs::path(FACTLINT_SOURCE_ROOT) / "fixtures" / "sets";
  std::vector<fs::path> dirs;
  for (const auto& e : fs::directory_iterator(root)) {
    if (e.is_directory()) dirs.push_back(e.path());
  }
  std::sort(dirs.begin(), dirs.end());
  for (const auto& dir : dirs) {
    auto inputs = expand_inputs({dir.string()});
    REQUIRE(inputs.ok());
    Set s;
    s.name = dir.filename().string();
    for (const auto& in : *inputs) {
      auto doc = read::read_file(in);
      REQUIRE(doc.ok());
      s.docs.push_back(std::move(doc).value());
    }
    out.push_back(std::move(s));
  }
  return out;
}

/// Findings at warning or above of the versions `pick` (indices into `set.docs`), by key,
/// each with the versions it was compared with (by language).
std::map<Key, std::set<std::string>> findings(const Set& set, const std::vector<std::size_t>& pick,
                                              std::size_t pivot) {
  std::vector<Document> docs;
  for (const auto i : pick) docs.push_back(set.docs[i]);
  const Report r = analyze(std::move(docs), static_cast<std::uint32_t>(pivot), &rules());
  std::map<Key, std::set<std::string>> out;
  for (const Finding& f : r.findings) {
    if (f.severity == Severity::info || f.facts.empty()) continue;
    const std::string lang = r.documents[f.doc].lang;
    const Fact& about = r.facts[f.facts.front()];
    auto& others = out[Key{f.rule, lang, describe_value(about)}];
    for (std::size_t k = 1; k < f.docs.size(); ++k) others.insert(r.documents[f.docs[k]].lang);
  }
  return out;
}

std::vector<std::size_t> all_of(const Set& s) {
  std::vector<std::size_t> v(s.docs.size());
  for (std::size_t i = 0; i < v.size(); ++i) v[i] = i;
  return v;
}

/// Checks both properties on `set`, over every subset when `max_subsets` is 0, else over that
/// many subsets drawn with a fixed seed.
void check_properties(const Set& set, std::size_t max_subsets) {
  CAPTURE(set.name);
  const auto everyone = all_of(set);
  const auto full = findings(set, everyone, 0);
  // The same findings for every pivot.
  for (std::size_t pivot = 1; pivot < set.docs.size(); ++pivot) {
    CAPTURE(pivot);
    const auto other = findings(set, everyone, pivot);
    std::set<Key> a;
    std::set<Key> b;
    for (const auto& kv : full) a.insert(kv.first);
    for (const auto& kv : other) b.insert(kv.first);
    CHECK(a == b);
  }
  // Every finding about X survives in a subset of three or more versions that contains X and
  // where the versions X was compared with are still the majority.
  const std::size_t n = set.docs.size();
  std::vector<std::uint32_t> masks;
  for (std::uint32_t m = 1; m < (1U << n); ++m) {
    if (std::popcount(m) >= 3 && std::popcount(m) < static_cast<int>(n)) masks.push_back(m);
  }
  if (max_subsets > 0 && masks.size() > max_subsets) {
    std::uint64_t state = 88172645463325252ULL;
    std::vector<std::uint32_t> drawn;
    for (std::size_t k = 0; k < max_subsets; ++k) {
      state ^= state << 13;
      state ^= state >> 7;
      state ^= state << 17;
      drawn.push_back(masks[state % masks.size()]);
    }
    masks = drawn;
  }
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < n; ++i) index[set.docs[i].lang] = i;
  for (const auto mask : masks) {
    std::vector<std::size_t> pick;
    for (std::size_t i = 0; i < n; ++i) {
      if ((mask >> i & 1U) != 0) pick.push_back(i);
    }
    std::map<Key, std::set<std::string>> sub;
    bool computed = false;
    for (const auto& [key, majority] : full) {
      const std::size_t x = index[std::get<1>(key)];
      if ((mask >> x & 1U) == 0) continue;
      std::size_t kept = 0;
      for (const auto& lang : majority) kept += (mask >> index[lang] & 1U) != 0 ? 1 : 0;
      if (kept * 2 <= pick.size()) continue;  // X's counterparts are not the majority here
      if (!computed) {
        sub = findings(set, pick, 0);
        computed = true;
      }
      CAPTURE(mask);
      CAPTURE(std::get<0>(key));
      CAPTURE(std::get<1>(key));
      CAPTURE(std::get<2>(key));
      CHECK(sub.count(key) == 1);
    }
  }
}

TEST_CASE("fixture sets: findings do not depend on the pivot and survive in subsets") {
  for (const auto& set : fixture_sets()) check_properties(set, 0);
}

TEST_CASE("generated sets of up to 12 versions with a changed and a dropped figure") {
  const std::vector<std::string> langs{"en", "de", "fr", "sv", "es", "it",
                                       "nl", "pt", "pl", "id", "ja", "ru"};
  for (const std::size_t count : {4U, 7U, 12U}) {
    CAPTURE(count);
    const std::vector<std::string> use(langs.begin(), langs.begin() + count);
    const auto articles = bench::make_article_sets(use, 1, 14, 1000 + count);
    Set set;
    set.name = "generated-" + std::to_string(count);
    for (std::size_t i = 0; i < use.size(); ++i) {
      std::string text = articles[0].texts[i];
      if (i == 1) {
        // A changed digit: the first digit of the first percentage, one higher (a figure
        // written as exact; "about 1,200 people" would be within its tolerance).
        const auto percent = text.find('%');
        REQUIRE(percent != std::string::npos);
        std::size_t at = percent;
        while (at > 0 && !(text[at - 1] >= '0' && text[at - 1] <= '9')) --at;
        while (at > 0 && ((text[at - 1] >= '0' && text[at - 1] <= '9') || text[at - 1] == ',' ||
                          text[at - 1] == '.')) {
          --at;
        }
        text[at] = text[at] == '9' ? '8' : static_cast<char>(text[at] + 1);
      }
      if (i == 2) {
        // A dropped figure: the first number of the last paragraph, with its separators.
        const auto para = text.rfind("\n\n", text.size() - 3);
        const auto at = text.find_first_of("0123456789", para == std::string::npos ? 0 : para);
        REQUIRE(at != std::string::npos);
        std::size_t end = at;
        const auto digit = [&](std::size_t k) {
          return k < text.size() && text[k] >= '0' && text[k] <= '9';
        };
        while (end < text.size()) {
          if (digit(end)) {
            ++end;
          } else if ((text[end] == ',' || text[end] == '.' || text[end] == ' ') && digit(end + 1)) {
            ++end;
          } else if (text.compare(end, 2, "\xC2\xA0") == 0 && digit(end + 2)) {
            end += 2;
          } else if (text.compare(end, 3, "\xE2\x80\xAF") == 0 && digit(end + 3)) {
            end += 3;
          } else {
            break;
          }
        }
        text.erase(at, end - at);
      }
      auto doc = read::read_string("gen." + use[i] + ".txt", use[i], text, "text");
      REQUIRE(doc.ok());
      set.docs.push_back(std::move(doc).value());
    }
    const auto full = findings(set, all_of(set), 0);
    // The changed version and the one that dropped a figure are named.
    for (std::size_t changed = 1; changed <= 2; ++changed) {
      CAPTURE(use[changed]);
      const bool named = std::any_of(full.begin(), full.end(), [&](const auto& kv) {
        return std::get<1>(kv.first) == use[changed];
      });
      CHECK(named);
    }
    check_properties(set, count > 7 ? 40 : 0);
  }
}

}  // namespace
}  // namespace factlint::cli
