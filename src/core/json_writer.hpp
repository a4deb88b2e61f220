// JsonWriter: streams JSON into a sink, indented as nlohmann's dump(2) does, without a tree.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/sink.hpp"

namespace factlint {

/// Writes one JSON value into a sink as it is described: objects and arrays are opened and
/// closed, members and elements written in order. The layout is fixed (2-space indent, one
/// member or element per line, "[]" and "{}" when empty, ": " after keys, UTF-8 unescaped except
/// for quotes, backslashes and control characters, invalid UTF-8 replaced by U+FFFD), so that
/// the bytes depend only on what is written. Misuse (a value where a key is due) is a bug.
/// The bytes are collected in a buffer and reach the sink in pieces of about 64 KiB, at the
/// latest on `flush()` or destruction: flush before writing to the sink directly.
class JsonWriter {
 public:
  explicit JsonWriter(Sink& out) : out_(out) {}
  ~JsonWriter();
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;
  JsonWriter(JsonWriter&&) = delete;
  JsonWriter& operator=(JsonWriter&&) = delete;

  /// Hands everything written so far to the sink.
  void flush();

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  /// The key of the next member of the current object.
  void key(std::string_view k);

  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(bool b);
  void value(std::int64_t n);
  void value(std::uint64_t n);
  void value(std::uint32_t n) { value(static_cast<std::uint64_t>(n)); }
  void value(std::int32_t n) { value(static_cast<std::int64_t>(n)); }

  /// A member: key and string, bool or integer value.
  template <typename T>
  void member(std::string_view k, const T& v) {
    key(k);
    value(v);
  }

  /// Writes `s` as a quoted, escaped JSON string.
  static void write_string(Sink& out, std::string_view s);
  /// Appends `s` as a quoted, escaped JSON string to `out`.
  static void escape_into(std::string& out, std::string_view s);

 private:
  struct Level {
    bool array = false;
    bool empty = true;
  };
  static constexpr std::size_t kSpill = std::size_t{1} << 16;
  Sink& out_;
  std::string buf_;  ///< written, not yet handed to the sink
  std::vector<Level> stack_;
  bool after_key_ = false;

  void put(char c) { buf_.push_back(c); }
  void write(std::string_view s) { buf_.append(s); }
  /// Flushes once the buffer holds kSpill bytes or more.
  void spill();

  void before_value();
  void newline_indent();
  void open(char c, bool array);
  void close(char c);
};

}  // namespace factlint
