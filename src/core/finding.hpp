// Finding and Report: what the check stage produces and the reporters print.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "core/fact.hpp"

namespace factlint {

enum class Severity : std::uint8_t { info = 0, warning = 1, error = 2 };

[[nodiscard]] std::string_view to_string(Severity s);
[[nodiscard]] std::optional<Severity> parse_severity(std::string_view id);

/// A disagreement between versions (or inside one), raised by a rule.
struct Finding {
  std::string rule;  ///< rule id, e.g. "currency-mismatch"
  Severity severity = Severity::error;
  std::string message;
  /// Documents concerned, the offending one first (indices into the run's documents).
  std::vector<std::uint32_t> docs;
  /// Facts compared (indices into the run's facts). For missing-fact: the facts the other
  /// versions have.
  std::vector<std::uint32_t> facts;
  std::uint32_t doc = 0;    ///< where the finding is reported (the offending version)
  Span span;                ///< bytes in that document's source
  std::string fingerprint;  ///< stable across runs and unrelated edits
};

/// Everything a reporter needs. Reporters must not depend on anything else.
struct Report {
  std::vector<Document> documents;
  std::vector<Fact> facts;
  Alignment alignment;
  std::vector<Finding> findings;  ///< sorted by (doc path, line, column, rule id)
};

/// Counts of findings per severity.
struct Summary {
  std::uint32_t error = 0;
  std::uint32_t warning = 0;
  std::uint32_t info = 0;
};
[[nodiscard]] Summary summarize(const std::vector<Finding>& findings);

}  // namespace factlint
