// factlint_bench: extraction and end-to-end throughput on a generated multilingual corpus.
//
// usage: factlint_bench [--quick] [--lang TAG] [--extract-only] | --dump-corpus DIR
//        | --dump-pairs DIR
// Prints MB/s per language for extraction (one core) on the dense and the news corpus, the
// aggregates, and the end-to-end rate of read → segment → extract → align → check over
// five-language article sets (not with --extract-only, which is meant for profiling; --lang
// limits the extraction figures to one language, for the same purpose).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "bench/corpus.hpp"
#include "cli/pipeline.hpp"
#include "extract/extractor.hpp"
#include "read/reader.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Best of `reps` runs of fn(), in seconds.
template <typename Fn>
double best_of(int reps, Fn&& fn) {
  double best = 1e300;
  for (int i = 0; i < reps; ++i) {
    const auto t0 = Clock::now();
    fn();
    best = std::min(best, seconds_since(t0));
  }
  return best;
}

/// Bytes, facts and seconds of extraction runs, added up over languages.
struct Rate {
  std::size_t bytes = 0;
  std::size_t facts = 0;
  double seconds = 0;

  Rate& operator+=(const Rate& o) {
    bytes += o.bytes;
    facts += o.facts;
    seconds += o.seconds;
    return *this;
  }
  [[nodiscard]] double mb_per_s() const { return static_cast<double>(bytes) / seconds / 1e6; }
};

/// `extract_text` over `text` in `lang`, best of `reps` runs.
Rate extraction_rate(const std::string& text, const std::string& lang, int reps) {
  Rate r;
  r.bytes = text.size();
  r.seconds = best_of(reps, [&] { r.facts = factlint::extract::extract_text(text, lang).size(); });
  return r;
}

}  // namespace

// Writes the corpus the comparisons use: DIR/<lang>.txt per language (the extraction corpus) and
// DIR/sets/<n>.<lang>.txt for five-language article sets.
int dump_corpus(const std::string& dir) {
  namespace fb = factlint::bench;
  for (const auto& lang : fb::corpus_languages()) {
    std::ofstream out(dir + "/" + lang + ".txt", std::ios::binary);
    for (const auto& s : fb::make_article_sets({lang}, 200, 40, 7)) out << s.texts[0];
    if (!out) return 2;
  }
  const auto sets = fb::make_article_sets({"en", "de", "fr", "sv", "ja"}, 200, 40, 11);
  for (std::size_t i = 0; i < sets.size(); ++i) {
    for (std::size_t l = 0; l < sets[i].langs.size(); ++l) {
      std::ofstream out(dir + "/sets/" + std::to_string(i) + "." + sets[i].langs[l] + ".txt",
                        std::ios::binary);
      out << sets[i].texts[l];
      if (!out) return 2;
    }
  }
  return 0;
}

// Writes two-version (en, de) corpora for the end-to-end and scaling figures of scripts/bench.sh:
// DIR/news.{en,de}.txt, about 1 MB each at news density with one sentence per line, and
// DIR/dense-{small,large}.{en,de}.txt, about 0.5 MB and 4 MB in all at full density, written as
// articles (sentences in paragraphs), so that they are aligned sentence by sentence.
int dump_pairs(const std::string& dir) {
  namespace fb = factlint::bench;
  const auto write = [&](const std::string& name, const std::vector<fb::ArticleSet>& sets) {
    for (std::size_t l = 0; l < 2; ++l) {
      std::ofstream out(dir + "/" + name + "." + sets.front().langs[l] + ".txt", std::ios::binary);
      for (const auto& s : sets) out << s.texts[l];
      if (!out) return false;
    }
    return true;
  };
  const std::vector<std::string> langs{"en", "de"};
  const bool ok = write("news", fb::make_article_sets(langs, 310, 40, 21, 8, true)) &&
                  write("dense-small", fb::make_article_sets(langs, 70, 40, 22)) &&
                  write("dense-large", fb::make_article_sets(langs, 560, 40, 22));
  return ok ? 0 : 2;
}

