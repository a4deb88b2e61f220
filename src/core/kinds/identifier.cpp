// Identifier values (models, standards, versions, tickers): keys, relations, description, JSON.
#include <cstdint>
#include <string>
#include <vector>

#include "core/kinds.hpp"

namespace factlint::kinds {
namespace {

std::uint64_t hash(std::string_view s, std::uint64_t seed) {
  std::uint64_t h = 14695981039346656037ULL ^ seed;
  for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return h;
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
