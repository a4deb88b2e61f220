// Formatting of diagnostics and the internal assertion handler.
#include "core/result.hpp"

#include <cstdio>

namespace factlint {

std::string Diagnostic::format() const {
  std::string out;
  if (!file.empty()) {
    out += file;
    if (line > 0) {
      out += ':' + std::to_string(line);
      if (column > 0) out += ':' + std::to_string(column);
    }
    out += ": ";
  }
  out += "error: ";
  out += message;
  return out;
}

void assertion_failed(const char* expr, const char* file, int line) {
  std::fprintf(stderr, "factlint: internal error: assertion '%s' failed at %s:%d\n", expr, file,
               line);
  std::abort();
}

}  // namespace factlint
