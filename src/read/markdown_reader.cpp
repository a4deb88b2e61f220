// Markdown reader: CommonMark (plus tables and strikethrough) via md4c, with source offsets.
//
// md4c hands text to callbacks as pointers into the buffer it parses, so the source offset of
// a run is `pointer - buffer`. Soft and hard breaks arrive as a static "\n" (not in the buffer)
// and become an inserted space; entities arrive as their raw source ("&amp;") and are decoded,
// the decoded bytes mapped onto the start of the entity. Code blocks, HTML blocks, inline HTML
// and image descriptions are dropped; inline code and link text are kept.
#include <md4c.h>

#include <array>
#include <cstring>
#include <utility>
#include <vector>

#include "core/utf8.hpp"
#include "read/readers.hpp"

namespace factlint::read {
namespace {

/// Named entities decoded to their character; any other named entity is kept as written.
constexpr std::array<std::pair<std::string_view, char32_t>, 32> kEntities{{
    {"amp", U'&'},     {"lt", U'<'},      {"gt", U'>'},      {"quot", U'"'},     {"apos", U'\''},
    {"nbsp", 0x00A0},  {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026}, {"euro", 0x20AC},
    {"pound", 0x00A3}, {"yen", 0x00A5},   {"cent", 0x00A2},  {"copy", 0x00A9},   {"reg", 0x00AE},
    {"trade", 0x2122}, {"laquo", 0x00AB}, {"raquo", 0x00BB}, {"lsquo", 0x2018},  {"rsquo", 0x2019},
    {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"sbquo", 0x201A},  {"thinsp", 0x2009},
    {"ensp", 0x2002},  {"emsp", 0x2003},  {"shy", 0x00AD},   {"times", 0x00D7},  {"minus", 0x2212},
    {"deg", 0x00B0},   {"percnt", U'%'},
}};

/// Decodes "&name;", "&#123;" or "&#x1F;"; empty when the entity is unknown.
std::string decode_entity(std::string_view raw) {
  std::string out;
  if (raw.size() < 3 || raw.front() != '&' || raw.back() != ';') return out;
  const std::string_view body = raw.substr(1, raw.size() - 2);
  if (body[0] == '#') {
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    std::uint32_t value = 0;
    bool overflow = false;
    for (std::size_t i = hex ? 2 : 1; i < body.size(); ++i) {
      const char c = body[i];
      std::uint32_t digit = 0;
      if (c >= '0' && c <= '9') {
        digit = static_cast<std::uint32_t>(c - '0');
      } else if (hex && c >= 'a' && c <= 'f') {
        digit = static_cast<std::uint32_t>(c - 'a' + 10);
      } else if (hex && c >= 'A' && c <= 'F') {
        digit = static_cast<std::uint32_t>(c - 'A' + 10);
      } else {
        return out;
      }
      value = value * (hex ? 16U : 10U) + digit;
      if (value > 0x10FFFF) overflow = true;
      if (overflow) value = 0x110000;
    }
    const bool invalid = value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF);
    utf8::append(out, invalid ? char32_t{0xFFFD} : static_cast<char32_t>(value));
    return out;
  }
  for (const auto& [name, cp] : kEntities) {
    if (name == body) {
      utf8::append(out, cp);
      break;
    }
  }
  return out;
}

/// The state of one md4c parse.
class MarkdownCollector {
 public:
  MarkdownCollector(std::string_view source, std::uint32_t base) : source_(source), base_(base) {}

  std::vector<Block> take() {
    builder_.finish(out_);
    return std::move(out_);
  }

  int enter_block(MD_BLOCKTYPE type) {
    switch (type) {
      case MD_BLOCK_CODE:
      case MD_BLOCK_HTML:
        close_leaf();
        ++skip_;
        break;
      case MD_BLOCK_P:
      case MD_BLOCK_H:
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        close_leaf();
        open_leaf(kind_for(type));
        break;
      default:
        // A container (list, item, quote, table row…) ends the text of a tight list item.
        close_leaf();
        break;
    }
    stack_.push_back(type);
    return 0;
  }

  int leave_block(MD_BLOCKTYPE type) {
    if (!stack_.empty()) stack_.pop_back();
    switch (type) {
      case MD_BLOCK_CODE:
      case MD_BLOCK_HTML:
        --skip_;
        break;
      default:
        close_leaf();
        break;
    }
    return 0;
  }

  int enter_span(MD_SPANTYPE type) {
    if (type == MD_SPAN_IMG) ++skip_;
    return 0;
  }

  int leave_span(MD_SPANTYPE type) {
    if (type == MD_SPAN_IMG) --skip_;
    return 0;
  }

  int text(MD_TEXTTYPE type, const MD_CHAR* data, MD_SIZE size) {
    if (skip_ > 0) return 0;
    switch (type) {
      case MD_TEXT_SOFTBR:
      case MD_TEXT_BR:
        pending_break_ = true;
        return 0;
      case MD_TEXT_HTML:
      case MD_TEXT_NULLCHAR:
        return 0;
      default:
        break;
    }
    const auto offset = offset_of(data, size);
    if (offset < 0) return 0;  // not in the buffer: nothing to map it to
    const auto at = static_cast<std::uint32_t>(offset);
    const std::string_view raw = source_.substr(at, size);
    if (!leaf_open_) open_leaf(kind_for(MD_BLOCK_LI));
    if (type == MD_TEXT_ENTITY) {
      const std::string decoded = decode_entity(raw);
      if (!decoded.empty()) {
        before_text(decoded);
        builder_.append_mapped(decoded, at);
        return 0;
      }
    }
    before_text(raw);
    builder_.append_source(source_, at, static_cast<std::uint32_t>(size));
    return 0;
  }

