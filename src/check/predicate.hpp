// Predicates: the fixed library of C++ tests that rules pick by id and configure with params.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "check/engine.hpp"
#include "check/run_view.hpp"
#include "core/document.hpp"
#include "core/fact.hpp"
#include "core/result.hpp"

namespace factlint::check {

/// One parameter value of a rule's "params" object.
using ParamValue = std::variant<double, bool, std::string>;

/// A rule's "params": scalar values by name. Factories read the names they know and reject the
/// others, so a typo in a rule file is an error rather than a silent default.
class Params {
 public:
  Params() = default;
  explicit Params(std::map<std::string, ParamValue> values) : values_(std::move(values)) {}

  /// The number `name`, or `fallback` when absent. A diagnostic message when it has another type
  /// or lies outside [min, max].
  [[nodiscard]] Result<double> number(const std::string& name, double fallback, double min,
                                      double max) const;
  /// The boolean `name`, or `fallback` when absent.
  [[nodiscard]] Result<bool> boolean(const std::string& name, bool fallback) const;
  /// A diagnostic naming the first parameter not in `known`, if any.
  [[nodiscard]] std::optional<Diagnostic> reject_unknown(
      const std::vector<std::string_view>& known) const;

 private:
  std::map<std::string, ParamValue> values_;
};

/// What a fact-scope predicate found wrong with one fact.
struct FactIssue {
  std::string expected;  ///< what the document's locale expects ({expected}), if it applies
};

/// A predicate. Group-scope predicates judge a group of aligned facts (by default: cluster the
/// members with differs() and flag those outside the majority); fact-scope predicates judge one
/// fact alone.
class Predicate {
 public:
  Predicate() = default;
  Predicate(const Predicate&) = delete;
  Predicate& operator=(const Predicate&) = delete;
  virtual ~Predicate() = default;

  /// Whether the predicate can run at `scope`.
  [[nodiscard]] virtual bool supports(Scope scope) const = 0;

  /// Group scope: true when `a` and `b` disagree. Must be symmetric.
  [[nodiscard]] virtual bool differs(const Fact& a, const Fact& b) const;

  /// Group scope: the findings about group `g`, appended to `out`. The default hands the voting
  /// members (RunView::voters) to judge_members().
  virtual void judge_group(const RunView& run, const FactGroup& g, std::vector<Draft>& out) const;

  /// Fact scope: the issue with `fact` (in `doc`), or nullopt when it is fine.
  [[nodiscard]] virtual std::optional<FactIssue> check(const Fact& fact, const Document& doc) const;

  /// Fact scope: check() for `fact`, where the predicate may look at the other versions of its
  /// row. The default is check() on the fact's document.
  [[nodiscard]] virtual std::optional<FactIssue> check_in(const RunView& run,
                                                          const Fact& fact) const;

 protected:
  /// Group scope: differs() for facts `a` and `b` (indices) of group `g`, where the predicate may
  /// look at the text around them. The default is differs(). Must be symmetric.
  [[nodiscard]] virtual bool differs_in(const RunView& run, const FactGroup& g, std::uint32_t a,
                                        std::uint32_t b) const;

  /// Group scope, the majority view: clusters `members` (fact indices, in document order) into
  /// classes that agree (differs() false with the class's first member) and flags every member
  /// outside the largest class; a tie goes to the class of the earliest version, never to the
  /// pivot, so that the findings do not depend on it. A predicate that leaves some members out
  /// of the comparison filters them and calls this.
  void judge_members(const RunView& run, const FactGroup& g,
                     const std::vector<std::uint32_t>& members, std::vector<Draft>& out) const;
};

/// Builds a predicate from its params, or a diagnostic message for bad params.
using PredicateFactory = Result<std::unique_ptr<Predicate>> (*)(const Params& params);

/// A registry entry.
struct PredicateEntry {
  std::string_view id;
  PredicateFactory factory;
  std::string_view summary;  ///< one line, for `rules list` and the docs test
};

/// Every predicate of this build, in registry order.
[[nodiscard]] const std::vector<PredicateEntry>& predicate_registry();

/// The entry for `id`, or null.
[[nodiscard]] const PredicateEntry* find_predicate(std::string_view id);

/// Builds the predicate `id` from the JSON text of a params object (empty = {}).
[[nodiscard]] Result<std::shared_ptr<const Predicate>> build_predicate(
    std::string_view id, std::string_view params_json);

}  // namespace factlint::check