int main(int argc, char** argv) {
  if (argc > 2 && std::strcmp(argv[1], "--dump-corpus") == 0) return dump_corpus(argv[2]);
  if (argc > 2 && std::strcmp(argv[1], "--dump-pairs") == 0) return dump_pairs(argv[2]);
  bool quick = false;
  bool extract_only = false;
  std::string only_lang;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--quick") == 0) {
      quick = true;
    } else if (std::strcmp(argv[i], "--extract-only") == 0) {
      extract_only = true;
    } else if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
      only_lang = argv[++i];
    } else {
      std::fprintf(stderr, "factlint_bench: unknown argument '%s'\n", argv[i]);
      return 2;
    }
  }
  const int sets_per_lang = quick ? 20 : 200;
  const int reps = quick ? 1 : 5;
  namespace fb = factlint::bench;

  // Extraction, one language at a time, one core: the dense corpus, then the same languages at
  // the density of ordinary news (one figure-bearing sentence in eight).
  std::printf("%-8s %10s %9s %8s %10s %9s %8s\n", "lang", "bytes", "facts", "MB/s", "news bytes",
              "facts", "MB/s");
  Rate dense_all;
  Rate news_all;
  for (const auto& lang : fb::corpus_languages()) {
    if (!only_lang.empty() && lang != only_lang) continue;
    std::string dense;
    for (const auto& s : fb::make_article_sets({lang}, sets_per_lang, 40, 7)) dense += s.texts[0];
    std::string news;
    for (const auto& s : fb::make_article_sets({lang}, sets_per_lang * 4, 40, 7, 8)) {
      news += s.texts[0];
    }
    // Warm the language data cache (built on first use; not part of the throughput).
    (void)factlint::extract::extract_text(dense.substr(0, 200), lang);
    const Rate d = extraction_rate(dense, lang, reps);
    const Rate n = extraction_rate(news, lang, reps);
    std::printf("%-8s %10zu %9zu %8.1f %10zu %9zu %8.1f\n", lang.c_str(), d.bytes, d.facts,
                d.mb_per_s(), n.bytes, n.facts, n.mb_per_s());
    dense_all += d;
    news_all += n;
  }
  std::printf("%-8s %10zu %9zu %8.1f %10zu %9zu %8.1f\n", "all", dense_all.bytes, dense_all.facts,
              dense_all.mb_per_s(), news_all.bytes, news_all.facts, news_all.mb_per_s());
  std::printf("(dense: %zu bytes per fact; news: %zu bytes per fact)\n",
              dense_all.bytes / std::max<std::size_t>(dense_all.facts, 1),
              news_all.bytes / std::max<std::size_t>(news_all.facts, 1));
  if (extract_only) return 0;

  // End to end over five-language article sets of 40 sentences each.
  auto rules = factlint::cli::load_rule_set({});
  if (!rules) {
    std::fprintf(stderr, "bench: %s\n", rules.error().format().c_str());
    return 2;
  }
  const std::vector<std::string> langs{"en", "de", "fr", "sv", "ja"};
  const auto sets = fb::make_article_sets(langs, quick ? 20 : 200, 40, 11);
  std::size_t bytes = 0;
  for (const auto& s : sets) {
    for (const auto& t : s.texts) bytes += t.size();
  }
  std::size_t findings = 0;
  const double t = best_of(reps, [&] {
    findings = 0;
    for (const auto& s : sets) {
      std::vector<factlint::Document> docs;
      for (std::size_t i = 0; i < s.langs.size(); ++i) {
        auto d = factlint::read::read_string("bench." + s.langs[i] + ".txt", s.langs[i], s.texts[i],
                                             "text");
        if (d) docs.push_back(std::move(d).value());
      }
      findings += factlint::cli::analyze(std::move(docs), 0, &*rules).findings.size();
    }
  });
  std::printf(
      "end-to-end: %zu article sets x %zu languages, %.1f MB, %.1f MB/s, %.2f ms per set, "
      "%zu findings\n",
      sets.size(), langs.size(), static_cast<double>(bytes) / 1e6,
      static_cast<double>(bytes) / t / 1e6, t * 1e3 / static_cast<double>(sets.size()), findings);

  // One long article per language (the sets above joined), at a quarter and at full length: the
  // two rates match when every stage is linear in the length of a document.
  std::vector<std::string> joined(langs.size());
  for (const auto& s : sets) {
    for (std::size_t i = 0; i < langs.size(); ++i) joined[i] += s.texts[i];
  }
  std::size_t n_findings = 0;
  auto long_rate = [&](std::size_t divisor) {
    std::size_t n = 0;
    const double secs = best_of(reps, [&] {
      std::vector<factlint::Document> docs;
      n = 0;
      for (std::size_t i = 0; i < langs.size(); ++i) {
        const std::string text = joined[i].substr(0, joined[i].size() / divisor);
        n += text.size();
        auto d = factlint::read::read_string("long." + langs[i] + ".txt", langs[i], text, "text");
        if (d) docs.push_back(std::move(d).value());
      }
      n_findings = factlint::cli::analyze(std::move(docs), 0, &*rules).findings.size();
    });
    return std::pair{n, static_cast<double>(n) / secs / 1e6};
  };
  const auto [quarter_bytes, quarter_rate] = long_rate(4);
  const auto [full_bytes, full_rate] = long_rate(1);
  std::printf(
      "long documents: %zu languages, %.1f MB at %.1f MB/s; %.1f MB at %.1f MB/s (ratio %.2f), "
      "%zu findings\n",
      langs.size(), static_cast<double>(quarter_bytes) / 1e6, quarter_rate,
      static_cast<double>(full_bytes) / 1e6, full_rate, full_rate / quarter_rate, n_findings);
  return 0;
}
