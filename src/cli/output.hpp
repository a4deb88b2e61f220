// Report destinations of one run, written all or nothing and never over an input.
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "core/sink.hpp"

namespace factlint::cli {

/// Where a reporter writes a staged report. The FILE belongs to the OutputSet.
struct Staged {
  std::FILE* out = nullptr;
};

/// The reports of one run (the `--output` report or standard output, `--html`, …), delivered
/// together.
///
/// Use: add() every destination before the run's work (so that a bad path fails at once), then
/// refuse_inputs() with every file the run reads, then stage() each report and write into
/// Staged::out (or write()), then commit_all().
///
/// - A regular file (or a name not yet taken) is written to a temporary file beside it, which
///   commit_all() renames over it; a report that replaces a file keeps that file's mode, a new
///   one gets 0666 minus the umask. A symbolic link is written through: the temporary file sits
///   beside the file the link points to, and the link stays.
/// - Standard output, a character or block device and a FIFO are written directly, never
///   replaced by a regular file. When the run has more than one destination, what is bound for
///   them is held in an unnamed temporary file until every regular file is staged.
/// - commit_all() writes nothing unless every report was staged without error; it delivers the
///   direct destinations first and renames last, so that a failed write replaces no file.
/// - A directory, a socket, a missing folder, two destinations that are the same file, and a
///   destination that is one of the run's inputs are refused.
///
/// The destructor removes every temporary file left by a run that did not commit.
class OutputSet {
 public:
  OutputSet() = default;
  OutputSet(const OutputSet&) = delete;
  OutputSet& operator=(const OutputSet&) = delete;
  OutputSet(OutputSet&&) = delete;
  OutputSet& operator=(OutputSet&&) = delete;
  ~OutputSet();

  /// Adds the file `path`, given by `option` ("--output", "--html"; used in messages), and
  /// returns its id. "-" is standard output. A diagnostic naming `path` when it cannot be a
  /// destination, or is the same file as one added before.
  [[nodiscard]] Result<std::size_t> add(std::string_view option, const std::string& path);

  /// Adds standard output; a diagnostic when it is a destination already.
  [[nodiscard]] Result<std::size_t> add_standard_output();

  /// A diagnostic when a destination is the same file as one of `inputs` (paths the run reads;
  /// "-" is standard input and skipped): compared by device and inode, and by path for
  /// destinations that do not exist yet.
  [[nodiscard]] Result<bool> refuse_inputs(const std::vector<std::string>& inputs) const;

  /// Opens where destination `id` is written (once per destination).
  [[nodiscard]] Result<Staged> stage(std::size_t id);

  /// Stages destination `id` and writes `content` into it.
  [[nodiscard]] Result<bool> write(std::size_t id, std::string_view content);

  /// Stages destination `id` and lets `produce` write into it, through a buffer, as it makes
  /// the bytes; `produce`'s diagnostic, or one for a failed write, is returned.
  [[nodiscard]] Result<bool> write_with(std::size_t id,
                                        const std::function<Result<bool>(Sink&)>& produce);

  /// Delivers every destination (each must have been staged), or none when one fails.
  [[nodiscard]] Result<bool> commit_all();

 private:
  enum class Kind : unsigned char { standard_output, regular_file, direct };

  struct Target {
    std::string option;  ///< "--output", "--html", or "standard output"
    std::string path;    ///< as given (messages)
    Kind kind = Kind::regular_file;
    std::filesystem::path real;  ///< the file written or replaced, links resolved
    bool exists = false;         ///< `real` exists (dev and ino are valid)
    dev_t dev = 0;
    ino_t ino = 0;
    mode_t mode = 0;    ///< mode of the report file (regular files)
    bool fifo = false;  ///< a FIFO (direct)
    std::string temp;   ///< the temporary file beside `real` (regular files)
    std::FILE* out = nullptr;
    bool buffered = false;  ///< a direct destination held in an unnamed temporary file
  };

  [[nodiscard]] Result<std::size_t> push(Target target);
  [[nodiscard]] Diagnostic error(const Target& t, const std::string& message) const;
  /// The diagnostic of a failed write to destination `id`, from errno.
  [[nodiscard]] Diagnostic write_failed(std::size_t id) const;
  void discard();

  std::vector<Target> targets_;
};

}  // namespace factlint::cli
