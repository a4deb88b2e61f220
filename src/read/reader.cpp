// Inputs, languages from names, and the checks every file passes before a reader parses it.
#include "read/reader.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/file.hpp"
#include "core/utf8.hpp"
#include "lang/lang.hpp"
#include "read/readers.hpp"

namespace factlint::read {
namespace {

constexpr std::size_t kMaxFileBytes = std::size_t{64} << 20;  // 64 MiB
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_alpha(c) || (c >= '0' && c <= '9'); }

/// True when `s` has the shape of a BCP 47 tag: a 2–3 letter language, then up to five
/// subtags of 1–8 letters or digits, separated by '-' or '_'.
bool looks_like_tag(std::string_view s) {
  std::size_t part = 0;
  std::size_t pos = 0;
  while (true) {
    const std::size_t sep = s.find_first_of("-_", pos);
    const std::string_view sub = s.substr(pos, sep == std::string_view::npos ? s.npos : sep - pos);
    if (part == 0) {
      if (sub.size() < 2 || sub.size() > 3 || !std::all_of(sub.begin(), sub.end(), is_alpha)) {
        return false;
      }
    } else if (sub.empty() || sub.size() > 8 || !std::all_of(sub.begin(), sub.end(), is_alnum)) {
      return false;
    }
    if (++part > 6) return false;
    if (sep == std::string_view::npos) return true;
    pos = sep + 1;
  }
}

/// Canonical tag for `s` when it looks like a tag and ICU knows its language, else empty.
std::string known_tag(std::string_view s) {
  if (!looks_like_tag(s)) return {};
  auto canon = lang::canonicalize(s);
  return canon ? std::move(canon).value() : std::string{};
}

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

Diagnostic input_error(std::string id, const std::string& path, std::string message) {
  return Diagnostic{std::move(id), path, 0, 0, std::move(message)};
}

/// Why `tag` cannot be a LANG: malformed, or well-formed but naming no language ICU knows.
std::string not_a_tag(std::string_view tag) {
  return "'" + std::string(tag) + "' is not a " + (looks_like_tag(tag) ? "known " : "") +
         "language tag (LANG:PATH takes a BCP 47 tag such as de, pt-BR, zh-Hant)";
}

/// True for the code points of Unicode's White_Space property and for the invisible ones that
/// stand in for a space (zero width space, word joiner, zero width no-break space): a file of
/// these has nothing to read, whatever its markup.
bool is_blank(char32_t cp) {
  return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
         cp == 0x205F || cp == 0x2060 || cp == 0x3000 || cp == 0xFEFF;
}

/// True when valid UTF-8 `text` holds only blank code points.
bool only_blank(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    if (!is_blank(utf8::decode(text, pos))) return false;
  }
  return true;
}

}  // namespace

Input parse_input(std::string_view spec) {
  const std::size_t colon = spec.find(':');
  if (colon == std::string_view::npos) return {std::string(spec), ""};
  const std::string_view prefix = spec.substr(0, colon);
  const std::string_view rest = spec.substr(colon + 1);
  if (rest.empty() || rest.substr(0, 2) == "//" || !looks_like_tag(prefix)) {
    return {std::string(spec), ""};
  }
  return {std::string(rest), std::string(prefix)};
}

std::string lang_from_path(std::string_view path) {
  std::vector<std::string_view> parts;  // directories, then the file name
  std::size_t pos = 0;
  while (pos <= path.size()) {
    const std::size_t sep = path.find_first_of("/\\", pos);
    const std::size_t end = sep == std::string_view::npos ? path.size() : sep;
    if (end > pos) parts.push_back(path.substr(pos, end - pos));
    if (sep == std::string_view::npos) break;
    pos = sep + 1;
  }
  if (parts.empty()) return {};
  // The file name: "story.de.md" (the part before the extension) or "de.md" (the stem).
  const std::string_view name = parts.back();
  const std::size_t last_dot = name.rfind('.');
  if (last_dot != std::string_view::npos && last_dot > 0) {
    const std::string_view stem = name.substr(0, last_dot);
    const std::size_t dot = stem.rfind('.');
    const std::string_view candidate = dot == std::string_view::npos ? stem : stem.substr(dot + 1);
    if (auto tag = known_tag(candidate); !tag.empty()) return tag;
  }
  // The file's directory, then the one above it: "de/story.md", "pt-BR/news/story.md".
  for (std::size_t up = 1; up <= 2 && up < parts.size(); ++up) {
    if (auto tag = known_tag(parts[parts.size() - 1 - up]); !tag.empty()) return tag;
  }
  return {};
}

