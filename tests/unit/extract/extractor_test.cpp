// Unit tests for the number, money and percent extractors and the document-level driver.
#include "extract/extractor.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/document.hpp"
#include "core/fact.hpp"
#include "core/kinds.hpp"
#include "extract/registry.hpp"
#include "extract/resolver.hpp"

using factlint::Decimal;
using factlint::Fact;
using factlint::FactKind;
using factlint::extract::extract_text;

#ifndef FACTLINT_SOURCE_DIR
#error "FACTLINT_SOURCE_DIR must name the repository root"
#endif

namespace {

Decimal dec(std::string_view s) {
  const auto d = Decimal::parse(s);
  REQUIRE(d.has_value());
  return *d;
}

/// The only fact in `text`; fails the test when there is not exactly one.
Fact one(std::string_view text, std::string_view lang) {
  const auto facts = extract_text(text, lang);
  INFO("text: " << text << " (" << lang << ")");
  REQUIRE(facts.size() == 1);
  return facts[0];
}

std::vector<std::string> preferred(const Fact& f) {
  std::vector<std::string> out;
  for (const auto& c : f.currencies()) out.push_back(c.preferred);
  return out;
}

}  // namespace

TEST_CASE("separators are read by the document's locale") {
  CHECK(one("1,234,567 people", "en").amount().value == dec("1234567"));
  CHECK(one("1.234.567 Menschen", "de").amount().value == dec("1234567"));
  CHECK(one("1 234 567 personnes", "fr").amount().value == dec("1234567"));
  CHECK(one("1\u202F234\u202F567 personnes", "fr").amount().value == dec("1234567"));
  CHECK(one("1\u00A0234 personer", "sv").amount().value == dec("1234"));
  CHECK(one("12,5 Prozent", "de").amount().value == dec("12.5"));
  CHECK(one("1.234,56 Euro", "de").amount().value == dec("1234.56"));
  CHECK(one("1'234'567 Franken", "de-CH").amount().value == dec("1234567"));
  CHECK(one("12,34,567 लोग", "hi").amount().value == dec("1234567"));
  const Fact plain = one("903.9 billion", "en");
  CHECK(plain.amount().format.decimal_sep == ".");
  CHECK_FALSE(plain.amount().format.foreign);
  CHECK_FALSE(plain.amount().format.ambiguous);
}

TEST_CASE("ambiguous readings keep both values") {
  const Fact en = one("The report counted 1.500 complaints.", "en");
  CHECK(en.amount().value == dec("1.5"));
  CHECK(en.amount().format.ambiguous);
  REQUIRE(en.amount().alternative.has_value());
  CHECK(*en.amount().alternative == dec("1500"));
  const Fact de = one("Es kamen 1,500 Gäste.", "de");
  CHECK(de.amount().value == dec("1.5"));
  CHECK(de.amount().alternative == dec("1500"));
  // The locale's own grouping is not ambiguous.
  const Fact de_group = one("Es kamen 1.500 Gäste.", "de");
  CHECK(de_group.amount().value == dec("1500"));
  CHECK_FALSE(de_group.amount().format.ambiguous);
}

TEST_CASE("foreign separators: the other locale's reading and the expected form") {
  const Fact sv = one("Affären värderades till 6.3 miljarder dollar.", "sv");
  CHECK(sv.kind == FactKind::money);
  CHECK(sv.amount().value == dec("6300000000"));
  CHECK(sv.amount().format.foreign);
  CHECK(sv.amount().format.expected == "6,3");
  const Fact en = one("valued at $6,3 billion", "en");
  CHECK(en.amount().value == dec("6300000000"));
  CHECK(en.amount().format.foreign);
  CHECK(en.amount().format.expected == "6.3");
  const Fact en_groups = one("Output reached 1.234.567 tonnes.", "en");
  CHECK(en_groups.amount().value == dec("1234567"));
  CHECK(en_groups.amount().format.expected == "1,234,567");
  const Fact de_groups = one("Es waren 1,234,567 Menschen.", "de");
  CHECK(de_groups.amount().value == dec("1234567"));
  CHECK(de_groups.amount().format.foreign);
  CHECK(de_groups.amount().format.expected == "1.234.567");
  const Fact id = one("naik 6.3 persen", "id");
  CHECK(id.amount().format.foreign);
  CHECK(id.amount().format.expected == "6,3");
}

