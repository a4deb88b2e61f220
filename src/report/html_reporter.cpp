// The HTML report: one self-contained page, versions in aligned columns, facts highlighted.
#include "report/html_reporter.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace factlint::report {
namespace {

void escape_into(std::string& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
}

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  escape_into(out, text);
  return out;
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

constexpr std::string_view kStyle = R"css(
:root{--err:#b3261e;--warn:#9a6700;--info:#0b57d0;--bg:#fff;--fg:#1f1f1f;--mut:#5f6368;--line:#dadce0}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:var(--fg);background:var(--bg)}
header{padding:16px 24px;border-bottom:1px solid var(--line)}
h1{font-size:20px;margin:0 0 4px}h2{font-size:17px;margin:24px 24px 8px}
.sum span{margin-right:14px}.sum .e{color:var(--err)}.sum .w{color:var(--warn)}.sum .i{color:var(--info)}
ol.findings{margin:0 24px;padding-left:24px}
ol.findings li{margin:6px 0}
.sev{font-weight:600;text-transform:uppercase;font-size:12px;padding:1px 6px;border-radius:4px;color:#fff}
.sev.error{background:var(--err)}.sev.warning{background:var(--warn)}.sev.info{background:var(--info)}
.rule{font-family:ui-monospace,monospace;color:var(--mut);font-size:13px}
.facts{color:var(--mut);font-size:13px;margin:2px 0 0}
.wrap{overflow-x:auto;margin:0 24px 24px}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid var(--line);padding:6px 8px;vertical-align:top;text-align:start}
th{background:#f8f9fa;position:sticky;top:0;font-size:13px}
th small{display:block;color:var(--mut);font-weight:400;word-break:break-all}
td.bp{color:var(--mut);background:#fafafa;font-size:13px}
tr.extra td{background:#fcfcfc}
tr:target td{outline:2px solid var(--info);outline-offset:-2px}
td.gap{background:repeating-linear-gradient(45deg,#fff,#fff 6px,#f3f3f3 6px,#f3f3f3 12px)}
mark{background:#e8f0fe;border-radius:3px;padding:0 2px}
mark.error{background:#fce8e6;box-shadow:inset 0 -2px var(--err)}
mark.warning{background:#fef7e0;box-shadow:inset 0 -2px var(--warn)}
mark.info{background:#e8f0fe;box-shadow:inset 0 -2px var(--info)}
mark:target{outline:2px solid var(--fg)}
.row-link{font-size:12px;color:var(--mut);text-decoration:none}
)css";

class HtmlWriter {
 public:
  explicit HtmlWriter(const Report& r) : r_(r) {
    // The worst severity of a finding touching each fact decides its highlight.
    for (const Finding& finding : r_.findings) {
      for (const auto f : finding.facts) {
        auto& sev = fact_severity_[f];
        sev = std::max(sev, static_cast<int>(finding.severity));
      }
    }
    facts_by_segment_.resize(r_.documents.size());
    for (std::size_t i = 0; i < r_.facts.size(); ++i) {
      const Fact& f = r_.facts[i];
      if (f.doc < facts_by_segment_.size()) {
        facts_by_segment_[f.doc][f.segment].push_back(static_cast<std::uint32_t>(i));
      }
    }
  }

  std::string render() {
    const Summary s = summarize(r_.findings);
    out_ += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out_ +=
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'\">\n";
    out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out_ += "<title>factlint report</title>\n<style>";
    out_ += kStyle;
    out_ += "</style>\n</head>\n<body>\n<header>\n<h1>factlint report</h1>\n<div class=\"sum\">";
    out_ += "<span>" + std::to_string(r_.documents.size()) + " versions</span>";
    out_ += "<span class=\"e\">" + std::to_string(s.error) + " errors</span>";
    out_ += "<span class=\"w\">" + std::to_string(s.warning) + " warnings</span>";
    out_ += "<span class=\"i\">" + std::to_string(s.info) + " infos</span>";
    out_ += "</div>\n</header>\n";
    findings();
    versions();
    out_ += "</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  std::string lang_of(std::uint32_t doc) const {
    return doc < r_.documents.size() ? r_.documents[doc].lang : "?";
  }

  std::string row_anchor(std::uint32_t doc, std::uint32_t segment) const {
    if (doc < r_.alignment.row_of_segment.size() &&
        segment < r_.alignment.row_of_segment[doc].size() &&
        r_.alignment.row_of_segment[doc][segment] >= 0) {
      return "r" + std::to_string(r_.alignment.row_of_segment[doc][segment]);
    }
    return "s" + std::to_string(doc) + "-" + std::to_string(segment);
  }

  std::string segment_of_span(std::uint32_t doc, Span span) const {
    const Document& d = r_.documents[doc];
    for (std::uint32_t i = 0; i < d.segments.size(); ++i) {
      const Span s = d.source_span(d.segments[i].block, d.segments[i].span);
      if (span.begin >= s.begin && span.begin <= s.end) return row_anchor(doc, i);
    }
    return "versions";
  }

  void findings() {
    out_ += "<h2>Findings</h2>\n";
    if (r_.findings.empty()) {
      out_ += "<p style=\"margin:0 24px\">No disagreement found.</p>\n";
      return;
    }
    out_ += "<ol class=\"findings\">\n";
    for (const Finding& f : r_.findings) {
      const std::string sev(to_string(f.severity));
      std::string target = segment_of_span(f.doc, f.span);
      if (!f.facts.empty() && r_.facts[f.facts.front()].doc == f.doc) {
        target = "f" + std::to_string(f.facts.front());
      }
      out_ += R"(<li><span class="sev )";
      out_ += sev;
      out_ += R"(">)";
      out_ += sev;
      out_ += R"(</span> <a href="#)";
      out_ += target;
      out_ += R"(">)";
      out_ += escape(lang_of(f.doc));
      out_ += "</a> ";
      out_ += escape(f.message);
      out_ += R"( <span class="rule">[)";
      out_ += escape(f.rule);
      out_ += "]</span>";
      if (!f.facts.empty()) {
        out_ += "<div class=\"facts\">";
        for (std::size_t i = 0; i < f.facts.size(); ++i) {
          const Fact& fact = r_.facts[f.facts[i]];
          if (i > 0) out_ += " · ";
          out_ += "<a href=\"#f" + std::to_string(f.facts[i]) + "\">" + escape(lang_of(fact.doc)) +
                  "</a>: " + escape(fact.text) + " = " + escape(describe_value(fact));
        }
        out_ += "</div>";
      }
      out_ += "</li>\n";
    }
    out_ += "</ol>\n";
  }

  void segment_html(std::uint32_t doc, std::uint32_t seg_index) {
    const Document& d = r_.documents[doc];
    const Segment& seg = d.segments[seg_index];
    const Block& block = d.blocks[seg.block];
    const std::string_view text = d.segment_text(seg);
    std::vector<std::uint32_t> facts;
    const auto& by_seg = facts_by_segment_[doc];
    if (const auto it = by_seg.find(seg_index); it != by_seg.end()) facts = it->second;
    std::sort(facts.begin(), facts.end(), [&](std::uint32_t a, std::uint32_t b) {
      return r_.facts[a].span.begin < r_.facts[b].span.begin;
    });
    std::uint32_t pos = 0;
    for (const auto fi : facts) {
      const Fact& f = r_.facts[fi];
      const std::uint32_t b = text_offset(block, f.span.begin);
      const std::uint32_t e = text_offset(block, f.span.end);
      if (b < seg.span.begin || e > seg.span.end || b >= e) continue;
      const std::uint32_t rb = b - seg.span.begin;
      const std::uint32_t re = e - seg.span.begin;
      if (rb < pos) continue;  // overlapping facts: keep the first
      escape_into(out_, text.substr(pos, rb - pos));
      std::string cls;
      if (const auto it = fact_severity_.find(fi); it != fact_severity_.end()) {
        cls = std::string(to_string(static_cast<Severity>(it->second)));
      }
      out_ += "<mark id=\"f" + std::to_string(fi) + "\"" +
              (cls.empty() ? std::string() : " class=\"" + cls + "\"") + " title=\"" +
              escape(std::string(to_string(f.kind)) + ": " + describe_value(f)) + "\">";
      escape_into(out_, text.substr(rb, re - rb));
      out_ += "</mark>";
      pos = re;
    }
    escape_into(out_, text.substr(pos));
  }

  void cell(std::uint32_t doc, const std::vector<std::uint32_t>& segments) {
    if (segments.empty()) {
      out_ += "<td class=\"gap\"></td>";
      return;
    }
    const Document& d = r_.documents[doc];
    const bool all_bp = std::all_of(segments.begin(), segments.end(),
                                    [&](std::uint32_t s) { return d.segments[s].boilerplate; });
    out_ += all_bp ? R"(<td class="bp" dir="auto">)" : R"(<td dir="auto">)";
    for (std::size_t i = 0; i < segments.size(); ++i) {
      if (i > 0) out_ += ' ';
      segment_html(doc, segments[i]);
    }
    out_ += "</td>";
  }

  void versions() {
    const auto n = static_cast<std::uint32_t>(r_.documents.size());
    out_ +=
        "<h2 id=\"versions\">Versions side by side</h2>\n<div class=\"wrap\"><table>\n<thead><tr>";
    for (std::uint32_t d = 0; d < n; ++d) {
      out_ += "<th>" + escape(r_.documents[d].lang) + (d == r_.alignment.pivot ? " (pivot)" : "") +
              "<small>" + escape(r_.documents[d].path) + "</small></th>";
    }
    out_ += "</tr></thead>\n<tbody>\n";
    // Emit rows in order; segments without a row are shown in extra rows where they occur.
    std::vector<std::uint32_t> next(n, 0);
    const auto flush_unaligned = [&](const std::vector<std::uint32_t>& upto) {
      std::vector<std::vector<std::uint32_t>> extra(n);
      bool any = false;
      for (std::uint32_t d = 0; d < n; ++d) {
        const auto& rows = d < r_.alignment.row_of_segment.size() ? r_.alignment.row_of_segment[d]
                                                                  : std::vector<std::int32_t>{};
        for (std::uint32_t s = next[d]; s < upto[d]; ++s) {
          if (s >= rows.size() || rows[s] < 0) {
            extra[d].push_back(s);
            any = true;
          }
        }
        next[d] = std::max(next[d], upto[d]);
      }
      if (!any) return;
      out_ += "<tr class=\"extra\">";
      for (std::uint32_t d = 0; d < n; ++d) {
        if (extra[d].empty()) {
          out_ += "<td></td>";
          continue;
        }
        out_ += R"(<td class="bp" dir="auto" id="s)" + std::to_string(d) + "-" +
                std::to_string(extra[d].front()) + "\">";
        for (std::size_t i = 0; i < extra[d].size(); ++i) {
          if (i > 0) out_ += "<br>";
          segment_html(d, extra[d][i]);
        }
        out_ += "</td>";
      }
      out_ += "</tr>\n";
    };
    for (std::size_t r = 0; r < r_.alignment.rows.size(); ++r) {
      const AlignedRow& row = r_.alignment.rows[r];
      std::vector<std::uint32_t> upto(next);
      for (std::uint32_t d = 0; d < n && d < row.segments.size(); ++d) {
        if (!row.segments[d].empty()) upto[d] = row.segments[d].front();
      }
      flush_unaligned(upto);
      out_ += "<tr id=\"r" + std::to_string(r) + "\">";
      for (std::uint32_t d = 0; d < n; ++d) {
        static const std::vector<std::uint32_t> none;
        const auto& segs = d < row.segments.size() ? row.segments[d] : none;
        cell(d, segs);
        if (!segs.empty()) next[d] = std::max(next[d], segs.back() + 1);
      }
      out_ += "</tr>\n";
    }
    std::vector<std::uint32_t> end(n);
    for (std::uint32_t d = 0; d < n; ++d) {
      end[d] = static_cast<std::uint32_t>(r_.documents[d].segments.size());
    }
    flush_unaligned(end);
    out_ += "</tbody></table></div>\n";
  }

  const Report& r_;
  std::string out_;
  std::map<std::uint32_t, int> fact_severity_;
  std::vector<std::map<std::uint32_t, std::vector<std::uint32_t>>> facts_by_segment_;
};

}  // namespace

std::string render_html(const Report& report) { return HtmlWriter(report).render(); }

}  // namespace factlint::report
