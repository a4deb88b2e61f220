// Generates benchmark article sets: sentence frames per language, numbers formatted by ICU.
#include "bench/corpus.hpp"

#include <unicode/locid.h>
#include <unicode/numberformatter.h>
#include <unicode/unistr.h>

#include <map>
#include <string>

namespace factlint::bench {
namespace {

namespace num = icu::number;

// Frames: {m} money, {n} grouped integer, {d} decimal, {p} percent. Each language has the same
// frames in the same order so that versions align sentence for sentence.
const std::map<std::string, std::vector<std::string>>& frames() {
  static const std::map<std::string, std::vector<std::string>> f{
      {"en",
       {"The company reported revenue of {m} for the quarter, according to a statement.",
        "About {n} people work at the plant, which lies {d} kilometres from the port.",
        "Its share of the market rose to {p}, analysts said on Tuesday.",
        "Officials declined to comment on the plan, which has been discussed for months.",
        "The government approved a budget of {m} and expects growth of {p} next year."}},
      {"de",
       {"Das Unternehmen meldete für das Quartal einen Umsatz von {m}, hieß es in einer "
        "Mitteilung.",
        "Rund {n} Menschen arbeiten in dem Werk, das {d} Kilometer vom Hafen entfernt liegt.",
        "Sein Marktanteil stieg auf {p}, sagten Analysten am Dienstag.",
        "Die Behörden wollten sich zu dem Plan, der seit Monaten diskutiert wird, nicht äußern.",
        "Die Regierung billigte einen Haushalt von {m} und erwartet im nächsten Jahr ein "
        "Wachstum von {p}."}},
      {"fr",
       {"L’entreprise a annoncé un chiffre d’affaires de {m} pour le trimestre, selon un "
        "communiqué.",
        "Environ {n} personnes travaillent dans l’usine, située à {d} kilomètres du port.",
        "Sa part de marché est passée à {p}, ont indiqué mardi les analystes.",
        "Les autorités n’ont pas souhaité commenter ce projet, discuté depuis des mois.",
        "Le gouvernement a approuvé un budget de {m} et prévoit une croissance de {p} l’an "
        "prochain."}},
      {"sv",
       {"Företaget redovisade intäkter på {m} för kvartalet, enligt ett pressmeddelande.",
        "Omkring {n} personer arbetar vid fabriken, som ligger {d} kilometer från hamnen.",
        "Dess marknadsandel steg till {p}, sade analytiker på tisdagen.",
        "Myndigheterna ville inte kommentera planen, som har diskuterats i månader.",
        "Regeringen godkände en budget på {m} och väntar sig en tillväxt på {p} nästa år."}},
      {"id",
       {"Perusahaan itu melaporkan pendapatan sebesar {m} untuk kuartal tersebut, menurut "
        "sebuah pernyataan.",
        "Sekitar {n} orang bekerja di pabrik yang terletak {d} kilometer dari pelabuhan itu.",
        "Pangsa pasarnya naik menjadi {p}, kata para analis pada hari Selasa.",
        "Para pejabat menolak berkomentar tentang rencana yang telah dibahas selama berbulan-bulan "
        "itu.",
        "Pemerintah menyetujui anggaran sebesar {m} dan memperkirakan pertumbuhan {p} tahun "
        "depan."}},
      {"es",
       {"La empresa declaró unos ingresos de {m} en el trimestre, según un comunicado.",
        "Unas {n} personas trabajan en la planta, situada a {d} kilómetros del puerto.",
        "Su cuota de mercado subió al {p}, dijeron los analistas el martes.",
        "Las autoridades no quisieron comentar el plan, que se debate desde hace meses.",
        "El Gobierno aprobó un presupuesto de {m} y prevé un crecimiento del {p} el próximo "
        "año."}},
      {"it",
       {"L’azienda ha registrato ricavi per {m} nel trimestre, secondo una nota.",
        "Circa {n} persone lavorano nello stabilimento, che si trova a {d} chilometri dal porto.",
        "La sua quota di mercato è salita al {p}, hanno detto martedì gli analisti.",
        "Le autorità non hanno commentato il piano, di cui si discute da mesi.",
        "Il governo ha approvato un bilancio di {m} e prevede una crescita del {p} il prossimo "
        "anno."}},
      {"nl",
       {"Het bedrijf rapporteerde over het kwartaal een omzet van {m}, aldus een verklaring.",
        "Ongeveer {n} mensen werken in de fabriek, die {d} kilometer van de haven ligt.",
        "Het marktaandeel steeg tot {p}, zeiden analisten dinsdag.",
        "De autoriteiten wilden niet reageren op het plan, dat al maanden wordt besproken.",
        "De regering keurde een begroting van {m} goed en verwacht volgend jaar een groei van "
        "{p}."}},
      {"pt",
       {"A empresa registrou receita de {m} no trimestre, segundo um comunicado.",
        "Cerca de {n} pessoas trabalham na fábrica, que fica a {d} quilômetros do porto.",
        "Sua participação de mercado subiu para {p}, disseram analistas na terça-feira.",
        "As autoridades não comentaram o plano, que vem sendo discutido há meses.",
        "O governo aprovou um orçamento de {m} e prevê crescimento de {p} no próximo ano."}},
      {"pl",
       {"Spółka wykazała przychody w wysokości {m} za kwartał, wynika z komunikatu.",
        "Około {n} osób pracuje w zakładzie, który leży {d} kilometra od portu.",
        "Jej udział w rynku wzrósł do {p}, powiedzieli we wtorek analitycy.",
        "Władze nie skomentowały planu, o którym dyskutuje się od miesięcy.",
        "Rząd zatwierdził budżet w wysokości {m} i oczekuje wzrostu o {p} w przyszłym roku."}},
      {"ru",
       {"Компания сообщила о выручке в размере {m} за квартал, говорится в заявлении.",
        "Около {n} человек работают на заводе, который находится в {d} километра от порта.",
        "Её доля рынка выросла до {p}, сообщили аналитики во вторник.",
        "Власти отказались комментировать план, который обсуждается уже несколько месяцев.",
        "Правительство утвердило бюджет в размере {m} и ожидает роста на {p} в следующем "
        "году."}},
      {"ja",
       {"同社は四半期の売上高が{m}だったと発表した。",
        "約{n}人が、港から{d}キロ離れた工場で働いている。",
        "アナリストによると、同社の市場シェアは{p}に上昇した。",
        "当局は、数か月にわたり議論されてきたこの計画についてコメントを控えた。",
        "政府は{m}の予算を承認し、来年は{p}の成長を見込んでいる。"}},
      {"zh",
       {"该公司公布本季度营收为{m}，声明中称。", "约有{n}人在这家工厂工作，工厂距离港口{d}公里。",
        "分析师周二表示，其市场份额升至{p}。", "官员拒绝就这项已讨论数月的计划发表评论。",
        "政府批准了{m}的预算，并预计明年增长{p}。"}},
      {"ko",
       {"회사는 분기 매출이 {m}이라고 발표했다.",
        "약 {n}명이 항구에서 {d}킬로미터 떨어진 공장에서 일한다.",
        "분석가들은 화요일 시장 점유율이 {p}로 올랐다고 말했다.",
        "당국은 수개월째 논의 중인 이 계획에 대해 언급을 피했다.",
        "정부는 {m} 규모의 예산을 승인했으며 내년 성장률을 {p}로 예상했다."}},
      {"hi",
       {"कंपनी ने तिमाही में {m} का राजस्व दर्ज किया, एक बयान में कहा गया।",
        "लगभग {n} लोग उस कारखाने में काम करते हैं, जो बंदरगाह से {d} किलोमीटर दूर है।",
        "विश्लेषकों ने मंगलवार को कहा कि उसकी बाज़ार हिस्सेदारी बढ़कर {p} हो गई।",
        "अधिकारियों ने उस योजना पर टिप्पणी करने से इनकार किया, जिस पर महीनों से चर्चा हो रही है।",
        "सरकार ने {m} के बजट को मंज़ूरी दी और अगले साल {p} वृद्धि की उम्मीद जताई।"}},
      {"ar",
       {"أعلنت الشركة عن إيرادات بلغت {m} خلال الربع، وفق بيان.",
        "يعمل نحو {n} شخص في المصنع الذي يبعد {d} كيلومتر عن الميناء.",
        "قال محللون يوم الثلاثاء إن حصتها السوقية ارتفعت إلى {p}.",
        "امتنع المسؤولون عن التعليق على الخطة التي تجري مناقشتها منذ أشهر.",
        "وافقت الحكومة على ميزانية قدرها {m} وتتوقع نموا بنسبة {p} العام المقبل."}},
  };
  return f;
}

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

struct Formatters {
  num::LocalizedNumberFormatter integer;
  num::LocalizedNumberFormatter decimal;
  num::LocalizedNumberFormatter percent;
  std::vector<num::LocalizedNumberFormatter> money;
};

Formatters make_formatters(const std::string& lang) {
  UErrorCode tag_status = U_ZERO_ERROR;
  const icu::Locale loc = icu::Locale::forLanguageTag(lang, tag_status);
  Formatters f{num::NumberFormatter::withLocale(loc),
               num::NumberFormatter::withLocale(loc).precision(num::Precision::fixedFraction(1)),
               num::NumberFormatter::withLocale(loc).unit(icu::NoUnit::percent()),
               {}};
  for (const char16_t* code : {u"USD", u"EUR", u"JPY"}) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::CurrencyUnit cur(code, status);
    f.money.push_back(num::NumberFormatter::withLocale(loc)
                          .notation(num::Notation::compactShort())
                          .precision(num::Precision::maxFraction(1))
                          .unit(cur));
  }
  return f;
}

class Rng {
 public:
  explicit Rng(std::uint64_t seed)
      : state_(seed * 6364136223846793005ULL + 1442695040888963407ULL) {}
  std::uint32_t next(std::uint32_t bound) {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>((state_ >> 33U) % bound);
  }

