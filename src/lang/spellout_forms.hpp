// The strings ICU's spell-out rules write for the numbers that NumberWords reads, per language.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::lang {

/// What ICU's spell-out rules (RuleBasedNumberFormat) write for one language tag, with every
/// cardinal rule set for 0 to 1000 and the thousands up to 999,000, and every ordinal rule set
/// for 1 to 100, in that order of rule sets and values. A string a rule set writes for a value
/// (and reading) that an earlier rule set wrote too is left out, and so are empty strings.
struct SpelloutForms {
  struct Form {
    std::int64_t value = 0;
    bool ordinal = false;
    std::uint32_t begin = 0;  ///< byte offset of the UTF-8 string in `chars`
    std::uint32_t size = 0;
  };
  /// False when ICU has no spell-out rules of the language's own (it would write English) or
  /// cannot read the tag: NumberWords then has no words for the language at all.
  bool ruled = false;
  std::vector<Form> forms;
  std::string chars;  ///< the strings of `forms`, one after the other

  [[nodiscard]] std::string_view text(const Form& f) const {
    return std::string_view(chars).substr(f.begin, f.size);
  }
};

/// The spell-out forms of `lang_tag`, computed with ICU now (tens of millions of instructions).
[[nodiscard]] SpelloutForms icu_spellout_forms(std::string_view lang_tag);

}  // namespace factlint::lang
