"""The issue 6 categories of the dev set: numbers as every language writes them.

Each category is a function (src, tgt, lang, rng) -> Variant or None. It reads a trusted pair
(both versions state the same digits) and returns a clean twin, still a correct translation,
and a flagged twin whose target states another value. A real instance of the form in Debian's
translation is used as it is (real=True); where Debian has too few, the target is rewritten
into the form with the tables of forms.json (spell.py for words), which keeps the pair
correct; a few categories rewrite a count in both versions. Variant.how says which: 'real'
(Debian's text), 'target' (the target rewritten) or 'both'; the builder takes real ones first.
The flagged twin changes only the target, once. Tables cover the languages they list; a
category returns None for the others.
"""
import json
import os
import re
import unicodedata
from collections import Counter, namedtuple

import numtext
import spell

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, 'forms.json'), encoding='utf-8') as _f:
    FORMS = json.load(_f)

Variant = namedtuple('Variant', 'source clean flag note how')

SLAVIC = ('ru', 'pl', 'cs', 'uk')
CJK = ('ja', 'zh-CN', 'ko')
# Words after a count in English that are not its noun.
NOT_NOUNS = {'this', 'does', 'was', 'has', 'is', 'its', 'less', 'across', 'as', 'unless', 'plus',
             'minus', 'thus', 'always', 'perhaps', 'means', 'yes', 'whereas', 'towards',
             'afterwards', 'besides', 'percent', 'prevents', 'contains', 'requires', 'remains',
             'exists', 'exits', 'returns', 'matches', 'fails', 'works', 'runs', 'uses', 'gets',
             'sets', 'needs', 'takes', 'makes', 'gives', 'allows', 'causes', 'follows',
             'indicates', 'represents', 'specifies', 'disables', 'enables', 'selects', 'starts',
             'stops', 'shows', 'says', 'seems', 'becomes', 'appears', 'applies', 'belongs',
             'corresponds', 'equals', 'exceeds', 'succeeds', 'defaults', 'refers', 'reads',
             'writes', 'prints', 'turns', 'tells', 'keeps', 'lets', 'looks', 'comes', 'goes'}
# Words a number labels rather than counts (workspace 4, channel 2).
LABEL_WORDS = {'workspace', 'workspaces', 'desktop', 'screen', 'monitor', 'display', 'channel',
               'track', 'button', 'slot', 'disc', 'disk', 'player', 'level', 'group', 'tab',
               'number', 'no', 'area', 'zone', 'set', 'index', 'bank', 'layer', 'window'}
# Determiners that would have to change with a noun of another gender put before the noun
# (las 10 llamadas -> los 10 millones de llamadas): a count after them gets no scale word.
GENDERED_BEFORE = {
    'es': {'las', 'unas', 'estas', 'esas', 'aquellas', 'otras', 'todas', 'nuestras', 'sus'},
    'it': {'le', 'delle', 'alle', 'dalle', 'nelle', 'sulle', 'queste', 'quelle', 'tutte'},
    'pt': {'as', 'das', 'nas', 'às', 'pelas', 'estas', 'essas', 'umas', 'todas'},
    'fr': {'toutes', 'certaines', 'quelques'},
    'el': {'οι', 'τις', 'στις', 'τους', 'στους', 'αυτές', 'αυτούς',
           'αυτοί'},
}


def _table(name, lang):
    t = FORMS[name]
    return t.get(lang)


def _digit_value(c):
    return unicodedata.digit(c, None)


def _is_ascii_int(token):
    return token.isascii() and token.isdigit()


def _src_values(src):
    """Every value the source states as digits (separators dropped)."""
    return set(numtext.digit_runs(src))


def _matched(src, tgt):
    """Quantities of the target whose digits the source states as a quantity too, each stated
    once in either version (so a change is unambiguous)."""
    src_q = Counter(d for _, _, d in numtext.quantities(src))
    tgt_q = numtext.quantities(tgt, id_words=False)
    tgt_n = Counter(d for _, _, d in tgt_q)
    return [q for q in tgt_q if src_q[q[2]] == 1 and tgt_n[q[2]] == 1]


def _plural_class(n):
    """Slavic plural class of n: one, few or many (the noun after it takes that form)."""
    if n % 10 == 1 and n % 100 != 11:
        return 'one'
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 'few'
    return 'many'


def change_digit(token, rng, taken, positions=None, zero_alone=True):
    """token with one digit changed (no new leading zero; a one-digit token may become 0 unless
    zero_alone is false), its digits not in taken; the digit keeps its script. positions limits
    which digits may change. None when none fits."""
    digit_pos = [i for i, c in enumerate(token) if _digit_value(c) is not None]
    if positions is None:
        positions = digit_pos
    positions = list(positions)
    rng.shuffle(positions)
    for i in positions:
        zero = ord(token[i]) - _digit_value(token[i])
        old = _digit_value(token[i])
        choices = [d for d in range(10) if d != old]
        if i == digit_pos[0] and (len(digit_pos) > 1 or not zero_alone):
            choices = [d for d in choices if d != 0]
        rng.shuffle(choices)
        for d in choices:
            new = token[:i] + chr(zero + d) + token[i + 1:]
            if numtext.ascii_digits(new) not in taken:
                return new
    return None


def _at_sentence_start(text, s):
    before = text[:s].rstrip(' \u00a0"\'«„“')
    return before == '' or before[-1] in '.!?'


def _capitalize(word):
    return word[:1].upper() + word[1:]


def _count_before_noun(text, s, e, lang):
    """Whether the number at [s, e) stands before its noun: a space and a word (Latin, Greek,
    Cyrillic, Arabic, Hebrew, Devanagari or Thai letters) that is not a unit, or, in Chinese,
    Japanese and Korean, a counter glued to it."""
    before = text[s - 1] if s else ' '
    if re.search(r'(?:\d ?[-–]|[<>=≤≥~]) ?$', text[:s]):
        return False
    opening = before.isspace() or before in '("«„“\''
    if not (opening or (lang in CJK and numtext.is_cjk(before))):
        return False
    rest = text[e:]
    if lang in CJK:
        return bool(rest) and numtext.is_cjk(rest[0]) or bool(re.match(r' [\uac00-\ud7a3]', rest))
    # Letters, and the vowel signs of Devanagari and Thai (marks, not letters, to Python).
    word = re.match(r'[ \u00a0]((?:[^\W\d_]|[\u0900-\u097f\u0e00-\u0e7f])+)', rest)
    return bool(word) and len(word.group(1)) >= 2 and word.group(1) not in numtext.UNITS \
        and word.group(1).lower() != 'x'


