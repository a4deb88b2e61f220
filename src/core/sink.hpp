// Sinks: where a reporter writes its bytes, a string or a file, without building the report first.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace factlint {

/// A destination for report bytes. Reporters write into a sink as they go, so that a report
/// never has to exist as one string (or one JSON tree) in memory.
class Sink {
 public:
  Sink() = default;
  Sink(const Sink&) = delete;
  Sink& operator=(const Sink&) = delete;
  virtual ~Sink() = default;
  /// Appends `bytes`.
  virtual void write(std::string_view bytes) = 0;
  /// Appends one character.
  virtual void put(char c) { write(std::string_view(&c, 1)); }
};

/// Collects the bytes in a string.
class StringSink final : public Sink {
 public:
  void write(std::string_view bytes) override { out_.append(bytes); }
  void put(char c) override { out_.push_back(c); }
  [[nodiscard]] std::string& str() { return out_; }

 private:
  std::string out_;
};

/// Writes to a C stream through a buffer of its own; remembers the first write error instead of
/// throwing, so that the caller can report it once (flush() says whether all went well).
class FileSink final : public Sink {
 public:
  explicit FileSink(std::FILE* file) : file_(file) { buffer_.reserve(kBuffer); }
  ~FileSink() override { static_cast<void>(flush()); }
  FileSink(const FileSink&) = delete;
  FileSink& operator=(const FileSink&) = delete;

  void write(std::string_view bytes) override {
    if (buffer_.size() + bytes.size() > kBuffer) drain();
    if (bytes.size() > kBuffer) {
      raw(bytes);
    } else {
      buffer_.append(bytes);
    }
  }
  /// Writes out what is buffered and flushes the stream; false when any write failed.
  void put(char c) override {
    if (buffer_.size() + 1 > kBuffer) drain();
    buffer_.push_back(c);
  }
  [[nodiscard]] bool flush() {
    drain();
    if (std::fflush(file_) != 0) failed_ = true;
    return !failed_;
  }

 private:
  static constexpr std::size_t kBuffer = std::size_t{1} << 16;
  std::FILE* file_;
  std::string buffer_;
  bool failed_ = false;

  void raw(std::string_view bytes) {
    if (!failed_ && std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) {
      failed_ = true;
    }
  }
  void drain() {
    raw(buffer_);
    buffer_.clear();
  }
};

}  // namespace factlint
