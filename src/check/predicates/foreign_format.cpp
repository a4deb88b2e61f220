// foreign-format: a number whose separators are another locale's (a Swedish "6.3").
#include "check/predicates/foreign_format.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "core/utf8.hpp"
#include "lang/language_data.hpp"

namespace factlint::check {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// The whitespace-delimited tokens of `text` that contain `needle` ("1.0K" for "1.0").
std::vector<std::string_view> tokens_with(std::string_view text, std::string_view needle) {
  std::vector<std::string_view> out;
  if (needle.empty()) return out;
  for (std::size_t at = text.find(needle); at != std::string_view::npos;
       at = text.find(needle, at + 1)) {
    std::size_t b = at;
    while (b > 0 && !is_blank(text[b - 1])) --b;
    std::size_t e = at + needle.size();
    while (e < text.size() && !is_blank(text[e])) ++e;
    // Quotes and brackets around the token differ between languages ("1.0K", ”1.0K”).
    while (b < at) {
      std::size_t next = b;
      if (lang::is_word_char(utf8::decode(text, next))) break;
      b = next;
    }
    while (e > at + needle.size()) {
      std::size_t prev = e;
      if (lang::is_word_char(utf8::decode_before(text, prev))) break;
      e = prev;
    }
    out.push_back(text.substr(b, e - b));
  }
  return out;
}

/// Whether some other version writes, in the fact's row, the token the fact stands in exactly
/// as this version does, when letters are glued to the figure: a command, an output sample
/// or a name kept as it is ("-> "1.0K"", "4.4BSD").
bool kept_verbatim(const RunView& run, const Fact& fact) {
  const std::int32_t row = run.row_of(fact.doc, fact.segment);
  if (row < 0) return false;
  const Document& own = run.doc(fact.doc);
  if (fact.segment >= own.segments.size()) return false;
  // Only a token with letters glued to the figure: "1.0K" and "4.4BSD" are notation, but a
  // bare "6.3" or "6.3%" in Swedish is what the rule is for, however English writes it.
  auto tokens = tokens_with(own.segment_text(own.segments[fact.segment]), fact.text);
  tokens.erase(std::remove_if(tokens.begin(), tokens.end(),
                              [](std::string_view t) {
                                for (std::size_t p = 0; p < t.size();) {
                                  const char32_t c = utf8::decode(t, p);
                                  if (lang::is_word_char(c) && !(c >= '0' && c <= '9'))
                                    return false;
                                }
                                return true;
                              }),
               tokens.end());
  if (tokens.empty()) return false;
  const AlignedRow& r = run.report().alignment.rows[static_cast<std::size_t>(row)];
  for (std::uint32_t d = 0; d < r.segments.size(); ++d) {
    if (d == fact.doc) continue;
    const Document& other = run.doc(d);
    for (const auto s : r.segments[d]) {
      if (s >= other.segments.size()) continue;
      const std::string_view text = other.segment_text(other.segments[s]);
      for (const auto t : tokens) {
        for (const auto u : tokens_with(text, t)) {
          if (u == t) return true;
        }
      }
    }
  }
  return false;
}

class ForeignFormat final : public Predicate {
 public:
  ForeignFormat(bool include_ambiguous, bool bare_decimals)
      : include_ambiguous_(include_ambiguous), bare_decimals_(bare_decimals) {}
  [[nodiscard]] bool supports(Scope scope) const override { return scope == Scope::fact; }
  [[nodiscard]] std::optional<FactIssue> check(const Fact& fact,
                                               const Document& /*doc*/) const override {
    const NumberFormat& f = fact.amount().format;
    if (!f.foreign) return std::nullopt;
    // An ambiguous figure ("1.500") may well be the locale's own grouping; flag it only on
    // request.
    if (f.ambiguous && !include_ambiguous_) return std::nullopt;
    // A bare decimal (no currency, percent or scale word) is as often a version, a section or
    // a value of a program's syntax ("FreeType 2.0", "Section 3.4", "0.0 means none") as a
    // quantity, and those keep their dots in every language; flag it only on request.
    if (!bare_decimals_ && fact.kind == FactKind::number && fact.amount().scale_word.empty() &&
        !f.decimal_sep.empty()) {
      return std::nullopt;
    }
    return FactIssue{f.expected};
  }

  [[nodiscard]] std::optional<FactIssue> check_in(const RunView& run,
                                                  const Fact& fact) const override {
    auto issue = check(fact, run.doc(fact.doc));
    if (issue && kept_verbatim(run, fact)) return std::nullopt;
    return issue;
  }

 private:
  bool include_ambiguous_;
  bool bare_decimals_;
};

}  // namespace

Result<std::unique_ptr<Predicate>> make_foreign_format(const Params& params) {
  if (auto bad = params.reject_unknown({"include_ambiguous", "bare_decimals"})) return *bad;
  auto amb = params.boolean("include_ambiguous", false);
  if (!amb) return amb.error();
  auto bare = params.boolean("bare_decimals", true);
  if (!bare) return bare.error();
  return std::unique_ptr<Predicate>(std::make_unique<ForeignFormat>(*amb, *bare));
}

}  // namespace factlint::check
