// RunView: indexes over one run's facts for the predicates (values per document, words).
#include "check/run_view.hpp"

#include <algorithm>
#include <iterator>

#include "lang/language_data.hpp"
#include "lang/spellout.hpp"

namespace factlint::check {
namespace {

bool compatible(FactKind a, FactKind b) {
  return a == b || a == FactKind::number || b == FactKind::number;
}

}  // namespace

RunView::RunView(const Report& report) : report_(report) {
  values_.resize(report.documents.size());
  for (const Fact& f : report.facts) {
    if (f.doc >= values_.size() || !f.is_numeric() || is_boilerplate(f.doc, f.segment)) continue;
    values_[f.doc].emplace_back(f.amount().value, f.kind);
    if (f.amount().alternative) values_[f.doc].emplace_back(*f.amount().alternative, f.kind);
    // A range states its upper bound too: "from 1 to 31" has the 31 of "1 … 31".
    if (f.amount().upper) values_[f.doc].emplace_back(*f.amount().upper, f.kind);
  }
  for (auto& v : values_) std::sort(v.begin(), v.end());
}

std::int32_t RunView::row_of(std::uint32_t doc, std::uint32_t segment) const {
  const auto& rows = report_.alignment.row_of_segment;
  if (doc >= rows.size() || segment >= rows[doc].size()) return -1;
  return rows[doc][segment];
}

bool RunView::is_boilerplate(std::uint32_t doc, std::uint32_t segment) const {
  if (doc >= report_.documents.size()) return true;
  const auto& segs = report_.documents[doc].segments;
  return segment < segs.size() && segs[segment].boilerplate;
}

bool RunView::counts(std::uint32_t fact_index) const {
  const Fact& f = fact(fact_index);
  return !is_boilerplate(f.doc, f.segment) && row_of(f.doc, f.segment) >= 0;
}

std::vector<std::uint32_t> RunView::voters(const FactGroup& g) const {
  std::vector<std::uint32_t> out;
  for (const auto m : g.members) {
    if (m < 0) continue;
    const auto i = static_cast<std::uint32_t>(m);
    if (i < report_.facts.size() && counts(i)) out.push_back(i);
  }
  return out;
}

bool RunView::states_value(std::uint32_t doc, const Fact& f) const {
  if (doc >= values_.size() || !f.is_numeric()) return false;
  const auto& vals = values_[doc];
  const auto has = [&](const Decimal& v) {
    auto it = std::lower_bound(vals.begin(), vals.end(), v,
                               [](const auto& e, const Decimal& x) { return e.first < x; });
    for (; it != vals.end() && it->first == v; ++it) {
      if (compatible(it->second, f.kind)) return true;
    }
    return false;
  };
  return has(f.amount().value) || (f.amount().alternative && has(*f.amount().alternative));
}

std::vector<std::string> RunView::digit_runs(std::uint32_t doc,
                                             const std::vector<std::uint32_t>& segments) const {
  std::vector<std::string> out;
  if (doc >= report_.documents.size()) return out;
  const Document& d = report_.documents[doc];
  for (const auto s : segments) {
    if (s >= d.segments.size() || is_boilerplate(doc, s)) continue;
    auto runs = lang::digit_runs(d.segment_text(d.segments[s]));
    out.insert(out.end(), std::make_move_iterator(runs.begin()),
               std::make_move_iterator(runs.end()));
  }
  return out;
}

const std::vector<std::string>& RunView::forms(const std::string& lang, std::int64_t value) const {
  const auto key = std::make_pair(lang, value);
  auto it = forms_.find(key);
  if (it == forms_.end()) it = forms_.emplace(key, lang::spelled_forms(lang, value)).first;
  return it->second;
}

bool RunView::states_in_words(std::uint32_t doc, const std::vector<std::uint32_t>& segments,
                              std::int64_t value) const {
  // "two" or "drei" turn up anywhere, so small values count in the given segments only; from
  // 13 on ("thirteen", "einundzwanzig Millionen") anywhere, as states_value does for figures.
  constexpr std::int64_t kAnywhereFrom = 13;
  const Document& d = report_.documents[doc];
  const auto& f = forms(d.lang, value);
  if (f.empty()) return false;
  const auto says_it = [&](std::uint32_t s) {
    return s < d.segments.size() && !is_boilerplate(doc, s) &&
           lang::contains_spelled(d.segment_text(d.segments[s]), f);
  };
  if (std::any_of(segments.begin(), segments.end(), says_it)) return true;
  if (value < kAnywhereFrom) return false;
  const auto key = std::make_pair(doc, value);
  const auto it = words_anywhere_.find(key);
  if (it != words_anywhere_.end()) return it->second;
  bool found = false;
  for (std::uint32_t s = 0; s < d.segments.size() && !found; ++s) found = says_it(s);
  words_anywhere_.emplace(key, found);
  return found;
}

std::optional<std::int64_t> as_integer(const Decimal& v) {
  if (v.negative() || v.magnitude() > 17) return std::nullopt;
  return v.to_int64();
}

}  // namespace factlint::check
