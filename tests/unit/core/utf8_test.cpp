// Tests for UTF-8 validation, decoding and the line map.
#include "core/utf8.hpp"

#include <doctest/doctest.h>

#include "core/document.hpp"

using namespace factlint;

TEST_CASE("find_invalid rejects malformed UTF-8") {
  CHECK_FALSE(utf8::find_invalid("903,9 Milliarden ¥ 億").has_value());
  CHECK(utf8::find_invalid("ab\xff") == 2);
  CHECK(utf8::find_invalid("\xc0\xaf") == 0);          // overlong
  CHECK(utf8::find_invalid("x\xed\xa0\x80") == 1);     // surrogate
  CHECK(utf8::find_invalid("\xf4\x90\x80\x80") == 0);  // above U+10FFFF
  CHECK(utf8::find_invalid("\xe2\x82") == 0);          // truncated
}

TEST_CASE("decode and append round-trip") {
  const std::string s = "a€𝄞";
  std::size_t pos = 0;
  std::string out;
  while (pos < s.size()) utf8::append(out, utf8::decode(s, pos));
  CHECK(out == s);
  std::size_t back = s.size();
  CHECK(utf8::decode_before(s, back) == U'𝄞');
  CHECK(back == 4);
  CHECK(utf8::count_code_points(s) == 3);
}

TEST_CASE("line map counts columns in code points") {
  const std::string src = "ab\r\nüx\ny";
  const LineMap map(src);
  CHECK(map.locate(src, 0).line == 1);
  const auto x = map.locate(src, 6);  // 'x' after 'ü' (2 bytes)
  CHECK(x.line == 2);
  CHECK(x.column == 2);
  CHECK(map.locate(src, 8).line == 3);
}

TEST_CASE("block offsets map back to the source") {
  Block b;
  b.text = "see link here";
  // "see " at 10, "link" at 15 (markdown "[link](u)"), " here" at 24
  b.pieces = {{0, 10, 4}, {4, 15, 4}, {8, 24, 5}};
  CHECK(b.source_offset(0) == 10);
  CHECK(b.source_offset(5) == 16);
  CHECK(b.source_offset(9) == 25);
  CHECK(b.source_offset(13) == 29);
}

TEST_CASE("line map does not count a byte-order mark as a column") {
  const std::string src =
      "\xEF\xBB\xBF"
      "ab\ncd";
  const LineMap map(src);
  CHECK(map.locate(src, 3).column == 1);
  CHECK(map.locate(src, 4).column == 2);
  CHECK(map.locate(src, 6).column == 1);
}