 private:
  std::uint64_t state_;
};

std::string fill(const std::string& frame, Formatters& f, const std::int64_t (&values)[4],
                 int currency) {
  std::string out;
  out.reserve(frame.size() + 32);
  UErrorCode status = U_ZERO_ERROR;
  for (std::size_t i = 0; i < frame.size(); ++i) {
    if (frame[i] == '{' && i + 2 < frame.size() && frame[i + 2] == '}') {
      const char slot = frame[i + 1];
      status = U_ZERO_ERROR;
      switch (slot) {
        case 'm':
          out += to_utf8(f.money[static_cast<std::size_t>(currency)]
                             .formatDouble(static_cast<double>(values[0]) * 1e8, status)
                             .toString(status));
          break;
        case 'n':
          out += to_utf8(f.integer.formatInt(values[1], status).toString(status));
          break;
        case 'd':
          out += to_utf8(f.decimal.formatDouble(static_cast<double>(values[2]) / 10.0, status)
                             .toString(status));
          break;
        default:
          out += to_utf8(f.percent.formatDouble(static_cast<double>(values[3]) / 10.0, status)
                             .toString(status));
          break;
      }
      i += 2;
      continue;
    }
    out += frame[i];
  }
  return out;
}

}  // namespace

const std::vector<std::string>& corpus_languages() {
  static const std::vector<std::string> langs = [] {
    std::vector<std::string> v;
    v.reserve(frames().size());
    for (const auto& [lang, unused] : frames()) v.push_back(lang);
    return v;
  }();
  return langs;
}