TEST_CASE("native and fullwidth digits") {
  const Fact ar = one("بلغت قيمة الصفقة ٦٫٣ مليار دولار.", "ar");
  CHECK(ar.kind == FactKind::money);
  CHECK(ar.amount().value == dec("6300000000"));
  CHECK(ar.amount().format.native_digits);
  CHECK(preferred(ar) == std::vector<std::string>{"USD"});
  CHECK(one("३ करोड़ रुपये", "hi").amount().value == dec("30000000"));
  CHECK(one("９０３９億円", "ja").amount().value == dec("903900000000"));
}

TEST_CASE("scale words and their plural forms") {
  struct Row {
    const char* lang;
    const char* text;
    const char* value;
  };
  const std::vector<Row> rows{
      {"en", "2.5 million users", "2500000"},
      {"de", "3,2 Milliarden Smartphones", "3200000000"},
      {"de", "1 Milliarde Fahrgäste", "1000000000"},
      {"de", "1,2 Billionen Schulden", "1200000000000"},
      {"fr", "6,3 milliards de personnes", "6300000000"},
      {"sv", "6,3 miljarder människor", "6300000000"},
      {"id", "903,9 miliar orang", "903900000000"},
      {"es", "6300 millones de personas", "6300000000"},
      {"es", "1,5 billones de personas", "1500000000000"},
      {"it", "2 miliardi di persone", "2000000000"},
      {"nl", "2 miljard mensen", "2000000000"},
      {"pt", "2 bilhões de pessoas", "2000000000"},
      {"pl", "5 miliardów osób", "5000000000"},
      {"pl", "2 miliardy osób", "2000000000"},
      {"ru", "5 миллиардов человек", "5000000000"},
      {"ja", "1億2400万人", "124000000"},
      {"zh", "14.1亿人", "1410000000"},
      {"ko", "1조2000억", "1200000000000"},
      {"hi", "45 लाख करोड़", "45000000000000"},
      {"ar", "8 مليارات نسمة", "8000000000"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    const Fact f = one(r.text, r.lang);
    CHECK(f.kind == FactKind::number);
    CHECK(f.amount().value == dec(r.value));
  }
  const Fact de = one("3,2 Mrd. Einwohner", "de");
  CHECK(de.amount().scale_word == "Mrd.");
  CHECK(de.amount().scale_power == 9);
  CHECK(de.amount().digits == "3,2");
}

TEST_CASE("money: symbols and words on either side, any case and plural") {
  struct Row {
    const char* lang;
    const char* text;
    const char* value;
    std::vector<std::string> currencies;
  };
  const std::vector<Row> rows{
      {"en", "US$ 6.3bn", "6300000000", {"USD"}},
      {"en", "¥903.9 billion", "903900000000", {"JPY"}},
      {"en", "903.9 billion yen", "903900000000", {"JPY"}},
      {"en", "15 million Dollars", "15000000", {"USD"}},
      {"en", "EUR 5", "5", {"EUR"}},
      {"en", "5 USD", "5", {"USD"}},
      {"en", "£300m", "300000000", {"GBP"}},
      {"de", "$6,3 Milliarden Euro", "6300000000", {"USD", "EUR"}},
      {"de", "€ 5", "5", {"EUR"}},
      {"de", "5 €", "5", {"EUR"}},
      {"de", "5 Euro", "5", {"EUR"}},
      {"de", "2,4 Milliarden US-Dollar", "2400000000", {"USD"}},
      {"fr", "6,3 milliards de dollars", "6300000000", {"USD"}},
      {"id", "903,9 miliar yen", "903900000000", {"JPY"}},
      {"id", "Rp 60 T", "60000000000000", {"IDR"}},
      {"es", "1.500 millones de dólares", "1500000000", {"USD"}},
      {"ko", "9,039억 엔", "903900000000", {"JPY"}},
      {"ja", "9039億円", "903900000000", {"JPY"}},
      {"zh", "903.9亿日元", "90390000000", {"JPY"}},
      {"hi", "6.3 अरब डॉलर", "6300000000", {"USD"}},
      {"es-MX", "$500", "500", {"MXN"}},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    const Fact f = one(r.text, r.lang);
    CHECK(f.kind == FactKind::money);
    CHECK(f.amount().value == dec(r.value));
    CHECK(preferred(f) == r.currencies);
    CHECK(f.text == r.text);
  }
  // "$" keeps every currency it may mean.
  const Fact usd = one("$5", "en");
  REQUIRE(usd.currencies().size() == 1);
  CHECK(usd.currencies()[0].codes.size() > 5);
  // A currency word before a number is not a prefix: "won 5 games".
  const auto facts = extract_text("They won 5 games.", "en");
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].kind == FactKind::number);
}