def _en_count(src):
    """(start, end, n) of the counts of an English source: an integer 2-999 before a plural
    noun (files, seconds, entries), stated once."""
    out = []
    values = numtext.digit_runs(src)
    for s, e, digits in numtext.quantities(src):
        if not _is_ascii_int(src[s:e]) or not 2 <= int(digits) <= 999 or values[digits] != 1:
            continue
        if re.search(r'(?:\d ?[-–]|\d (?:to|and|or)|[<>=≤≥~]) ?$', src[:s]):
            continue  # a bound of a range, a member of a list, or after a comparison sign
        m = re.match(r' ([a-z]{4,})\b', src[e:])
        if m and m.group(1).endswith('s') and m.group(1) not in NOT_NOUNS \
                and m.group(1) not in numtext.UNITS:
            out.append((s, e, int(digits)))
    return out


def _in_name(src, digits):
    """Whether the source states digits as part of a name (after a capitalised word: Ergonomic
    4000, Kerberos 5; after a label word: workspace 4; 8 bit) or of a time (4 pm): those keep
    their digits as they are."""
    for s, e, d in numtext.quantities(src):
        if d != digits:
            continue
        if re.search(r'\b[A-Z][\w-]*[ \u00a0]$', src[:s]):
            return True
        prev = re.findall(r'([a-z]+)[ \u00a0]$', src[:s])
        if prev and prev[-1] in LABEL_WORDS or re.match(r'[ -]bits?\b', src[e:]):
            return True
        if re.match(r'[ \u00a0]?(?:[ap]m|[ap]\.m\.)(?!\w)', src[e:], flags=re.IGNORECASE):
            return True  # a time: 4 pm
    return False


def _after_number(text, s):
    """Whether another number comes shortly before s in the same clause (1 and 79, 1〜65535): a
    scale word or a unit of ten thousand after the second could be read on both."""
    return bool(re.search(r'\d[^\d.,;:!?()\n]{0,12}$', text[:s]))


def _tgt_count(src, tgt, lang, n):
    """The target's (start, end) of the count n, stated once, before its noun; else None."""
    hits = [(s, e) for s, e, d in numtext.quantities(tgt, id_words=False) if d == str(n)]
    if len(hits) != 1 or numtext.digit_runs(tgt)[str(n)] != 1:
        return None
    s, e = hits[0]
    if not _is_ascii_int(tgt[s:e]) or not _count_before_noun(tgt, s, e, lang):
        return None
    if tgt[e:e + 1] == 'つ':
        return None  # the native Japanese counter: one to nine only, not rewritten
    if _after_number(tgt, s):
        return None
    return s, e


