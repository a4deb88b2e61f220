// Staging of report files: temporary files beside their targets, renamed only when all are written.
#include "cli/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <system_error>

#include "core/file.hpp"

namespace factlint::cli {
namespace fs = std::filesystem;

namespace {

/// As many links as the kernel follows before it gives up (ELOOP), as in Linux's MAXSYMLINKS.
constexpr int kMaxLinks = 40;

/// errno after a failed call, or EIO when the call left none (a stream error set earlier).
int last_error() { return errno != 0 ? errno : EIO; }

/// Devices that may take several reports (two destinations /dev/null are harmless); regular
/// files and FIFOs may not.
bool exclusive(mode_t mode) { return S_ISREG(mode) || S_ISFIFO(mode); }

/// Writes all of `data` to `fd`; false with errno set when a write fails.
bool write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

/// Copies the whole of `from` (an unnamed temporary file) to `fd`; false with errno set.
bool copy_to(std::FILE* from, int fd) {
  errno = 0;
  if (std::fflush(from) != 0 || std::ferror(from) != 0) return false;
  const int in = fileno(from);
  if (::lseek(in, 0, SEEK_SET) != 0) return false;
  char buffer[1 << 16];
  while (true) {
    const ssize_t n = ::read(in, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    if (n == 0) return true;
    if (!write_all(fd, buffer, static_cast<std::size_t>(n))) return false;
  }
}

/// The mode a plain create gives a new file: 0666 minus the umask.
mode_t default_mode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

OutputSet::~OutputSet() { discard(); }

Diagnostic OutputSet::error(const Target& t, const std::string& message) const {
  return Diagnostic{"cli/output", t.kind == Kind::standard_output ? "" : t.path, 0, 0, message};
}

Result<std::size_t> OutputSet::add(std::string_view option, const std::string& path) {
  if (path == "-") return add_standard_output();
  Target t;
  t.option = std::string(option);
  t.path = path;
  if (path.empty()) {
    return Diagnostic{"cli/output", "", 0, 0, t.option + " needs a file name"};
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return error(t, t.option + " is a directory, not a file");
    if (S_ISSOCK(st.st_mode)) {
      return error(t, t.option + " is a socket; reports go to files, devices and FIFOs");
    }
    t.exists = true;
    t.dev = st.st_dev;
    t.ino = st.st_ino;
    t.mode = st.st_mode;
    if (S_ISREG(st.st_mode)) {
      // Through every link to the file itself: the report replaces it, and the links stay.
      std::error_code ec;
      t.real = fs::canonical(path, ec);
      if (ec) return error(t, t.option + ": " + errno_message(ec.value()));
      t.kind = Kind::regular_file;
    } else {
      // A device or a FIFO is written in place; opening the name as given follows its links.
      t.real = path;
      t.kind = Kind::direct;
    }
    return push(std::move(t));
  }
  if (errno != ENOENT) return error(t, t.option + ": " + errno_message(errno));
  // No such file yet, or a link to a name that does not exist: the report is created at the end
  // of the links, and the links stay.
  fs::path p = path;
  for (int hops = 0;; ++hops) {
    if (hops == kMaxLinks) return error(t, t.option + ": " + errno_message(ELOOP));
    struct stat link {};
    if (::lstat(p.c_str(), &link) != 0 || !S_ISLNK(link.st_mode)) break;
    std::error_code ec;
    const fs::path target = fs::read_symlink(p, ec);
    if (ec) return error(t, t.option + ": " + errno_message(ec.value()));
    p = target.is_absolute() ? target : p.parent_path() / target;
  }
  const fs::path dir = p.has_parent_path() ? p.parent_path() : fs::path(".");
  struct stat dir_st {};
  if (::stat(dir.c_str(), &dir_st) != 0) {
    if (errno == ENOENT) return error(t, t.option + ": no such directory '" + dir.string() + "'");
    return error(t, t.option + ": " + errno_message(errno));
  }
  if (!S_ISDIR(dir_st.st_mode)) {
    return error(t, t.option + ": '" + dir.string() + "' is not a directory");
  }
  std::error_code ec;
  t.real = fs::weakly_canonical(p, ec);
  if (ec) return error(t, t.option + ": " + errno_message(ec.value()));
  t.mode = S_IFREG | default_mode();
  t.kind = Kind::regular_file;
  return push(std::move(t));
}

Result<std::size_t> OutputSet::add_standard_output() {
  Target t;
  t.option = "standard output";
  t.path = "-";
  t.kind = Kind::standard_output;
  struct stat st {};
  // Standard output redirected to a file is that file: `> report.txt --html report.txt` would
  // lose one of the two reports, `>> story.de.txt` would write into an input.
  if (::fstat(STDOUT_FILENO, &st) == 0) {
    t.exists = true;
    t.dev = st.st_dev;
    t.ino = st.st_ino;
    t.mode = st.st_mode;
  }
  return push(std::move(t));
}

Result<std::size_t> OutputSet::push(Target target) {
  for (const Target& t : targets_) {
    const bool same_file = t.exists && target.exists && exclusive(t.mode) &&
                           exclusive(target.mode) && t.dev == target.dev && t.ino == target.ino;
    const bool same_name =
        t.kind == Kind::regular_file && target.kind == Kind::regular_file && t.real == target.real;
    const bool both_stdout =
        t.kind == Kind::standard_output && target.kind == Kind::standard_output;
    if (both_stdout) return error(target, "two reports cannot both go to standard output");
    if (same_file || same_name) {
      return error(target, target.option + " is the same file as " + t.option);
    }
  }
  targets_.push_back(std::move(target));
  return targets_.size() - 1;
}

Result<bool> OutputSet::refuse_inputs(const std::vector<std::string>& inputs) const {
  for (const std::string& input : inputs) {
    if (input.empty() || input == "-") continue;
    struct stat st {};
    const bool exists = ::stat(input.c_str(), &st) == 0;
    std::error_code ec;
    const fs::path real = exists ? fs::path() : fs::weakly_canonical(input, ec);
    for (const Target& t : targets_) {
      const bool same_file =
          exists && t.exists && exclusive(t.mode) && t.dev == st.st_dev && t.ino == st.st_ino;
      const bool same_name = !exists && !ec && t.kind == Kind::regular_file && t.real == real;
      if (same_file || same_name) {
        return error(t, t.option + " is the input " + input + "; a report never replaces an input");
      }
    }
  }
  return true;
}

Result<Staged> OutputSet::stage(std::size_t id) {
  Target& t = targets_.at(id);
  FACTLINT_ASSERT(t.out == nullptr);
  if (t.kind == Kind::regular_file) {
    std::string tmpl =
        (t.real.parent_path() / ("." + t.real.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkostemp(tmpl.data(), O_CLOEXEC);
    if (fd < 0) {
      return error(
          t, t.option + ": cannot create a temporary file beside it: " + errno_message(errno));
    }
    t.temp = tmpl;
    // mkstemp makes the file private (0600); give the report the mode of the file it replaces,
    // or the one a plain create would.
    ::fchmod(fd, t.mode & 07777);
    t.out = ::fdopen(fd, "wb");
    if (t.out == nullptr) {
      const int err = errno;
      ::close(fd);
      return error(t, t.option + ": " + errno_message(err));
    }
    return Staged{t.out};
  }
  if (targets_.size() > 1) {
    // Held back until every regular file is staged: a failure there must not leave half the
    // reports delivered.
    t.out = std::tmpfile();
    if (t.out == nullptr) {
      return error(t, "cannot create a temporary file to hold the report for " + t.option + ": " +
                          errno_message(errno));
    }
    t.buffered = true;
    return Staged{t.out};
  }
  if (t.kind == Kind::standard_output) {
    t.out = stdout;
    return Staged{t.out};
  }
  const int fd = ::open(t.real.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return error(t, "cannot write the report: " + errno_message(errno));
  t.out = ::fdopen(fd, "wb");
  if (t.out == nullptr) {
    const int err = errno;
    ::close(fd);
    return error(t, "cannot write the report: " + errno_message(err));
  }
  return Staged{t.out};
}

Result<bool> OutputSet::write(std::size_t id, std::string_view content) {
  auto staged = stage(id);
  if (!staged) return staged.error();
  errno = 0;
  if (std::fwrite(content.data(), 1, content.size(), staged->out) != content.size()) {
    return write_failed(id);
  }
  return true;
}

Result<bool> OutputSet::write_with(std::size_t id,
                                   const std::function<Result<bool>(Sink&)>& produce) {
  auto staged = stage(id);
  if (!staged) return staged.error();
  errno = 0;
  FileSink sink(staged->out);
  auto made = produce(sink);
  if (!made) return made.error();
  if (!sink.flush()) return write_failed(id);
  return true;
}

Diagnostic OutputSet::write_failed(std::size_t id) const {
  const int err = last_error();
  const Target& t = targets_.at(id);
  if (t.kind == Kind::standard_output && !t.buffered) {
    return error(t, "cannot write the report to standard output: " + errno_message(err));
  }
  return error(t, "cannot write the report: " + errno_message(err));
}

Result<bool> OutputSet::commit_all() {
  for (const Target& t : targets_) FACTLINT_ASSERT(t.out != nullptr);
  const auto fail = [this](const Target& t, int err) -> Diagnostic {
    Diagnostic d =
        t.kind == Kind::standard_output
            ? error(t, "cannot write the report to standard output: " + errno_message(err))
            : error(t, "cannot write the report: " + errno_message(err));
    discard();
    return d;
  };
  // 1. Every temporary file complete and on disk.
  for (Target& t : targets_) {
    if (t.kind != Kind::regular_file) continue;
    errno = 0;
    if (std::fflush(t.out) != 0 || std::ferror(t.out) != 0 || ::fsync(fileno(t.out)) != 0) {
      return fail(t, last_error());
    }
    const int closed = std::fclose(t.out);
    t.out = nullptr;
    if (closed != 0) return fail(t, last_error());
  }
  // 2. Standard output, devices and FIFOs: the writes that cannot be taken back.
  for (Target& t : targets_) {
    if (t.kind == Kind::regular_file) continue;
    errno = 0;
    if (t.buffered) {
      int fd = STDOUT_FILENO;
      if (t.kind == Kind::standard_output) {
        if (std::fflush(stdout) != 0) return fail(t, last_error());
      } else {
        fd = ::open(t.real.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (fd < 0) return fail(t, last_error());
      }
      const bool copied = copy_to(t.out, fd);
      const int err = last_error();
      const bool closed = fd == STDOUT_FILENO || ::close(fd) == 0;
      if (!copied) return fail(t, err);
      if (!closed) return fail(t, last_error());
      std::fclose(t.out);  // an unnamed temporary file: closing removes it
      t.out = nullptr;
    } else if (t.kind == Kind::standard_output) {
      if (std::fflush(stdout) != 0 || std::ferror(stdout) != 0) return fail(t, last_error());
      t.out = nullptr;
    } else {
      const bool flushed = std::fflush(t.out) == 0 && std::ferror(t.out) == 0;
      const int err = last_error();
      const int closed = std::fclose(t.out);
      t.out = nullptr;
      if (!flushed) return fail(t, err);
      if (closed != 0) return fail(t, last_error());
    }
  }
  // 3. The renames, last: each replaces its file in one step.
  for (Target& t : targets_) {
    if (t.kind != Kind::regular_file) continue;
    if (::rename(t.temp.c_str(), t.real.c_str()) != 0) {
      const int err = errno;
      Diagnostic d = error(t, t.option + ": cannot replace the file: " + errno_message(err));
      discard();
      return d;
    }
    t.temp.clear();
  }
  return true;
}

void OutputSet::discard() {
  for (Target& t : targets_) {
    if (t.out != nullptr && t.out != stdout) std::fclose(t.out);
    t.out = nullptr;
    if (!t.temp.empty()) ::unlink(t.temp.c_str());
    t.temp.clear();
  }
}

}  // namespace factlint::cli
