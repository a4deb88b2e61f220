// RunView: the facts, documents and alignment of one run, with the questions predicates ask.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/finding.hpp"

namespace factlint::check {

/// Read-only view of a report under check, with indexes built once per run.
class RunView {
 public:
  explicit RunView(const Report& report);

  [[nodiscard]] const Report& report() const { return report_; }
  [[nodiscard]] const Fact& fact(std::uint32_t i) const { return report_.facts[i]; }
  [[nodiscard]] const Document& doc(std::uint32_t d) const { return report_.documents[d]; }
  [[nodiscard]] std::uint32_t pivot() const { return report_.alignment.pivot; }

  /// The row of a document's segment, or -1 (no counterpart, or no alignment at all).
  [[nodiscard]] std::int32_t row_of(std::uint32_t doc, std::uint32_t segment) const;

  /// Whether the segment is site furniture (or out of range).
  [[nodiscard]] bool is_boilerplate(std::uint32_t doc, std::uint32_t segment) const;

  /// A fact that may raise an error or a warning: in content that has a counterpart.
  [[nodiscard]] bool counts(std::uint32_t fact_index) const;

  /// The members of `g` that may vote: present and counted, in document order.
  [[nodiscard]] std::vector<std::uint32_t> voters(const FactGroup& g) const;

  /// Whether document `doc` states a value of fact `f` (either reading of an ambiguous one) in
  /// a fact of a compatible kind outside boilerplate, anywhere: a translation that moved a
  /// figure to another sentence has not dropped it.
  [[nodiscard]] bool states_value(std::uint32_t doc, const Fact& f) const;

  /// The runs of digits (lang::digit_runs) document `doc` writes in `segments`, outside
  /// boilerplate, in text order.
  [[nodiscard]] std::vector<std::string> digit_runs(
      std::uint32_t doc, const std::vector<std::uint32_t>& segments) const;

  /// Whether document `doc` writes `value` out in words in one of `segments`, or, for values of
  /// 13 and more, anywhere outside boilerplate ("five years" where the others have "5 years").
  [[nodiscard]] bool states_in_words(std::uint32_t doc, const std::vector<std::uint32_t>& segments,
                                     std::int64_t value) const;

 private:
  const Report& report_;
  /// Per document: the values of its counted facts (both readings), sorted, with their kinds.
  std::vector<std::vector<std::pair<Decimal, FactKind>>> values_;
  /// (document, value) → whether the document writes the value in words outside boilerplate.
  mutable std::map<std::pair<std::uint32_t, std::int64_t>, bool> words_anywhere_;
  mutable std::map<std::pair<std::string, std::int64_t>, std::vector<std::string>> forms_;

  const std::vector<std::string>& forms(const std::string& lang, std::int64_t value) const;
};

/// What a finding is about, before it becomes a message.
struct Draft {
  std::uint32_t doc = 0;              ///< offending version
  std::optional<std::uint32_t> fact;  ///< its fact (none for a missing fact)
  Span span;                          ///< where to report it
  std::vector<std::uint32_t> others;  ///< facts of the versions it is compared with (majority)
  /// Facts of versions that disagree with both (a third value), for the {others} placeholder.
  std::vector<std::vector<std::uint32_t>> also;
  /// Versions that leave the fact out (an extra fact), for the {without_langs} placeholder.
  std::vector<std::uint32_t> without;
  std::size_t total = 1;  ///< versions compared (offender included)
  std::string expected;   ///< fact scope: what the locale expects
};

/// The value as an integer, when it is one below 10^15 ("5", "2000000"; not "2.5").
[[nodiscard]] std::optional<std::int64_t> as_integer(const Decimal& v);

}  // namespace factlint::check
