// missing-counterpart: a version has an aligned segment in a group's row but no fact in it.
#include "check/predicates/missing_counterpart.hpp"

#include <algorithm>
#include <set>

#include "core/kinds.hpp"
#include "core/utf8.hpp"
#include "lang/language_data.hpp"
#include "lang/terms.hpp"

namespace factlint::check {
namespace {

/// The first non-boilerplate segment of document `d` in row `row`, if any.
std::optional<std::uint32_t> content_segment(const RunView& run, std::uint32_t d,
                                             const AlignedRow& row) {
  for (const auto s : row.segments[d]) {
    if (!run.is_boilerplate(d, s)) return s;
  }
  return std::nullopt;
}

/// Whether document `d` writes a value of `facts` out in words in the row's segments (or, for
/// larger values, anywhere): then it has not dropped the fact.
bool says_in_words(const RunView& run, std::uint32_t d, const std::vector<std::uint32_t>& segments,
                   const std::vector<std::uint32_t>& facts) {
  std::set<std::int64_t> values;
  for (const auto i : facts) {
    // Only values people write out: below 1000, or round ("twenty-five million"), not "six
    // hundred twelve billion four hundred million". Values below 2 are left out: "one", "un",
    // "ein" are pronouns and articles too.
    if (!run.fact(i).is_numeric()) continue;
    const Decimal& value = run.fact(i).amount().value;
    const auto n = as_integer(value);
    if (n && *n >= 2 && (*n < 1000 || value.digits().size() <= 2)) values.insert(*n);
  }
  return std::any_of(values.begin(), values.end(),
                     [&](std::int64_t v) { return run.states_in_words(d, segments, v); });
}

/// Whether `f` is a plain 1 glued to a counter or a span of time in a language that writes
/// counters (ja "1年後", zh "1人", ko "1개"): other languages say "a year later", "a man" with
/// an article, so its presence is not judged, as for one or two in words.
bool one_before_counter(const RunView& run, const Fact& f) {
  if (f.kind != FactKind::number || f.amount().upper || f.amount().approximate ||
      f.amount().value != Decimal::from_parts(1, 0)) {
    return false;
  }
  const Document& doc = run.doc(f.doc);
  if (!lang::terms_for(doc.lang).years_marked) return false;  // ja, zh, ko
  std::size_t next = f.span.end;
  if (next >= doc.source.size()) return false;
  const char32_t c = utf8::decode(doc.source, next);
  return (c >= 0x3040 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3);
}

/// Whether every one of `facts` is the number 2 and document `d` may say it with a dual, the
/// noun alone (ar "لمدة أسبوعين", "for two weeks"): a word of the row's segments ends like one
/// (`dual_endings`; a plural with the same ending passes too).
bool says_two_by_dual(const RunView& run, std::uint32_t d,
                      const std::vector<std::uint32_t>& segments,
                      const std::vector<std::uint32_t>& facts) {
  const Document& doc = run.doc(d);
  const auto& endings = lang::terms_for(doc.lang).dual_endings;
  if (endings.empty()) return false;
  const bool two = std::all_of(facts.begin(), facts.end(), [&](std::uint32_t i) {
    const Fact& f = run.fact(i);
    return f.kind == FactKind::number && !f.amount().upper &&
           f.amount().value == Decimal::from_parts(2, 0);
  });
  if (!two) return false;
  for (const auto s : segments) {
    if (s >= doc.segments.size()) continue;
    const std::string_view text = doc.segment_text(doc.segments[s]);
    std::size_t pos = 0;
    while (pos < text.size()) {
      // One word: a run of letters.
      std::size_t end = pos;
      while (end < text.size()) {
        std::size_t next = end;
        if (!lang::is_word_char(utf8::decode(text, next))) break;
        end = next;
      }
      const std::string_view word = text.substr(pos, end - pos);
      for (const auto& e : endings) {
        if (word.size() > e.size() + 2 && word.ends_with(e)) return true;
      }
      if (end == pos) {
        std::size_t next = pos;
        (void)utf8::decode(text, next);
        end = next;
      }
      pos = end;
    }
  }
  return false;
}

/// Whether document `d` writes the digits of one of `facts` in the row's segments, in a form
/// its extraction did not read as that fact ("1242MB", "RAID0", "2. obszar"): the figure is
/// there, so it has not been dropped.
bool writes_digits(const RunView& run, std::uint32_t d, const std::vector<std::uint32_t>& segments,
                   const std::vector<std::uint32_t>& facts) {
  std::vector<std::string> wanted;
  for (const auto i : facts) {
    const Fact& f = run.fact(i);
    std::string digits = lang::digits_only(f.is_numeric() ? f.amount().digits : f.text);
    if (!digits.empty()) wanted.push_back(std::move(digits));
  }
  if (wanted.empty()) return false;
  for (const auto& r : run.digit_runs(d, segments)) {
    for (const auto& w : wanted) {
      // A figure of four digits or more may run into its neighbours where the version groups
      // with spaces ("-p 123 4 567", "65 535 32-bit"): inside a run, it is there.
      if (r == w || (w.size() >= 4 && r.find(w) != std::string::npos)) return true;
    }
  }
  return false;
}

/// How many times document `d` writes `digits` as a run of digits in `segments`.
std::size_t count_digits(const RunView& run, std::uint32_t d,
                         const std::vector<std::uint32_t>& segments, const std::string& digits) {
  const auto runs = run.digit_runs(d, segments);
  return static_cast<std::size_t>(std::count(runs.begin(), runs.end(), digits));
}

/// Whether document `d` writes the figure of `facts` fewer times in the row than every version
/// that states it: "0 … 0" against "0 … «»" has dropped one, though the figure is in the row.
bool writes_fewer(const RunView& run, std::uint32_t d, const AlignedRow& row,
                  const std::vector<std::uint32_t>& facts) {
  std::string digits;
  std::size_t least = 0;
  for (const auto i : facts) {
    const Fact& f = run.fact(i);
    if (f.is_numeric() && f.numeric().words) return false;
    std::string own = lang::digits_only(f.is_numeric() ? f.amount().digits : f.text);
    if (own.empty() || (!digits.empty() && own != digits)) return false;
    digits = std::move(own);
    if (f.doc >= row.segments.size()) return false;
    const std::size_t n = count_digits(run, f.doc, row.segments[f.doc], digits);
    least = least == 0 ? n : std::min(least, n);
  }
  if (digits.empty() || least < 2) return false;
  const std::size_t here = count_digits(run, d, row.segments[d], digits);
  return here > 0 && here < least;
}

/// Whether document `d` writes one of `facts` exactly as the fact's version does, in the row's
/// segments: a title or a name kept in the original language ("Seven habits of effective text
/// editing", "Windows 11") is there even when this language's extraction does not read it.
bool writes_verbatim(const RunView& run, std::uint32_t d,
                     const std::vector<std::uint32_t>& segments,
                     const std::vector<std::uint32_t>& facts) {
  const Document& doc = run.doc(d);
  for (const auto s : segments) {
    if (s >= doc.segments.size()) continue;
    const std::string_view text = doc.segment_text(doc.segments[s]);
    for (const auto i : facts) {
      const std::string& t = run.fact(i).text;
      if (t.size() >= 2 && text.find(t) != std::string_view::npos) return true;
    }
  }
  return false;
}

/// The members that agree on one value, the largest such set (the earliest version's on a
/// tie): the fact a missing-fact finding names, and the versions that give it.
std::vector<std::uint32_t> majority_value(const RunView& run,
                                          const std::vector<std::uint32_t>& have) {
  std::vector<std::vector<std::uint32_t>> classes;
  for (const auto m : have) {
    const Fact& f = run.fact(m);
    bool placed = false;
    for (auto& c : classes) {
      const Fact& r = run.fact(c.front());
      if (relate(r, f) == FactRelation::equal || relate(r, f) == FactRelation::alternative) {
        c.push_back(m);
        placed = true;
        break;
      }
      if (!r.is_numeric() || !f.is_numeric()) continue;
      if (r.amount().value == f.amount().value ||
          (r.amount().alternative && *r.amount().alternative == f.amount().value) ||
          (f.amount().alternative && *f.amount().alternative == r.amount().value)) {
        c.push_back(m);
        placed = true;
        break;
      }
    }
    if (!placed) classes.push_back({m});
  }
  std::size_t best = 0;
  for (std::size_t c = 1; c < classes.size(); ++c) {
    if (classes[c].size() > classes[best].size()) best = c;
  }
  return classes[best];
}

/// The versions of a group's row that lack its fact, and whether the stating versions or the
/// lacking ones are the majority.
struct Presence {
  std::vector<std::uint32_t> have;     ///< the members that state the fact (voters)
  std::vector<std::uint32_t> lacking;  ///< documents with a content segment in the row but none
};

/// Judges a group by presence: every version with an aligned, non-boilerplate segment in the
/// row but no member in the group lacks the fact, unless it states the value elsewhere (a figure
/// moved to another sentence) or in words, or writes its digits or its text in the row in a form
/// not read as the fact, and does not write a figure the others repeat in the row fewer times
/// than they do. One or two written in words never counts.
std::optional<Presence> presence(const RunView& run, const FactGroup& g) {
  Presence p;
  p.have = run.voters(g);
  if (p.have.empty()) return std::nullopt;
  if (std::all_of(p.have.begin(), p.have.end(),
                  [&](std::uint32_t i) { return run.fact(i).small_in_words(); })) {
    return std::nullopt;  // "the two companies": "両社", "both" (Fact::small_in_words)
  }
  if (std::all_of(p.have.begin(), p.have.end(),
                  [&](std::uint32_t i) { return one_before_counter(run, run.fact(i)); })) {
    return std::nullopt;  // ja "1年後": "a year later"
  }
  if (std::all_of(p.have.begin(), p.have.end(), [&](std::uint32_t i) {
        const Fact& f = run.fact(i);
        return f.kind == FactKind::date && f.date().month_only();
      })) {
    return std::nullopt;  // "in May": ru "в мае", pl "w maju" are case forms no name list has
  }
  const auto& rows = run.report().alignment.rows;
  if (g.row >= rows.size()) return std::nullopt;
  const AlignedRow& row = rows[g.row];
  for (std::uint32_t d = 0; d < row.segments.size() && d < run.report().documents.size(); ++d) {
    if (d < g.members.size() && g.members[d] >= 0) continue;
    if (!content_segment(run, d, row)) continue;
    if (says_two_by_dual(run, d, row.segments[d], p.have)) continue;
    const bool elsewhere = std::any_of(p.have.begin(), p.have.end(), [&](std::uint32_t i) {
      return run.states_value(d, run.fact(i));
    });
    if (!writes_fewer(run, d, row, p.have) &&
        (elsewhere || says_in_words(run, d, row.segments[d], p.have) ||
         writes_digits(run, d, row.segments[d], p.have) ||
         writes_verbatim(run, d, row.segments[d], p.have))) {
      continue;
    }
    p.lacking.push_back(d);
  }
  if (p.lacking.empty()) return std::nullopt;
  return p;
}

/// Which side of a group's presence is reported. The lacking versions are, when at least as many
/// versions state the fact as lack it. With two versions, the later one is the offender (the tie
/// rule of every group predicate, see `Predicate::judge_group`): a fact only the later version
/// gives is an extra fact of that version. With more, a fact that fewer versions state than lack
/// is extra content of those few (a translator's gloss, a figure added for the reader), reported
/// by neither side: were it reported, a finding of an even split would vanish from a subset that
/// keeps the lacking side as its majority.
enum class Offender { none, lacking, stating };

Offender offender(const RunView& run, const Presence& p) {
  if (p.have.size() == 1 && p.lacking.size() == 1 &&
      p.lacking.front() < run.fact(p.have.front()).doc) {
    return Offender::stating;
  }
  return p.have.size() >= p.lacking.size() ? Offender::lacking : Offender::none;
}

/// missing-counterpart (reports the lacking versions) and extra-counterpart (reports the stating
/// ones): one judgement of presence, two sides of it.
class PresencePredicate final : public Predicate {
 public:
  explicit PresencePredicate(Offender reported) : reported_(reported) {}

