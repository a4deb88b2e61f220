// The predicate registry: a plain list of {id, factory}, one line per predicate.
#include <cmath>
#include <nlohmann/json.hpp>

#include "check/predicate.hpp"
#include "check/predicates/currency_differs.hpp"
#include "check/predicates/foreign_format.hpp"
#include "check/predicates/missing_counterpart.hpp"
#include "check/predicates/percent_points_differs.hpp"
#include "check/predicates/scale_differs.hpp"
#include "check/predicates/unrelated_values.hpp"
#include "check/predicates/value_differs.hpp"

namespace factlint::check {

const std::vector<PredicateEntry>& predicate_registry() {
  static const std::vector<PredicateEntry> entries{
      {"value-differs", &make_value_differs,
       "aligned values that differ beyond a tolerance (not by a power of 1000)"},
      {"scale-differs", &make_scale_differs, "aligned values equal up to a power of 1000"},
      {"currency-differs", &make_currency_differs,
       "aligned amounts in currencies that cannot be the same, or one amount naming two"},
      {"unrelated-values", &make_unrelated_values,
       "aligned facts whose values their kind does not relate (dates, identifiers)"},
      {"percent-points-differs", &make_percent_points_differs,
       "a percentage where the other versions give percentage points, or the reverse"},
      {"missing-counterpart", &make_missing_counterpart,
       "a fact with no counterpart in an aligned segment of another version"},
      {"extra-counterpart", &make_extra_counterpart,
       "a fact that the majority of the versions leave out of their aligned segments"},
      {"foreign-format", &make_foreign_format,
       "a number written with another locale's decimal or grouping separators"},
  };
  return entries;
}

const PredicateEntry* find_predicate(std::string_view id) {
  for (const auto& e : predicate_registry()) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

Result<std::shared_ptr<const Predicate>> build_predicate(std::string_view id,
                                                         std::string_view params_json) {
  const PredicateEntry* entry = find_predicate(id);
  if (entry == nullptr) {
    return Diagnostic{"rules/unknown-predicate", "", 0, 0,
                      "unknown predicate '" + std::string(id) + "'"};
  }
  std::map<std::string, ParamValue> values;
  if (!params_json.empty()) {
    const auto json = nlohmann::json::parse(params_json, nullptr, false, true);
    if (json.is_discarded() || !json.is_object()) {
      return Diagnostic{"rules/bad-params", "", 0, 0, "'params' must be an object"};
    }
    for (const auto& [key, v] : json.items()) {
      if (v.is_boolean()) {
        values.emplace(key, v.get<bool>());
      } else if (v.is_number()) {
        // The parser refuses numbers beyond a double, but a params text from elsewhere might not.
        const auto number = v.get<double>();
        if (!std::isfinite(number)) {
          return Diagnostic{"rules/bad-params", "", 0, 0, "param '" + key + "' is out of range"};
        }
        values.emplace(key, number);
      } else if (v.is_string()) {
        values.emplace(key, v.get<std::string>());
      } else {
        return Diagnostic{"rules/bad-params", "", 0, 0,
                          "param '" + key + "' must be a number, a boolean or a string"};
      }
    }
  }
  auto made = entry->factory(Params(std::move(values)));
  if (!made) return made.error();
  return std::shared_ptr<const Predicate>(std::move(made).value());
}

}  // namespace factlint::check
