"""Numbers written in words, for the dev set's transformations (issue 6).

spell(lang, n) gives the words of n in lang from the tables in forms.json, or None when the
builder does not write that value in that language. allowed(lang, n) says whether n may be
written at all: values whose word agrees with its noun in gender or case (one everywhere; two
in Portuguese; one, three and four in Greek; the hundreds from 200 in Spanish and Portuguese)
are refused, so that a sentence rewritten with them stays grammatical whatever its noun.

Values written: 2 to 999 and the round thousands 1000 to 9000 (Japanese and Thai: up to 9999;
Hindi: the numbers its table lists, the round hundreds and thousands; Greek: up to 199).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, 'forms.json'), encoding='utf-8') as _f:
    FORMS = json.load(_f)
T = FORMS['spell']

LANGS = sorted(k for k in T if not k.startswith('//'))


def _germanic(lang, n):
    """de, nl, sv: one word, units before tens (de, nl) or tens first (sv)."""
    t = T[lang]
    if n < 10:
        return t['units'][n]
    if n < 20:
        return t['teens'][n - 10]
    if n < 100:
        tens, u = t['tens'][n // 10], n % 10
        if not u:
            return tens
        if lang == 'sv':
            return tens + t['units'][u]
        unit = t['units'][u]
        if lang == 'de':
            return unit + 'und' + tens
        return unit + ('ën' if unit.endswith('e') else 'en') + tens
    if n < 1000:
        h, r = divmod(n, 100)
        head = (t['units'][h] if h > 1 else '') + t['hundred']
        return head + (_germanic(lang, r) if r else '')
    k, r = divmod(n, 1000)
    if r:
        return None
    return (t['units'][k] if k > 1 else '') + t['thousand']


def _fr_below_100(n):
    t = T['fr']
    if n < 10:
        return t['units'][n]
    if n < 20:
        return t['teens'][n - 10]
    tens, u = n // 10, n % 10
    if tens in (7, 9):
        if tens == 7 and u == 1:
            return 'soixante et onze'
        return t['tens'][tens] + '-' + t['teens'][u]
    if tens == 8:
        return 'quatre-vingts' if u == 0 else 'quatre-vingt-' + t['units'][u]
    if u == 0:
        return t['tens'][tens]
    if u == 1:
        return t['tens'][tens] + ' et un'
    return t['tens'][tens] + '-' + t['units'][u]


def _fr(n):
    t = T['fr']
    if n < 100:
        return _fr_below_100(n)
    if n < 1000:
        h, r = divmod(n, 100)
        if h == 1:
            head = t['hundred']
        else:
            head = t['units'][h] + ' ' + t['hundred'] + ('s' if r == 0 else '')
        return head + (' ' + _fr_below_100(r) if r else '')
    k, r = divmod(n, 1000)
    if r:
        return None
    return t['thousand'] if k == 1 else _fr_below_100(k) + ' ' + t['thousand']


def _es(n):
    t = T['es']
    if n < 10:
        return t['units'][n]
    if n < 20:
        return t['teens'][n - 10]
    if n < 30:
        return t['twenties'][n - 20]
    if n < 100:
        u = n % 10
        return t['tens'][n // 10] + (' y ' + t['units'][u] if u else '')
    if n == 100:
        return t['hundred']
    if n < 200:
        return t['hundred_prefix'] + ' ' + _es(n - 100)
    k, r = divmod(n, 1000)
    if r or k > 9:
        return None
    return t['thousand'] if k == 1 else t['units'][k] + ' ' + t['thousand']


def _it(n):
    t = T['it']
    if n < 10:
        return t['units'][n]
    if n < 20:
        return t['teens'][n - 10]
    if n < 100:
        tens, u = t['tens'][n // 10], n % 10
        if u in (1, 8):
            tens = tens[:-1]  # ventuno, ventotto
        word = tens + (t['units'][u] if u else '')
        if u == 3:
            word = word[:-3] + 'tré'  # ventitré
        return word
    if n < 1000:
        h, r = divmod(n, 100)
        head = (t['units'][h] if h > 1 else '') + t['hundred']
        rest = _it(r) if r else ''
        if rest.startswith('o'):
            head = head[:-1]  # centotto, duecentottanta
        return head + rest
    k, r = divmod(n, 1000)
    if r or k > 9:
        return None
    return t['thousand'] if k == 1 else t['units'][k] + t['thousands']


def _pt(n):
    t = T['pt']
    if n < 10:
        return t['units'][n]
    if n < 20:
        return t['teens'][n - 10]
    if n < 100:
        u = n % 10
        return t['tens'][n // 10] + (' e ' + t['units'][u] if u else '')
    if n == 100:
        return t['hundred']
    if n < 200:
        return t['hundred_prefix'] + ' e ' + _pt(n - 100)
    k, r = divmod(n, 1000)
    if r or k > 9:
        return None
    return t['thousand'] if k == 1 else t['units'][k] + ' ' + t['thousand']


def _id(n):
    t = T['id']
    u = t['units']
    if n < 10:
        return u[n]
    if n == 10:
        return t['ten']
    if n == 11:
        return t['eleven']
    if n < 20:
        return u[n - 10] + ' ' + t['teen']
    if n < 100:
        return u[n // 10] + ' ' + t['tens'] + (' ' + u[n % 10] if n % 10 else '')
    if n < 1000:
        h, r = divmod(n, 100)
        head = t['one_hundred'] if h == 1 else u[h] + ' ' + t['hundreds']
        return head + (' ' + _id(r) if r else '')
    k, r = divmod(n, 1000)
    if r or k > 9:
        return None
    return t['one_thousand'] if k == 1 else u[k] + ' ' + t['thousands']


def _tr(n):
    t = T['tr']
    if n < 10:
        return t['units'][n]
    if n < 100:
        u = n % 10
        return t['tens'][n // 10] + (' ' + t['units'][u] if u else '')
    if n < 1000:
        h, r = divmod(n, 100)
        head = t['hundred'] if h == 1 else t['units'][h] + ' ' + t['hundred']
        return head + (' ' + _tr(r) if r else '')
    k, r = divmod(n, 1000)
    if r or k > 9:
        return None
    return t['thousand'] if k == 1 else t['units'][k] + ' ' + t['thousand']


def _fa(n):
    t = T['fa']
    if n < 10:
        return t['units'][n]
    if n < 20:
        return t['teens'][n - 10]
    if n < 100:
        u = n % 10
        return t['tens'][n // 10] + (t['and'] + t['units'][u] if u else '')
    if n < 1000:
        h, r = divmod(n, 100)
        return t['hundreds'][h] + (t['and'] + _fa(r) if r else '')
    k, r = divmod(n, 1000)
    if r or k > 9:
        return None
    return t['thousand'] if k == 1 else t['units'][k] + ' ' + t['thousand']


def _el(n):
    t = T['el']
    if n < 10:
        return t['units'][n]
    if n < 20:
        return t['teens'][n - 10]
    if n < 100:
        u = n % 10
        return t['tens'][n // 10] + (' ' + t['units'][u] if u else '')
    if n == 100:
        return t['hundred']
    if n < 200:
        return t['hundred_prefix'] + ' ' + _el(n - 100)
    return None


def _hi(n):
    t = T['hi']
    if str(n) in t['words']:
        return t['words'][str(n)]
    if n == 100:
        return t['hundred']
    if n < 1000 and n % 100 == 0:
        return t['words'][str(n // 100)] + ' ' + t['hundred']
    if n == 1000:
        return t['thousand']
    if n < 10000 and n % 1000 == 0:
        return t['words'][str(n // 1000)] + ' ' + t['thousand']
    return None


def _th(n):
    t = T['th']
    if n >= 10000:
        return None
    out = ''
    k, r = divmod(n, 1000)
    if k:
        out += t['units'][k] + t['thousand']
    h, r = divmod(r, 100)
    if h:
        out += t['units'][h] + t['hundred']
    tens, u = divmod(r, 10)
    if tens == 1:
        out += t['ten']
    elif tens == 2:
        out += t['twenty'] + t['ten']
    elif tens:
        out += t['units'][tens] + t['ten']
    if u:
        out += t['unit_one'] if (u == 1 and n > 10) else t['units'][u]
    return out


def _ja_section(n):
    """1 to 9999 in kanji: 千, 百 and 十 without 一 before them (三千二百五十)."""
    t = T['ja']
    out = ''
    for value, unit in ((1000, t['thousand']), (100, t['hundred']), (10, t['ten'])):
        d = n // value % 10
        if d:
            out += (t['digits'][d] if d > 1 else '') + unit
    if n % 10:
        out += t['digits'][n % 10]
    return out


def _ja(n):
    if n >= 10 ** 8:
        return None
    man, r = divmod(n, 10000)
    out = ''
    if man:
        out += (T['ja']['digits'][1] if man == 1 else _ja_section(man)) + T['ja']['man']
    return out + (_ja_section(r) if r else '')


def _zh(n):
    t = T['zh-CN']
    d = t['digits']
    if n >= 10000:
        return None
    if n == 2:
        return t['two']  # 两个, 两次: two before a measure word
    if n < 10:
        return d[n]
    if n < 20:
        return t['ten'] + (d[n - 10] if n > 10 else '')
    out = ''
    zero = False
    for value, unit in ((1000, t['thousand']), (100, t['hundred']), (10, t['ten']), (1, '')):
        digit = n // value % 10
        if digit == 0:
            if out:
                zero = True
            continue
        if zero:
            out += d[0]
            zero = False
        word = t['two'] if digit == 2 and value >= 1000 else d[digit]
        out += word + unit
    return out


_SPELL = {'de': lambda n: _germanic('de', n), 'nl': lambda n: _germanic('nl', n),
          'sv': lambda n: _germanic('sv', n), 'fr': _fr, 'es': _es, 'it': _it, 'pt': _pt,
          'id': _id, 'tr': _tr, 'fa': _fa, 'el': _el, 'hi': _hi, 'th': _th, 'ja': _ja,
          'zh-CN': _zh}


def allowed(lang, n):
    """Whether the builder may write n in words in lang (see the module comment)."""
    if lang not in _SPELL or n < 2:
        return False
    if n >= 1000 and n % 1000 and lang not in ('ja', 'th'):
        return False
    if n >= 10000 and lang != 'ja':
        return False
    last2 = n % 100
    if lang in ('de',) and last2 == 1:
        return False  # hunderteins / hundertein: depends on the noun
    if lang in ('fr',) and n % 10 == 1 and last2 not in (11, 71, 91):
        return False  # vingt et un / vingt et une
    if lang in ('es', 'it', 'sv') and n % 10 == 1 and last2 != 11:
        return False  # veintiuno, ventuno, tjugoen: gender or article form
    if lang == 'es' and 200 <= n < 1000:
        return False  # doscientos / doscientas
    if lang == 'pt':
        if n % 10 in (1, 2) and last2 not in (11, 12):
            return False  # um/uma, dois/duas
        if 200 <= n < 1000 or n in (1000, 2000):
            return False  # duzentos/duzentas; mil and dois mil left out with two
    if lang == 'el':
        low = last2 if last2 < 20 else n % 10
        if low in (1, 3, 4, 13, 14):
            return False  # ένα/μία, τρία/τρεις, τέσσερα/τέσσερις
    return spell(lang, n) is not None


def spell(lang, n):
    """The words of n in lang, or None when the tables do not cover it."""
    f = _SPELL.get(lang)
    if f is None or n < 1:
        return None
    try:
        return f(n)
    except (IndexError, KeyError):
        return None
