// Reading whole input files: regular files and standard input only, never a blocking open.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace factlint {

/// Reads the whole of the regular file `path` (symbolic links followed).
///
/// Anything else is refused before a byte is read: a directory, a FIFO, a socket or a device
/// ("is a FIFO (named pipe), not a regular file"), so that a FIFO without a writer cannot block
/// the run. A file larger than `max_bytes` is refused too. Diagnostics name `path`; their ids are
/// `<id_prefix>/missing-file`, `/not-a-file`, `/unreadable` and `/too-large`, and their
/// messages come from errno in the house style ("no such file", "too many levels of symbolic
/// links", "cannot read the file: permission denied").
[[nodiscard]] Result<std::string> read_whole_file(const std::string& path, std::size_t max_bytes,
                                                  std::string_view id_prefix);

/// Reads standard input to its end, whatever it is (a pipe, a file, a terminal). Diagnostics
/// name `display_name`, with the ids of read_whole_file.
[[nodiscard]] Result<std::string> read_standard_input(const std::string& display_name,
                                                      std::size_t max_bytes,
                                                      std::string_view id_prefix);

/// The text of an errno value in the style of our messages: lowercase, no trailing period
/// ("too many levels of symbolic links").
[[nodiscard]] std::string errno_message(int err);

/// What a file of type `mode` (st_mode) is, for messages: "a directory", "a FIFO (named pipe)",
/// "a socket", "a character device", "a block device", "a regular file".
[[nodiscard]] std::string_view file_type_name(unsigned mode);

}  // namespace factlint
