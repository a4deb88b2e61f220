// Fact: a typed, normalised statement found in a segment (a number, an amount, a percentage…).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/decimal.hpp"
#include "core/document.hpp"

namespace factlint {

/// The kinds of fact. A kind is an entry here, an entry in the table of kind operations
/// (core/kinds.cpp, with its value's operations in core/kinds/), an extractor folder under
/// src/extract/ and a docs page under docs/facts/; alignment and rules need no change.
enum class FactKind : std::uint8_t { number, money, percent, ordinal, date, identifier };

/// Lower-kebab id of a kind ("number", "money", "percent").
[[nodiscard]] std::string_view to_string(FactKind kind);
/// Parses a kind id; nullopt when unknown.
[[nodiscard]] std::optional<FactKind> parse_fact_kind(std::string_view id);
/// Every kind, in declaration order.
[[nodiscard]] const std::vector<FactKind>& all_fact_kinds();

/// How a number was written, so that locale conventions can be checked.
struct NumberFormat {
  std::string decimal_sep;  ///< separator used before the fraction ("," "." "٫"), empty if none
  std::string group_sep;    ///< grouping separator used (".", ",", U+00A0, U+202F, "'"), or empty
  bool native_digits = false;  ///< written with non-ASCII digits (٣, ३, …)
  /// The separators are not this document's locale's: a Swedish "6.3" or an English "6,3".
  bool foreign = false;
  /// How the document's locale would write it, filled when `foreign` ("6,3").
  std::string expected;
  /// The separators allow two readings ("1.500" in English: 1.5 or 1500). The value follows
  /// the document's locale; `Amount::alternative` holds the other reading.
  bool ambiguous = false;
  /// How the locale writes the other reading of an ambiguous number ("1.500" in Italian for a
  /// "1,500" meaning fifteen hundred). When the other versions settle on that reading, the
  /// number was written with another locale's separators after all.
  std::string alternative_expected;
};

/// The numeric core shared by numbers, money and percentages.
struct Amount {
  Decimal value;                       ///< normalised value, scale word applied (6.3e9)
  std::optional<Decimal> alternative;  ///< the other reading of an ambiguous number
  std::optional<Decimal> upper;        ///< upper bound of a range ("5–7 million": value 5e6)
  bool approximate = false;            ///< "around", "sekitar", "rund", "environ", "cirka"
  std::int32_t scale_power = 0;        ///< power of ten of the scale word (9 for "billion")
  std::string scale_word;              ///< the scale word as written ("Milliarden", "bn")
  std::string digits;                  ///< the digits as written ("903,9")
  NumberFormat format;
  /// Power of ten of the last digit written, where digits and scale word alone do not say it:
  /// a compound "1億2400万" is precise to 万 (4), not to 億.
  std::optional<std::int32_t> last_digit_power;
};

/// One currency mention inside a money fact ("$", "Euro", "yen", "US$").
struct CurrencyMention {
  std::string text;                ///< as written
  std::vector<std::string> codes;  ///< candidate ISO 4217 codes, sorted ("$": AUD, CAD, USD, …)
  std::string preferred;           ///< the most likely code ("USD" for "$")
};

/// The value of a numeric fact: a number, an amount of money, a percentage, an ordinal.
struct NumericValue {
  Amount amount;
  /// Money only: the currencies it names. Two disjoint mentions ("$6,3 Milliarden Euro")
  /// are kept both; rules flag them.
  std::vector<CurrencyMention> currencies;
  bool percentage_points = false;  ///< percent only: "points" rather than "%"
  bool words = false;              ///< the numeral is written in words ("twenty-five million")
};

/// The value of an identifier (a model, a standard, a version, a ticker): compared as a string.
struct IdentifierValue {
  /// The identifier normalised (NFKC, letters upper-cased, spaces and hyphens dropped):
  /// "iPhone 6" and "IPHONE-6" are both "IPHONE6".
  std::string key;
  /// Its digits alone, in order ("737" of "Boeing 737" and of "ボーイング737"): what a version
  /// in another script still shares.
  std::string digits;
};

/// The value of a date, as far as the text gives it (0 = not given).
struct DateValue {
  std::int32_t year = 0;
  std::uint8_t month = 0;
  std::uint8_t day = 0;
  /// A month alone, of no year and no day ("in May", "5月"): never missing, compared with dates
  /// only.
  [[nodiscard]] bool month_only() const { return year == 0 && day == 0 && month != 0; }
  friend bool operator==(const DateValue&, const DateValue&) = default;
};

/// A typed fact in one document: a header (kind, where, what was written) and a value of the
/// kind's type. Operations that depend on the kind go through the kind table (core/kinds.hpp).
struct Fact {
  FactKind kind = FactKind::number;
  std::uint32_t doc = 0;      ///< index of the document in the run
  std::uint32_t segment = 0;  ///< index into Document::segments
  Span span;                  ///< bytes in Document::source
  std::string text;           ///< surface text (block text, markup removed)
  std::variant<NumericValue, IdentifierValue, DateValue> value;