def _group(digits, sep, indian=False):
    """digits with sep between the groups (western threes, or Indian 3 then 2s)."""
    if not sep:
        return digits
    if indian and len(digits) > 3:
        head, tail = digits[:-3], digits[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        return sep.join(groups + [tail])
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return sep.join(groups)


def _to_script(token, lang):
    """token with its ASCII digits (and its . and , marks) in the native digits of lang."""
    t = _table('native_digits', lang)
    out = []
    for c in token:
        if c.isascii() and c.isdigit():
            out.append(t['digits'][int(c)])
        elif c == '.' and lang in ('ar', 'fa'):
            out.append(t['decimal'])
        elif c == ',' and lang in ('ar', 'fa'):
            out.append(t['group'])
        else:
            out.append(c)
    return ''.join(out)


def _native(token, lang):
    t = _table('native_digits', lang)
    return t is not None and any(c in t['digits'] for c in token)


# ------------------------------------------------------------------------------------ words

def words_changed(src, tgt, lang, rng):
    """A count (a number the source puts before a plural noun) that the target states in
    digits, written in the target's words (clean: the source keeps its digits); then changed
    to another number in words."""
    if lang not in spell.LANGS:
        return None
    taken = _src_values(src)
    cands = []
    for _, _, n in _en_count(src):
        span = _tgt_count(src, tgt, lang, n)
        if span is not None and spell.allowed(lang, n):
            cands.append(span + (n,))
    if not cands:
        return None
    s, e, n = rng.choice(cands)
    others = [m for m in range(max(2, n - 10), n + 11) if m != n and str(m) not in taken
              and spell.allowed(lang, m)]
    others += [m for m in (n * 2, n * 10) if str(m) not in taken and spell.allowed(lang, m)]
    if not others:
        return None
    m = rng.choice(others)
    w, w2 = spell.spell(lang, n), spell.spell(lang, m)
    if _at_sentence_start(tgt, s) and lang not in CJK:
        w, w2 = _capitalize(w), _capitalize(w2)
    clean = tgt[:s] + w + tgt[e:]
    flag = tgt[:s] + w2 + tgt[e:]
    return Variant(None, clean, flag, f'{n} written {w}; then {w} -> {w2}', 'target')


# ------------------------------------------------------------------------------------ digits

def native_digits(src, tgt, lang, rng):
    """The target's numbers in its native digits (ar, fa, hi, th; full-width in ja): a real
    target that writes them, or one whose ASCII digits are converted; then one digit changed."""
    t = _table('native_digits', lang)
    if t is None:
        return None
    taken = _src_values(src)
    matched = _matched(src, tgt)
    real = [q for q in matched if _native(tgt[q[0]:q[1]], lang)]
    if real:
        s, e, _ = rng.choice(real)
        new = change_digit(tgt[s:e], rng, taken)
        if new is None:
            return None
        return Variant(None, tgt, tgt[:s] + new + tgt[e:],
                       f'real native digits; {tgt[s:e]} -> {new}', 'real')
    convert = [q for q in matched if all(c.isascii() for c in tgt[q[0]:q[1]])
               and not _in_name(src, q[2])]
    if lang == 'ja':
        convert = [q for q in convert if _is_ascii_int(tgt[q[0]:q[1]])]
    if not convert:
        return None
    clean = tgt
    for s, e, _ in sorted(convert, reverse=True):
        new = _to_script(tgt[s:e], lang)
        clean = clean[:s] + new + clean[e:]
    # The converted spans keep their lengths (one digit for one digit, one mark for one mark).
    s, e, _ = rng.choice(convert)
    token = clean[s:e]
    new = change_digit(token, rng, taken)
    if new is None:
        return None
    return Variant(None, clean, clean[:s] + new + clean[e:],
                   f'digits written in the {lang} digit set; {token} -> {new}', 'target')


def grouping_variant(src, tgt, lang, rng):
    """A number of four digits or more regrouped with another separator the target's language
    uses (1.024, 1 024, 1024; Indian 10,00,000 in hi); then one of its digits changed."""
    g = _table('grouping', lang)
    if g is None:
        return None
    taken = _src_values(src)
    cands = []
    for s, e, digits in _matched(src, tgt):
        token = tgt[s:e]
        if len(digits) < 4 or len(digits) > 12 or numtext._shape(token) not in ('int', 'grouped') \
                or digits.startswith('0') or _in_name(src, digits):
            continue
        seps = set(re.findall(r'\D', token))
        if len(seps) > 1 or (numtext._shape(token) == 'grouped' and len(token) != len(
                _group(digits, next(iter(seps))))):
            if not (g.get('indian') and seps == {','}):
                continue
        native = _native(token, lang)
        if not native and not token.isascii():
            continue
        cands.append((s, e, digits, native))
    if not cands:
        return None
    s, e, digits, native = rng.choice(cands)
    token = tgt[s:e]
    ascii_digits = numtext.ascii_digits(token)
    forms = set()
    for sep in g['all'] + (g['five'] if len(digits) >= 5 else []):
        if native and sep == ',':
            sep = _table('native_digits', lang)['group']
        forms.add((sep, False))
    if len(digits) == 4 or g.get('plain_any'):
        forms.add(('', False))
    if g.get('indian') and len(digits) >= 6:
        forms.add((',', True))
    options = []
    for sep, indian in sorted(forms):
        new = _group(ascii_digits, sep, indian)
        if native:
            new = ''.join(_table('native_digits', lang)['digits'][int(c)] if c.isdigit() else c
                          for c in new)
        if new != token:
            options.append((new, sep, indian))
    if not options:
        return None
    new, sep, indian = rng.choice(options)
    changed = change_digit(new, rng, taken)
    if changed is None:
        return None
    name = {'': 'no separator', '.': 'points', ',': 'commas', '\u00a0': 'no-break spaces',
            '\u202f': 'narrow no-break spaces', '\u2009': 'thin spaces', '٬': 'Arabic separators'}
    how = 'Indian grouping' if indian else name.get(sep, repr(sep))
    return Variant(None, tgt[:s] + new + tgt[e:], tgt[:s] + changed + tgt[e:],
                   f'{token} regrouped with {how}: {new}; then {new} -> {changed}', 'target')


def long_figure(src, tgt, lang, rng):
    """A count in both versions replaced by the same 20-to-24-digit figure (plain, or grouped
    the way each language groups); then the target's last digit changed."""
    if lang == 'ar':
        return None  # the noun after a number changes with it
    counts = _en_count(src)
    rng.shuffle(counts)
    for s, e, n in counts:
        span = _tgt_count(src, tgt, lang, n)
        if span is None:
            continue
        if lang in SLAVIC and _plural_class(n) == 'one':
            continue
        length = rng.randint(20, 24)
        body = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(length - 3))
        digits = body + f'{n % 100:02d}'
        grouped = rng.random() < 0.5
        src_fig = _group(digits, ',' if grouped else '')
        g = _table('grouping', lang) or {'all': [',']}
        sep = (g['all'] + g['five'] + [','])[0] if grouped else ''
        tgt_fig = _group(digits, sep, indian=bool(g.get('indian')))
        last = int(digits[-1])
        same = [d for d in range(10) if d != last and (
            lang not in SLAVIC or _plural_class(int(digits[-2:-1] + str(d))) == _plural_class(n))]
        if not same:
            continue
        d = rng.choice(same)
        changed = tgt_fig[:-1] + str(d)
        ts, te = span
        new_src = src[:s] + src_fig + src[e:]
        return Variant(new_src, tgt[:ts] + tgt_fig + tgt[te:], tgt[:ts] + changed + tgt[te:],
                       f'both versions: {n} -> {len(digits)} digits; last digit {last} -> {d}',
                       'both')
    return None


