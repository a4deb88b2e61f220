// The HTML reporter on hand-built reports: escaping, CSP, hooks, row layout, determinism.
#include "report/html_reporter.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "../check/report_builder.hpp"
#include "report/html_assets.hpp"

using factlint::FactKind;
using factlint::Finding;
using factlint::Report;
using factlint::Severity;
using factlint::report::render_html;
using factlint::testing::dollar_sign;
using factlint::testing::ReportBuilder;

namespace {

std::size_t count(std::string_view haystack, std::string_view needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string_view::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

/// The page without its own style sheet and script, i.e. only what the reporter wrote.
std::string markup(const std::string& page) {
  std::string out = page;
  for (const auto& [open, close] :
       {std::pair<std::string_view, std::string_view>{"<style>", "</style>"},
        {"<script>", "</script>"}}) {
    const auto b = out.find(open);
    const auto e = out.find(close, b);
    REQUIRE(b != std::string::npos);
    REQUIRE(e != std::string::npos);
    out.erase(b, e + close.size() - b);
  }
  return out;
}

/// Two versions with a changed amount, an unaligned furniture line in the second, and a finding.
Report sample() {
  ReportBuilder b;
  const auto en = b.doc("en", {"The fund paid $5 million.", "It helped 40 families."});
  const auto de =
      b.doc("de", {"Der Fonds zahlte 6 Millionen Dollar.", "Teilen 12", "Er half 40 Familien."});
  const auto fe = b.fact(en, FactKind::money, "$5 million", "5e6", {dollar_sign()});
  const auto fd = b.fact(de, FactKind::money, "6 Millionen Dollar", "6e6", {dollar_sign()});
  b.fact(de, FactKind::number, "12", "12");
  const auto ne = b.fact(en, FactKind::number, "40", "40");
  const auto nd = b.fact(de, FactKind::number, "40", "40");
  auto& a = b.report.alignment;
  a.pivot = en;
  a.rows.resize(2);
  a.rows[0].segments = {{0}, {0}};
  a.rows[0].score = 0.9;
  a.rows[1].segments = {{1}, {2}};
  a.rows[1].score = 0.3;
  a.row_of_segment = {{0, 1}, {0, -1, 1}};
  b.report.documents[de].segments[1].boilerplate = true;
  b.report.documents[de].segments[1].boilerplate_reason = "share counter";
  b.group({fe, fd});
  b.group({ne, nd});
  Finding f;
  f.rule = "value-mismatch";
  f.severity = Severity::error;
  f.message = "de says \"6 Millionen Dollar\" but en says \"$5 million\"";
  f.docs = {de, en};
  f.facts = {fd, fe};
  f.doc = de;
  f.span = b.report.facts[fd].span;
  f.fingerprint = "00aa11bb22cc33dd";
  b.report.findings.push_back(f);
  return b.report;
}

/// Position in `page` of the element with id `id`.
std::size_t where(const std::string& page, const std::string& id) {
  return page.find(" id=\"" + id + "\"");
}

/// The id of the grid row that contains position `pos`.
std::string row_at(const std::string& page, std::size_t pos) {
  const auto tr = page.rfind("<tr id=\"", pos);
  if (tr == std::string::npos) return {};
  const auto begin = tr + 8;
  return page.substr(begin, page.find('"', begin) - begin);
}

}  // namespace

TEST_CASE("html: a Content-Security-Policy forbids every load and allows only the page's script") {
  const std::string page = render_html(sample());
  const std::string csp =
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src '" +
      std::string(factlint::report::detail::html_script_hash()) + "'; style-src 'unsafe-inline';";
  CHECK(page.find(csp) != std::string::npos);
  CHECK(page.find(csp) < page.find("<style>"));
  CHECK(factlint::report::detail::html_script_hash().rfind("sha256-", 0) == 0);
  CHECK(factlint::report::detail::html_script_hash().size() == 7 + 44);
  CHECK(count(page, "<script") == 1);
  CHECK(page.find("<script>" + std::string(factlint::report::detail::html_script()) +
                  "</script>") != std::string::npos);
  CHECK(page.find("http:") == std::string::npos);
  CHECK(page.find("https:") == std::string::npos);
}

TEST_CASE("html: every piece of input text is escaped") {
  ReportBuilder b;
  const std::string evil =
      "<script>alert(1)</script> <img src=x onerror=\"alert('x')\"> </style> <!-- & "
      "javascript:alert(2)";
  const auto en = b.doc("en", {"Paid $5 million. " + evil}, "a<u>&\"'.en.txt");
  const auto de = b.doc("de", {"Zahlte 6 Millionen Dollar. " + evil});
  const auto fe = b.fact(en, FactKind::money, "$5 million", "5e6", {dollar_sign()});
  const auto fd = b.fact(de, FactKind::money, "6 Millionen Dollar", "6e6", {dollar_sign()});
  b.align_by_index();
  b.report.documents[de].segments[0].boilerplate = true;
  b.report.documents[de].segments[0].boilerplate_reason = evil;
  b.group({fe, fd});
  Finding f;
  f.rule = "value-<mismatch>";
  f.message = evil;
  f.docs = {de, en};
  f.facts = {fd, fe};
  f.doc = de;
  f.fingerprint = "\"><script>x</script>";
  b.report.findings.push_back(f);
  const std::string page = render_html(b.report);
  const std::string rest = markup(page);
  for (const std::string_view raw :
       {"<script", "</script", "<img", "</style", "<!--", "onerror=\"", "<u>", "<mismatch>"}) {
    CAPTURE(raw);
    CHECK(rest.find(raw) == std::string::npos);
  }
  CHECK(rest.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(rest.find("onerror=&quot;alert(&#39;x&#39;)&quot;") != std::string::npos);
  CHECK(rest.find("a&lt;u&gt;&amp;&quot;&#39;.en.txt") != std::string::npos);
  CHECK(rest.find("data-finding=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"") !=
        std::string::npos);
  CHECK(rest.find("&lt;!-- &amp; javascript:alert(2)") != std::string::npos);
}

TEST_CASE("html: the same report renders to the same bytes") {
  CHECK(render_html(sample()) == render_html(sample()));
}

TEST_CASE("html: hooks for findings, facts, groups and columns") {
  const Report r = sample();
  const std::string page = render_html(r);
  CHECK(count(page, "data-finding=\"00aa11bb22cc33dd\"") == 1);
  CHECK(page.find("data-facts=\"f1 f0\"") != std::string::npos);
  CHECK(page.find("data-docs=\"d1 d0\"") != std::string::npos);
  CHECK(page.find("data-langs=\"de en\"") != std::string::npos);
  for (std::size_t i = 0; i < r.facts.size(); ++i) {
    CAPTURE(i);
    CHECK(count(page, "data-fact=\"f" + std::to_string(i) + "\"") == 1);
  }
  CHECK(count(page, "data-group=\"g0\"") == 2);
  CHECK(count(page, "data-group=\"g1\"") == 2);
  // The finding's facts carry its severity; the others only their kind.
  CHECK(page.find("class=\"fact k-money s-error\" data-fact=\"f0\"") != std::string::npos);
  CHECK(page.find("class=\"fact k-number\" data-fact=\"f3\"") != std::string::npos);
  // The finding scrolls to the row of the offending version's fact.
  CHECK(page.find("data-target=\"r0\"") != std::string::npos);
  CHECK(count(page, "<th scope=\"col\"") == 2);
  CHECK(page.find("<th scope=\"col\" class=\"pv\" data-doc=\"d0\"") != std::string::npos);
  CHECK(page.find("<tr id=\"r1\" data-row=\"1\"><th class=\"rn low\"") != std::string::npos);
}

TEST_CASE("html: the pivot is the first column wherever it is among the inputs") {
  Report r = sample();
  r.alignment.pivot = 1;
  const std::string page = render_html(r);
  const auto de = page.find("<th scope=\"col\" class=\"pv\" data-doc=\"d1\"");
  const auto en = page.find("<th scope=\"col\" data-doc=\"d0\"");
  REQUIRE(de != std::string::npos);
  REQUIRE(en != std::string::npos);
  CHECK(de < en);
}

TEST_CASE("html: kinds are classes, coloured and listed from their ids") {
  const std::string page = render_html(sample());
  CHECK(page.find(".k-money{--k:hsl(") != std::string::npos);
  CHECK(page.find(".k-number{--k:hsl(") != std::string::npos);
  CHECK(page.find(".k-percent{") == std::string::npos);  // no percent fact in the sample
  CHECK(page.find("data-kind=\"money\">money</span><small>2</small>") != std::string::npos);
  CHECK(page.find("data-kind=\"number\">number</span><small>3</small>") != std::string::npos);
}

TEST_CASE("html: right-to-left versions get dir=rtl on every cell of their column") {
  ReportBuilder b;
  b.doc("en", {"It cost $5 million.", "Done."});
  b.doc("he", {"זה עלה 5 מיליון דולר.", "סוף."});
  b.doc("ar", {"بلغت التكلفة ٥ ملايين دولار.", "انتهى."});
  b.align_by_index();
  const std::string page = render_html(b.report);
  CHECK(count(page, "data-doc=\"d1\" lang=\"he\" dir=\"rtl\"") == 2);
  CHECK(count(page, "data-doc=\"d2\" lang=\"ar\" dir=\"rtl\"") == 2);
  CHECK(count(page, "data-doc=\"d0\" lang=\"en\" dir=\"ltr\"") == 2);
}

namespace {

/// Checks that every segment is shown once (and, unless told otherwise, in its document's order)
/// and returns the id of the grid row holding each one ([doc][segment]).
std::vector<std::vector<std::string>> rows_of_segments(const Report& r, bool in_order = true) {
  const std::string page = render_html(r);
  std::vector<std::vector<std::string>> rows(r.documents.size());
  for (std::size_t d = 0; d < r.documents.size(); ++d) {
    std::size_t last = 0;
    for (std::size_t s = 0; s < r.documents[d].segments.size(); ++s) {
      const std::string id = "s" + std::to_string(d) + "-" + std::to_string(s);
      CAPTURE(id);
      CHECK(count(page, " id=\"" + id + "\"") == 1);
      const auto at = where(page, id);
      if (in_order) CHECK(at > last);
      last = at;
      rows[d].push_back(row_at(page, at));
    }
  }
  return rows;
}

}  // namespace

TEST_CASE("html: rows that list unaligned pivot segments (the aligner of today)") {
  ReportBuilder b;
  b.doc("en", {"A1.", "Share 3", "A2.", "A3."});
  b.doc("de", {"B1.", "B2.", "Teilen 5", "B3."});
  auto& a = b.report.alignment;
  a.rows.resize(4);
  a.rows[0].segments = {{0}, {0}};
  a.rows[1].segments = {{1}, {}};  // the pivot's furniture has a row of its own
  a.rows[2].segments = {{2}, {1}};
  a.rows[3].segments = {{3}, {3}};
  a.row_of_segment = {{0, -1, 2, 3}, {0, 2, -1, 3}};
  const auto rows = rows_of_segments(b.report);
  CHECK(rows[0] == std::vector<std::string>{"r0", "r1", "r2", "r3"});
  CHECK(rows[1] == std::vector<std::string>{"r0", "r2", "u0", "r3"});
  const std::string page = render_html(b.report);
  CHECK(page.find("<tr id=\"r1\" class=\"un\"") != std::string::npos);
  CHECK(page.find("<tr id=\"u0\" class=\"un\"") != std::string::npos);
  CHECK(where(page, "u0") > where(page, "r2"));
  CHECK(where(page, "u0") < where(page, "r3"));
}

TEST_CASE("html: rows that list aligned content only (the aligner being written)") {
  ReportBuilder b;
  b.doc("en", {"Share 3", "A1.", "A2.", "Extra.", "A3."});
  b.doc("de", {"B1.", "Teilen 5", "B2.", "B3.", "Mehr dazu"});
  b.doc("fr", {"C1.", "C2.", "C3."});
  auto& a = b.report.alignment;
  a.rows.resize(3);
  a.rows[0].segments = {{1}, {0}, {0}};
  a.rows[1].segments = {{2}, {2}, {1}};
  a.rows[2].segments = {{4}, {3}, {2}};
  a.row_of_segment = {{-1, 0, 1, -1, 2}, {0, -1, 1, 2, -1}, {0, 1, 2}};
  const auto rows = rows_of_segments(b.report);
  CHECK(rows[0] == std::vector<std::string>{"u0", "r0", "r1", "u2", "r2"});
  CHECK(rows[1] == std::vector<std::string>{"r0", "u1", "r1", "r2", "u3"});
  CHECK(rows[2] == std::vector<std::string>{"r0", "r1", "r2"});
}

TEST_CASE("html: segments a malformed alignment leaves out or repeats are still shown once") {
  ReportBuilder b;
  b.doc("en", {"A1.", "A2.", "A3."});
  b.doc("de", {"B1.", "B2.", "B3."});
  auto& a = b.report.alignment;
  a.rows.resize(2);
  a.rows[0].segments = {{2, 9}, {1}};  // 9 is out of range
  a.rows[1].segments = {{2}, {0}};     // en 2 again, de back to 0
  a.row_of_segment = {{-1}};           // too short
  a.groups.push_back({FactKind::number, 0, {7, -1}});
  const auto rows = rows_of_segments(b.report, /*in_order=*/false);
  CHECK(rows[0] == std::vector<std::string>{"u0", "u0", "r0"});
  CHECK(rows[1] == std::vector<std::string>{"r1", "r0", "u1"});
  Report r = b.report;
  r.alignment.pivot = 5;
  CHECK_FALSE(render_html(r).empty());
}

TEST_CASE("html: nested, crossing and misplaced facts each keep one element") {
  ReportBuilder b;
  const auto en = b.doc("en", {"They paid $5 million for 12 shares."});
  const auto money = b.fact(en, FactKind::money, "$5 million", "5e6", {dollar_sign()});
  const auto inner = b.fact(en, FactKind::number, "5 million", "5e6");
  const auto crossing = b.fact(en, FactKind::number, "million for 12", "12");
  const auto outside = b.fact(en, FactKind::number, "12", "12");
  b.last().span = {900, 902};  // beyond the text
  b.align_by_index();
  const std::string page = render_html(b.report);
  for (const auto f : {money, inner, crossing, outside}) {
    CAPTURE(f);
    CHECK(count(page, "data-fact=\"f" + std::to_string(f) + "\"") == 1);
  }
  const auto outer_at = page.find("data-fact=\"f0\"");
  const auto inner_at = page.find("data-fact=\"f1\"");
  CHECK(outer_at < inner_at);
  CHECK(page.find("</mark></mark> for 12 shares.") != std::string::npos);
  CHECK(page.find("<span class=\"orphan\">") != std::string::npos);
}

TEST_CASE("html: an empty report and a report without findings render") {
  const std::string empty = render_html(Report{});
  CHECK(empty.find("No disagreement found.") != std::string::npos);
  CHECK(empty.find("</html>\n") != std::string::npos);
  Report r = sample();
  r.findings.clear();
  const std::string clean = render_html(r);
  CHECK(clean.find("No disagreement found.") != std::string::npos);
  CHECK(clean.find("data-finding=") == std::string::npos);
  CHECK(clean.find(" s-error\" data-fact=") == std::string::npos);
}