TEST_CASE("ranges carry both bounds with the scale applied to both") {
  const Fact en = one("5–7 million homes", "en");
  CHECK(en.amount().value == dec("5000000"));
  CHECK(en.amount().upper == dec("7000000"));
  const Fact de = one("5 bis 7 Millionen Menschen", "de");
  CHECK(de.amount().value == dec("5000000"));
  CHECK(de.amount().upper == dec("7000000"));
  const Fact money = one("$2–3 billion", "en");
  CHECK(money.kind == FactKind::money);
  CHECK(money.amount().upper == dec("3000000000"));
  const Fact ja = one("5万～7万人", "ja");
  CHECK(ja.amount().value == dec("50000"));
  CHECK(ja.amount().upper == dec("70000"));
  const Fact between = one("between 5 and 7 million", "en");
  CHECK(between.amount().upper == dec("7000000"));
  // The second bound may repeat the currency symbol.
  const Fact repeated = one("$2–$3 billion", "en");
  CHECK(repeated.amount().value == dec("2000000000"));
  CHECK(repeated.amount().upper == dec("3000000000"));
  CHECK(one("between $5 and $7 million", "en").amount().upper == dec("7000000"));
  // A change is two numbers, not a range.
  CHECK(extract_text("rose from 5 million to 7 million", "en").size() == 2);
  // A falling pair is no range: a score or a vote is two numbers, as "3 à 2" and "3対2" are
  // in the versions that write it so; a colon with one digit after it is one too.
  for (const auto& [text, lang] :
       {std::pair{"won 3-2 on Sunday", "en"}, std::pair{"gewann 3:2 am Sonntag", "de"},
        std::pair{"a gagné 3 à 2 dimanche", "fr"}}) {
    const auto facts = extract_text(text, lang);
    REQUIRE_MESSAGE(facts.size() == 2, text);
    CHECK(facts[0].amount().value == dec("3"));
    CHECK(facts[1].amount().value == dec("2"));
    CHECK_FALSE(facts[0].amount().upper);
  }
  CHECK(extract_text("the vote was 52-48", "en").size() == 2);
  CHECK(extract_text("a 1-1 draw", "en").size() == 2);
  // Not a score: a date with a leading zero, a time, arithmetic, a verse.
  CHECK(extract_text("on 07-03 we met", "en").empty());
  CHECK(extract_text("at 10:30 we met", "en").empty());
  CHECK(extract_text("John 3:16 says", "en").empty());
  for (const auto& f : extract_text("range [-2^9, 2^9-1]", "en")) {
    CHECK(f.amount().value != dec("1"));  // 9-1 after a power sign is arithmetic
  }
}

TEST_CASE("percentages and percentage points") {
  struct Row {
    const char* lang;
    const char* text;
    const char* value;
    bool points;
  };
  const std::vector<Row> rows{
      {"en", "12%", "12", false},
      {"en", "12 per cent", "12", false},
      {"fr", "12 %", "12", false},
      {"de", "12 Prozent", "12", false},
      {"id", "12 persen", "12", false},
      {"sv", "12 procent", "12", false},
      {"tr", "%12", "12", false},
      {"ar", "١٢٪", "12", false},
      {"zh", "百分之12", "12", false},
      {"ja", "12パーセント", "12", false},
      {"en", "0.25 percentage points", "0.25", true},
      {"de", "0,25 Prozentpunkte", "0.25", true},
      {"fr", "0,25 point de pourcentage", "0.25", true},
      {"id", "0,25 poin persentase", "0.25", true},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    const Fact f = one(r.text, r.lang);
    CHECK(f.kind == FactKind::percent);
    CHECK(f.amount().value == dec(r.value));
    CHECK(f.numeric().percentage_points == r.points);
  }
}