def _indian_words(n):
    """(number, unit) in lakh or crore for n million."""
    t = _table('indian_scale', 'hi')
    if n < 10:
        return str(n * 10), t['lakh']
    if n % 10 == 0:
        return str(n // 10), t['crore']
    return f'{n / 10:g}', t['crore']


def indian_scale(src, tgt, lang, rng):
    """hi: a number of both versions made millions: 'N million' (before a noun) or N,000,000
    in English; lakh or crore (or Indian grouping 50,00,000) in Hindi; then lakh and crore
    swapped (or a zero dropped from the Indian grouping)."""
    if lang != 'hi':
        return None
    t = _table('indian_scale', 'hi')
    counts = {n for _, _, n in _en_count(src)}
    cands = [q for q in _matched(src, tgt) if _is_ascii_int(tgt[q[0]:q[1]]) and 2 <= int(q[2])
             and len(q[2]) <= 4 and not _in_name(src, q[2]) and not _after_number(tgt, q[0])]
    rng.shuffle(cands)
    for ts, te, digits in cands:
        n = int(digits)
        spans = [(s, e) for s, e, d in numtext.quantities(src) if d == digits]
        if len(spans) != 1:
            continue
        s, e = spans[0]
        value = str(n * 1000000)
        new_src = src[:s] + (f'{n} million' if n in counts else _group(value, ',')) + src[e:]
        if rng.random() < 0.5:
            num, unit = _indian_words(n)
            other = t['crore'] if unit == t['lakh'] else t['lakh']
            clean = tgt[:ts] + f'{num} {unit}' + tgt[te:]
            flag = tgt[:ts] + f'{num} {other}' + tgt[te:]
            note = f'both versions: {n} -> {n} million, {num} {unit}; {unit} -> {other}'
        else:
            fig = _group(value, ',', indian=True)
            short = _group(value[:-1], ',', indian=True)
            clean = tgt[:ts] + fig + tgt[te:]
            flag = tgt[:ts] + short + tgt[te:]
            note = f'both versions: {n} -> {n} million, {fig} in Indian grouping; -> {short}'
        return Variant(new_src, clean, flag, note, 'both')
    return None


def scale_added(src, tgt, lang, rng):
    """A count in both versions made millions with each language's scale word (5 million
    files: 5 Millionen Dateien, 500万個); then the target's million made a billion (万 ->
    億)."""
    table = _table('scale_added', lang)
    if table is None:
        return None
    counts = _en_count(src)
    rng.shuffle(counts)
    for s, e, n in counts:
        span = _tgt_count(src, tgt, lang, n)
        if span is None:
            continue
        ts, te = span
        new_src = src[:s] + f'{n} million' + src[e:]
        if isinstance(table, dict):
            if n >= 100:
                continue
            man, oku = table['cjk']
            clean = tgt[:ts] + f'{n * 100}{man}' + tgt[te:]
            flag = tgt[:ts] + f'{n * 100}{oku}' + tgt[te:]
            return Variant(new_src, clean, flag,
                           f'both versions: {n} -> {n} million / {n * 100}{man}; {man} -> {oku}',
                           'both')
        prev = re.findall(r'(\S+)\s*$', tgt[:ts])
        if prev and prev[-1].lower() in GENDERED_BEFORE.get(lang, ()):
            continue
        noun = tgt[te + 1:]
        million, billion = table
        if million.endswith(' de '):
            if noun[:1].lower() in 'h':
                continue  # h aspiré or muet: left alone
            if noun[:1].lower() in 'aeiouyàâéèêëîïôûœ' and lang == 'fr':
                million, billion = million[:-4] + " d'", billion[:-4] + " d'"
        clean = tgt[:ts] + str(n) + million + noun
        flag = tgt[:ts] + str(n) + billion + noun
        return Variant(new_src, clean, flag,
                       f'both versions: {n} -> {n} million ({million.strip()}); '
                       f'-> {billion.strip()}', 'both')
    return None


def _cjk_compound(digits, lang):
    """The value in myriad units: 1億2400万, 6万5535 (ko: 6만 5535); None below 10,000."""
    man, oku = _table('cjk_units', lang)
    n = int(digits)
    if n < 10000 or n >= 10 ** 12:
        return None
    a, rest = divmod(n, 10 ** 8)
    b, c = divmod(rest, 10 ** 4)
    parts = []
    if a:
        parts.append(f'{a}{oku}')
    if b:
        parts.append(f'{b}{man}')
    if c:
        parts.append(str(c))
    return (' ' if lang == 'ko' else '').join(parts)


def cjk_compound(src, tgt, lang, rng):
    """ja, zh-CN, ko: a number of five digits or more in myriad units (65535: 6万5535), from a
    real pair, or a count made 1億2400万 in both versions where Debian has too few; then
    the lowest unit changed (6万5535 -> 6万5435)."""
    if lang not in CJK:
        return None
    taken = _src_values(src)
    real = [q for q in _matched(src, tgt) if len(q[2]) >= 5 and tgt[q[0]:q[1]].isascii()
            and numtext._shape(tgt[q[0]:q[1]]) in ('int', 'grouped') and not q[2].startswith('0')
            and not _after_number(tgt, q[0])]
    if real:
        s, e, digits = rng.choice(real)
        new_src = None
        note = 'real number'
    else:
        counts = _en_count(src)
        rng.shuffle(counts)
        for cs, ce, n in counts:
            span = _tgt_count(src, tgt, lang, n)
            if span is None:
                continue
            a = rng.randint(1, 9)
            b = rng.randint(1, 99) * 100
            digits = str(a * 10 ** 8 + b * 10 ** 4)
            new_src = src[:cs] + _group(digits, ',') + src[ce:]
            s, e = span
            note = f'both versions: {n} -> {_group(digits, ",")}'
            break
        else:
            return None
    fig = _cjk_compound(digits, lang)
    if fig is None:
        return None
    # The lowest unit: the last group of digits in the compound.
    m = list(re.finditer(r'\d+', fig))[-1]
    low = change_digit(fig[m.start():m.end()], rng, taken, zero_alone=False)
    if low is None:
        return None
    changed = fig[:m.start()] + low + fig[m.end():]
    return Variant(new_src, tgt[:s] + fig + tgt[e:], tgt[:s] + changed + tgt[e:],
                   f'{note}; {fig} -> {changed}', 'target' if new_src is None else 'both')


# ------------------------------------------------------------------------------------ ranges

_RANGE = re.compile(r'(?<![\w.,/:#+\-–~])(\d+)( ?)([-–~～〜])( ?)(\d+)'
                    r'(?![\w/:\-–~]|[.,]\d)')


def _prose_range(text, m):
    """A range in running text, not an example of some syntax, a date or a column."""
    chunk = numtext._chunk(text, m.start(), m.end())
    if any(x in chunk for x in ('/', '=', '@', '_', '\\', '$', '%', '{', '[')):
        return False
    line_start = text.rfind('\n', 0, m.start()) + 1
    if text[line_start:m.start()].strip() == '':
        return False  # the first thing on its line: an example or a column
    if re.match(r'\s{2,}|, ?\d', text[m.end():]):
        return False
    a, b = int(m.group(1)), int(m.group(5))
    return a < b and len(m.group(1)) <= 6 and len(m.group(5)) <= 6


def _src_bounds(src, a, b):
    values = numtext.digit_runs(src)
    return values[str(a)] >= 1 and values[str(b)] >= 1


def _bound_change(text, s1, e1, s2, e2, rng, taken):
    """text with one bound of the range changed so that it stays a range (a < b)."""
    a, b = int(text[s1:e1]), int(text[s2:e2])
    which = [2, 1] if rng.random() < 0.7 else [1, 2]
    for w in which:
        s, e = (s1, e1) if w == 1 else (s2, e2)
        for _ in range(20):
            new = change_digit(text[s:e], rng, taken)
            if new is None:
                break
            na, nb = (int(new), b) if w == 1 else (a, int(new))
            if na < nb:
                return text[:s] + new + text[e:], f'{text[s:e]} -> {new}'
    return None


def range_dash(src, tgt, lang, rng):
    """A range the target writes with a dash (10-15, 10–15, 10～15), written with another dash
    the language uses; then one bound changed."""
    table = _table('range', lang)
    if table is None:
        return None
    taken = _src_values(src)
    cands = [m for m in _RANGE.finditer(tgt) if _prose_range(tgt, m)
             and _src_bounds(src, int(m.group(1)), int(m.group(5)))]
    if not cands:
        return None
    m = rng.choice(cands)
    others = [d for d in table['dashes'] if d != m.group(3)]
    dash = rng.choice(others)
    space = m.group(2) if dash in '-–' else ''
    mid = space + dash + space
    clean = tgt[:m.start(3) - len(m.group(2))] + mid + tgt[m.end(3) + len(m.group(4)):]
    s1 = m.start(1)
    e1 = m.end(1)
    s2 = e1 + len(mid)
    e2 = s2 + len(m.group(5))
    r = _bound_change(clean, s1, e1, s2, e2, rng, taken)
    if r is None:
        return None
    return Variant(None, clean, r[0], f'range {m.group(0)} written {clean[s1:e2]}; {r[1]}',
                   'target')


def _word_ranges(text, lang):
    """Two numbers joined by a range or list word of the language (0 und 100, 10から15)."""
    words = FORMS['range_words'].get(lang, [])
    if not words:
        return []
    alt = '(?:' + '|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ')'
    if lang in CJK:
        # No spaces needed, and the next character may be a CJK letter: 10から15, 10에서 15.
        pat = (r'(?<![\d.,/:\-])(\d+)([ \u00a0]?' + alt + r'[ \u00a0]?)(\d+)'
               r'(?![\d/:\-]|[.,]\d)')
    elif lang in ('he', 'ar'):
        # Hebrew and Arabic glue and/to to the second number: 0 ו־100, 0 و100.
        pat = (r'(?<![\w.,/:\-])(\d+)([ \u00a0]' + alt + r'[\u05be\-]?[ \u00a0]?)(\d+)'
               r'(?![\w/:\-]|[.,]\d)')
    else:
        pat = (r'(?<![\w.,/:\-])(\d+)([ \u00a0]' + alt + r'[ \u00a0])(\d+)'
               r'(?![\w/:\-]|[.,]\d)')
    return list(re.finditer(pat, text))


