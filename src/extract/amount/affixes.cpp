// Currencies, percent forms and units next to a figure.
#include "extract/amount/affixes.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>

#include "core/utf8.hpp"

namespace factlint::extract::amount {
namespace {

/// Whether `starts[i]` is one of the positions before it: most figures have no space (or
/// hyphen) next to them, and a position tried already finds nothing again.
template <std::size_t N>
bool tried_before(const std::array<std::size_t, N>& starts, std::size_t i) {
  const auto end = starts.begin() + static_cast<std::ptrdiff_t>(i);
  return std::find(starts.begin(), end, starts[i]) != end;
}

}  // namespace

std::size_t Affixes::iso_code_at(std::size_t pos) const {
  if (pos + 3 > text_.size()) return 0;
  for (std::size_t i = 0; i < 3; ++i) {
    const char c = text_[pos + i];
    if (c < 'A' || c > 'Z') return 0;
  }
  std::size_t prev = pos;
  if (pos > 0 && lang::is_word_char(n_.before(pos, prev))) return 0;
  if (pos + 3 < text_.size()) {
    std::size_t next = pos + 3;
    if (lang::is_word_char(utf8::decode(text_, next))) return 0;
  }
  return lang::LanguageData::is_iso_code(text_.substr(pos, 3)) ? pos + 3 : 0;
}

std::size_t Affixes::iso_code_before(std::size_t end) const {
  if (end < 3) return std::string_view::npos;
  return iso_code_at(end - 3) == end ? end - 3 : std::string_view::npos;
}

CurrencyMention Affixes::mention_of(std::size_t begin, std::size_t end, std::uint32_t index) const {
  const auto& t = data_.currencies[index];
  return CurrencyMention{std::string(text_.substr(begin, end - begin)), t.codes, t.preferred};
}

CurrencyMention Affixes::mention_of_code(std::size_t begin) const {
  std::string code(text_.substr(begin, 3));
  return CurrencyMention{code, {code}, code};
}

std::optional<CurrencyAt> Affixes::currency_after(std::size_t pos, bool hyphen_ok) const {
  const std::size_t hyphen =
      (hyphen_ok && pos + 1 < text_.size() && text_[pos] == '-') ? pos + 1 : pos;
  const std::array<std::size_t, 3> starts{pos, n_.skip_space(pos), hyphen};
  for (std::size_t i = 0; i < starts.size(); ++i) {
    if (tried_before(starts, i)) continue;
    const std::size_t p = starts[i];
    if (const std::size_t e = iso_code_at(p); e != 0) return CurrencyAt{mention_of_code(p), e};
    if (const auto m = data_.currency_trie.match_forward(text_, p)) {
      // A name right after a letter-less symbol is fine; a word needs its own boundary.
      return CurrencyAt{mention_of(p, m->first, m->second), m->first};
    }
    // Or a case ending glued to it (tr "liraya", "dolarlık"): the ending ends the word. Not
    // after a word of three letters or fewer, which makes another word with an ending more
    // often ("yen" + "i" is "yeni", new).
    if (data_.word_suffix_trie.size() == 0) continue;
    if (const auto m = data_.currency_trie.match_forward(text_, p, false);
        m && utf8::count_code_points(text_.substr(p, m->first - p)) >= 4 &&
        data_.word_suffix_trie.match_forward(text_, m->first)) {
      return CurrencyAt{mention_of(p, m->first, m->second), m->first, true};
    }
  }
  return std::nullopt;
}

std::optional<CurrencyAt> Affixes::currency_before(std::size_t end) const {
  const std::array<std::size_t, 2> starts{end, n_.skip_space_back(end)};
  for (std::size_t i = 0; i < starts.size(); ++i) {
    if (tried_before(starts, i)) continue;
    const std::size_t p = starts[i];
    if (const std::size_t b = iso_code_before(p); b != std::string_view::npos) {
      return CurrencyAt{mention_of_code(b), b};
    }
    if (const auto m = data_.currency_trie.match_backward(text_, p)) {
      if (data_.currencies[m->second].symbol) {
        return CurrencyAt{mention_of(m->first, p, m->second), m->first};
      }
    }
  }
  return std::nullopt;
}

bool Affixes::currency_symbol_at(std::size_t pos) const {
  if (pos >= text_.size()) return false;
  if (const auto m = data_.currency_trie.match_forward(text_, pos)) {
    return data_.currencies[m->second].symbol;
  }
  return false;
}

std::optional<PercentAt> Affixes::percent_after(std::size_t end) const {
  const std::array<std::size_t, 2> starts{end, n_.skip_space(end)};
  for (std::size_t i = 0; i < starts.size(); ++i) {
    if (tried_before(starts, i)) continue;
    const std::size_t p = starts[i];
    if (const auto m = data_.percent_trie.match_forward(text_, p)) {
      return PercentAt{m->first, data_.percent_terms[m->second].points};
    }
  }
  return std::nullopt;
}

std::optional<PercentAt> Affixes::percent_before(std::size_t begin) const {
  const std::array<std::size_t, 2> starts{begin, n_.skip_space_back(begin)};
  for (std::size_t i = 0; i < starts.size(); ++i) {
    if (tried_before(starts, i)) continue;
    const std::size_t p = starts[i];
    if (const auto m = data_.percent_prefix_trie.match_backward(text_, p)) {
      return PercentAt{m->first, false};
    }
  }
  return std::nullopt;
}

bool Affixes::unit_at(std::size_t pos) const {
  for (const auto& u : data_.units) {
    if (text_.substr(pos, u.size()) != u) continue;
    std::size_t next = pos + u.size();
    const char32_t after = n_.at(pos + u.size(), next);
    // A change of script ends the unit too: "780MBだ", "780MB다" (a particle glued to it).
    if (!lang::is_word_char(after) || after >= 0x0530) return true;
  }
  return false;
}

}  // namespace factlint::extract::amount
