// JsonWriter: indentation state and string escaping.
#include "core/json_writer.hpp"

#include <array>
#include <charconv>

#include "core/result.hpp"
#include "core/utf8.hpp"

namespace factlint {

void JsonWriter::newline_indent() {
  static constexpr std::string_view kSpaces = "                                ";
  put('\n');
  std::size_t n = stack_.size() * 2;
  while (n > 0) {
    const std::size_t k = std::min(n, kSpaces.size());
    write(kSpaces.substr(0, k));
    n -= k;
  }
}

void JsonWriter::before_value() {
  spill();
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (stack_.empty()) return;
  FACTLINT_ASSERT(stack_.back().array);
  if (!stack_.back().empty) put(',');
  stack_.back().empty = false;
  newline_indent();
}

void JsonWriter::open(char c, bool array) {
  before_value();
  put(c);
  stack_.push_back(Level{array, true});
}

void JsonWriter::close(char c) {
  FACTLINT_ASSERT(!stack_.empty() && !after_key_);
  const bool empty = stack_.back().empty;
  stack_.pop_back();
  if (!empty) newline_indent();
  put(c);
}

void JsonWriter::begin_object() { open('{', false); }
void JsonWriter::end_object() { close('}'); }
void JsonWriter::begin_array() { open('[', true); }
void JsonWriter::end_array() { close(']'); }

void JsonWriter::key(std::string_view k) {
  spill();
  FACTLINT_ASSERT(!stack_.empty() && !stack_.back().array && !after_key_);
  if (!stack_.back().empty) put(',');
  stack_.back().empty = false;
  newline_indent();
  escape_into(buf_, k);
  write(": ");
  after_key_ = true;
}

void JsonWriter::value(std::string_view s) {
  before_value();
  escape_into(buf_, s);
}

void JsonWriter::value(bool b) {
  before_value();
  write(b ? "true" : "false");
}

void JsonWriter::value(std::int64_t n) {
  before_value();
  std::array<char, 24> buf{};
  const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), n);
  write(std::string_view(buf.data(), static_cast<std::size_t>(r.ptr - buf.data())));
}

void JsonWriter::value(std::uint64_t n) {
  before_value();
  std::array<char, 24> buf{};
  const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), n);
  write(std::string_view(buf.data(), static_cast<std::size_t>(r.ptr - buf.data())));
}

void JsonWriter::escape_into(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  std::size_t run = 0;  // start of the bytes not yet written
  std::size_t i = 0;
  const auto flush = [&](std::size_t to) {
    if (to > run) out.append(s.substr(run, to - run));
  };
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      // Validate one sequence; a bad one becomes U+FFFD (inputs are checked UTF-8, but a span
      // cut in the middle of a character must not produce invalid JSON).
      std::size_t next = i;
      const char32_t cp = utf8::decode(s, next);
      if (cp != 0xFFFD || (next - i == 3 && s.substr(i, 3) == "\xEF\xBF\xBD")) {
        i = next;
        continue;
      }
      flush(i);
      out.append("\xEF\xBF\xBD");
      i = next;
      run = i;
      continue;
    }
    flush(i);
    switch (c) {
      case '"':
        out.append("\\\"");
        break;
      case '\\':
        out.append("\\\\");
        break;
      case '\b':
        out.append("\\b");
        break;
      case '\f':
        out.append("\\f");
        break;
      case '\n':
        out.append("\\n");
        break;
      case '\r':
        out.append("\\r");
        break;
      case '\t':
        out.append("\\t");
        break;
      default: {
        const std::array<char, 6> esc{'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out.append(std::string_view(esc.data(), esc.size()));
      }
    }
    ++i;
    run = i;
  }
  flush(i);
  out.push_back('"');
}

void JsonWriter::write_string(Sink& out, std::string_view s) {
  std::string escaped;
  escape_into(escaped, s);
  out.write(escaped);
}

JsonWriter::~JsonWriter() { flush(); }

void JsonWriter::flush() {
  if (buf_.empty()) return;
  out_.write(buf_);
  buf_.clear();
}

void JsonWriter::spill() {
  if (buf_.size() >= kSpill) flush();
}

}  // namespace factlint
