// The strings ICU's spell-out rules write for the numbers that NumberWords reads, per language:
// from a table generated at build time (src/tools/spellout_table_gen.cpp), or from ICU itself
// for a tag the table does not hold.
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
  /// The strings of `forms` (read from the table: with the table's text around them).
  std::string chars;

  [[nodiscard]] std::string_view text(const Form& f) const {
    return std::string_view(chars).substr(f.begin, f.size);
  }
};

/// The spell-out forms of `lang_tag`, from the table generated at build time when it holds the
/// tag exactly and was made with the ICU loaded now (`icu_data_versions`), else from ICU.
/// The two agree: the table is what `icu_spellout_forms` returned for the tag when it was made.
[[nodiscard]] SpelloutForms spellout_forms(std::string_view lang_tag);

/// The spell-out forms of `lang_tag`, computed with ICU now (tens of millions of instructions).
[[nodiscard]] SpelloutForms icu_spellout_forms(std::string_view lang_tag);

/// Whether the generated table holds `lang_tag` and may be used with the ICU loaded now.
[[nodiscard]] bool spellout_table_holds(std::string_view lang_tag);

/// The versions of the ICU code, its data and their CLDR release loaded now ("icu 72.1 data
/// 72.1 cldr 42.0"): the spell-out table is used only when it was made with the same.
[[nodiscard]] std::string icu_data_versions();

}  // namespace factlint::lang

namespace factlint::lang::detail {

/// The table made by src/tools/spellout_table_gen.cpp at build time (a generated source): the
/// line of `icu_data_versions()` it was made with; a line "TAG OFFSET SIZE TEXT_SIZE" per tag,
/// then an empty line; then the compressed blobs, SIZE bytes at OFFSET past the empty line,
/// each expanding to TEXT_SIZE bytes of text (the generator describes the format).
[[nodiscard]] std::string_view spellout_table();

}  // namespace factlint::lang::detail
