// Whole-file reads that refuse what is not a regular file before they can block on it.
#include "core/file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>

namespace factlint {
namespace {

Diagnostic problem(std::string_view prefix, std::string_view id, const std::string& path,
                   std::string message) {
  return Diagnostic{std::string(prefix) + "/" + std::string(id), path, 0, 0, std::move(message)};
}

/// Closes a descriptor on every path out of a function.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  [[nodiscard]] int get() const { return fd_; }

 private:
  int fd_;
};

/// Reads `fd` to its end; at most `max_bytes` (one byte more tells that the limit was passed).
Result<std::string> read_to_end(int fd, const std::string& path, std::size_t max_bytes,
                                std::string_view prefix, std::size_t size_hint = 0) {
  // Read straight into the string, sized by the hint (a regular file's size) plus one byte to
  // see the end: one allocation and no copy, where 64 KiB chunks appended to a growing string
  // copied the text about twice.
  std::string bytes;
  std::size_t used = 0;
  bytes.resize(std::min(size_hint, max_bytes) + 1);
  while (true) {
    if (used == bytes.size()) bytes.resize(std::max<std::size_t>(bytes.size() * 2, 1 << 16));
    const ssize_t n = ::read(fd, bytes.data() + used, bytes.size() - used);
    if (n < 0) {
      if (errno == EINTR) continue;
      return problem(prefix, "unreadable", path, "cannot read the file: " + errno_message(errno));
    }
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
    if (used > max_bytes) {
      return problem(prefix, "too-large", path,
                     "file is larger than " + std::to_string(max_bytes >> 20) + " MiB");
    }
  }
  bytes.resize(used);
  return bytes;
}

}  // namespace

std::string errno_message(int err) {
  std::string text = std::generic_category().message(err);
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] + 32);
  return text;
}

std::string_view file_type_name(unsigned mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISREG(mode)) return "a regular file";
  return "not a regular file";
}

Result<std::string> read_whole_file(const std::string& path, std::size_t max_bytes,
                                    std::string_view id_prefix) {
  // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer before fstat could
  // tell what it is. It does nothing to the reads of a regular file.
  const Fd fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
  if (fd.get() < 0) {
    const int err = errno;
    if (err == ENOENT) return problem(id_prefix, "missing-file", path, "no such file");
    if (err == ENOTDIR || err == ENAMETOOLONG) {
      return problem(id_prefix, "missing-file", path, errno_message(err));
    }
    if (err == ELOOP) return problem(id_prefix, "unreadable", path, errno_message(err));
    if (err == ENXIO) {  // a socket, which open() refuses
      return problem(id_prefix, "not-a-file", path, "is a socket, not a regular file");
    }
    return problem(id_prefix, "unreadable", path, "cannot read the file: " + errno_message(err));
  }
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) {
    return problem(id_prefix, "unreadable", path, "cannot read the file: " + errno_message(errno));
  }
  if (S_ISDIR(st.st_mode)) {
    return problem(id_prefix, "not-a-file", path, "is a directory, not a file");
  }
  if (!S_ISREG(st.st_mode)) {
    return problem(id_prefix, "not-a-file", path,
                   "is " + std::string(file_type_name(st.st_mode)) + ", not a regular file");
  }
  if (static_cast<std::size_t>(st.st_size) > max_bytes) {
    return problem(id_prefix, "too-large", path,
                   "file is larger than " + std::to_string(max_bytes >> 20) + " MiB (" +
                       std::to_string(st.st_size) + " bytes)");
  }
  return read_to_end(fd.get(), path, max_bytes, id_prefix, static_cast<std::size_t>(st.st_size));
}

Result<std::string> read_standard_input(const std::string& display_name, std::size_t max_bytes,
                                        std::string_view id_prefix) {
  return read_to_end(STDIN_FILENO, display_name, max_bytes, id_prefix);
}

}  // namespace factlint
