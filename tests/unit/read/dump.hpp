// Test helpers: a readable dump of a read and segmented document, and piece invariant checks.
#pragma once

#include <string>

#include "core/document.hpp"

namespace factlint::testing {

/// One line per block (kind, line:col) and per segment (line:col, text, boilerplate reason).
[[nodiscard]] std::string dump_document(const Document& doc);

/// Empty when every block's pieces are sorted, disjoint, inside the source and copy the source
/// bytes (decoded Markdown entities excepted); else the first violation.
[[nodiscard]] std::string check_pieces(const Document& doc);

/// The whole file at `path`, or an empty string.
[[nodiscard]] std::string slurp(const std::string& path);

}  // namespace factlint::testing
