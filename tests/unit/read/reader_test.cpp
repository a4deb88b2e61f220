// Tests for inputs, languages from names and every input error of read_file / read_string.
#include "read/reader.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "dump.hpp"

using namespace factlint;
namespace fs = std::filesystem;

namespace {

/// A fresh directory under the system temp dir, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("factlint-read-" +
             std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string write(const std::string& name, const std::string& bytes) const {
    const fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  [[nodiscard]] const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

Diagnostic read_error(const std::string& path, const std::string& lang = "en") {
  auto doc = read::read_file({path, lang});
  REQUIRE_FALSE(doc.ok());
  return doc.error();
}

}  // namespace

TEST_CASE("parse_input takes LANG: only when it looks like a language tag") {
  CHECK(read::parse_input("de:story.md").lang == "de");
  CHECK(read::parse_input("de:story.md").path == "story.md");
  CHECK(read::parse_input("pt-BR:a/b.txt").lang == "pt-BR");
  CHECK(read::parse_input("zh-Hant:x.md").path == "x.md");
  CHECK(read::parse_input("story.md").lang.empty());
  CHECK(read::parse_input("C:\\x\\story.md").lang.empty());
  CHECK(read::parse_input("C:\\x\\story.md").path == "C:\\x\\story.md");
  CHECK(read::parse_input("./a:b").lang.empty());
  CHECK(read::parse_input("./a:b").path == "./a:b");
  CHECK(read::parse_input("ftp://host/x.txt").lang.empty());
  CHECK(read::parse_input("http://host/x.txt").path == "http://host/x.txt");
  CHECK(read::parse_input("de:").lang.empty());  // nothing after the colon: a path
  CHECK(read::parse_input("story:notes.txt").lang.empty());
}

TEST_CASE("lang_from_path reads the name, then the directory") {
  CHECK(read::lang_from_path("story.de.md") == "de");
  CHECK(read::lang_from_path("news/story.pt-BR.txt") == "pt-BR");
  CHECK(read::lang_from_path("de/story.md") == "de");
  CHECK(read::lang_from_path("site/pt-BR/story.txt") == "pt-BR");
  CHECK(read::lang_from_path("content/sv/posts/story.md") == "sv");
  CHECK(read::lang_from_path("zh_Hant/story.md") == "zh-Hant");
  CHECK(read::lang_from_path("fr.md") == "fr");
  CHECK(read::lang_from_path("story.md").empty());
  CHECK(read::lang_from_path("report.final.md").empty());
  CHECK(read::lang_from_path("v1.2.txt").empty());
  CHECK(read::lang_from_path("story_de.txt").empty());  // documented: not a convention we read
  CHECK(read::lang_from_path("src/story.txt").empty());
  CHECK(read::lang_from_path("xq/story.txt").empty());  // well-formed but no such language
}

TEST_CASE("format_for_path and reader_ids") {
  CHECK(read::format_for_path("a.md") == "markdown");
  CHECK(read::format_for_path("A.MARKDOWN") == "markdown");
  CHECK(read::format_for_path("a.de.txt") == "text");
  CHECK(read::format_for_path("README") == "text");
  const auto ids = read::reader_ids();
  CHECK(ids == std::vector<std::string>{"text", "markdown"});
}

TEST_CASE("read_file reads a file and canonicalises the language") {
  TempDir tmp;
  const std::string p = tmp.write("de_DE/story.txt", "Ein Satz.\n");
  auto doc = read::read_file(read::parse_input(p));
  REQUIRE(doc.ok());
  CHECK(doc->lang == "de-DE");
  CHECK(doc->format == "text");
  CHECK(doc->path == p);
  auto given = read::read_file({p, "EN_us"});
  REQUIRE(given.ok());
  CHECK(given->lang == "en-US");
}

TEST_CASE("every input error is one line naming the file") {
  TempDir tmp;
  SUBCASE("missing file") {
    const Diagnostic d = read_error((tmp.path() / "nope.txt").string());
    CHECK(d.id == "read/missing-file");
    CHECK(d.format().find("nope.txt") != std::string::npos);
  }
  SUBCASE("a directory") {
    const std::string dir = (tmp.path() / "adir").string();
    fs::create_directories(dir);
    CHECK(read_error(dir).id == "read/not-a-file");
  }
  SUBCASE("unreadable") {
    const std::string p = tmp.write("locked.txt", "text\n");
    fs::permissions(p, fs::perms::none);
    if (!std::ifstream(p).good()) {
      CHECK(read_error(p).id == "read/unreadable");
    } else if (fs::exists("/proc/self/mem")) {
      // Root reads anything; /proc/self/mem opens but fails on the first read instead.
      CHECK(read_error("/proc/self/mem").id == "read/unreadable");
    } else {
      MESSAGE("running as a user who can read anything: unreadable-file case skipped");
    }
    fs::permissions(p, fs::perms::owner_all);
  }
  SUBCASE("empty and whitespace only") {
    CHECK(read_error(tmp.write("e.txt", "")).id == "read/empty");
    const Diagnostic d = read_error(tmp.write("w.txt", " \r\n\t\n"));
    CHECK(d.id == "read/empty");
    CHECK(d.message == "file has no text, only white space");
    CHECK(read_error(tmp.write("b.txt", "\xEF\xBB\xBF")).id == "read/empty");
  }
  SUBCASE("binary") {
    const Diagnostic d = read_error(tmp.write("bin.txt", std::string("abc\0def", 7)));
    CHECK(d.id == "read/binary");
    CHECK(d.message.find("NUL") != std::string::npos);
  }
  SUBCASE("UTF-16 and UTF-32 with a byte order mark") {
    const Diagnostic le = read_error(tmp.write("le.txt", std::string("\xFF\xFEh\0i\0", 6)));
    CHECK(le.id == "read/utf16");
    CHECK(le.message.find("UTF-16 (little-endian)") != std::string::npos);
    CHECK(read_error(tmp.write("be.txt", std::string("\xFE\xFF\0h", 4))).id == "read/utf16");
    const Diagnostic u32 = read_error(tmp.write("u32.txt", std::string("\xFF\xFE\0\0h\0\0\0", 8)));
    CHECK(u32.id == "read/utf32");
    CHECK(u32.message.find("UTF-32") != std::string::npos);
  }
  SUBCASE("invalid UTF-8 with line and column") {
    const Diagnostic d = read_error(tmp.write("bad.txt", "first line\nsecond \xC3\xA9t\xE9 x\n"));
    CHECK(d.id == "read/invalid-utf8");
    CHECK(d.line == 2);
    CHECK(d.column == 10);  // "second ét" is 9 code points, the bad byte is the 10th
    CHECK(d.format().find("bad.txt:2:10: error: invalid UTF-8 (byte 0xE9)") != std::string::npos);
  }
  SUBCASE("unknown language tag") {
    const std::string p = tmp.write("s.txt", "Text.\n");
    const Diagnostic d = read_error(p, "xq");
    CHECK(d.id == "read/unknown-language");
    CHECK(d.message ==
          "'xq' is not a known language tag (LANG:PATH takes a BCP 47 tag such as de, pt-BR, "
          "zh-Hant)");
    CHECK(read_error(p, "e!").message.rfind("'e!' is not a language tag (", 0) == 0);
  }
  SUBCASE("a LANG: that is not a tag, and no such file either") {
    const Diagnostic d = read_error("e:" + (tmp.path() / "s.en.txt").string(), "");
    CHECK(d.id == "read/unknown-language");
    CHECK(d.message.rfind("'e' is not a language tag", 0) == 0);
    CHECK(d.message.ends_with(", and no file has this name"));
  }
  SUBCASE("no-break and other Unicode spaces only") {
    const Diagnostic d = read_error(tmp.write("nb.txt", "\u00a0\u3000\n\u202f\u200b\t\n"));
    CHECK(d.id == "read/empty");
    CHECK(d.message == "file has no text, only white space");
  }
  SUBCASE("not a regular file: refused without waiting on it") {
    const std::string fifo = (tmp.path() / "pipe.txt").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const Diagnostic d = read_error(fifo);
    CHECK(d.id == "read/not-a-file");
    CHECK(d.message == "is a FIFO (named pipe), not a regular file");
    CHECK(read_error("/dev/null").message == "is a character device, not a regular file");
  }
  SUBCASE("a symbolic link loop") {
    fs::create_symlink("b.txt", tmp.path() / "a.txt");
    fs::create_symlink("a.txt", tmp.path() / "b.txt");
    CHECK(read_error((tmp.path() / "a.txt").string()).message ==
          "too many levels of symbolic links");
  }
  SUBCASE("standard input needs a language") {
    const Diagnostic d = read_error("-", "");
    CHECK(d.id == "read/no-language");
    CHECK(d.file == "<stdin>");
  }
  SUBCASE("no language") {
    const std::string p = tmp.write("story.txt", "Text.\n");
    const Diagnostic d = read_error(p, "");
    CHECK(d.id == "read/no-language");
    CHECK(d.message ==
          "cannot tell the language of " + p + ": name it LANG:" + p + " or story.LANG.md");
  }
  SUBCASE("too large") {
    const std::string p = (tmp.path() / "big.txt").string();
    {
      std::ofstream out(p, std::ios::binary);
      out.seekp((std::streamoff{64} << 20) + 10);
      out.put('x');
    }
    CHECK(read_error(p).id == "read/too-large");
  }
  SUBCASE("Markdown with nothing but code and comments") {
    const std::string p = tmp.write("only.md", "<!-- note -->\n\n```\ncode 12\n```\n");
    CHECK(read_error(p).id == "read/no-text");
  }
}

TEST_CASE("read_string rejects an unknown format") {
  auto doc = read::read_string("x.xyz", "en", "Text.", "xyz");
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.error().id == "read/unknown-format");
}

