// Placeholder reader (replaced by the real readers).
#include "read/reader.hpp"

namespace factlint::read {
Input parse_input(std::string_view spec) { return {std::string(spec), ""}; }
std::string lang_from_path(std::string_view) { return ""; }
std::string format_for_path(std::string_view) { return "text"; }
Result<Document> read_file(const Input& input) {
  return Diagnostic{"read/todo", input.path, 0, 0, "not implemented"};
}
Result<Document> read_string(std::string path, std::string lang, std::string bytes,
                             std::string_view format) {
  Document d;
  d.path = std::move(path);
  d.lang = std::move(lang);
  d.format = std::string(format);
  d.source = std::move(bytes);
  d.lines = LineMap(d.source);
  return d;
}
std::vector<std::string> reader_ids() { return {"text"}; }
}  // namespace factlint::read
