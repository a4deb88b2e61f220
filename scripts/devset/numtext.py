"""Finding numbers in text, and the perturbations of the dev set.

This module is the dev set's own reading of numbers: regular expressions and the word tables
in words.json, written without looking at how factlint reads them, so that the set does not
share the blind spots of the tool it measures.

A *digit run* is any run of digits with the separators inside it ("1,024", "2.6.32", "%1$s"
gives "1"); the multiset of digit runs decides whether two versions state the same numbers.
A *quantity* is a digit run that stands as a value in running text: not glued to letters
(except a unit: 10MB, or a CJK counter: 5個), not part of a version, path, option, time,
address or placeholder, not a year (1900-2099), and not named by an identifier word before it
(RFC 4648, ISO 9001, section 8, version 2). Only quantities are perturbed.
"""
import json
import os
import re
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, 'words.json'), encoding='utf-8') as _f:
    WORDS = json.load(_f)

CATEGORIES = ['changed-digit', 'swapped-digits', 'scale-word', 'currency', 'dropped-number',
              'number-in-words']

# A digit run: digits, with single separators between digit groups. A space or a no-break
# space joins groups only as a thousands separator (1 000, 10 000).
RUN = re.compile(r"\d+(?:(?:[.,'\u2019]|[ \u00a0\u202f\u2009](?=\d{3}(?!\d)))\d+)*")
UNITS = set(WORDS['units'])
ID_WORDS = set(WORDS['identifier_words'])
SEPARATORS = ".,'\u2019 \u00a0\u202f\u2009"


def ascii_digits(s):
    """The digits of s, as ASCII (full-width and other decimal digits too)."""
    return ''.join(str(unicodedata.digit(c)) for c in s if unicodedata.digit(c, None) is not None)


def digit_runs(text):
    """Every digit run, as its digits only: separators differ between locales, digits do not."""
    return Counter(ascii_digits(m.group()) for m in RUN.finditer(text))


def is_cjk(c):
    name = unicodedata.name(c, '')
    return name.startswith(('CJK', 'HIRAGANA', 'KATAKANA', 'HANGUL'))


def _chunk(text, start, end):
    """The whitespace-delimited stretch around [start, end)."""
    a = start
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    b = end
    while b < len(text) and not text[b].isspace():
        b += 1
    return text[a:b]


def _shape(token):
    """'int', 'grouped', 'decimal' or None (a version, an address, a mix of separators)."""
    parts = re.split(r"[.,'\u2019 \u00a0\u202f\u2009]", token)
    seps = re.findall(r"[.,'\u2019 \u00a0\u202f\u2009]", token)
    if not seps:
        return 'int'
    if len(seps) == 1:
        return 'decimal' if len(parts[1]) != 3 else 'grouped'
    if len(set(seps[:-1])) == 1 and all(len(p) == 3 for p in parts[1:-1]):
        if len(parts[-1]) == 3 and seps[-1] == seps[0]:
            return 'grouped'
        if seps[-1] != seps[0]:
            return 'grouped'  # 1,234.5 or 1.234,5
    return None


def quantities(text, id_words=True):
    """The quantities of text as (start, end, digits) in order; see the module comment."""
    out = []
    for m in RUN.finditer(text):
        s, e = m.span()
        token = m.group()
        if _shape(token) is None:
            continue
        before = text[s - 1] if s > 0 else ' '
        after = text[e] if e < len(text) else ' '
        after2 = text[e + 1] if e + 1 < len(text) else ' '
        if before.isalnum() and not is_cjk(before):
            continue
        if before == '(' and s > 1 and text[s - 2].isalnum():
            continue  # a manual section: ping(8)
        if after == '.' and ('.' in token or text[:s].strip() == '') and (
                e + 1 >= len(text) or text[e + 1].isspace()):
            continue  # numbering of a section or list item: "2.5. Memory", "1. Install"
        if before in '.-/:#@\\+&=~_%$^*<>[{|' or (before == ',' and s > 1 and text[s - 2].isdigit()):
            continue
        if after in '/:@\\_-[]{}<>=|^' or (after in '.,' and after2.isdigit()):
            continue
        if after.isalpha() and not is_cjk(after):
            word = re.match(r'[^\W\d_]+', text[e:]).group()
            if word not in UNITS:
                continue
        chunk = _chunk(text, s, e)
        if any(x in chunk for x in ('/', '=', '@', '_', '://', '\\', '$', '%1', '%2', '{')):
            continue
        if chunk.startswith('-') or chunk.startswith("'-"):
            continue
        digits = ascii_digits(token)
        if len(digits) == 4 and digits[:2] in ('19', '20') and _shape(token) == 'int':
            continue  # a year: dates are a later issue
        if id_words:
            prev = re.findall(r'([^\W\d_]+)[\s\u00a0]*$', text[max(0, s - 24):s])
            if prev and prev[-1].lower() in ID_WORDS:
                continue
        out.append((s, e, digits))
    return out


