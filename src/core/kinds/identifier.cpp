// Identifier values (models, standards, versions, tickers): keys, relations, description, JSON.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/kinds.hpp"
#include "core/utf8.hpp"

namespace factlint::kinds {
namespace {

std::uint64_t hash(std::string_view s, std::uint64_t seed) {
  std::uint64_t h = 14695981039346656037ULL ^ seed;
  for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return h;
}

/// The digits of a figure as written, as ASCII ("4.6" → "46", "۵۱" → "51").
std::string written_digits(std::string_view text) {
  static constexpr std::array<char32_t, 7> kZeros{0x0660, 0x06F0, 0x0966, 0x09E6,
                                                  0x0E50, 0x17E0, 0xFF10};
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t c = utf8::decode(text, pos);
    if (c >= '0' && c <= '9') {
      out.push_back(static_cast<char>(c));
      continue;
    }
    for (const char32_t z : kZeros) {
      if (c >= z && c <= z + 9) out.push_back(static_cast<char>('0' + (c - z)));
    }
  }
  return out;
}

}  // namespace

void identifier_keys(const Fact& f, std::vector<std::uint64_t>& exact,
                     std::vector<std::uint64_t>& /*scaled*/) {
  const IdentifierValue& v = f.identifier();
  exact.push_back(hash(v.key, 0x1d));
  // The digits alone: "Boeing 737" and "ボーイング737" are the same model.
  if (!v.digits.empty() && v.digits != v.key) exact.push_back(hash(v.digits, 0x1d2));
}

FactRelation identifier_relate(const Fact& a, const Fact& b) {
  if (a.kind == FactKind::identifier && b.kind == FactKind::number && b.is_numeric()) {
    // A number stands for the identifier's digits ("Set 15" and "۱۵", "Linux 5.10" and "5.10",
    // "25-50MB" and "25–50", "1Mi" read as a scale): equal when its digits as written are.
    const std::string& digits = a.identifier().digits;
    return !digits.empty() && written_digits(b.text) == digits ? FactRelation::equal
                                                               : FactRelation::none;
  }
  if (a.kind != FactKind::identifier || b.kind != FactKind::identifier) return FactRelation::none;
  const IdentifierValue& x = a.identifier();
  const IdentifierValue& y = b.identifier();
  if (x.key == y.key) return FactRelation::equal;
  // Written in another script, the same digits name the same model ("737", "ボーイング737").
  if (!x.digits.empty() && x.digits == y.digits) return FactRelation::alternative;
  return FactRelation::none;
}

std::string identifier_describe(const Fact& f) { return f.identifier().key; }

void identifier_json(const Fact& f, JsonWriter& w) {
  w.begin_object();
  w.member("key", f.identifier().key);
  w.member("digits", f.identifier().digits);
  w.end_object();
}

}  // namespace factlint::kinds
