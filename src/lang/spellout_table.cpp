// Reads the spell-out forms of a language from the table generated at build time
// (src/tools/spellout_table_gen.cpp), and falls back to ICU for a tag the table lacks.
#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "lang/spellout_forms.hpp"

namespace factlint::lang {

namespace {

/// The number at the start of `s`, which it drops, or nullopt.
std::optional<std::uint64_t> take_number(std::string_view& s) {
  std::uint64_t v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end == s.data()) return std::nullopt;
  s.remove_prefix(static_cast<std::size_t>(end - s.data()));
  return v;
}

/// Where a tag's blob lies in the table.
struct Entry {
  std::string_view packed;
  std::size_t text_size = 0;
};

/// The table's entry for exactly `tag`, or nullopt (also when the table was made with another
/// ICU or CLDR version than the one loaded, or cannot be read).
std::optional<Entry> find(std::string_view tag) {
  const std::string_view table = detail::spellout_table();
  const std::size_t versions_end = table.find('\n');
  const std::size_t index_end = table.find("\n\n");
  if (versions_end == std::string_view::npos || index_end == std::string_view::npos) {
    return std::nullopt;
  }
  static const std::string versions = icu_data_versions();
  if (table.substr(0, versions_end) != versions) return std::nullopt;
  const std::string_view blobs = table.substr(index_end + 2);
  std::string_view index = table.substr(versions_end + 1, index_end - versions_end);
  while (!index.empty()) {
    const std::size_t eol = index.find('\n');
    std::string_view line = index.substr(0, eol);
    index.remove_prefix(eol + 1);
    if (line.size() <= tag.size() || line[tag.size()] != ' ' || line.substr(0, tag.size()) != tag) {
      continue;
    }
    line.remove_prefix(tag.size() + 1);
    const auto offset = take_number(line);
    if (!offset || line.empty()) return std::nullopt;
    line.remove_prefix(1);
    const auto size = take_number(line);
    if (!size || line.empty()) return std::nullopt;
    line.remove_prefix(1);
    const auto text_size = take_number(line);
    if (!text_size || *offset > blobs.size() || *size > blobs.size() - *offset) {
      return std::nullopt;
    }
    return Entry{blobs.substr(*offset, *size), *text_size};
  }
  return std::nullopt;
}

/// The varint at `p` of `in` (7 bits a byte, low bits first, the high bit on all but the last).
std::optional<std::size_t> take_varint(std::string_view in, std::size_t& p) {
  std::size_t v = 0;
  for (unsigned shift = 0; p < in.size() && shift < 35; shift += 7) {
    const auto b = static_cast<unsigned char>(in[p++]);
    v |= std::size_t{b & 0x7FU} << shift;
    if ((b & 0x80U) == 0) return v;
  }
  return std::nullopt;
}

/// Undoes the generator's LZ77: bytes as themselves, byte 1 then a length and a distance back
/// for a copy of what was written before.
std::optional<std::string> expand(std::string_view in, std::size_t text_size) {
  std::string out;
  out.reserve(text_size);
  std::size_t p = 0;
  while (p < in.size()) {
    const std::size_t copy = std::min(in.find('\1', p), in.size());
    out.append(in.substr(p, copy - p));
    p = copy;
    if (p == in.size()) break;
    ++p;
    const auto len = take_varint(in, p);
    const auto dist = take_varint(in, p);
    if (!len || !dist || *dist == 0 || *dist > out.size() || *len > text_size - out.size()) {
      return std::nullopt;
    }
    const std::size_t from = out.size() - *dist;
    out.resize(out.size() + *len);
    if (*dist >= *len) {
      std::memcpy(&out[from + *dist], &out[from], *len);
    } else {
      // The copy overlaps what it writes: byte by byte.
      for (std::size_t k = 0; k < *len; ++k) out[from + *dist + k] = out[from + k];
    }
  }
  if (out.size() != text_size) return std::nullopt;
  return out;
}

/// The value of the `slot`th value of a rule set (spellout_table_gen.cpp `slot_of`).
std::int64_t value_of(std::int64_t slot, bool ordinal) {
  if (ordinal) return slot + 1;
  return slot <= 1000 ? slot : (slot - 999) * 1000;
}

/// The forms of an expanded blob (spellout_table_gen.cpp `encode`): the strings stay in
/// `text`, which becomes the forms' `chars`.
std::optional<SpelloutForms> parse(std::string text) {
  SpelloutForms out;
  if (text.empty()) return out;  // no spell-out rules of the language's own
  if (text.compare(0, 2, "=\n") != 0) return std::nullopt;
  out.ruled = true;
  std::size_t p = 2;
  bool ordinal = false;
  std::int64_t slot = 0;
  while (p < text.size()) {
    const std::size_t eol = text.find('\n', p);
    if (eol == std::string::npos) return std::nullopt;
    std::string_view line = std::string_view(text).substr(p, eol - p);
    p = eol + 1;
    if (line == "#c" || line == "#o") {
      ordinal = line[1] == 'o';
      slot = 0;
      continue;
    }
    if (!line.empty() && line.front() == '+') {
      line.remove_prefix(1);
      const auto skip = take_number(line);
      if (!skip) return std::nullopt;
      slot += static_cast<std::int64_t>(*skip);
    }
    if (line.empty() || line.front() != '|') return std::nullopt;
    SpelloutForms::Form f;
    f.value = value_of(slot, ordinal);
    f.ordinal = ordinal;
    f.begin = static_cast<std::uint32_t>(eol - line.size() + 1);  // past the '|'
    f.size = static_cast<std::uint32_t>(line.size() - 1);
    out.forms.push_back(f);
    ++slot;
  }
  out.chars = std::move(text);
  return out;
}

std::optional<SpelloutForms> from_table(std::string_view tag) {
  const auto entry = find(tag);
  if (!entry) return std::nullopt;
  auto text = expand(entry->packed, entry->text_size);
  if (!text) return std::nullopt;
  return parse(std::move(*text));
}

}  // namespace

SpelloutForms spellout_forms(std::string_view lang_tag) {
  if (auto forms = from_table(lang_tag)) return std::move(*forms);
  return icu_spellout_forms(lang_tag);
}

bool spellout_table_holds(std::string_view lang_tag) { return from_table(lang_tag).has_value(); }

}  // namespace factlint::lang
