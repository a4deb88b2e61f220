// Placeholder reporters (replaced by text and JSON reporters).
#include "report/reporter.hpp"

namespace factlint::report {
Result<std::string> render(std::string_view id, const Report&) {
  if (id != "text") return Diagnostic{"report/unknown-format", "", 0, 0, "unknown format"};
  return std::string();
}
std::vector<std::string> format_ids() { return {"text"}; }
}  // namespace factlint::report
