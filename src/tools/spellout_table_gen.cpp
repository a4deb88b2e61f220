// Build-time generator of the spell-out table: runs ICU's spell-out rules for every locale ICU
// has data for and writes what they produce as one C++ string literal (see
// lang/spellout_table.cpp for the format and the reader).
//
// usage: spellout_table_gen OUTPUT.cpp
#include <unicode/locid.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "lang/spellout_forms.hpp"

namespace {

using factlint::lang::SpelloutForms;

/// The place of a value in its rule set: cardinals 0–1000, then 2000–999,000 by thousands;
/// ordinals 1–100.
std::int64_t slot_of(std::int64_t value, bool ordinal) {
  if (ordinal) return value - 1;
  return value <= 1000 ? value : 1000 + value / 1000 - 1;
}

/// One language's forms as text, a line per string: `[+SKIP]|STRING`. The strings come in
/// runs whose values rise (a rule set, or what is left of one once repeats are left out), each
/// after the line `#c` (cardinals) or `#o` (ordinals); SKIP (left out when 0) counts the values
/// passed over since the string before or the start of the run (see `slot_of`). The text
/// starts with the line `=`; it is empty for a language with no spell-out rules of its own.
std::string encode(const SpelloutForms& f) {
  std::string out;
  if (!f.ruled) return out;
  out += "=\n";
  std::int64_t next = 0;  // the slot after the string before
  bool ordinal = false;
  bool started = false;
  for (const auto& form : f.forms) {
    const std::int64_t slot = slot_of(form.value, form.ordinal);
    // A new run begins when the reading changes or the values go back.
    if (!started || form.ordinal != ordinal || slot < next) {
      out += form.ordinal ? "#o\n" : "#c\n";
      ordinal = form.ordinal;
      next = 0;
      started = true;
    }
    const std::string_view text = f.text(form);
    if (text.find_first_of(std::string_view("\0\1\n", 3)) != std::string_view::npos) {
      std::cerr << "spellout_table_gen: a form holds a byte the table cannot carry\n";
      std::exit(1);
    }
    if (slot > next) {
      out += '+';
      out += std::to_string(slot - next);
    }
    out += '|';
    out.append(text);
    out += '\n';
    next = slot + 1;
  }
  return out;
}

void put_varint(std::string& out, std::size_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>(0x80U | (v & 0x7FU)));
    v >>= 7U;
  }
  out.push_back(static_cast<char>(v));
}

/// LZ77 with the whole text as window: literal bytes as themselves (the text holds no byte 1),
/// a copy as byte 1, then its length and its distance back as varints (7 bits a byte, the
/// high bit set on all but the last). Greedy, with hash chains over 4-byte sequences.
std::string compress(std::string_view in) {
  constexpr std::size_t kMin = 4;
  constexpr std::size_t kChain = 64;
  constexpr std::size_t kHashBits = 16;
  std::vector<std::int64_t> head(std::size_t{1} << kHashBits, -1);
  std::vector<std::int64_t> prev(in.size(), -1);
  const auto hash = [&](std::size_t i) {
    std::uint32_t h = 0;
    for (std::size_t k = 0; k < kMin; ++k)
      h = h * 0x9E3779B1U + static_cast<unsigned char>(in[i + k]);
    return (h >> (32 - kHashBits)) & ((1U << kHashBits) - 1);
  };
  const auto insert = [&](std::size_t i) {
    if (i + kMin > in.size()) return;
    const auto h = hash(i);
    prev[i] = head[h];
    head[h] = static_cast<std::int64_t>(i);
  };
  std::string out;
  std::size_t i = 0;
  while (i < in.size()) {
    std::size_t best_len = 0;
    std::size_t best_dist = 0;
    if (i + kMin <= in.size()) {
      std::int64_t c = head[hash(i)];
      for (std::size_t steps = 0; c >= 0 && steps < kChain;
           ++steps, c = prev[static_cast<std::size_t>(c)]) {
        const auto j = static_cast<std::size_t>(c);
        std::size_t n = 0;
        while (i + n < in.size() && in[j + n] == in[i + n]) ++n;
        if (n > best_len) {
          best_len = n;
          best_dist = i - j;
        }
      }
    }
    if (best_len >= kMin) {
      out.push_back('\1');
      put_varint(out, best_len);
      put_varint(out, best_dist);
      for (std::size_t k = 0; k < best_len; ++k) insert(i + k);
      i += best_len;
    } else {
      out.push_back(in[i]);
      insert(i);
      ++i;
    }
  }
  return out;
}