def range_words(src, tgt, lang, rng):
    """A range or list the target writes with words (zwischen 0 und 100, 18 bis 24, 10から15):
    real, or a dash range rewritten with the language's range word; then one bound changed."""
    taken = _src_values(src)
    real = [m for m in _word_ranges(tgt, lang)
            if _src_bounds(src, int(m.group(1)), int(m.group(3)))
            and '=' not in numtext._chunk(tgt, m.start(), m.end())]
    if real:
        m = rng.choice(real)
        a, b = int(m.group(1)), int(m.group(3))
        if a < b:
            r = _bound_change(tgt, m.start(1), m.end(1), m.start(3), m.end(3), rng, taken)
        else:
            s, e = (m.start(3), m.end(3))
            new = change_digit(tgt[s:e], rng, taken)
            r = (tgt[:s] + new + tgt[e:], f'{tgt[s:e]} -> {new}') if new else None
        if r is None:
            return None
        return Variant(None, tgt, r[0], f'real: {m.group(0)}; {r[1]}', 'real')
    table = _table('range', lang)
    if table is None:
        return None
    cands = [m for m in _RANGE.finditer(tgt) if _prose_range(tgt, m)
             and _src_bounds(src, int(m.group(1)), int(m.group(5)))]
    if not cands:
        return None
    m = rng.choice(cands)
    prev = re.findall(r'(\S+)\s*$', tgt[:m.start()])
    prev = prev[-1].lower() if prev else ''
    infix = None
    for word, inf in table.get('from_to', []) + table.get('between', []):
        if prev == word:
            infix = inf
    if infix is None:
        infix = table.get('to')
    if infix is None:
        return None
    clean = tgt[:m.start()] + m.group(1) + infix + m.group(5) + tgt[m.end():]
    s1, e1 = m.start(), m.start() + len(m.group(1))
    s2 = e1 + len(infix)
    e2 = s2 + len(m.group(5))
    r = _bound_change(clean, s1, e1, s2, e2, rng, taken)
    if r is None:
        return None
    return Variant(None, clean, r[0], f'range {m.group(0)} written {clean[s1:e2]}; {r[1]}',
                   'target')


# ------------------------------------------------------------------------------------ affixes

_AR_WA = re.compile(r'(?<![\w])و([ \u00a0])(\d+(?:\.\d+)?|[\u0660-\u0669]+)(?![\w]|[.,]\d)')
_AR_GLUED = re.compile(r'(?<![\w])و(\d+|[\u0660-\u0669]+)')
_HE_PREFIX = re.compile(r'(?<![\u05d0-\u05ea])([ובלהמשכ]{1,2})([\u05be\-])(\d+)')


