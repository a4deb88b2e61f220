// The HTML report: one self-contained page, findings and overview beside the aligned text.
#include "report/html_reporter.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lang/lang.hpp"
#include "report/html_assets.hpp"

namespace factlint::report {
namespace {

constexpr std::array<Severity, 3> kSeverities{Severity::error, Severity::warning, Severity::info};
/// Rows below this alignment confidence are flagged in the grid's row column.
constexpr double kLowConfidence = 0.5;
/// Compared facts listed under a finding before "+N more" (the marks in the text show all).
constexpr std::size_t kMaxListedFacts = 6;
/// Other versions named beside the offending one in the findings list before "+N".
constexpr std::size_t kMaxListedLangs = 6;

void escape_into(std::string& out, std::string_view text) {
  std::size_t plain = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::string_view entity;
    switch (text[i]) {
      case '&':
        entity = "&amp;";
        break;
      case '<':
        entity = "&lt;";
        break;
      case '>':
        entity = "&gt;";
        break;
      case '"':
        entity = "&quot;";
        break;
      case '\'':
        entity = "&#39;";
        break;
      default:
        continue;
    }
    out.append(text.substr(plain, i - plain));
    out += entity;
    plain = i + 1;
  }
  out.append(text.substr(plain));
}

/// A kind id as a class name: lower-kebab ids pass unchanged, anything else becomes '_'.
std::string class_safe(std::string_view id) {
  std::string out(id);
  for (char& c : out) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok) c = '_';
  }
  return out;
}

/// Hue of a fact kind. Kinds of the registry take golden-angle steps in registry order, so the
/// colours stay apart and a new kind gets its own without any change here; an id the registry
/// does not know gets a hue from its hash.
int kind_hue(std::string_view id) {
  const auto& kinds = all_fact_kinds();
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    if (to_string(kinds[i]) == id) {
      return static_cast<int>(std::fmod(180.0 + 137.508 * static_cast<double>(i), 360.0));
    }
  }
  std::uint32_t h = 2166136261U;  // FNV-1a
  for (const char c : id) h = (h ^ static_cast<unsigned char>(c)) * 16777619U;
  return static_cast<int>(h % 360U);
}

/// Offset in block text of a source offset inside the block (inverse of Block::source_offset).
std::uint32_t text_offset(const Block& block, std::uint32_t source) {
  for (const Piece& p : block.pieces) {
    if (source >= p.source_begin && source <= p.source_begin + p.length) {
      return p.text_begin + (source - p.source_begin);
    }
  }
  return 0;
}

std::string doc_id(std::uint32_t d) { return "d" + std::to_string(d); }
std::string fact_id(std::uint32_t f) { return "f" + std::to_string(f); }

/// One row of the grid: an aligned row, or segments that some versions have and the others
/// lack, shown dimmed where they occur.
struct DisplayRow {
  std::int32_t aligned = -1;  ///< index into Alignment::rows, -1 for unaligned content
  std::string id;             ///< element id: "r<aligned>" or "u<n>"
  std::vector<std::vector<std::uint32_t>> cells;  ///< per document: segment indices
  bool dimmed = false;  ///< fewer than two versions, or no segment aligned
  bool new_paragraph = false;
};

/// Counts per severity, indexed by Severity's value.
using Counts = std::array<std::uint32_t, 3>;

class HtmlWriter {
 public:
  explicit HtmlWriter(const Report& r) : r_(r), n_(static_cast<std::uint32_t>(r.documents.size())) {
    index_facts();
    order_columns();
    lay_out_rows();
  }