 private:
  /// Offset of [data, data + size) in the source, or -1 when it lies elsewhere.
  [[nodiscard]] std::int64_t offset_of(const MD_CHAR* data, MD_SIZE size) const {
    const char* begin = source_.data() + base_;
    const char* end = source_.data() + source_.size();
    // Compare as integers: pointers into different objects are not ordered.
    const auto p = reinterpret_cast<std::uintptr_t>(data);
    if (p < reinterpret_cast<std::uintptr_t>(begin) || p > reinterpret_cast<std::uintptr_t>(end)) {
      return -1;
    }
    const auto offset =
        static_cast<std::int64_t>(p - reinterpret_cast<std::uintptr_t>(source_.data()));
    if (offset + static_cast<std::int64_t>(size) > static_cast<std::int64_t>(source_.size())) {
      return -1;
    }
    return offset;
  }

  void before_text(std::string_view next) {
    if (!pending_break_) return;
    pending_break_ = false;
    if (builder_.empty() || next.empty()) return;
    std::size_t end = builder_.text().size();
    const char32_t last = utf8::decode_before(builder_.text(), end);
    std::size_t pos = 0;
    const char32_t first = utf8::decode(next, pos);
    if (!(is_unspaced_script(last) && is_unspaced_script(first))) builder_.append_separator(" ");
  }

  [[nodiscard]] BlockKind kind_for(MD_BLOCKTYPE leaf) const {
    switch (leaf) {
      case MD_BLOCK_H:
        return BlockKind::heading;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        return BlockKind::table_cell;
      default:
        break;
    }
    // The nearest container decides: a list item inside a quote is a list item.
    for (std::size_t i = stack_.size(); i > 0; --i) {
      const MD_BLOCKTYPE container = stack_[i - 1];
      if (container == MD_BLOCK_LI) return BlockKind::list_item;
      if (container == MD_BLOCK_QUOTE) return BlockKind::quote;
    }
    return BlockKind::paragraph;
  }

  void open_leaf(BlockKind kind) {
    builder_.finish(out_, kind);
    leaf_open_ = true;
    pending_break_ = false;
  }

  void close_leaf() {
    if (!leaf_open_) return;
    builder_.finish(out_);
    leaf_open_ = false;
    pending_break_ = false;
  }

  std::string_view source_;
  std::uint32_t base_;
  std::vector<Block> out_;
  std::vector<MD_BLOCKTYPE> stack_;
  BlockBuilder builder_;
  int skip_ = 0;
  bool leaf_open_ = false;
  bool pending_break_ = false;
};

MarkdownCollector& self(void* userdata) { return *static_cast<MarkdownCollector*>(userdata); }

/// End of a YAML front matter block ("---" … "---" or "...") starting at `begin`, or `begin`.
std::uint32_t skip_front_matter(std::string_view source, std::uint32_t begin) {
  const auto line_end = [&](std::size_t pos) {
    const std::size_t eol = source.find('\n', pos);
    return eol == std::string_view::npos ? source.size() : eol;
  };
  const auto trimmed = [&](std::size_t pos, std::size_t end) {
    std::string_view l = source.substr(pos, end - pos);
    while (!l.empty() && (l.back() == '\r' || l.back() == ' ' || l.back() == '\t')) {
      l.remove_suffix(1);
    }
    return l;
  };
  std::size_t end = line_end(begin);
  if (trimmed(begin, end) != "---") return begin;
  std::size_t pos = end + 1;
  while (pos < source.size()) {
    end = line_end(pos);
    const std::string_view l = trimmed(pos, end);
    if (l == "---" || l == "...") {
      return static_cast<std::uint32_t>(std::min(end + 1, source.size()));
    }
    pos = end + 1;
  }
  return begin;  // never closed: a thematic break, not front matter
}

}  // namespace

std::vector<Block> parse_markdown(std::string_view source, std::uint32_t body_begin) {
  const std::uint32_t base = skip_front_matter(source, body_begin);
  MarkdownCollector collector(source, base);
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;
  parser.enter_block = [](MD_BLOCKTYPE t, void*, void* u) { return self(u).enter_block(t); };
  parser.leave_block = [](MD_BLOCKTYPE t, void*, void* u) { return self(u).leave_block(t); };
  parser.enter_span = [](MD_SPANTYPE t, void*, void* u) { return self(u).enter_span(t); };
  parser.leave_span = [](MD_SPANTYPE t, void*, void* u) { return self(u).leave_span(t); };
  parser.text = [](MD_TEXTTYPE t, const MD_CHAR* d, MD_SIZE n, void* u) {
    return self(u).text(t, d, n);
  };
  const std::string_view body = source.substr(base);
  // md_parse fails only when it runs out of memory; what was collected so far is kept.
  (void)md_parse(body.data(), static_cast<MD_SIZE>(body.size()), &parser, &collector);
  return collector.take();
}

}  // namespace factlint::read