TEST_CASE("a UTF-8 BOM is skipped but counted in offsets") {
  auto doc = read::read_string("b.txt", "en", "\xEF\xBB\xBFTitle\n\nBody text.\n", "text");
  REQUIRE(doc.ok());
  REQUIRE(doc->blocks.size() == 2);
  CHECK(doc->blocks[0].text == "Title");
  CHECK(doc->blocks[0].source_offset(0) == 3);
  CHECK(doc->blocks[1].source_offset(0) == 10);
  CHECK(testing::check_pieces(*doc).empty());
}

TEST_CASE("one 50 MB line is read in linear time") {
  std::string line;
  line.reserve(50U << 20);
  const std::string word = "word 12,5 ";
  while (line.size() + word.size() < (50U << 20)) line += word;
  const auto start = std::chrono::steady_clock::now();
  auto doc = read::read_string("big.en.txt", "en", line, "text");
  const auto seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  REQUIRE(doc.ok());
  REQUIRE(doc->blocks.size() == 1);
  CHECK(doc->blocks[0].pieces.size() == 1);
  CHECK(doc->blocks[0].text.size() == line.size() - 1);  // the trailing space trimmed
  CHECK(seconds < 20.0);  // generous for sanitizer builds; a quadratic pass would take hours
  auto md = read::read_string("big.en.md", "en", line, "markdown");
  REQUIRE(md.ok());
  CHECK(md->blocks.size() == 1);
}
