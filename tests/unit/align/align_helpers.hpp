// Test helpers for the aligner: hand-built documents, facts and pseudo-language sentences.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/decimal.hpp"
#include "core/document.hpp"
#include "core/fact.hpp"

namespace factlint::align::test {

/// Builds a Document paragraph by paragraph; every sentence becomes one Segment.
class DocBuilder {
 public:
  explicit DocBuilder(std::string lang) { doc_.lang = std::move(lang); }

  /// Adds a block of sentences; returns the index of its first segment.
  std::uint32_t paragraph(const std::vector<std::string>& sentences, bool boilerplate = false) {
    Block block;
    const auto first = static_cast<std::uint32_t>(doc_.segments.size());
    for (const auto& s : sentences) {
      if (!block.text.empty()) block.text += ' ';
      Segment seg;
      seg.block = static_cast<std::uint32_t>(doc_.blocks.size());
      seg.span.begin = static_cast<std::uint32_t>(block.text.size());
      block.text += s;
      seg.span.end = static_cast<std::uint32_t>(block.text.size());
      seg.boilerplate = boilerplate;
      doc_.segments.push_back(seg);
    }
    block.pieces.push_back(Piece{0, 0, static_cast<std::uint32_t>(block.text.size())});
    doc_.blocks.push_back(std::move(block));
    return first;
  }

  [[nodiscard]] std::uint32_t size() const {
    return static_cast<std::uint32_t>(doc_.segments.size());
  }
  [[nodiscard]] Document build() const { return doc_; }

 private:
  Document doc_;
};

/// A fact of `kind` with `value` ("6.3e9" style literals go through Decimal::parse).
inline Fact make_fact(std::uint32_t doc, std::uint32_t segment, FactKind kind,
                      const std::string& value, const std::string& alternative = {},
                      const std::string& currency = {}) {
  static std::uint32_t position = 0;
  Fact f;
  f.doc = doc;
  f.segment = segment;
  f.kind = kind;
  f.span = Span{position, position + 1};
  ++position;
  f.text = value;
  f.amount().value = *Decimal::parse(value);
  if (!alternative.empty()) {
    f.amount().alternative = *Decimal::parse(alternative);
    f.amount().format.ambiguous = true;
  }
  if (!currency.empty())
    f.numeric().currencies.push_back(CurrencyMention{currency, {currency}, currency});
  return f;
}

/// Deterministic pseudo-random numbers (no std distributions: their output is not portable).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  /// splitmix64, reduced to [0, bound).
  std::uint32_t next(std::uint32_t bound) {
    state_ += 0x9E3779B97F4A7C15ULL;
    std::uint64_t z = state_;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return static_cast<std::uint32_t>(z % bound);
  }

 private:
  std::uint64_t state_;
};

/// A sentence of about `chars` characters of lowercase pseudo-words of language `lang`
/// (different languages share no words), with `names` inserted (shared across languages).
inline std::string pseudo_sentence(std::uint32_t lang, std::uint64_t id, std::uint32_t chars,
                                   const std::vector<std::string>& names = {}) {
  static const char* const kSyllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo",
                                           "pe", "du", "go", "fa", "be", "zi", "ho", "wu"};
  Rng rng(id * 131 + lang * 7919 + 17);
  std::string out;
  std::size_t next_name = 0;
  while (out.size() < chars) {
    if (!out.empty()) out += ' ';
    if (next_name < names.size() && rng.next(4) == 0) {
      out += names[next_name++];
      continue;
    }
    const std::uint32_t syl = 1 + rng.next(3);
    for (std::uint32_t s = 0; s < syl; ++s) out += kSyllables[(rng.next(16) + lang * 5) % 16];
    out += static_cast<char>('a' + lang % 26);  // language-specific ending: no shared words
  }
  for (; next_name < names.size(); ++next_name) out += " " + names[next_name];
  out += '.';
  return out;
}

/// A capitalised pseudo-name for sentence `k` ("Korvath12").
inline std::string pseudo_name(std::uint64_t k) { return "Name" + std::to_string(k * 37 % 9973); }

}  // namespace factlint::align::test
