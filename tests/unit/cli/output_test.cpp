// Tests for OutputSet: staged reports, renamed only when all are written, never over an input.
#include "cli/output.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

namespace fs = std::filesystem;
using factlint::cli::OutputSet;

namespace {

fs::path temp_dir(const std::string& name) {
  const fs::path p = fs::temp_directory_path() / ("factlint-output-test-" + name);
  fs::remove_all(p);
  fs::create_directories(p);
  return p;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void put(const fs::path& p, const std::string& content) {
  std::ofstream(p, std::ios::binary) << content;
}

int entries(const fs::path& d) {
  int n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(d)) ++n;
  return n;
}

/// Writes `content` to `path` as the only destination; empty on success, else the message.
std::string write_one(const fs::path& path, const std::string& content) {
  OutputSet out;
  auto id = out.add("--output", path.string());
  if (!id) return id.error().format();
  if (auto w = out.write(*id, content); !w) return w.error().format();
  if (auto c = out.commit_all(); !c) return c.error().format();
  return {};
}

}  // namespace

TEST_CASE("a report replaces its file, keeps its mode and leaves no temporary") {
  const fs::path d = temp_dir("replace");
  const fs::path f = d / "out.txt";
  CHECK(write_one(f, "one") == "");
  const mode_t mask = ::umask(0);
  ::umask(mask);
  CHECK((fs::status(f).permissions() & fs::perms::all) == static_cast<fs::perms>(0666 & ~mask));
  fs::permissions(f, static_cast<fs::perms>(0640));
  CHECK(write_one(f, "two") == "");
  CHECK(slurp(f) == "two");
  CHECK((fs::status(f).permissions() & fs::perms::all) == static_cast<fs::perms>(0640));
  CHECK(entries(d) == 1);
  CHECK(write_one(d / "no" / "such" / "dir.txt", "x").find("no such directory") !=
        std::string::npos);
  CHECK(write_one(d, "x").find("is a directory") != std::string::npos);
  fs::remove_all(d);
}

TEST_CASE("a symbolic link is written through, and stays a link") {
  const fs::path d = temp_dir("link");
  fs::create_directories(d / "real");
  put(d / "real" / "report.txt", "old");
  fs::create_symlink("real/report.txt", d / "link.txt");
  CHECK(write_one(d / "link.txt", "new") == "");
  CHECK(fs::is_symlink(d / "link.txt"));
  CHECK(slurp(d / "real" / "report.txt") == "new");
  CHECK(entries(d / "real") == 1);

  // A link to a name not yet taken creates that file.
  fs::create_symlink("real/fresh.txt", d / "dangling.txt");
  CHECK(write_one(d / "dangling.txt", "fresh") == "");
  CHECK(fs::is_symlink(d / "dangling.txt"));
  CHECK(slurp(d / "real" / "fresh.txt") == "fresh");

  fs::create_symlink("loop-b", d / "loop-a");
  fs::create_symlink("loop-a", d / "loop-b");
  CHECK(write_one(d / "loop-a", "x").find("too many levels of symbolic links") !=
        std::string::npos);
  fs::remove_all(d);
}

TEST_CASE("a FIFO is written in place, not replaced") {
  const fs::path d = temp_dir("fifo");
  const fs::path fifo = d / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string got;
  std::thread reader([&] { got = slurp(fifo); });
  CHECK(write_one(fifo, "through the pipe") == "");
  reader.join();
  CHECK(got == "through the pipe");
  CHECK(fs::is_fifo(fifo));
  CHECK(entries(d) == 1);
  fs::remove_all(d);
}

TEST_CASE("nothing is replaced unless every report is staged") {
  const fs::path d = temp_dir("all-or-nothing");
  put(d / "a.txt", "old a");
  OutputSet out;
  auto a = out.add("--output", (d / "a.txt").string());
  REQUIRE(a.ok());
  // /proc/version is a regular file in a folder where no one can create a file, not even root.
  auto b = out.add("--html", "/proc/version");
  REQUIRE(b.ok());
  CHECK(out.write(*a, "new a").ok());
  auto failed = out.write(*b, "new b");
  REQUIRE_FALSE(failed.ok());
  CHECK(failed.error().format().rfind("/proc/version: error: --html: cannot create", 0) == 0);
  CHECK(slurp(d / "a.txt") == "old a");
  CHECK(entries(d) == 2);  // a.txt and the temporary file until the set goes
  fs::remove_all(d);
}

TEST_CASE("the same file twice, or an input, is refused") {
  const fs::path d = temp_dir("same");
  put(d / "story.de.txt", "Text.");
  fs::create_hard_link(d / "story.de.txt", d / "hard.txt");
  {
    OutputSet out;
    REQUIRE(out.add("--output", (d / "r.txt").string()).ok());
    auto again = out.add("--html", (d / "." / "r.txt").string());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message == "--html is the same file as --output");
  }
  for (const char* name : {"story.de.txt", "hard.txt"}) {
    OutputSet out;
    REQUIRE(out.add("--output", (d / name).string()).ok());
    auto refused = out.refuse_inputs({(d / "story.de.txt").string()});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == "--output is the input " + (d / "story.de.txt").string() +
                                         "; a report never replaces an input");
  }
  OutputSet fine;
  REQUIRE(fine.add("--output", (d / "r.txt").string()).ok());
  CHECK(fine.refuse_inputs({(d / "story.de.txt").string(), "-"}).ok());
  CHECK(slurp(d / "story.de.txt") == "Text.");
  fs::remove_all(d);
}

TEST_CASE("a streamed report is written through a buffer; a failure is one diagnostic") {
  const fs::path d = temp_dir("stream");
  const fs::path f = d / "out.json";
  put(f, "old");
  {
    // Larger than the sink's buffer, in pieces: every byte arrives, in order.
    OutputSet out;
    auto id = out.add("--output", f.string());
    REQUIRE(id.ok());
    std::string expected;
    const auto produce = [&](factlint::Sink& sink) -> factlint::Result<bool> {
      for (int i = 0; i < 20000; ++i) {
        const std::string piece = std::to_string(i) + ",";
        sink.write(piece);
        expected += piece;
      }
      return true;
    };
    CHECK(out.write_with(*id, produce).ok());
    CHECK(slurp(f) == "old");  // not before the commit
    CHECK(out.commit_all().ok());
    CHECK(slurp(f) == expected);
    CHECK(entries(d) == 1);
  }
  {
    // The producer's own diagnostic comes back, and the file is left as it was.
    OutputSet out;
    auto id = out.add("--output", f.string());
    REQUIRE(id.ok());
    const auto refuse = [](factlint::Sink& sink) -> factlint::Result<bool> {
      sink.write("half");
      return factlint::Diagnostic{"report/unknown-format", "", 0, 0, "unknown format 'x'"};
    };
    auto made = out.write_with(*id, refuse);
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().message == "unknown format 'x'");
  }
  CHECK(entries(d) == 1);
  CHECK(slurp(f).rfind("0,1,2,", 0) == 0);
  {
    // A device that takes no bytes: the write fails with the reason.
    OutputSet out;
    auto id = out.add("--output", "/dev/full");
    REQUIRE(id.ok());
    const auto produce = [](factlint::Sink& sink) -> factlint::Result<bool> {
      sink.write(std::string(200000, 'x'));
      return true;
    };
    auto made = out.write_with(*id, produce);
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().format().find("no space left on device") != std::string::npos);
  }
  fs::remove_all(d);
}