def placeholders(text):
    """printf, python-format and brace placeholders: %d, %1$s, %-10s, %(name)s, {0}, ${x}."""
    return re.findall(r"%(?:\d+\$)?[-+ #0']*\d*(?:\.\d+)?(?:hh|h|ll|l|L|z|j|t|q)?[diouxXeEfgGcsSpn]"
                      r"|%\([^)]*\)[a-z]|\{\d*\}|\$\{\w+\}", text)


# ---------------------------------------------------------------------------------------------
# Perturbations. Each takes (src, tgt, lang, rng) and returns (new target, note) or None when it
# does not apply. They only touch quantities of the target whose digits the source states too,
# and the new value is one the source does not state, so the pair really disagrees.


def _matched(src, tgt, lang):
    src_q = Counter(d for _, _, d in quantities(src))
    return [q for q in quantities(tgt, id_words=False) if src_q[q[2]] > 0]


def _src_values(src):
    return set(digit_runs(src))


def changed_digit(src, tgt, lang, rng):
    cands = _matched(src, tgt, lang)
    if not cands:
        return None
    s, e, _ = rng.choice(cands)
    token = tgt[s:e]
    positions = [i for i, c in enumerate(token) if c.isdigit()]
    rng.shuffle(positions)
    taken = _src_values(src)
    for i in positions:
        old = int(unicodedata.digit(token[i]))
        choices = [d for d in range(10) if d != old]
        if i == min(positions) and len(positions) > 1:
            choices = [d for d in choices if d != 0]  # no leading zero
        rng.shuffle(choices)
        for d in choices:
            new_token = token[:i] + str(d) + token[i + 1:]
            if ascii_digits(new_token) not in taken:
                return tgt[:s] + new_token + tgt[e:], f'{token} -> {new_token}'
    return None


def swapped_digits(src, tgt, lang, rng):
    cands = _matched(src, tgt, lang)
    rng.shuffle(cands)
    taken = _src_values(src)
    for s, e, _ in cands:
        token = tgt[s:e]
        pairs = [i for i in range(len(token) - 1)
                 if token[i].isdigit() and token[i + 1].isdigit() and token[i] != token[i + 1]
                 and not (i == 0 and token[1] in '0０')]
        rng.shuffle(pairs)
        for i in pairs:
            new_token = token[:i] + token[i + 1] + token[i] + token[i + 2:]
            if ascii_digits(new_token) not in taken:
                return tgt[:s] + new_token + tgt[e:], f'{token} -> {new_token}'
    return None


def _scale_hits(text, lang):
    """(start, end, step) of scale words right after a quantity (within one space)."""
    table = WORDS['scale'].get(lang)
    if not table:
        return []
    hits = []
    for s, e, _ in quantities(text, id_words=False):
        rest = text[e:]
        gap = len(rest) - len(rest.lstrip(' \u00a0\u202f'))
        if gap > 1:
            continue
        best = None
        for step, forms in enumerate(table):
            for form in forms:
                if rest[gap:].startswith(form) and (best is None or len(form) > len(best[1])):
                    end = e + gap + len(form)
                    if end < len(text) and text[end].isalpha() and not is_cjk(text[end]):
                        continue
                    best = (step, form)
        if best is not None:
            hits.append((e + gap, e + gap + len(best[1]), best[0]))
    return hits


def scale_word(src, tgt, lang, rng):
    if not _scale_hits(src, 'en') and not any(c in src for c in '千万億亿'):
        return None
    hits = _scale_hits(tgt, lang)
    if not hits:
        return None
    s, e, step = rng.choice(hits)
    table = WORDS['scale'][lang]
    new_step = step + 1 if step + 1 < len(table) else step - 1
    new = table[new_step][0]
    return tgt[:s] + new + tgt[e:], f'{tgt[s:e]} -> {new}'