  /// Whether the value is numeric (number, money, percent, ordinal).
  [[nodiscard]] bool is_numeric() const { return value.index() == 0; }
  /// The numeric value; the fact must be numeric.
  [[nodiscard]] const NumericValue& numeric() const { return std::get<NumericValue>(value); }
  [[nodiscard]] NumericValue& numeric() { return std::get<NumericValue>(value); }
  /// The amount of a numeric fact.
  [[nodiscard]] const Amount& amount() const { return numeric().amount; }
  [[nodiscard]] Amount& amount() { return numeric().amount; }
  /// The currencies of a money fact (empty for the others, numeric or not).
  [[nodiscard]] const std::vector<CurrencyMention>& currencies() const {
    static const std::vector<CurrencyMention> none;
    return is_numeric() ? numeric().currencies : none;
  }
  [[nodiscard]] const IdentifierValue& identifier() const {
    return std::get<IdentifierValue>(value);
  }
  [[nodiscard]] const DateValue& date() const { return std::get<DateValue>(value); }
  /// A small number in words, 0 to 2 ("the two companies", "one of"): translations often say
  /// it with no number at all ("両社", "both"), so it neither pairs with a left-over figure
  /// nor counts as missing.
  [[nodiscard]] bool small_in_words() const {
    if (!is_numeric() || !numeric().words) return false;
    const auto v = amount().value.to_int64();
    return v && *v >= 0 && *v <= 2;
  }
};

/// The normalised value of a fact in one short line, the same in messages and reports:
/// "6300000000 USD", "~5000000–7000000", "1500 (or 1.5)", "12 %", "3 pp", "903900000000 JPY".
[[nodiscard]] std::string describe_value(const Fact& fact);

/// Facts aligned across the versions: at most one fact per document.
struct FactGroup {
  FactKind kind = FactKind::number;
  std::uint32_t row = 0;  ///< index into Alignment::rows
  /// Per document (index = doc): index into the run's facts, or -1 when it has none.
  std::vector<std::int32_t> members;
};

/// Segments of all versions aligned with each other: one row per pivot segment (or merged
/// pivot segments), plus rows for content found in no other version.
struct AlignedRow {
  /// Per document: the segment indices in this row (empty = no counterpart).
  std::vector<std::vector<std::uint32_t>> segments;
  double score = 0.0;  ///< alignment confidence of the row, 0..1
};

/// The result of aligning N documents.
struct Alignment {
  std::uint32_t pivot = 0;  ///< index of the pivot document
  std::vector<AlignedRow> rows;
  /// Per document, per segment: the row it belongs to, or -1 when it has no counterpart.
  std::vector<std::vector<std::int32_t>> row_of_segment;
  std::vector<FactGroup> groups;
};

}  // namespace factlint