  std::string render() {
    out_.reserve(16384 + r_.facts.size() * 192 + total_text_ * 5 / 4);
    head();
    out_ += "<body>\n";
    top();
    out_ += "<main class=\"layout\">\n<div class=\"side\" id=\"overview\">\n";
    findings();
    summary();
    versions();
    out_ += "</div>\n";
    grid();
    out_ += "</main>\n<script>";
    out_ += detail::html_script();
    out_ += "</script>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  // ---- indexes -------------------------------------------------------------------------

  void index_facts() {
    facts_in_.resize(n_);
    for (std::uint32_t d = 0; d < n_; ++d) {
      facts_in_[d].resize(r_.documents[d].segments.size());
      for (const Segment& s : r_.documents[d].segments) total_text_ += s.span.size();
    }
    fact_severity_.assign(r_.facts.size(), -1);
    fact_group_.assign(r_.facts.size(), -1);
    facts_per_doc_.assign(n_, 0);
    for (std::uint32_t i = 0; i < r_.facts.size(); ++i) {
      const Fact& f = r_.facts[i];
      ++kinds_[std::string(to_string(f.kind))];
      if (f.doc < n_ && f.segment < facts_in_[f.doc].size()) {
        facts_in_[f.doc][f.segment].push_back(i);
        ++facts_per_doc_[f.doc];
      }
    }
    for (const Finding& finding : r_.findings) {
      for (const auto f : finding.facts) {
        if (f < fact_severity_.size()) {
          fact_severity_[f] = std::max(fact_severity_[f], static_cast<int>(finding.severity));
        }
      }
    }
    const auto& groups = r_.alignment.groups;
    for (std::uint32_t g = 0; g < groups.size(); ++g) {
      for (const auto m : groups[g].members) {
        if (m >= 0 && static_cast<std::size_t>(m) < fact_group_.size() && fact_group_[m] < 0) {
          fact_group_[m] = static_cast<std::int32_t>(g);
        }
      }
    }
  }

  /// The pivot first, then the other versions in input order.
  void order_columns() {
    const std::uint32_t pivot = r_.alignment.pivot;
    if (pivot < n_) columns_.push_back(pivot);
    for (std::uint32_t d = 0; d < n_; ++d) {
      if (d != pivot) columns_.push_back(d);
    }
    rtl_.resize(n_);
    for (std::uint32_t d = 0; d < n_; ++d) rtl_[d] = lang::is_right_to_left(r_.documents[d].lang);
  }

  [[nodiscard]] bool aligned_segment(std::uint32_t d, std::uint32_t s) const {
    const auto& rows = r_.alignment.row_of_segment;
    return d < rows.size() && s < rows[d].size() && rows[d][s] >= 0;
  }

  /// Places every segment of every version exactly once: aligned rows in order, and before
  /// each of them, in extra dimmed rows, the segments that no row lists and that come before
  /// that row's segments in their document. Works whether the rows list unaligned pivot
  /// segments themselves or leave every unaligned segment to be placed here.
  void lay_out_rows() {
    std::vector<std::vector<bool>> listed(n_);
    shown_.resize(n_);
    row_of_.resize(n_);
    for (std::uint32_t d = 0; d < n_; ++d) {
      const auto count = r_.documents[d].segments.size();
      listed[d].assign(count, false);
      shown_[d].assign(count, false);
      row_of_[d].assign(count, -1);
    }
    for (const AlignedRow& row : r_.alignment.rows) {
      for (std::uint32_t d = 0; d < n_ && d < row.segments.size(); ++d) {
        for (const auto s : row.segments[d]) {
          if (s < listed[d].size()) listed[d][s] = true;
        }
      }
    }
    std::vector<std::uint32_t> next(n_, 0);
    const auto flush = [&](const std::vector<std::uint32_t>& upto) {
      DisplayRow extra;
      extra.cells.resize(n_);
      bool any = false;
      for (std::uint32_t d = 0; d < n_; ++d) {
        for (std::uint32_t s = next[d]; s < upto[d]; ++s) {
          if (!listed[d][s] && !shown_[d][s]) {
            extra.cells[d].push_back(s);
            any = true;
          }
        }
        next[d] = std::max(next[d], upto[d]);
      }
      if (any) add_row(std::move(extra));
    };
    std::int32_t last_pivot_block = -1;
    for (std::size_t r = 0; r < r_.alignment.rows.size(); ++r) {
      const AlignedRow& row = r_.alignment.rows[r];
      DisplayRow shown;
      shown.aligned = static_cast<std::int32_t>(r);
      shown.cells.resize(n_);
      std::vector<std::uint32_t> upto(next);
      for (std::uint32_t d = 0; d < n_ && d < row.segments.size(); ++d) {
        for (const auto s : row.segments[d]) {
          if (s >= listed[d].size() || shown_[d][s]) continue;  // out of range or listed twice
          shown.cells[d].push_back(s);
        }
        if (!shown.cells[d].empty()) {
          upto[d] = *std::min_element(shown.cells[d].begin(), shown.cells[d].end());
        }
      }
      flush(upto);
      for (std::uint32_t d = 0; d < n_; ++d) {
        for (const auto s : shown.cells[d]) next[d] = std::max(next[d], s + 1);
      }
      const std::uint32_t pivot = columns_.empty() ? 0 : columns_.front();
      if (!columns_.empty() && !shown.cells[pivot].empty()) {
        const auto block =
            static_cast<std::int32_t>(r_.documents[pivot].segments[shown.cells[pivot][0]].block);
        shown.new_paragraph = last_pivot_block >= 0 && block != last_pivot_block;
        last_pivot_block = block;
      }
      add_row(std::move(shown));
    }
    std::vector<std::uint32_t> end(n_);
    for (std::uint32_t d = 0; d < n_; ++d) {
      end[d] = static_cast<std::uint32_t>(r_.documents[d].segments.size());
      next[d] = 0;  // also picks up anything a non-monotone row order skipped
    }
    flush(end);
  }

  void add_row(DisplayRow row) {
    std::uint32_t versions = 0;
    bool any_aligned = false;
    const auto index = static_cast<std::int32_t>(rows_.size());
    for (std::uint32_t d = 0; d < n_; ++d) {
      if (row.cells[d].empty()) continue;
      ++versions;
      for (const auto s : row.cells[d]) {
        shown_[d][s] = true;
        row_of_[d][s] = index;
        any_aligned = any_aligned || aligned_segment(d, s);
      }
    }
    if (row.aligned >= 0) {
      row.id = "r" + std::to_string(row.aligned);
      row.dimmed = versions < 2 || !any_aligned;
    } else {
      row.id = "u" + std::to_string(extra_rows_++);
      row.dimmed = true;
    }
    rows_.push_back(std::move(row));
  }

  // ---- small pieces --------------------------------------------------------------------

  void text(std::string_view t) { escape_into(out_, t); }
  /// Appends markup pieces (never input text: that goes through text()).
  template <typename... Parts>
  void put(const Parts&... parts) {
    (out_.append(parts), ...);
  }
  void num(std::uint64_t v) { out_ += std::to_string(v); }

  [[nodiscard]] std::string_view lang_of(std::uint32_t d) const {
    return d < n_ ? std::string_view(r_.documents[d].lang) : std::string_view("?");
  }

  [[nodiscard]] static std::uint32_t offending(const Finding& f) {
    return f.docs.empty() ? f.doc : f.docs.front();
  }

  /// Element id of the grid row a finding scrolls to: the row of its first fact in the
  /// offending version, else of its first fact shown, else of the segment holding its span.
  [[nodiscard]] std::string target_of(const Finding& f) const {
    const auto row_of_fact = [&](std::uint32_t fi) -> std::int32_t {
      if (fi >= r_.facts.size()) return -1;
      const Fact& fact = r_.facts[fi];
      if (fact.doc >= n_ || fact.segment >= row_of_[fact.doc].size()) return -1;
      return row_of_[fact.doc][fact.segment];
    };
    const std::uint32_t off = offending(f);
    for (const auto fi : f.facts) {
      if (fi < r_.facts.size() && r_.facts[fi].doc == off && row_of_fact(fi) >= 0) {
        return rows_[row_of_fact(fi)].id;
      }
    }
    for (const auto fi : f.facts) {
      if (row_of_fact(fi) >= 0) return rows_[row_of_fact(fi)].id;
    }
    if (f.doc < n_) {
      const Document& d = r_.documents[f.doc];
      for (std::uint32_t i = 0; i < d.segments.size(); ++i) {
        const Span s = d.source_span(d.segments[i].block, d.segments[i].span);
        if (f.span.begin >= s.begin && f.span.begin <= s.end && row_of_[f.doc][i] >= 0) {
          return rows_[row_of_[f.doc][i]].id;
        }
      }
    }
    return "aligned";
  }

  // ---- page ----------------------------------------------------------------------------

  void head() {
    const Summary s = summarize(r_.findings);
    out_ +=
        "<!DOCTYPE html>\n<html lang=\"en\" class=\"nojs\">\n<head>\n<meta charset=\"utf-8\">\n";
    // No source of any kind is allowed but this page's own styles and its one script (by
    // hash): nothing is fetched, and markup that slipped through escaping could not run.
    out_ +=
        R"(<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ')";
    out_ += detail::html_script_hash();
    out_ += "'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n";
    out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out_ += "<meta name=\"generator\" content=\"factlint\">\n<title>factlint report: ";
    num(n_);
    out_ += n_ == 1 ? " version, " : " versions, ";
    num(s.error);
    out_ += s.error == 1 ? " error, " : " errors, ";
    num(s.warning);
    out_ += s.warning == 1 ? " warning</title>\n<style>\n" : " warnings</title>\n<style>\n";
    out_ += detail::html_style();
    for (const auto& [kind, count] : kinds_) {
      const int hue = kind_hue(kind);
      out_ += ".k-" + class_safe(kind) + "{--k:hsl(" + std::to_string(hue) + ",55%,36%);--kb:hsl(" +
              std::to_string(hue) + ",90%,90%)}\n";
    }
    out_ += "</style>\n</head>\n";
  }

  void top() {
    const Summary s = summarize(r_.findings);
    out_ += "<header class=\"top\">\n<h1>factlint report</h1>\n<div class=\"totals\"><span>";
    num(n_);
    out_ += n_ == 1 ? " version" : " versions";
    out_ += "</span><span class=\"c-error\">";
    num(s.error);
    out_ += s.error == 1 ? " error" : " errors";
    out_ += "</span><span class=\"c-warning\">";
    num(s.warning);
    out_ += s.warning == 1 ? " warning" : " warnings";
    out_ += "</span><span class=\"c-info\">";
    num(s.info);
    out_ += s.info == 1 ? " info" : " infos";
    out_ += "</span></div>\n<div class=\"legend\" id=\"legend\" aria-label=\"fact kinds\">";
    for (const auto& [kind, count] : kinds_) {
      out_ += "<span class=\"fact k-" + class_safe(kind) + "\" data-kind=\"";
      text(kind);
      out_ += "\">";
      text(kind);
      out_ += "</span><small>";
      num(count);
      out_ += "</small>";
    }
    // How a fact that a finding lists is underlined, worst finding first.
    out_ += "<span class=\"sep\"></span>";
    for (const Severity sev : kSeverities) {
      const std::string_view id = to_string(sev);
      put("<span class=\"fact s-", id, "\" title=\"a fact in ",
          sev == Severity::info ? "an " : "a ", id, " finding\">", id, "</span>");
    }
    out_ += "</div>\n<div class=\"tools js-only\"><input type=\"search\" id=\"q\" ";
    out_ += R"(placeholder="Search text and findings" aria-label="Search text and findings">)";
    out_ += "<small><kbd>j</kbd> <kbd>k</kbd> next, previous finding · <kbd>/</kbd> search";
    out_ += "</small></div>\n</header>\n";
  }

  void findings() {
    out_ += "<section id=\"findings\" aria-labelledby=\"h-findings\">\n";
    out_ += R"(<h2 id="h-findings">Findings <small id="shown">)";
    num(r_.findings.size());
    out_ += "</small></h2>\n";
    if (r_.findings.empty()) {
      out_ += "<p class=\"none\">No disagreement found.</p>\n</section>\n";
      return;
    }
    filters();
    out_ += "<table class=\"findings\" id=\"findings-table\">\n<thead><tr>";
    out_ += R"(<th aria-sort="ascending"><button type="button" data-sort="pos">#</button></th>)";
    out_ += R"(<th><button type="button" data-sort="sev">severity</button></th>)";
    out_ += R"(<th><button type="button" data-sort="lang">versions</button></th>)";
    out_ += "<th><button type=\"button\" data-sort=\"rule\">rule</button> · ";
    out_ += R"(<button type="button" data-sort="msg">message</button></th>)";
    out_ += "</tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < r_.findings.size(); ++i) finding_row(i);
    out_ += "</tbody></table>\n</section>\n";
  }

  void filters() {
    std::map<std::string, std::uint32_t> rules;
    std::vector<std::uint32_t> by_doc(n_, 0);
    Counts sev{};
    for (const Finding& f : r_.findings) {
      ++rules[f.rule];
      ++sev.at(static_cast<std::size_t>(f.severity));
      if (offending(f) < n_) ++by_doc[offending(f)];
    }
    out_ += R"(<div class="filters js-only" id="filters">)";
    for (const Severity s : kSeverities) {
      const std::string_view id = to_string(s);
      put(R"(<label><input type="checkbox" data-filter="sev" value=")", id, "\" checked> ");
      put("<span class=\"c-", id, "\">", id, "</span> <small>");
      num(sev.at(static_cast<std::size_t>(s)));
      out_ += "</small></label>";
    }
    out_ += R"(<label>rule <select data-filter="rule"><option value="">all</option>)";
    for (const auto& [rule, count] : rules) {
      out_ += "<option value=\"";
      text(rule);
      out_ += "\">";
      text(rule);
      out_ += " (";
      num(count);
      out_ += ")</option>";
    }
    out_ += "</select></label><label>offending version <select data-filter=\"lang\">";
    out_ += "<option value=\"\">all</option>";
    std::map<std::string, std::uint32_t> seen;
    for (const auto d : columns_) seen[r_.documents[d].lang] += by_doc[d];
    for (const auto d : columns_) {
      const auto it = seen.find(r_.documents[d].lang);
      if (it == seen.end()) continue;  // a language two versions share is listed once
      out_ += "<option value=\"";
      text(it->first);
      out_ += "\">";
      text(it->first);
      out_ += " (";
      num(it->second);
      out_ += ")</option>";
      seen.erase(it);
    }
    out_ += "</select></label></div>\n";
  }