def _currency_hits(text, lang):
    """(start, end, code, index of the form) of currency forms next to a quantity."""
    table = WORDS['currency'].get(lang)
    if not table:
        return []
    forms = sorted(((f, code, i) for code, fs in table.items() for i, f in enumerate(fs)),
                   key=lambda x: -len(x[0]))
    hits = []
    for s, e, _ in quantities(text, id_words=False):
        for form, code, i in forms:
            # After the amount ("5 euros", "5€"), or before it ("€5", "USD 5").
            for a, b in ((e, e + 1 + len(form)), (e, e + len(form))):
                seg = text[a:b].lstrip(' \u00a0\u202f')
                if seg == form and (b >= len(text) or not text[b].isalpha() or is_cjk(text[b])):
                    hits.append((b - len(form), b, code, i))
            for a, b in ((s - len(form) - 1, s), (s - len(form), s)):
                if a < 0:
                    continue
                seg = text[a:b].rstrip(' \u00a0\u202f')
                if seg == form and (a == 0 or not text[a - 1].isalpha()):
                    hits.append((a, a + len(form), code, i))
    return sorted(set(hits))


def currency(src, tgt, lang, rng):
    if not _currency_hits(src, 'en'):
        return None
    hits = _currency_hits(tgt, lang)
    if not hits:
        return None
    s, e, code, i = rng.choice(hits)
    table = WORDS['currency'][lang]
    others = sorted(c for c in table if c != code and c not in src)
    if not others:
        return None
    other = rng.choice(others)
    forms = table[other]
    new = forms[min(i, len(forms) - 1)]
    # A symbol stays a symbol, a code a code, a word a word.
    kind = lambda f: 'code' if re.fullmatch(r'[A-Z]{3}', f) else ('word' if f.isalpha() else 'sym')
    same = [f for f in forms if kind(f) == kind(tgt[s:e])]
    if same:
        new = same[0]
    return tgt[:s] + new + tgt[e:], f'{tgt[s:e]} -> {new}'


def dropped_number(src, tgt, lang, rng):
    cands = _matched(src, tgt, lang)
    if not cands:
        return None
    s, e, digits = rng.choice(cands)
    # The unit goes with the number: glued ("10MB"), or the next word when it is a unit.
    m = re.match(r'[ \u00a0\u202f]?([^\W\d_]+|%)', tgt[e:])
    if m and (m.group(1) in UNITS or (m.start(1) == 0 and not is_cjk(m.group(1)[0]))):
        e += m.end()
    # A number alone in parentheses goes with them.
    if s > 0 and tgt[s - 1] == '(' and e < len(tgt) and tgt[e] == ')':
        s, e = s - 1, e + 1
    if s > 0 and tgt[s - 1] in ' \u00a0\u202f' and (e >= len(tgt) or tgt[e] in ' \u00a0\u202f.,;:!?)'):
        s -= 1
    elif e < len(tgt) and tgt[e] in ' \u00a0\u202f':
        e += 1
    new = tgt[:s] + tgt[e:]
    if digit_runs(new)[digits] >= digit_runs(src)[digits]:
        return None
    return new, f'dropped {tgt[s:e].strip()!r}'


def _word_hits(text, lang):
    table = WORDS['numbers'].get(lang, {})
    hits = []
    for word, value in table.items():
        if is_cjk(word[0]) and not unicodedata.name(word[0], '').startswith('HANGUL'):
            # A Han numeral must stand before a counter or a digit-free context; only take it
            # between two non-numeral characters. (Korean puts spaces between words, and its
            # native numerals stand alone before a counter, "두 개": a whole word, as below,
            # not the 두 of 모두 "all" or the 세 of 자세하게 "in detail".)
            for m in re.finditer(re.escape(word), text):
                a, b = m.span()
                near = text[a - 1:a] + text[b:b + 1]
                if any(c in near for c in '一二三四五六七八九十百千万億亿两零0123456789'):
                    continue
                hits.append((a, b, word, value))
            continue
        for m in re.finditer(r'(?<![\w\'-])' + re.escape(word) + r'(?![\w\'-])', text,
                             flags=re.IGNORECASE):
            hits.append((m.start(), m.end(), word, value))
    return hits


def number_in_words(src, tgt, lang, rng):
    src_values = {v for _, _, _, v in _word_hits(src, 'en')}
    src_values |= {int(d) for d in digit_runs(src) if d and len(d) <= 3}
    hits = [h for h in _word_hits(tgt, lang) if h[3] in src_values]
    if not hits:
        return None
    s, e, word, value = rng.choice(hits)
    table = WORDS['numbers'][lang]
    others = sorted({w for w, v in table.items() if v != value and v not in src_values})
    if not others:
        return None
    new = rng.choice(others)
    if tgt[s:e][:1].isupper():
        new = new[:1].upper() + new[1:]
    return tgt[:s] + new + tgt[e:], f'{tgt[s:e]} -> {new}'


PERTURB = {
    'changed-digit': changed_digit,
    'swapped-digits': swapped_digits,
    'scale-word': scale_word,
    'currency': currency,
    'dropped-number': dropped_number,
    'number-in-words': number_in_words,
}