std::vector<ArticleSet> make_article_sets(const std::vector<std::string>& langs, int count,
                                          int sentences, std::uint64_t seed, int numeric_one_in,
                                          bool line_per_sentence) {
  std::vector<Formatters> fmts;
  fmts.reserve(langs.size());
  for (const auto& l : langs) fmts.push_back(make_formatters(l));
  Rng rng(seed);
  std::vector<ArticleSet> sets;
  sets.reserve(static_cast<std::size_t>(count));
  for (int a = 0; a < count; ++a) {
    ArticleSet set;
    set.langs = langs;
    set.texts.resize(langs.size());
    for (int s = 0; s < sentences; ++s) {
      const std::int64_t values[4] = {10 + rng.next(9000), 100 + rng.next(200000),
                                      5 + rng.next(2000), 1 + rng.next(400)};
      constexpr std::uint32_t kFigureFree = 3;  // the frame without figures
      const bool numeric =
          numeric_one_in <= 1 || rng.next(static_cast<std::uint32_t>(numeric_one_in)) == 0;
      const auto frame = numeric ? rng.next(5) : kFigureFree;
      const auto currency = static_cast<int>(rng.next(3));
      const bool paragraph_end = rng.next(4) == 0;
      for (std::size_t l = 0; l < langs.size(); ++l) {
        const auto& fr = frames().at(langs[l]);
        std::string& t = set.texts[l];
        t += fill(fr[frame], fmts[l], values, currency);
        t += line_per_sentence ? "\n" : (paragraph_end ? "\n\n" : " ");
      }
    }
    sets.push_back(std::move(set));
  }
  return sets;
}

}  // namespace factlint::bench
