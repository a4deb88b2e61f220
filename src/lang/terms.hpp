// Language terms ICU lacks, read from the embedded rules/terms/*.json files.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace factlint::lang {

/// A number in words from number_words.json: an approximation ("une vingtaine") or a spelling
/// ICU does not write.
struct NumberWordTerm {
  std::string text;        ///< as written
  std::int64_t value = 0;  ///< the value, or the lower bound of a range ("des centaines": 200)
  std::int64_t upper = 0;  ///< the upper bound of a range, or 0
  bool approximate = false;
  bool ordinal = false;  ///< from "ordinals" ("سوم", "तीसरे"): a rank
};

/// The terms of one language as written in rules/terms/ (not folded), with the entries for
/// every language ("*") merged in.
struct TermsForLanguage {
  std::string lang;  ///< the key found ("fr" for "fr-CA"); empty when the language has none
  std::vector<std::string> approximation;        ///< approximation.json
  std::vector<std::string> approximation_after;  ///< approximation_after.json
  std::vector<std::string> percent_words;        ///< percent_words.json "percent"
  std::vector<std::string> points_words;         ///< percent_words.json "points"
  std::vector<std::string> percent_prefixes;     ///< percent_words.json "prefix"
  /// currency_aliases.json: spelling → ISO 4217 code ("dollars" → USD, "US$" → USD).
  std::vector<std::pair<std::string, std::string>> currency_aliases;
  /// scale_false_friends.json and scale_abbreviations.json: word → power of ten.
  std::vector<std::pair<std::string, std::int32_t>> scale_words;
  std::vector<std::string> connectors;           ///< number_context.json "connectors"
  std::vector<std::string> range_words;          ///< number_context.json "range"
  std::vector<std::string> ordinal_prefixes;     ///< number_context.json "ordinal_prefixes"
  std::vector<std::string> ordinal_counters;     ///< number_context.json "ordinal_counters"
  std::vector<std::string> non_number_suffixes;  ///< number_context.json "not_numbers_before"
  std::vector<std::string> time_before;          ///< number_context.json "time_before"
  std::vector<std::string> clock_parts;          ///< number_context.json "clock_parts"
  std::vector<std::string> clock_markers;        ///< number_context.json "clock_markers"
  std::vector<std::string> durations;            ///< number_context.json "durations"
  std::vector<std::string> time_after;           ///< number_context.json "time_after"
  bool ordinal_dot = false;                      ///< number_context.json "ordinal_dot"
  std::vector<std::string> ordinal_before;       ///< number_context.json "ordinal_before"
  std::vector<std::string> collective_after;     ///< number_context.json "collective_after"
  std::vector<std::string> word_suffixes;        ///< number_context.json "word_suffixes"
  std::vector<std::string> era_calendars;        ///< number_context.json "era_calendars"
  std::vector<std::string> fixed_phrases;        ///< number_context.json "fixed_phrases"
  std::vector<std::string> between_after;        ///< number_context.json "between_after"
  std::vector<std::string> year_before;          ///< number_context.json "year_before"
  std::vector<std::string> month_number_before;  ///< number_context.json "month_number_before"
  std::vector<std::string> day_number_before;    ///< number_context.json "day_number_before"
  std::vector<std::string> year_after;           ///< number_context.json "year_after"
  std::vector<std::string> range_from;           ///< number_context.json "from"
  std::vector<std::string> between;              ///< number_context.json "between"
  std::vector<std::string> between_and;          ///< number_context.json "and"
  std::vector<std::string> count_suffixes;       ///< number_context.json "count_suffixes"
  std::vector<std::string> year_determiners;     ///< number_context.json "year_determiners"
  std::vector<std::string> year_labels;          ///< number_context.json "year_labels"
  std::vector<std::string> year_verbs;           ///< number_context.json "year_verbs"
  std::vector<std::string> clock_words;          ///< number_context.json "clock_words"
  std::vector<std::string> not_scales;           ///< number_context.json "not_scales"
  std::vector<std::string> pm_words;             ///< number_context.json "pm_words"
  bool nouns_capitalized = false;                ///< number_context.json "nouns_capitalized"
  bool years_marked = false;                     ///< number_context.json "years_marked"
  std::vector<std::string> dual_endings;         ///< number_context.json "dual_endings"
  bool buddhist_era = false;                     ///< number_context.json "buddhist_era"
  std::vector<std::string> identifier_heads;     ///< identifiers.json "heads"
  std::vector<std::string> units;                ///< identifiers.json "units"
  std::vector<std::string> ordinal_suffixes;     ///< identifiers.json "ordinal_suffixes"
  /// number_words.json "approximate", "forms", "ordinals"
  std::vector<NumberWordTerm> number_words;
  std::vector<std::string> number_words_weak;  ///< number_words.json "weak"
  std::vector<std::string> rank_after;         ///< number_words.json "rank_after"
  std::vector<std::string> rank_not_before;    ///< number_words.json "rank_not_before"
  std::vector<std::string> clitics;            ///< number_words.json "clitics"
  std::vector<std::string> ordinal_clitics;    ///< number_words.json "ordinal_clitics"
  std::vector<std::string> articles;           ///< number_words.json "article"
  std::vector<std::string> number_joiners;     ///< number_words.json "joiners"
  std::vector<std::string> counters;           ///< number_words.json "counters"
  std::vector<std::string> fraction_marks;     ///< fractions.json "marks"
  /// fractions.json "numerators" and "denominators": word → number of parts.
  std::vector<std::pair<std::string, std::int32_t>> fraction_numerators;
  std::vector<std::pair<std::string, std::int32_t>> fraction_denominators;
  std::vector<std::string> fraction_after;  ///< fractions.json "after"
  std::vector<std::string> fraction_alone;  ///< fractions.json "alone"
};

/// Terms for a canonical tag, falling back by truncation ("fr-CA" → "fr"). Cached.
[[nodiscard]] const TermsForLanguage& terms_for(std::string_view tag);

/// Problems found while reading the terms files ("terms/x.json: …"); empty when all is well.
[[nodiscard]] const std::vector<std::string>& terms_problems();

}  // namespace factlint::lang