def clitic(src, tgt, lang, rng):
    """ar: the conjunction و glued to a number (real, or a spaced 'و 31' glued); he: a prefix
    letter with maqaf before a number (real: ל־100, with a hyphen as variant); then the number
    changed."""
    taken = _src_values(src)
    vals = numtext.digit_runs(src)
    if lang == 'ar':
        real = [m for m in _AR_GLUED.finditer(tgt) if vals[numtext.ascii_digits(m.group(1))] == 1]
        if real:
            m = rng.choice(real)
            new = change_digit(m.group(1), rng, taken)
            if new is None:
                return None
            return Variant(None, tgt, tgt[:m.start(1)] + new + tgt[m.end(1):],
                           f'real: {m.group(0)}; -> و{new}', 'real')
        spaced = [m for m in _AR_WA.finditer(tgt) if vals[numtext.ascii_digits(m.group(2))] == 1]
        if not spaced:
            return None
        m = rng.choice(spaced)
        clean = tgt[:m.start()] + 'و' + m.group(2) + tgt[m.end():]
        s = m.start() + 1
        e = s + len(m.group(2))
        new = change_digit(clean[s:e], rng, taken)
        if new is None:
            return None
        return Variant(None, clean, clean[:s] + new + clean[e:],
                       f'و glued: و{m.group(2)}; -> و{new}', 'target')
    if lang == 'he':
        real = [m for m in _HE_PREFIX.finditer(tgt) if vals[m.group(3)] == 1]
        if not real:
            return None
        m = rng.choice(real)
        clean = tgt
        variant = False
        if rng.random() < 0.5:
            mark = '-' if m.group(2) == '\u05be' else '\u05be'
            clean = tgt[:m.start(2)] + mark + tgt[m.end(2):]
            variant = True
        new = change_digit(m.group(3), rng, taken)
        if new is None:
            return None
        flag = clean[:m.start(3)] + new + clean[m.end(3):]
        return Variant(None, clean, flag, f'real: {m.group(0)}'
                       + ('; maqaf and hyphen swapped' if variant else '') + f'; -> {new}',
                       'target' if variant else 'real')
    return None


def _tr_key(n):
    """The vowel and last sound of the last word read aloud of n (decides Turkish suffixes)."""
    t = FORMS['tr_last_word']
    if n == 0:
        return t['units'][0]
    if n % 10:
        return t['units'][n % 10]
    if n % 100:
        return t['tens'][n % 100 // 10]
    if n % 1000:
        return t['hundred']
    if n % 10 ** 6:
        return t['thousand']
    return t['million']


_TR = re.compile(r"(?<![\w.,/])(\d+)(['’])([a-zçğıöşü]+)")
_FI = re.compile(r'(?<![\w.,/])(\d+):([a-zäö]+)\b')
_KO = re.compile(r'(?<![\w.,/])(\d{1,3}(?:,\d{3})+|\d+)([\uac00-\ud7a3])')
_JA = re.compile(r'(?<![\w.,/])(\d{1,3}(?:,\d{3})+|\d+)([\u3040-\u309f\u4e00-\u9fff])')


def _ko_key(n):
    """The last sound of n read in Sino-Korean: a vowel (이, 사, 오, 구), ㄹ (일, 칠, 팔) or
    another consonant; Korean particles after a number (을/를, 으로/로) follow it."""
    if n == 0:
        return 'c'
    for unit in (1, 10, 100, 1000, 10000):
        d = n // unit % 10
        if d:
            if unit == 1:
                return 'v' if d in (2, 4, 5, 9) else ('l' if d in (1, 7, 8) else 'c')
            return 'c'  # 십, 백, 천, 만
    return 'c'


def affix(src, tgt, lang, rng):
    """A number with a suffix glued to it: Turkish 10'a, Finnish 5:ssä, Korean 1,200개,
    Japanese 3人; then the number changed to one that takes the same suffix (Turkish: same
    last word read aloud; Finnish: a digit before the last one, or any with :n)."""
    pat = {'tr': _TR, 'fi': _FI, 'ko': _KO, 'ja': _JA}.get(lang)
    if pat is None:
        return None
    taken = _src_values(src)
    vals = numtext.digit_runs(src)
    tgt_vals = numtext.digit_runs(tgt)
    # Values and years the source states (not the numbers of names: ISO 4217'deki).
    stated = {d for _, _, d in numtext.quantities(src)} | {m.group() for m in _YEAR.finditer(src)}
    cands = [m for m in pat.finditer(tgt) if vals[numtext.ascii_digits(m.group(1))] == 1
             and tgt_vals[numtext.ascii_digits(m.group(1))] == 1
             and numtext.ascii_digits(m.group(1)) in stated]
    rng.shuffle(cands)
    for m in cands:
        token = m.group(1)
        n = int(numtext.ascii_digits(token))
        new = None
        if lang == 'tr':
            for _ in range(30):
                new = change_digit(token, rng, taken)
                if new is not None and _tr_key(int(numtext.ascii_digits(new))) == _tr_key(n):
                    break
                new = None
        elif lang == 'fi':
            if m.group(2) in FORMS['fi_free_suffixes']['list']:
                new = change_digit(token, rng, taken)
            else:
                nz = [i for i, c in enumerate(token) if c != '0']
                last = nz[-1] if nz else 0
                pos = [i for i in range(last) if not (i == len(token) - 2 and token[i] == '1')]
                for _ in range(10):
                    new = change_digit(token, rng, taken, pos)
                    if new is None or not (len(new) >= 2 and new[-2] == '1' and token[-2] != '1'):
                        break
                    new = None
        elif lang == 'ko':
            for _ in range(30):
                new = change_digit(token, rng, taken)
                if new is not None and _ko_key(int(numtext.ascii_digits(new))) == _ko_key(n):
                    break
                new = None
        else:
            new = change_digit(token, rng, taken)
        if new is None:
            continue
        return Variant(None, tgt, tgt[:m.start(1)] + new + tgt[m.end(1):],
                       f'real: {m.group(0)}; {token} -> {new}', 'real')
    return None


# ------------------------------------------------------------------------------------ identifiers

_STANDARD = re.compile(r'\b(?:RFC|ISO|IEC|IEEE|ECMA|ITU-T|CVE|ANSI|FIPS|PKCS|X)(?:[ -/#]?)\d+'
                       r'(?:[-.:]\d+)*\b')
_NAME = re.compile(r'(?<![\w./\-$%])[A-Za-z][A-Za-z]*(?:[-_][A-Za-z]+)*[-_]?\d+'
                   r'(?:[-_.]\d+)*[A-Za-z]*\d*(?![\w/]|-\w|\.\w)')
_VERSION = re.compile(r'(?<![\w./\-$%])v?\d+\.\d+\.\d+(?:\.\d+)?(?![\w/]|\.\d)')


def identifiers(text):
    """(start, end) of identifiers with digits: standards (RFC 4648, ISO 8859-1), names with
    digits (ext4, FAT32, Cortex-A53, IPv6, i386) and dotted versions (2.6.32)."""
    out = []
    for pat in (_STANDARD, _NAME, _VERSION):
        for m in pat.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in out):
                continue
            token = m.group()
            if len(token) > 24 or re.fullmatch(r'[A-Za-z]\d', token):
                continue
            if pat is _VERSION and text[:m.start()].strip() == '':
                continue  # the number of a heading: 5.1.6. The Graphical Installer
            out.append((m.start(), m.end()))
    return sorted(out)


