// One JSON entry point whose every failure is a Diagnostic with a position.
#include "core/json.hpp"

#include <algorithm>
#include <cstddef>

#include "core/document.hpp"

namespace factlint {
namespace {

using nlohmann::json;

/// A SAX consumer that builds nothing and remembers where and on which token parsing stopped.
/// nlohmann reports an overflowing number (out_of_range.406) without a position, so a failed
/// parse is run again through this to find it.
class ErrorLocator final : public nlohmann::json_sax<json> {
 public:
  bool null() override { return true; }
  bool boolean(bool /*val*/) override { return true; }
  bool number_integer(number_integer_t /*val*/) override { return true; }
  bool number_unsigned(number_unsigned_t /*val*/) override { return true; }
  bool number_float(number_float_t /*val*/, const string_t& /*s*/) override { return true; }
  bool string(string_t& /*val*/) override { return true; }
  bool binary(binary_t& /*val*/) override { return true; }
  bool start_object(std::size_t /*elements*/) override { return true; }
  bool key(string_t& /*val*/) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t /*elements*/) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& /*ex*/) override {
    position_ = position;
    token_ = last_token;
    return false;
  }

  [[nodiscard]] std::size_t position() const { return position_; }
  [[nodiscard]] const std::string& token() const { return token_; }

 private:
  std::size_t position_ = 0;
  std::string token_;
};

/// The message of a nlohmann exception without its "[json.exception.…] … at line 2, column 3: "
/// prefix (we give the position ourselves).
std::string tail_of(const char* what) {
  std::string text = what;
  if (const auto pos = text.rfind(": "); pos != std::string::npos) text = text.substr(pos + 2);
  return text;
}

Diagnostic at(std::string_view text, std::size_t offset, const std::string& path,
              const std::string& id, std::string message) {
  const auto clamped = static_cast<std::uint32_t>(std::min(offset, text.size()));
  const LineCol lc = LineMap(text).locate(text, clamped);
  return Diagnostic{id, path, lc.line, lc.column, std::move(message)};
}

}  // namespace

Result<json> parse_json(std::string_view text, const std::string& path, const std::string& id) {
  try {
    return json::parse(text, nullptr, true, true);
  } catch (const json::parse_error& e) {
    // e.byte is the 1-based count of bytes read when the error was found.
    std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    // nlohmann stops after the offending token; point at a string token's opening quote.
    if (offset < text.size() && text[offset] == '"' && offset > 0) {
      std::size_t open = offset - 1;
      while (open > 0 && text[open] != '"' && text[open] != '\n') --open;
      if (text[open] == '"' && (open == 0 || text[open - 1] != '\\')) offset = open;
    }
    return at(text, offset, path, id, "malformed JSON: " + tail_of(e.what()));
  } catch (const json::exception& e) {
    // Any other failure of the parser (today only out_of_range.406, a number that overflows a
    // double, such as 1e999) is still a problem of the file, never an internal error.
    ErrorLocator locator;
    json::sax_parse(text, &locator, json::input_format_t::json, true, true);
    const std::size_t end = locator.position();
    const std::size_t begin = end >= locator.token().size() ? end - locator.token().size() : 0;
    if (e.id == 406) {
      return at(text, begin, path, id, "number '" + locator.token() + "' is out of range");
    }
    return at(text, begin, path, id, "malformed JSON: " + tail_of(e.what()));
  }
}

}  // namespace factlint