  [[nodiscard]] bool supports(Scope scope) const override { return scope == Scope::group; }

  void judge_group(const RunView& run, const FactGroup& g, std::vector<Draft>& out) const override {
    const auto p = presence(run, g);
    if (!p || offender(run, *p) != reported_) return;
    const std::size_t total = p->have.size() + p->lacking.size();
    if (reported_ == Offender::stating) {
      for (const auto i : p->have) {
        Draft draft;
        draft.doc = run.fact(i).doc;
        draft.fact = i;
        draft.span = run.fact(i).span;
        draft.without = p->lacking;
        draft.total = total;
        out.push_back(std::move(draft));
      }
      return;
    }
    const AlignedRow& row = run.report().alignment.rows[g.row];
    const auto named = majority_value(run, p->have);
    for (const auto d : p->lacking) {
      const Document& doc = run.doc(d);
      const Segment& s = doc.segments[*content_segment(run, d, row)];
      Draft draft;
      draft.doc = d;
      draft.span = s.block < doc.blocks.size() ? doc.source_span(s.block, s.span) : Span{};
      draft.others = named;
      draft.total = total;
      out.push_back(std::move(draft));
    }
  }

 private:
  Offender reported_;
};

}  // namespace

Result<std::unique_ptr<Predicate>> make_missing_counterpart(const Params& params) {
  if (auto bad = params.reject_unknown({})) return *bad;
  return std::unique_ptr<Predicate>(std::make_unique<PresencePredicate>(Offender::lacking));
}

Result<std::unique_ptr<Predicate>> make_extra_counterpart(const Params& params) {
  if (auto bad = params.reject_unknown({})) return *bad;
  return std::unique_ptr<Predicate>(std::make_unique<PresencePredicate>(Offender::stating));
}

}  // namespace factlint::check