def identifier_changed(src, tgt, lang, rng):
    """A real identifier both versions state verbatim (RFC 4648, ISO 8859-1, ext4, 2.6.32):
    one digit of it changed in the target."""
    src_ids = Counter(src[s:e] for s, e in identifiers(src))
    tgt_all = Counter(tgt[s:e] for s, e in identifiers(tgt))
    cands = [(s, e) for s, e in identifiers(tgt)
             if src_ids[tgt[s:e]] == 1 and tgt_all[tgt[s:e]] == 1]
    if not cands:
        return None
    s, e = rng.choice(cands)
    token = tgt[s:e]
    runs = list(re.finditer(r'\d+', token))
    last = runs[-1]
    taken = set(src_ids)
    for positions in (range(last.start(), last.end()), None):
        for _ in range(10):
            new = change_digit(token, rng, set(), positions)
            if new is not None and new not in taken:
                return Variant(None, tgt, tgt[:s] + new + tgt[e:], f'real: {token} -> {new}',
                               'real')
    return None


# ------------------------------------------------------------------------------------ years

YEAR_BEFORE = {'in', 'since', 'until', 'till', 'before', 'after', 'around', 'circa', 'from',
               'year', 'copyright', '©', '(c)', 'during', 'through', 'early', 'late', 'mid'}
MONTHS = ('jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec')
_YEAR = re.compile(r'(?<![\w.,/:\-])(19\d\d|20\d\d)(?![\w/]|[.,:]\d)')
COUNT_AFTER = {'bytes', 'byte', 'files', 'items', 'entries', 'lines', 'characters', 'chars',
               'pixels', 'px', 'ms', 'milliseconds', 'seconds', 'records', 'messages', 'users',
               'people', 'rows', 'columns', 'pages', 'packages', 'kb', 'kib', 'mb', 'mib', 'hz',
               'times', 'blocks', 'sectors', 'cylinders', 'steps', 'points', 'colors', 'colours',
               'dpi', 'objects', 'transactions', 'connections', 'words', 'bits'}
COUNT_BEFORE = {'default', 'max', 'maximum', 'minimum', 'min', 'least', 'most', 'than', 'limit',
                'size', 'about', 'approximately', 'over', 'under'}


def _year_context(text, m):
    before = text[:m.start()]
    prev = re.findall(r'(\S+)\s*$', before)
    prev = prev[-1].lower().strip('",;') if prev else ''
    if prev in YEAR_BEFORE:
        return True
    if re.search(r'(?:' + '|'.join(MONTHS) + r')[a-z]*\.? \d{1,2},? $', before.lower()):
        return True
    if before.endswith('(') and text[m.end():m.end() + 1] == ')':
        return True
    # One year of a span of years: 2001-2007, 1995–98, 2000 - 2003.
    if re.match(r'\s?[-–]\s?(?:19|20)?\d\d(?!\d)', text[m.end():]) or \
            re.search(r'(?:19|20)\d\d\s?[-–]\s?$', before):
        return True
    return False


def _count_context(text, m):
    after = re.match(r'[ \u00a0]?([A-Za-z]+)', text[m.end():])
    if after and after.group(1).lower() in COUNT_AFTER:
        return True
    prev = re.findall(r'([A-Za-z]+)[\s:]*$', text[:m.start()])
    return bool(prev) and prev[-1].lower() in COUNT_BEFORE


def _tgt_year(tgt, year):
    hits = [m for m in _YEAR.finditer(tgt) if m.group() == year]
    if len(hits) == 1 and numtext.digit_runs(tgt)[year] == 1:
        return hits[0]
    # ja, zh, ko: 2009年, 2009년.
    hits = list(re.finditer(r'(?<!\d)' + year + r'(?=[年년])', tgt))
    return hits[0] if len(hits) == 1 and numtext.digit_runs(tgt)[year] == 1 else None


def year_changed(src, tgt, lang, rng):
    """A real year (in 2000, since 1970, Copyright (C) 2009, 2001-2007) the target states too:
    changed in the target."""
    vals = numtext.digit_runs(src)
    cands = [m for m in _YEAR.finditer(src) if vals[m.group()] == 1 and _year_context(src, m)
             and not _count_context(src, m)]
    rng.shuffle(cands)
    taken = _src_values(src)
    for m in cands:
        t = _tgt_year(tgt, m.group())
        if t is None:
            continue
        y = int(m.group())
        years = [y + d for d in range(-9, 10) if d and 1900 <= y + d <= 2099
                 and str(y + d) not in taken]
        new = str(rng.choice(years))
        return Variant(None, tgt, tgt[:t.start()] + new + tgt[t.end():],
                       f'real year: {m.group()} -> {new}', 'real')
    return None