  void finding_row(std::size_t index) {
    const Finding& f = r_.findings[index];
    const std::string sev(to_string(f.severity));
    const std::string target = target_of(f);
    std::vector<std::uint32_t> docs = f.docs;
    if (docs.empty()) docs.push_back(f.doc);
    out_ += R"(<tr class="finding" data-finding=")";
    text(f.fingerprint);
    out_ += "\" data-pos=\"";
    num(index + 1);
    out_ += "\" data-sev=\"" + sev + "\" data-rule=\"";
    text(f.rule);
    out_ += "\" data-langs=\"";
    for (std::size_t i = 0; i < docs.size(); ++i) {
      if (i > 0) out_ += ' ';
      text(lang_of(docs[i]));
    }
    out_ += "\" data-docs=\"";
    for (std::size_t i = 0; i < docs.size(); ++i) {
      if (i > 0) out_ += ' ';
      out_ += doc_id(docs[i]);
    }
    out_ += "\" data-facts=\"";
    for (std::size_t i = 0; i < f.facts.size(); ++i) {
      if (i > 0) out_ += ' ';
      out_ += fact_id(f.facts[i]);
    }
    out_ += "\" data-target=\"" + target + "\">";
    out_ += "<td class=\"n\">";
    num(index + 1);
    out_ +=
        "</td><td><span class=\"sev " + sev + "\">" + sev + "</span></td><td class=\"langs\"><b>";
    text(lang_of(docs.front()));
    out_ += "</b>";
    for (std::size_t i = 1; i < docs.size() && i <= kMaxListedLangs; ++i) {
      out_ += ' ';
      text(lang_of(docs[i]));
    }
    if (docs.size() > kMaxListedLangs + 1) {
      out_ += " <small>+";
      num(docs.size() - kMaxListedLangs - 1);
      out_ += "</small>";
    }
    out_ += "</td><td><code class=\"rule\">";
    text(f.rule);
    out_ += R"(</code><br><a class="msg" href="#)" + target + "\">";
    text(f.message);
    out_ += "</a>";
    if (!f.facts.empty()) {
      out_ += "<div class=\"cmp\">";
      for (std::size_t i = 0; i < f.facts.size() && i < kMaxListedFacts; ++i) {
        if (f.facts[i] >= r_.facts.size()) continue;
        const Fact& fact = r_.facts[f.facts[i]];
        if (i > 0) out_ += " · ";
        text(lang_of(fact.doc));
        // dir="auto" isolates a right-to-left fact from the list around it.
        out_ += " <span class=\"fact k-" + class_safe(to_string(fact.kind)) +
                R"(" dir="auto" data-ref=")" + fact_id(f.facts[i]) + "\" title=\"";
        text(describe_value(fact));
        out_ += "\">";
        text(fact.text);
        out_ += "</span>";
      }
      if (f.facts.size() > kMaxListedFacts) {
        out_ += " · +";
        num(f.facts.size() - kMaxListedFacts);
        out_ += " more";
      }
      out_ += "</div>";
    }
    out_ += "</td></tr>\n";
  }

  void count_cells(const Counts& c) {
    for (const Severity s : kSeverities) {
      out_ += "<td class=\"n c-" + std::string(to_string(s)) + "\">";
      const auto v = c.at(static_cast<std::size_t>(s));
      if (v > 0) num(v);
      out_ += "</td>";
    }
  }

  void summary() {
    std::map<std::string, Counts> by_rule;
    std::map<std::string, Counts> by_lang;
    for (const Finding& f : r_.findings) {
      const auto sev = static_cast<std::size_t>(f.severity);
      ++by_rule[f.rule].at(sev);
      ++by_lang[std::string(lang_of(offending(f)))].at(sev);
    }
    const Summary s = summarize(r_.findings);
    out_ += "<section id=\"summary\" aria-labelledby=\"h-summary\">\n";
    out_ += "<h2 id=\"h-summary\">Summary</h2>\n<div class=\"sumgrid\">\n";
    out_ += R"(<table class="small" id="by-severity"><caption>by severity</caption><tbody>)";
    for (const Severity sev : kSeverities) {
      const std::string_view id = to_string(sev);
      put("<tr><th class=\"c-", id, "\">", id, "</th><td class=\"n\">");
      num(sev == Severity::error ? s.error : sev == Severity::warning ? s.warning : s.info);
      out_ += "</td></tr>";
    }
    out_ += "</tbody></table>\n";
    const std::string head =
        "<thead><tr><th></th><th class=\"c-error\">E</th><th class=\"c-warning\">W</th>"
        "<th class=\"c-info\">I</th></tr></thead><tbody>";
    out_ += R"(<table class="small" id="by-rule"><caption>by rule</caption>)" + head;
    for (const auto& [rule, counts] : by_rule) {
      out_ += "<tr><th><code>";
      text(rule);
      out_ += "</code></th>";
      count_cells(counts);
      out_ += "</tr>";
    }
    out_ += "</tbody></table>\n";
    out_ += R"(<table class="small" id="by-language"><caption>by offending version</caption>)";
    out_ += head;
    for (const auto d : columns_) {
      const auto it = by_lang.find(r_.documents[d].lang);
      if (it == by_lang.end()) continue;
      out_ += "<tr><th>";
      text(it->first);
      out_ += "</th>";
      count_cells(it->second);
      out_ += "</tr>";
      by_lang.erase(it);
    }
    out_ += "</tbody></table>\n</div>\n</section>\n";
  }

  void versions() {
    std::vector<Counts> by_doc(n_, Counts{});
    for (const Finding& f : r_.findings) {
      if (offending(f) < n_) ++by_doc[offending(f)].at(static_cast<std::size_t>(f.severity));
    }
    out_ += "<section id=\"versions\" aria-labelledby=\"h-versions\">\n";
    out_ += n_ <= 8 ? "<details open>" : "<details>";
    out_ += R"(<summary><h2 id="h-versions" style="display:inline">Versions <small>)";
    num(n_);
    out_ += "</small></h2></summary>\n<table class=\"small\" id=\"versions-table\"><thead><tr>";
    out_ += "<th>version</th><th>path</th><th>segments</th><th>unaligned</th><th>facts</th>";
    out_ += R"(<th class="c-error">E</th><th class="c-warning">W</th><th class="c-info">I</th>)";
    out_ += "</tr></thead><tbody>\n";
    for (const auto d : columns_) {
      const Document& doc = r_.documents[d];
      std::uint32_t unaligned = 0;
      for (std::uint32_t s = 0; s < doc.segments.size(); ++s) {
        if (!aligned_segment(d, s)) ++unaligned;
      }
      out_ += "<tr data-doc=\"" + doc_id(d) + "\"><th><b>";
      text(doc.lang);
      out_ += "</b>";
      if (d == r_.alignment.pivot) out_ += " <small>pivot</small>";
      if (rtl_[d]) out_ += " <small>rtl</small>";
      out_ += "</th><td class=\"path mono\">";
      text(doc.path);
      out_ += "</td><td class=\"n\">";
      num(doc.segments.size());
      out_ += "</td><td class=\"n\">";
      num(unaligned);
      out_ += "</td><td class=\"n\">";
      num(facts_per_doc_[d]);
      out_ += "</td>";
      count_cells(by_doc[d]);
      out_ += "</tr>\n";
    }
    out_ += "</tbody></table></details>\n</section>\n";
  }

  // ---- the aligned grid ----------------------------------------------------------------

  void cell_attributes(std::uint32_t d) {
    out_ += " data-doc=\"" + doc_id(d) + "\" lang=\"";
    text(r_.documents[d].lang);
    out_ += rtl_[d] ? R"(" dir="rtl")" : R"(" dir="ltr")";
  }

  void grid() {
    out_ += "<section id=\"aligned\" aria-labelledby=\"h-aligned\">\n";
    out_ += "<h2 id=\"h-aligned\">Aligned text <small>";
    num(r_.alignment.rows.size());
    out_ += " aligned rows";
    if (extra_rows_ > 0) {
      out_ += ", ";
      num(extra_rows_);
      out_ += " dimmed rows of content the other versions lack";
    }
    out_ += "</small></h2>\n<div class=\"scroller\" id=\"scroller\">\n";
    out_ += R"(<table class="grid" id="grid" style="--n:)";
    num(columns_.size());
    out_ += "\">\n<thead><tr><th class=\"rn\" scope=\"col\">row</th>";
    for (const auto d : columns_) {
      const bool pivot = d == r_.alignment.pivot;
      out_ += pivot ? R"(<th scope="col" class="pv")" : "<th scope=\"col\"";
      out_ += " data-doc=\"" + doc_id(d) + "\" data-lang=\"";
      text(r_.documents[d].lang);
      out_ += "\">";
      text(r_.documents[d].lang);
      if (pivot) out_ += " <small style=\"display:inline\">pivot</small>";
      out_ += "<small>";
      text(r_.documents[d].path);
      out_ += "</small></th>";
    }
    out_ += "</tr></thead>\n<tbody>\n";
    for (const DisplayRow& row : rows_) grid_row(row);
    out_ += "</tbody></table>\n</div>\n</section>\n";
  }

  void grid_row(const DisplayRow& row) {
    out_ += "<tr id=\"" + row.id + "\"";
    std::string cls;
    if (row.dimmed) cls = "un";
    if (row.new_paragraph) cls += cls.empty() ? "np" : " np";
    if (!cls.empty()) out_ += " class=\"" + cls + "\"";
    if (row.aligned >= 0) {
      out_ += " data-row=\"";
      num(static_cast<std::uint32_t>(row.aligned));
      out_ += "\"";
    }
    out_ += ">";
    if (row.aligned >= 0) {
      const double score = r_.alignment.rows[row.aligned].score;
      const int pct = std::isfinite(score)
                          ? static_cast<int>(std::lround(std::clamp(score, 0.0, 1.0) * 100))
                          : 0;
      out_ += pct < kLowConfidence * 100 ? "<th class=\"rn low\"" : "<th class=\"rn\"";
      out_ += " title=\"aligned row " + std::to_string(row.aligned) + ", confidence " +
              std::to_string(pct) + "%\">";
      num(static_cast<std::uint32_t>(row.aligned) + 1);
      out_ += "</th>";
    } else {
      out_ += R"(<th class="rn" title="content the other versions lack"></th>)";
    }
    for (const auto d : columns_) {
      const auto& segs = row.cells[d];
      const Document& doc = r_.documents[d];
      std::string cell_cls = d == r_.alignment.pivot ? "pv" : "";
      const bool furniture =
          !segs.empty() && std::all_of(segs.begin(), segs.end(), [&](std::uint32_t s) {
            return doc.segments[s].boilerplate;
          });
      const auto add = [&](std::string_view c) {
        if (!cell_cls.empty()) cell_cls += ' ';
        cell_cls += c;
      };
      if (segs.empty() && row.aligned >= 0 && !row.dimmed) add("gap");
      if (furniture) add("bp");
      out_ += "<td";
      if (!cell_cls.empty()) out_ += " class=\"" + cell_cls + "\"";
      cell_attributes(d);
      out_ += ">";
      for (std::size_t i = 0; i < segs.size(); ++i) {
        if (i > 0) out_ += ' ';
        segment_html(d, segs[i]);
      }
      out_ += "</td>";
    }
    out_ += "</tr>\n";
  }

  void open_fact(std::uint32_t fi) {
    const Fact& f = r_.facts[fi];
    const std::string kind(to_string(f.kind));
    out_ += "<mark class=\"fact k-" + class_safe(kind);
    if (fact_severity_[fi] >= 0) {
      out_ += " s-";
      out_ += to_string(static_cast<Severity>(fact_severity_[fi]));
    }
    out_ += "\" data-fact=\"" + fact_id(fi) + "\"";
    std::string title = kind + ": " + describe_value(f);
    if (fact_group_[fi] >= 0) {
      out_ += " data-group=\"g" + std::to_string(fact_group_[fi]) + "\"";
      title += " (group g" + std::to_string(fact_group_[fi]) + ")";
    }
    out_ += R"( tabindex="0" title=")";
    text(title);
    out_ += "\">";
  }

  /// A segment's text with its facts marked. Facts nest when one lies inside another; a fact
  /// that cannot be placed (crossing another, or outside its segment's text) is appended
  /// after the text so that every fact still has its element.
  void segment_html(std::uint32_t d, std::uint32_t si) {
    const Document& doc = r_.documents[d];
    const Segment& seg = doc.segments[si];
    out_ += "<span class=\"seg";
    if (seg.boilerplate) out_ += " bp";
    out_ += "\" id=\"s" + std::to_string(d) + "-" + std::to_string(si) + "\"";
    if (seg.boilerplate) {
      out_ += " title=\"site furniture";
      if (!seg.boilerplate_reason.empty()) {
        out_ += ": ";
        text(seg.boilerplate_reason);
      }
      out_ += "\"";
    }
    out_ += ">";
    const std::string_view body = seg.block < doc.blocks.size() ? doc.segment_text(seg) : "";
    struct Placed {
      std::uint32_t begin;
      std::uint32_t end;
      std::uint32_t fact;
    };
    std::vector<Placed> placed;
    std::vector<std::uint32_t> orphans;
    for (const auto fi : facts_in_[d][si]) {
      const Fact& f = r_.facts[fi];
      if (seg.block >= doc.blocks.size()) {
        orphans.push_back(fi);
        continue;
      }
      const Block& block = doc.blocks[seg.block];
      const std::uint32_t b = text_offset(block, f.span.begin);
      const std::uint32_t e = text_offset(block, f.span.end);
      if (b < seg.span.begin || e > seg.span.end || b >= e) {
        orphans.push_back(fi);
        continue;
      }
      placed.push_back({b - seg.span.begin, e - seg.span.begin, fi});
    }
    std::sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) {
      if (a.begin != b.begin) return a.begin < b.begin;
      if (a.end != b.end) return a.end > b.end;
      return a.fact < b.fact;
    });
    std::uint32_t pos = 0;
    std::vector<std::uint32_t> open;  // ends of the marks still open, innermost last
    const auto close_to = [&](std::uint32_t limit) {
      while (!open.empty() && open.back() <= limit) {
        text(body.substr(pos, open.back() - pos));
        pos = open.back();
        open.pop_back();
        out_ += "</mark>";
      }
    };
    for (const Placed& p : placed) {
      close_to(p.begin);
      if ((!open.empty() && p.end > open.back()) || p.begin < pos) {
        orphans.push_back(p.fact);
        continue;
      }
      text(body.substr(pos, p.begin - pos));
      pos = p.begin;
      open_fact(p.fact);
      open.push_back(p.end);
    }
    close_to(static_cast<std::uint32_t>(body.size()));
    text(body.substr(pos));
    if (!orphans.empty()) {
      std::sort(orphans.begin(), orphans.end());
      out_ += " <span class=\"orphan\">[";
      for (std::size_t i = 0; i < orphans.size(); ++i) {
        if (i > 0) out_ += ", ";
        open_fact(orphans[i]);
        text(r_.facts[orphans[i]].text);
        out_ += "</mark>";
      }
      out_ += "]</span>";
    }
    out_ += "</span>";
  }

  const Report& r_;
  std::uint32_t n_;
  std::string out_;
  std::size_t total_text_ = 0;
  std::vector<std::uint32_t> columns_;  ///< document indices, pivot first
  std::vector<bool> rtl_;
  std::map<std::string, std::uint32_t> kinds_;  ///< kind id → facts of that kind
  std::vector<std::vector<std::vector<std::uint32_t>>> facts_in_;  ///< [doc][segment] → facts
  std::vector<std::uint32_t> facts_per_doc_;
  std::vector<int> fact_severity_;        ///< worst finding listing the fact, -1 for none
  std::vector<std::int32_t> fact_group_;  ///< first group listing the fact, -1 for none
  std::vector<DisplayRow> rows_;
  std::vector<std::vector<bool>> shown_;           ///< [doc][segment] placed in a row
  std::vector<std::vector<std::int32_t>> row_of_;  ///< [doc][segment] → index into rows_
  std::uint32_t extra_rows_ = 0;
};

}  // namespace

std::string render_html(const Report& report) { return HtmlWriter(report).render(); }

}  // namespace factlint::report
