// Segment features for alignment: length in code points and anchors (tokens, numbers by value).
#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <utility>

#include "align/pairwise.hpp"
#include "core/kinds.hpp"
#include "core/utf8.hpp"

namespace factlint::align {
namespace {

enum class AnchorTag : std::uint64_t { token = 0, number = 1, scale = 2, shape = 3 };

constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

std::uint64_t fnv_byte(std::uint64_t h, std::uint8_t b) { return (h ^ b) * kFnvPrime; }

std::uint64_t tagged(std::uint64_t hash, AnchorTag tag) {
  return (hash >> 2) | (static_cast<std::uint64_t>(tag) << 62);
}

/// Punctuation, spaces and symbols outside ASCII that end a token (quotes, dashes, no-break
/// spaces, CJK punctuation). Everything else above U+007F counts as a letter.
bool is_separator(char32_t cp) {
  if (cp < 0x80) {
    return !((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'));
  }
  return (cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F) ||
         (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F) || cp == 0xFEFF;
}

bool is_quote(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0xAB || cp == 0xBB || cp == 0x2018 || cp == 0x2019 ||
         cp == 0x201A || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x2039 ||
         cp == 0x203A || cp == 0x300C || cp == 0x300E;
}

/// Appends the keys of the identical-token anchors of `text`: tokens of three or more code
/// points that contain a letter and either an ASCII capital or a digit, or that open a quote.
void token_keys(std::string_view text, std::vector<std::pair<std::uint64_t, float>>& out,
                float weight) {
  std::size_t pos = 0;
  char32_t before = ' ';
  bool in_token = false;
  bool quoted = false;
  bool capital_or_digit = false;
  bool letter = false;
  std::size_t length = 0;
  std::size_t token_begin = 0;
  std::size_t token_end = 0;
  const auto finish = [&] {
    if (in_token && length >= 3 && letter && (capital_or_digit || quoted)) {
      // The key of the token's bytes with ASCII letters folded: "EU" and "eu" meet, and no ICU
      // is needed. Computed only for the tokens kept (most words are not).
      std::uint64_t h = kFnvOffset;
      for (std::size_t k = token_begin; k < token_end; ++k) {
        auto byte = static_cast<std::uint8_t>(text[k]);
        if (byte >= 'A' && byte <= 'Z') byte = static_cast<std::uint8_t>(byte + ('a' - 'A'));
        h = fnv_byte(h, byte);
      }
      out.emplace_back(tagged(h, AnchorTag::token), weight);
    }
    in_token = false;
  };
  while (pos < text.size()) {
    // A whole token of lowercase ASCII letters followed by a space, not after a quote (most
    // words of most text): it is not kept, and the space ends it.
    if (!in_token && text[pos] >= 'a' && text[pos] <= 'z' && !is_quote(before)) {
      const std::size_t q = utf8::ascii_lower_run_end(text, pos);
      if (q < text.size() && text[q] == ' ') {
        before = ' ';
        pos = q + 1;
        continue;
      }
    }
    if (in_token) {
      // A run of lowercase ASCII letters inside a token: each only extends it (as below).
      const std::size_t q = utf8::ascii_lower_run_end(text, pos);
      if (q != pos) {
        letter = true;
        length += q - pos;
        token_end = q;
        pos = q;
        if (pos == text.size()) break;
      }
    }
    const std::size_t start = pos;
    const auto byte = static_cast<unsigned char>(text[pos]);
    const char32_t cp =
        byte < 0x80 ? (++pos, static_cast<char32_t>(byte)) : utf8::decode(text, pos);
    if (is_separator(cp)) {
      finish();
      before = cp;
      continue;
    }
    if (!in_token) {
      in_token = true;
      quoted = is_quote(before);
      capital_or_digit = false;
      letter = false;
      length = 0;
      token_begin = start;
    }
    if (cp >= 'A' && cp <= 'Z') {
      capital_or_digit = true;
      letter = true;
    } else if (cp >= '0' && cp <= '9') {
      capital_or_digit = true;
    } else {
      letter = true;
    }
    token_end = pos;
    ++length;
  }
  finish();
}

/// The anchors of a fact's value, from its kind: an equal value shares the exact key, a value
/// equal up to a power of 1000 the scaled one.
void value_keys(const Fact& f, std::vector<std::pair<std::uint64_t, float>>& out,
                const AlignParams& params) {
  thread_local std::vector<std::uint64_t> exact;
  thread_local std::vector<std::uint64_t> scaled;
  exact.clear();
  scaled.clear();
  kind_ops(f.kind).keys(f, exact, scaled);
  for (const auto k : exact) {
    out.emplace_back(tagged(k, AnchorTag::number), static_cast<float>(params.number_weight));
  }
  for (const auto k : scaled) {
    out.emplace_back(tagged(k, AnchorTag::scale), static_cast<float>(params.scale_weight));
  }
}

/// The shape of a segment's facts: how many of each kind it states ("one amount and one
/// percentage"). Unlike the values, a changed digit leaves it intact, so two sentences whose
/// figures disagree still have this in common.
void shape_key(const std::vector<Fact>& facts, const std::vector<std::uint32_t>& of_segment,
               std::vector<std::pair<std::uint64_t, float>>& out, const AlignParams& params) {
  if (of_segment.empty()) return;
  std::array<std::uint32_t, 8> count{};
  for (const auto f : of_segment) {
    const auto k = static_cast<std::size_t>(facts[f].kind) % count.size();
    count[k] = std::min<std::uint32_t>(count[k] + 1, 15);
  }
  std::uint64_t h = kFnvOffset ^ 0x54a9e;
  for (const auto c : count) h = fnv_byte(h, static_cast<std::uint8_t>(c));
  out.emplace_back(tagged(h, AnchorTag::shape), static_cast<float>(params.shape_weight));
}

std::uint64_t unit_hash(std::string_view unit) {
  if (unit.empty()) return 0;
  std::uint64_t h = kFnvOffset;
  for (const char c : unit) h = fnv_byte(h, static_cast<std::uint8_t>(c));
  return h == 0 ? 1 : h;
}

}  // namespace

DocFeatures compute_features(const Document& doc, std::uint32_t doc_index,
                             const std::vector<Fact>& facts) {
  const AlignParams params;
  DocFeatures out;
  const std::size_t n = doc.segments.size();
  out.segments.resize(n);
  out.block_units.reserve(doc.blocks.size());
  for (const Block& b : doc.blocks) out.block_units.push_back(unit_hash(b.unit));

  // Facts by segment, in input order.
  std::vector<std::vector<std::uint32_t>> facts_of(n);
  for (std::uint32_t f = 0; f < facts.size(); ++f) {
    if (facts[f].doc == doc_index && facts[f].segment < n) facts_of[facts[f].segment].push_back(f);
  }

  std::vector<std::pair<std::uint64_t, float>> keys;
  for (std::size_t s = 0; s < n; ++s) {
    const Segment& seg = doc.segments[s];
    std::string_view text;
    if (seg.block < doc.blocks.size()) text = doc.segment_text(seg);
    SegmentFeatures& sf = out.segments[s];
    sf.block = seg.block;
    sf.chars = static_cast<std::uint32_t>(utf8::count_code_points(text));
    sf.boilerplate = seg.boilerplate;
    if (!seg.boilerplate) out.content_chars += sf.chars;

    keys.clear();
    token_keys(text, keys, static_cast<float>(params.token_weight));
    for (const auto f : facts_of[s]) value_keys(facts[f], keys, params);
    // Furniture is paired on shared words and numbers only, never on the count of its figures.
    if (!seg.boilerplate) shape_key(facts, facts_of[s], keys, params);
    std::sort(keys.begin(), keys.end());
    sf.anchor_begin = static_cast<std::uint32_t>(out.anchors.size());
    for (std::size_t k = 0; k < keys.size(); ++k) {
      // Sorted by (key, weight): the last of equal keys has the largest weight.
      if (k + 1 < keys.size() && keys[k + 1].first == keys[k].first) continue;
      out.anchors.push_back(Anchor{keys[k].first, keys[k].second});
      sf.signature |= 1ULL << ((keys[k].first * 0x9E3779B97F4A7C15ULL) >> 58);
    }
    sf.anchor_end = static_cast<std::uint32_t>(out.anchors.size());
  }

  // A key found in k segments of this document is worth 1/k: "Breton" in every paragraph
  // says little about which paragraph is which. The keys are counted in an open-addressed
  // table (a sort of them all and a search per anchor cost several times more).
  int bits = 4;
  while ((std::size_t{1} << bits) < 2 * out.anchors.size()) ++bits;
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t count = 0;  // 0: empty
  };
  std::vector<Slot> table(std::size_t{1} << bits);
  const std::size_t mask = table.size() - 1;
  const auto slot_of = [&](std::uint64_t key) -> Slot& {
    std::size_t at = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> (64 - bits));
    while (table[at].count != 0 && table[at].key != key) at = (at + 1) & mask;
    return table[at];
  };
  for (const auto& a : out.anchors) {
    Slot& s = slot_of(a.key);
    s.key = a.key;
    ++s.count;
  }
  for (auto& a : out.anchors) a.weight /= static_cast<float>(slot_of(a.key).count);
  return out;
}

}  // namespace factlint::align