def count_vs_year(src, tgt, lang, rng):
    """A four-digit count from 1900 to 2099 (a default of 2000, 2048 bytes): real, or a count
    of both versions made one (5 files: 2005 files); then the target's count changed."""
    vals = numtext.digit_runs(src)
    taken = _src_values(src)
    real = [m for m in _YEAR.finditer(src) if vals[m.group()] == 1 and _count_context(src, m)
            and not _year_context(src, m)]
    for m in real:
        t = _tgt_year(tgt, m.group())
        if t is None:
            continue
        new = change_digit(m.group(), rng, taken, [1, 2, 3])
        if new is None:
            continue
        return Variant(None, tgt, tgt[:t.start()] + new + tgt[t.end():],
                       f'real count: {m.group()} -> {new}', 'real')
    if lang == 'ar':
        return None  # the noun after a number changes with it
    counts = [c for c in _en_count(src) if c[2] <= 99]
    rng.shuffle(counts)
    for s, e, n in counts:
        span = _tgt_count(src, tgt, lang, n)
        if span is None:
            continue
        base = rng.choice((1900, 2000))
        y = base + n
        if str(y) in taken:
            continue
        ys = str(y)
        # Keep the last two digits' plural class: change the tens digit unless it is a 1 (a
        # teen), else the century.
        if ys[2] != '1':
            pool = [d for d in '023456789' if d != ys[2]]
            new = ys[:2] + rng.choice(pool) + ys[3]
        else:
            new = ('20' if base == 1900 else '19') + ys[2:]
        ts, te = span
        return Variant(src[:s] + ys + src[e:], tgt[:ts] + ys + tgt[te:],
                       tgt[:ts] + new + tgt[te:],
                       f'both versions: {n} -> {ys}; -> {new}', 'both')
    return None


# ------------------------------------------------------------------------------------ percent

_PCT_SRC = re.compile(r'(?<![\w.,%])(\d+(?:\.\d+)?) ?%(?:%)?(?![\w%(.*#+\-])')


def percent_points(src, tgt, lang, rng):
    """A real percentage both versions state (99%): the target's percent made percentage points
    (99 Prozentpunkte), a finding of its own."""
    words = _table('percent_points', lang)
    if words is None:
        return None
    prefix = lang in FORMS['percent_points']['prefix_percent']
    vals = numtext.digit_runs(src)
    cands = [m for m in _PCT_SRC.finditer(src) if vals[numtext.ascii_digits(m.group(1))] == 1]
    rng.shuffle(cands)
    for m in cands:
        num = m.group(1)
        digits = numtext.ascii_digits(num)
        # The target's number (digits in any separator style), then its percent sign.
        pat = r'(?<![\w.,])(' + r'[.,]?'.join(re.escape(c) for c in num.replace('.', '')) \
            + r')([ \u00a0\u202f]?)(%%|%|٪)(?![\w%(.*#+\-])'
        if prefix:
            pat = r'(?<![\w%])(%%|%)(' + re.escape(num).replace(r'\.', '[.,]') + r')(?![\w.,]\d?)'
        hits = list(re.finditer(pat, tgt))
        if len(hits) != 1 or numtext.digit_runs(tgt)[digits] != 1:
            continue
        h = hits[0]
        n = float(num)
        if lang in SLAVIC:
            k = {'one': 0, 'few': 1, 'many': 2}[_plural_class(int(n))] if n == int(n) else 1
            word = words[k]
        else:
            word = words[0] if n == 1 else words[1]
        if prefix:
            changed = tgt[:h.start()] + h.group(2) + word + tgt[h.end():]
        else:
            changed = tgt[:h.start(2)] + word + tgt[h.end():]
        return Variant(None, tgt, changed,
                       f'real: {h.group(0)} -> percentage points ({word.strip()})', 'real')
    return None


# Cheap tests that rule a pair out before its category reads it (the build stays quick).
_COUNT_HINT = re.compile(r'\d [a-z]{3,}s\b')
_YEAR_HINT = re.compile(r'(?:19|20)\d\d')
_BIG_HINT = re.compile(r'\d{4}|\d[.,\s\u00a0\u202f\u066c]\d{3}|[\u06f0-\u06f9\u0660-\u0669]{4}')
_RANGE_HINT = re.compile(r'\d ?[-–~～〜] ?\d')
_TWO_HINT = re.compile(r'\d\D{1,12}\d')
HINTS = {
    'words-changed': lambda s, t, lang: lang in spell.LANGS and _COUNT_HINT.search(s),
    'native-digits': lambda s, t, lang: lang in FORMS['native_digits'],
    'grouping-variant': lambda s, t, lang: lang in FORMS['grouping'] and _BIG_HINT.search(t),
    'long-figure': lambda s, t, lang: _COUNT_HINT.search(s),
    'indian-scale': lambda s, t, lang: lang == 'hi',
    'scale-added': lambda s, t, lang: lang in FORMS['scale_added'] and _COUNT_HINT.search(s),
    'cjk-compound': lambda s, t, lang: lang in CJK and (_COUNT_HINT.search(s)
                                                         or re.search(r'\d{5}|\d,\d{3}', t)),
    'range-dash': lambda s, t, lang: lang in FORMS['range'] and _RANGE_HINT.search(t),
    'range-words': lambda s, t, lang: _TWO_HINT.search(t),
    'clitic': lambda s, t, lang: lang in ('ar', 'he'),
    'affix': lambda s, t, lang: lang in ('tr', 'fi', 'ko', 'ja'),
    'identifier-changed': lambda s, t, lang: re.search(r'[A-Za-z][-_ /#]?\d|\d\.\d+\.\d', s),
    'year-changed': lambda s, t, lang: _YEAR_HINT.search(s),
    'count-vs-year': lambda s, t, lang: _YEAR_HINT.search(s) or _COUNT_HINT.search(s),
    'percent-points': lambda s, t, lang: '%' in s and lang in FORMS['percent_points'],
}

CATEGORIES = {
    'words-changed': words_changed,
    'native-digits': native_digits,
    'grouping-variant': grouping_variant,
    'long-figure': long_figure,
    'indian-scale': indian_scale,
    'scale-added': scale_added,
    'cjk-compound': cjk_compound,
    'range-dash': range_dash,
    'range-words': range_words,
    'clitic': clitic,
    'affix': affix,
    'identifier-changed': identifier_changed,
    'year-changed': year_changed,
    'count-vs-year': count_vs_year,
    'percent-points': percent_points,
}
