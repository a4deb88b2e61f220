// Readers: files of every supported format into Documents.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "core/result.hpp"

namespace factlint::read {

/// The PATH of an INPUT that stands for standard input (`de:-`).
inline constexpr std::string_view kStandardInput = "-";
/// How documents and messages name standard input.
inline constexpr std::string_view kStandardInputName = "<stdin>";

/// One INPUT of the command line: `PATH` or `LANG:PATH`.
struct Input {
  std::string path;
  std::string lang;  ///< as given; empty = take it from the file or its name
};

/// Splits "de:story.md" into {path, lang}; a plain path (or one whose prefix is not a
/// plausible language tag, such as "C:\\x" or "./a:b") has an empty lang.
[[nodiscard]] Input parse_input(std::string_view spec);

/// Language from a file name: "story.de.md" → "de", "de/story.md" → "de",
/// "pt-BR/story.txt" → "pt-BR"; empty when the name carries none.
[[nodiscard]] std::string lang_from_path(std::string_view path);

/// Reader id for a path by its extension ("markdown" for .md/.markdown, else "text").
[[nodiscard]] std::string format_for_path(std::string_view path);

/// Reads and parses a file, or standard input when the path is kStandardInput (then the
/// language must be given, and the document's path is kStandardInputName). Only regular files
/// are read: a directory, FIFO, socket or device is refused without waiting on it. Errors
/// (missing, not a regular file, unreadable, too large, empty or blank, binary, invalid UTF-8
/// with line:column, UTF-16, a LANG that is not a known language tag, no language) come back as
/// a Diagnostic naming the file. The language is canonicalised (lang::canonicalize); the
/// document is not yet segmented.
[[nodiscard]] Result<Document> read_file(const Input& input);

/// Parses bytes already in memory with reader `format` ("text", "markdown"); `lang` must be
/// given (canonical). Used by read_file, rule examples and tests.
[[nodiscard]] Result<Document> read_string(std::string path, std::string lang, std::string bytes,
                                           std::string_view format);

/// The reader ids known to this build.
[[nodiscard]] std::vector<std::string> reader_ids();

}  // namespace factlint::read
