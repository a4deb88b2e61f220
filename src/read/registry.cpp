// The readers of this build: a plain list of {id, file name endings, parser}.
#include <array>

#include "read/readers.hpp"

namespace factlint::read {
namespace {

constexpr std::array<std::string_view, 2> kTextEndings{".txt", ".text"};
constexpr std::array<std::string_view, 4> kMarkdownEndings{".md", ".markdown", ".mdown", ".mkd"};

// The first entry is the fallback for names no entry claims.
constexpr std::array<ReaderEntry, 2> kReaders{{
    {"text", kTextEndings, &parse_text},
    {"markdown", kMarkdownEndings, &parse_markdown},
}};

}  // namespace

std::span<const ReaderEntry> registry() { return kReaders; }

const ReaderEntry* find_reader(std::string_view id) {
  for (const ReaderEntry& entry : kReaders) {
    if (entry.id == id) return &entry;
  }
  return nullptr;
}

}  // namespace factlint::read
