// A deterministic multilingual news-like corpus for benchmarks (numbers, money, percentages).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace factlint::bench {

/// The languages the corpus is written in.
[[nodiscard]] const std::vector<std::string>& corpus_languages();

/// One article in every language: the same facts, each written in its locale's conventions.
struct ArticleSet {
  std::vector<std::string> langs;
  std::vector<std::string> texts;  ///< one per language, paragraphs separated by blank lines
};

/// Generates `count` article sets of about `sentences` sentences in `langs`, from `seed`.
/// Numbers are formatted with ICU for each locale (grouping, decimals, compact scale words,
/// currency symbols, percent signs), so every locale's conventions appear. With
/// `numeric_one_in` = 1 almost every sentence states figures (about one fact per 80 bytes, as
/// dense as a results table in prose); with N, only one sentence in N does, the others being
/// figure-free (N = 8 gives about one fact per 500–700 bytes, as in ordinary news).
/// With `line_per_sentence`, every sentence ends its line (a line-per-unit file, as a
/// sentence-aligned corpus or a string catalog exported to text is).
[[nodiscard]] std::vector<ArticleSet> make_article_sets(const std::vector<std::string>& langs,
                                                        int count, int sentences,
                                                        std::uint64_t seed, int numeric_one_in = 1,
                                                        bool line_per_sentence = false);

}  // namespace factlint::bench