TEST_CASE("approximation words mark the amount, outside its span") {
  struct Row {
    const char* lang;
    const char* text;
    const char* span;
  };
  const std::vector<Row> rows{
      {"en", "around 40,000 people", "40,000"},
      {"de", "rund 6,3 Milliarden", "6,3 Milliarden"},
      {"fr", "environ 3 000 habitants", "3 000"},
      {"sv", "cirka 12 procent", "12 procent"},
      {"id", "sekitar Rp 5.000", "Rp 5.000"},
      {"es", "alrededor de 300", "300"},
      {"ru", "около 1500 гостей", "1500"},
      {"ja", "約1500人", "1500"},
      {"zh", "约5万人", "5万"},
      {"ko", "약 5만 명", "5만"},
      {"hi", "लगभग 300", "300"},
      {"ar", "حوالي 300 ألف", "300 ألف"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    const Fact f = one(r.text, r.lang);
    CHECK(f.amount().approximate);
    CHECK(f.text == r.span);
  }
  CHECK_FALSE(one("exactly 300 people", "en").amount().approximate);
}

TEST_CASE("not amounts: identifiers, versions, times, dates, phones, ordinals, years") {
  const std::vector<std::pair<const char*, const char*>> negatives{
      {"en", "Leaders of the G7 met."},
      {"en", "The H100 chip."},
      {"en", "A new COVID-19 wave."},
      {"de", "Die F&E-2 Abteilung."},
      {"en", "A 4K screen."},
      {"en", "Version 2.0.1 is out."},
      {"en", "Server 192.168.0.1 is down."},
      {"en", "It starts at 12:30."},
      {"de", "Am 3.7.2023 war es heiß."},
      {"en", "On 2023-07-03 it rained."},
      {"en", "Signed on 7/3/2023."},
      {"en", "Call +1 202-555-0147."},
      {"fr", "Appelez le 01 23 45 67 89."},
      {"de", "Sie belegte den 3. Platz."},
      {"de", "Es geschah am 3. Juli."},
      {"en", "She finished 3rd."},
      {"en", "It opened in 2019."},
      {"ja", "2023年に閉鎖された。"},
      {"sv", "Mötet börjar klockan 12.30."},
      {"fr", "Le train part à 12 h 30."},
      {"en", "Value {0} of {1}."},
      {"en", "Copy %1$s to %2$s."},
      {"en", "See note [3]."},
  };
  for (const auto& negative : negatives) {
    const char* lang = negative.first;
    const char* text = negative.second;
    CAPTURE(text);
    // Some are facts of other kinds (an identifier, a year, an ordinal), none is an amount.
    for (const auto& f : extract_text(text, lang)) {
      CAPTURE(f.text);
      const bool amount = f.is_numeric() && f.kind != FactKind::ordinal;
      CHECK_FALSE(amount);
    }
  }
  // A figure glued to its unit is a figure.
  CHECK(one("A 5m wall.", "en").amount().value == dec("5"));
  // A four-digit count outside a year context is a number.
  CHECK(one("Der Konzern streicht 2000 Stellen.", "de").amount().value == dec("2000"));
  CHECK(one("Der Konzern will 1950 Stellen streichen.", "de").amount().value == dec("1950"));
  CHECK(one("The firm will cut 1950 jobs.", "en").amount().value == dec("1950"));
  CHECK(one("同社は1950人を削減する。", "ja").amount().value == dec("1950"));
  // A determiner makes it a year; a bare four-digit number without year context is a count.
  CHECK(one("The 2000 election was close.", "en").kind == FactKind::date);
  CHECK(one("The 2024 elections were calm.", "en").kind == FactKind::date);
  // Opening a sentence with a verb after it, or after a label word ("für", "de"), with no
  // counted noun after it, it is a year; before a noun, a count.
  CHECK(one("2000 war ein Schaltjahr.", "de").kind == FactKind::date);
  CHECK(one("Die Zahlen für 2023 übertreffen die Erwartungen.", "de").kind == FactKind::date);
  CHECK(one("Für 2000 neue Stellen fehlt das Geld.", "de").kind == FactKind::number);
  CHECK(one("El presupuesto de 2024 fue aprobado.", "es").kind == FactKind::date);
  CHECK(one("Un equipo de 2000 empleados.", "es").kind == FactKind::number);
  // A sentence-final number in a language with ordinal dots is still a number.
  CHECK(one("Die Zahl stieg auf 42. Die Polizei ermittelt.", "de").amount().value == dec("42"));
}

TEST_CASE("negative numbers") {
  CHECK(one("fell to -5 degrees", "en").amount().value == dec("-5"));
  CHECK(one("a change of −0.3%", "en").amount().value == dec("-0.3"));
}

TEST_CASE("spans are byte offsets and facts are in text order") {
  const std::string text =
      "Rund 6,3 Milliarden Euro und 12 % mehr als im Jahr 2022 waren es 40.000.";
  const auto facts = extract_text(text, "de");
  REQUIRE(facts.size() == 4);
  CHECK(facts[0].kind == FactKind::money);
  CHECK(text.substr(facts[0].span.begin, facts[0].span.size()) == "6,3 Milliarden Euro");
  CHECK(facts[1].kind == FactKind::percent);
  CHECK(text.substr(facts[1].span.begin, facts[1].span.size()) == "12 %");
  CHECK(facts[2].kind == FactKind::date);
  CHECK(text.substr(facts[2].span.begin, facts[2].span.size()) == "2022");
  CHECK(facts[3].kind == FactKind::number);
  CHECK(facts[3].amount().value == dec("40000"));
  CHECK(facts[0].span.end <= facts[1].span.begin);
}

TEST_CASE("extract_document maps segment spans to source bytes") {
  factlint::Document doc;
  doc.lang = "en";
  // Source with markup the reader removed: "**$6.3 billion**" → block text "$6.3 billion".
  doc.source = "Intro.\n\nThe deal: **$6.3 billion** and 12% more.\n";
  factlint::Block block;
  block.text = "The deal: $6.3 billion and 12% more.";
  // "The deal: " at source 8, "$6.3 billion" at source 20, " and 12% more." at source 34.
  block.pieces = {{0, 8, 10}, {10, 20, 12}, {22, 34, 14}};
  doc.blocks.push_back(block);
  factlint::Segment seg;
  seg.block = 0;
  seg.span = {0, static_cast<std::uint32_t>(block.text.size())};
  doc.segments.push_back(seg);
  const auto facts = factlint::extract::extract_document(doc, 3);
  REQUIRE(facts.size() == 2);
  CHECK(facts[0].doc == 3u);
  CHECK(facts[0].segment == 0u);
  CHECK(doc.source.substr(facts[0].span.begin, facts[0].span.size()) == "$6.3 billion");
  CHECK(facts[0].text == "$6.3 billion");
  CHECK(doc.source.substr(facts[1].span.begin, facts[1].span.size()) == "12%");
}

TEST_CASE("the registry lists each extractor once, with a summary") {
  const auto& reg = factlint::extract::registry();
  REQUIRE_FALSE(reg.empty());
  std::set<std::string_view> ids;
  for (const auto& e : reg) {
    CHECK(ids.insert(e.id).second);
    CHECK_FALSE(e.summary.empty());
    CHECK((e.propose != nullptr));
  }
}

namespace {

factlint::extract::Candidate candidate(std::uint32_t begin, std::uint32_t end, FactKind kind,
                                       double score) {
  factlint::extract::Candidate c;
  c.fact.kind = kind;
  c.fact.span = {begin, end};
  if (kind == FactKind::identifier) c.fact.value = factlint::IdentifierValue{};
  c.score = score;
  return c;
}

}  // namespace

TEST_CASE("the resolver keeps the best non-overlapping readings, whatever their order") {
  using factlint::extract::resolve;
  // "Boeing 737": the number 737 [7,10) against the model [0,10).
  const auto model = resolve(
      {candidate(7, 10, FactKind::number, 1.0), candidate(0, 10, FactKind::identifier, 3.0)});
  REQUIRE(model.size() == 1);
  CHECK(model[0].kind == FactKind::identifier);
  // Two weaker readings that together outweigh one that overlaps both.
  const auto two =
      resolve({candidate(0, 4, FactKind::number, 1.0), candidate(3, 8, FactKind::date, 1.5),
               candidate(5, 9, FactKind::number, 1.0)});
  REQUIRE(two.size() == 2);
  CHECK(two[0].span.begin == 0);
  CHECK(two[1].span.begin == 5);
  // Same total: one reading of a span over two readings of its parts.
  const auto one =
      resolve({candidate(0, 2, FactKind::number, 1.0), candidate(2, 4, FactKind::number, 1.0),
               candidate(0, 4, FactKind::date, 2.0)});
  REQUIRE(one.size() == 1);
  CHECK(one[0].kind == FactKind::date);
  // Order of the input does not matter.
  const auto reversed =
      resolve({candidate(0, 4, FactKind::date, 2.0), candidate(2, 4, FactKind::number, 1.0),
               candidate(0, 2, FactKind::number, 1.0)});
  REQUIRE(reversed.size() == 1);
  CHECK(reversed[0].kind == FactKind::date);
  CHECK(resolve({}).empty());
}

TEST_CASE("a year is a year by its context, a four-digit count a number") {
  const auto year = factlint::extract::extract_text("The plant opened in 2019.", "en");
  REQUIRE(year.size() == 1);
  CHECK(year[0].kind == FactKind::date);
  CHECK(factlint::describe_value(year[0]) == "2019");
  const auto count = factlint::extract::extract_text("The plant employs 2000 people.", "en");
  REQUIRE(count.size() == 1);
  CHECK(count[0].kind == FactKind::number);
  CHECK(count[0].amount().value == dec("2000"));
  const auto han = factlint::extract::extract_text("工場は2019年に開業した。", "ja");
  REQUIRE(han.size() == 1);
  CHECK(han[0].kind == FactKind::date);
  CHECK(han[0].text == "2019年");
}

TEST_CASE("identifiers are never amounts") {
  const auto one = [](const std::string& text, const std::string& lang) {
    auto facts = factlint::extract::extract_text(text, lang);
    REQUIRE(facts.size() == 1);
    return facts[0];
  };
  for (const auto& item : std::vector<std::pair<std::string, std::string>>{
           {"The A320neo entered service.", "A320NEO"},
           {"The plant is certified to ISO 9001 already.", "ISO9001"},
           {"Upgrade to version 2.6.32 first.", "VERSION2.6.32"},
           {"Shares of 600884.SH fell.", "600884.SH"},
           {"Airlines ordered the Boeing 737 again.", "BOEING737"},
           {"Call +49 30 1234567 today.", "+49301234567"},
           {"The COVID-19 rules ended.", "COVID19"}}) {
    const std::string& text = item.first;
    const std::string& key = item.second;
    CAPTURE(text);
    const auto f = one(text, "en");
    CHECK(f.kind == FactKind::identifier);
    CHECK(f.identifier().key == key);
  }
  // Digits glued to a unit are a figure; an ordinal ending makes an ordinal.
  const auto mb = one("It needs 780MB of memory.", "en");
  CHECK(mb.kind == FactKind::number);
  CHECK(mb.text == "780");
  const auto third = one("Sales fell in the 3rd quarter.", "en");
  CHECK(third.kind == FactKind::ordinal);
  CHECK(third.amount().value == dec("3"));
}

TEST_CASE("robust on odd input") {
  const std::string weird[] = {"",
                               "1",
                               "$",
                               "%",
                               "1.",
                               ".5",
                               "1,",
                               "-",
                               "--5",
                               "9999999999999999999999",
                               "1.2.3.4.5.6.7.8.9",
                               std::string(1000, '9'),
                               std::string(40, '0') + "1.30 Uhr",
                               "\xEF\xBC",
                               "5\xE2\x80"};
  for (const auto& w : weird) {
    CAPTURE(w);
    const auto facts = extract_text(w, "en");
    for (const auto& f : facts) {
      CHECK(f.span.begin <= f.span.end);
      CHECK(f.span.end <= w.size());
    }
  }
}

TEST_CASE("every extractor is described in docs/extraction.md") {
  const std::filesystem::path page =
      std::filesystem::path(FACTLINT_SOURCE_DIR) / "docs" / "extraction.md";
  std::ifstream in(page);
  REQUIRE(in.good());
  const std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  for (const auto& e : factlint::extract::registry()) {
    CAPTURE(e.id);
    CHECK(doc.find("`" + std::string(e.id) + "`") != std::string::npos);
  }
}

TEST_CASE("durations after a number are numbers, clock times are not (ja, zh, ko)") {
  CHECK(one("列車は約90秒ごとに来る。", "ja").amount().value == dec("90"));
  CHECK(one("所要時間は22分だ。", "ja").amount().value == dec("22"));
  CHECK(extract_text("午前10時22分に出発した。", "ja").empty());
  CHECK(one("全程只需22分钟。", "zh").amount().value == dec("22"));
  CHECK(extract_text("上午10点22分出发。", "zh").empty());
  CHECK(one("열차는 90초마다 온다.", "ko").amount().value == dec("90"));
  CHECK(extract_text("오전 10시 22분에 출발했다.", "ko").empty());
}

TEST_CASE("a rejected number does not swallow the next one in unspaced scripts") {
  CHECK(one("1日18万人が利用する。", "ja").amount().value == dec("180000"));
  CHECK(one("1日に18万人", "ja").amount().value == dec("180000"));
  const auto revenue = extract_text("2023年营收63亿美元。", "zh");
  REQUIRE(revenue.size() == 2);
  CHECK(revenue[0].kind == FactKind::date);
  CHECK(revenue[1].amount().value == dec("6300000000"));
}