std::string format_for_path(std::string_view path) {
  const std::string lower = lowercase(path);
  for (const ReaderEntry& entry : registry()) {
    for (const std::string_view ending : entry.endings) {
      if (lower.size() > ending.size() && lower.ends_with(ending)) return std::string(entry.id);
    }
  }
  return std::string(registry().front().id);
}

Result<Document> read_file(const Input& input) {
  const bool from_stdin = input.path == kStandardInput;
  const std::string path = from_stdin ? std::string(kStandardInputName) : input.path;
  std::string lang;
  if (!input.lang.empty()) {
    auto canon = lang::canonicalize(input.lang);
    if (!canon) return input_error("read/unknown-language", path, not_a_tag(input.lang));
    lang = std::move(canon).value();
  } else if (from_stdin) {
    return input_error("read/no-language", path,
                       "standard input has no name to tell its language by: give it as LANG:- "
                       "(de:-, pt-BR:-)");
  }

  auto bytes = from_stdin ? read_standard_input(path, kMaxFileBytes, "read")
                          : read_whole_file(path, kMaxFileBytes, "read");
  if (!bytes) {
    // "e:story.txt" was not split into LANG:PATH because 'e' is not a tag; when no file has the
    // whole name either, the mistyped tag is the likelier story.
    const auto colon = path.find(':');
    if (bytes.error().id == "read/missing-file" && input.lang.empty() && colon != 0 &&
        colon != std::string::npos && colon + 1 < path.size() &&
        path.find_first_of("/\\") > colon) {
      return input_error(
          "read/unknown-language", path,
          not_a_tag(std::string_view(path).substr(0, colon)) + ", and no file has this name");
    }
    return bytes.error();
  }

  if (lang.empty()) {
    lang = lang_from_path(path);
    if (lang.empty()) {
      return input_error(
          "read/no-language", path,
          "cannot tell the language of " + path + ": name it LANG:" + path + " or story.LANG.md");
    }
  }
  return read_string(path, std::move(lang), std::move(bytes).value(), format_for_path(path));
}

Result<Document> read_string(std::string path, std::string lang, std::string bytes,
                             std::string_view format) {
  const ReaderEntry* reader = find_reader(format);
  if (reader == nullptr) {
    return input_error("read/unknown-format", path, "unknown format '" + std::string(format) + "'");
  }
  if (bytes.size() > kMaxFileBytes) {
    return input_error("read/too-large", path, "file is larger than 64 MiB");
  }
  const std::string_view view = bytes;
  if (view.empty()) return input_error("read/empty", path, "file is empty");
  struct Bom {
    std::string_view bytes;
    std::string_view what;
    std::string_view id;
  };
  // UTF-32 first: its little-endian mark begins with UTF-16's.
  constexpr std::array<Bom, 4> kWideBoms{{
      {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32 (big-endian)", "read/utf32"},
      {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32 (little-endian)", "read/utf32"},
      {"\xFE\xFF", "UTF-16 (big-endian)", "read/utf16"},
      {"\xFF\xFE", "UTF-16 (little-endian)", "read/utf16"},
  }};
  for (const Bom& bom : kWideBoms) {
    if (view.starts_with(bom.bytes)) {
      return input_error(std::string(bom.id), path,
                         "file is " + std::string(bom.what) +
                             " with a byte order mark; factlint reads UTF-8: convert it first");
    }
  }
  const std::uint32_t body_begin = view.starts_with(kUtf8Bom) ? 3 : 0;
  if (const auto nul = view.find('\0'); nul != std::string_view::npos) {
    return input_error("read/binary", path,
                       "file contains NUL bytes (at byte " + std::to_string(nul) +
                           "): binary, or UTF-16/UTF-32 without a byte order mark");
  }
  if (const auto bad = utf8::find_invalid(view)) {
    const LineMap map(view);
    const LineCol at = map.locate(view, static_cast<std::uint32_t>(*bad));
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(view[*bad]));
    return Diagnostic{"read/invalid-utf8", path, at.line, at.column,
                      std::string("invalid UTF-8 (byte ") + hex + ")"};
  }
  if (only_blank(view.substr(body_begin))) {
    return input_error(
        "read/empty", path,
        view.size() == body_begin ? "file is empty" : "file has no text, only white space");
  }

  Document doc;
  doc.path = std::move(path);
  doc.lang = std::move(lang);
  doc.format = std::string(reader->id);
  doc.source = std::move(bytes);
  doc.lines = LineMap(doc.source);
  doc.blocks = reader->parse(doc.source, body_begin);
  if (doc.blocks.empty()) {
    return input_error("read/no-text", doc.path,
                       "file has no text to check (only markup, code or comments)");
  }
  return doc;
}

std::vector<std::string> reader_ids() {
  std::vector<std::string> ids;
  for (const ReaderEntry& entry : registry()) ids.emplace_back(entry.id);
  return ids;
}

}  // namespace factlint::read
