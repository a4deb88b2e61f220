// The table of fact kinds: what every stage may ask of a fact without knowing its kind.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/fact.hpp"
#include "core/json_writer.hpp"

namespace factlint {

/// How two facts relate, strongest first. Alignment pairs facts on it; rules judge values.
enum class FactRelation : std::uint8_t {
  equal,        ///< the same value (and the same range bounds)
  alternative,  ///< equal under the other reading of an ambiguous number
  scale,        ///< equal up to a power of 1000 (billion / Billion)
  none,
};

/// The operations of one kind of fact.
struct KindOps {
  FactKind kind;
  std::string_view id;  ///< lower-kebab id, as in rules and reports ("money")
  /// Facts of kinds with the same family may stand for each other when one of them is a bare
  /// `number` (a version that dropped the currency or the percent sign); other families never
  /// meet.
  std::uint8_t family;
  /// Keys of the value for alignment: `exact` for an equal value, `scaled` for a value equal
  /// up to a power of 1000 (empty for kinds without scale). Keys of different kinds never
  /// collide unless the kinds are compatible.
  void (*keys)(const Fact& f, std::vector<std::uint64_t>& exact,
               std::vector<std::uint64_t>& scaled);
  /// The strongest relation between `a` (of this kind) and `b` (of a compatible kind).
  FactRelation (*relate)(const Fact& a, const Fact& b);
  /// The value in one short line, the same in messages and reports.
  std::string (*describe)(const Fact& f);
  /// Writes the value as the JSON report's "value" object.
  void (*write_json)(const Fact& f, JsonWriter& w);
};

/// The table entry of `kind`.
[[nodiscard]] const KindOps& kind_ops(FactKind kind);

/// Every kind, in table order.
[[nodiscard]] const std::vector<KindOps>& kind_table();

/// Whether facts of kinds `a` and `b` may be the same fact: the same kind, or a bare number
/// against another kind of its family (money, percent).
[[nodiscard]] bool compatible_kinds(FactKind a, FactKind b);

/// The relation of two facts of compatible kinds (FactRelation::none otherwise).
[[nodiscard]] FactRelation relate(const Fact& a, const Fact& b);

/// The more specific of two compatible kinds (a money amount over a bare number): a group's
/// kind.
[[nodiscard]] FactKind more_specific(FactKind a, FactKind b);

namespace kinds {
// The values' operations, one file each under core/kinds/.
void numeric_keys(const Fact& f, std::vector<std::uint64_t>& exact,
                  std::vector<std::uint64_t>& scaled);
FactRelation numeric_relate(const Fact& a, const Fact& b);
/// Whether two approximate numbers, one of them in words, are near enough to be one vague
/// quantity: "a dozen" (~12), "около десятка" (~10), "十数人" (11–19). A single round value in
/// words (two significant digits at most) stands for a quarter less to a quarter more; a
/// figure with digits, or a precise one in words, is not widened.
[[nodiscard]] bool vague_numbers_meet(const Fact& a, const Fact& b);
std::string numeric_describe(const Fact& f);
void numeric_json(const Fact& f, JsonWriter& w);
void identifier_keys(const Fact& f, std::vector<std::uint64_t>& exact,
                     std::vector<std::uint64_t>& scaled);
FactRelation identifier_relate(const Fact& a, const Fact& b);
std::string identifier_describe(const Fact& f);
void identifier_json(const Fact& f, JsonWriter& w);
void date_keys(const Fact& f, std::vector<std::uint64_t>& exact,
               std::vector<std::uint64_t>& scaled);
FactRelation date_relate(const Fact& a, const Fact& b);
std::string date_describe(const Fact& f);
void date_json(const Fact& f, JsonWriter& w);
}  // namespace kinds

}  // namespace factlint