/// Length of the valid UTF-8 sequence of two bytes or more at `i`, or 0.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  const std::size_t n = b >= 0xF0 && b < 0xF5 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
  if (b >= 0xF5 || n == 0 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0U) != 0x80U) return 0;
  }
  // No overlong form, surrogate or code point beyond U+10FFFF.
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  if ((b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 >= 0xA0) || (b == 0xF0 && b1 < 0x90) ||
      (b == 0xF4 && b1 >= 0x90)) {
    return 0;
  }
  return n;
}

/// `data` as C++ string literals of about 100 bytes each: printable ASCII and valid UTF-8 as
/// themselves (fast to compile, readable), every other byte as an octal escape.
std::string cpp_literal(std::string_view data) {
  std::string out = "\n    \"";
  std::size_t line = 0;
  for (std::size_t i = 0; i < data.size();) {
    if (line >= 100) {
      out += "\"\n    \"";
      line = 0;
    }
    const auto b = static_cast<unsigned char>(data[i]);
    if (const std::size_t n = utf8_sequence(data, i); n > 0) {
      out.append(data.substr(i, n));
      i += n;
      line += 2;
      continue;
    }
    if (b == '\n') {
      out += "\\n";
    } else if (b == '"' || b == '\\') {
      out += '\\';
      out += static_cast<char>(b);
    } else if (b >= 0x20 && b < 0x7F) {
      out += static_cast<char>(b);
    } else {
      std::array<char, 5> esc{};
      std::snprintf(esc.data(), esc.size(), "\\%03o", b);
      out += esc.data();
      line += 3;
    }
    ++line;
    ++i;
  }
  out += "\"";
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: spellout_table_gen OUTPUT.cpp\n";
    return 2;
  }
  const std::vector<std::string> args(argv, argv + argc);
  // Every locale ICU has data for, as a BCP 47 tag ("de", "de-CH", "pt-PT", "sr-Latn"), but
  // Chinese and Japanese: NumberWords reads Han numerals there, never these forms (a tag the
  // table lacks is read from ICU at run time anyway).
  std::set<std::string> tags;
  int32_t count = 0;
  const icu::Locale* avail = icu::Locale::getAvailableLocales(count);
  for (int32_t i = 0; i < count; ++i) {
    const std::string_view lang = avail[i].getLanguage();
    if (lang == "zh" || lang == "ja") continue;
    UErrorCode status = U_ZERO_ERROR;
    std::string tag = avail[i].toLanguageTag<std::string>(status);
    if (U_SUCCESS(status) && !tag.empty()) tags.insert(tag);
  }
  // Languages with the same forms share one blob.
  std::map<std::string, std::size_t> blob_at;
  std::string blobs;
  std::string index;
  for (const auto& tag : tags) {
    const std::string text = encode(factlint::lang::icu_spellout_forms(tag));
    const std::string packed = compress(text);
    const auto [it, inserted] = blob_at.emplace(packed, blobs.size());
    if (inserted) blobs += packed;
    for (const std::string& field : {tag, std::to_string(it->second), std::to_string(packed.size()),
                                     std::to_string(text.size())}) {
      index += field;
      index += ' ';
    }
    index.back() = '\n';
  }
  const std::string data = factlint::lang::icu_data_versions() + "\n" + index + "\n" + blobs;
  std::string out =
      "// Generated by src/tools/spellout_table_gen.cpp (" + factlint::lang::icu_data_versions() +
      "): the strings\n"
      "// ICU's spell-out rules write for every locale, read by src/lang/spellout_table.cpp. Do "
      "not edit.\n"
      "#include \"lang/spellout_forms.hpp\"\n\n"
      "// One literal is parsed fastest; its length is no concern for GCC or Clang.\n"
      "#pragma GCC diagnostic ignored \"-Woverlength-strings\"\n\n"
      "namespace factlint::lang::detail {\n\n"
      "std::string_view spellout_table() {\n"
      "  static constexpr char kTable[] =" +
      cpp_literal(data) +
      ";\n"
      "  return {kTable, sizeof kTable - 1};\n"
      "}\n\n"
      "}  // namespace factlint::lang::detail\n";
  const std::string tmp = args[1] + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary);
    f << out;
    if (!f) {
      std::cerr << "spellout_table_gen: cannot write " << tmp << "\n";
      return 1;
    }
  }
  if (std::rename(tmp.c_str(), args[1].c_str()) != 0) {
    std::cerr << "spellout_table_gen: cannot write " << args[1] << "\n";
    return 1;
  }
  return 0;
}
