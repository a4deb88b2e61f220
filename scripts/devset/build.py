#!/usr/bin/env python3
"""Builds factlint's development set from real translations that Debian packages install.

usage: build.py --out DIR [--seed N] [--check]

Sources (read at build time, never committed):
  gettext catalogs   /usr/share/locale/<lang>/LC_MESSAGES/*.mo, through msgunfmt (gettext)
  Debian Reference   /usr/share/debian-reference/<chapter>.<lang>.html (debian-reference-*)
  installation guide /usr/share/doc/installation-guide-amd64/<lang>/*.html

Writes DIR/devset.jsonl (the cases `factlint eval` reads), DIR/stats.json (counts per
category, language and source, and the catalogs used) and DIR/review.jsonl (pairs whose
numbers disagree and that labels.json does not label yet, for a person to look at). Exit 77
when none of the sources is installed. docs/evaluation.md describes the set.

Two kinds of categories: the first ones (numtext.CATEGORIES) perturb a trusted pair once;
the issue 6 ones (variants.CATEGORIES: numbers in words, native digits, grouping, scale
words, ranges, affixes, identifiers, years, percentage points) take a real instance of a form
or rewrite a pair into it with the tables of forms.json, each with a clean and a flagged twin.
"""
import argparse
import glob
import hashlib
import html.parser
import json
import os
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict

sys.dont_write_bytecode = True  # the tests run it from the source tree: leave no __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numtext  # noqa: E402
import variants  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
LOCALE_DIR = '/usr/share/locale'
DEBREF_DIR = '/usr/share/debian-reference'
GUIDE_DIR = '/usr/share/doc/installation-guide-amd64'

# Target languages: directory name in each source -> the tag the cases carry.
LANGS = {
    'de': 'de', 'fr': 'fr', 'es': 'es', 'it': 'it', 'pt': 'pt', 'ja': 'ja', 'zh_CN': 'zh-CN',
    'zh-cn': 'zh-CN', 'ru': 'ru', 'pl': 'pl', 'nl': 'nl', 'sv': 'sv', 'id': 'id', 'ko': 'ko',
    'cs': 'cs', 'el': 'el', 'ar': 'ar', 'fa': 'fa', 'he': 'he', 'hi': 'hi', 'th': 'th', 'tr': 'tr',
    'fi': 'fi',
}
# How many clean pairs each source may give one language, and one catalog or chapter at most.
CAP = {'gettext': 110, 'debian-reference': 60, 'installation-guide': 45}
CAP_PER_FILE = {'gettext': 10, 'debian-reference': 12, 'installation-guide': 6}
MULTI_CASES = 160          # multi-version paragraphs (clean), each with a perturbed twin
MULTI_VERSIONS = 5         # English and four others
MAX_CHARS = 900            # longer units are left out: a case is a sentence or a paragraph
EN_OFFENDER_SHARE = 0.2    # share of multi-version twins whose English version is changed
# Issue 6 categories (variants.py): pairs per language drawn in turn, at least VARIANT_MIN in
# a category when its languages have them, at most VARIANT_PER_FILE from one catalog or page,
# and VARIANT_SCAN candidates per language looked at once enough of the best kind are found.
VARIANT_PER_LANG = 12
VARIANT_MIN = 48
VARIANT_PER_FILE = 3
VARIANT_SCAN = 60
# The best a category can give: 'real' (Debian's own text), 'target' (the target rewritten)
# or 'both' (both versions rewritten); real ones are taken first.
VARIANT_BEST = {'words-changed': 'target', 'native-digits': 'real', 'grouping-variant': 'target',
                'long-figure': 'both', 'indian-scale': 'both', 'scale-added': 'both',
                'cjk-compound': 'target', 'range-dash': 'target', 'range-words': 'real',
                'clitic': 'real', 'affix': 'real', 'identifier-changed': 'real',
                'year-changed': 'real', 'count-vs-year': 'real', 'percent-points': 'real'}
HOW_RANK = {'real': 0, 'target': 1, 'both': 2}


def stable_id(*parts):
    return hashlib.sha1('\x1f'.join(parts).encode('utf-8')).hexdigest()[:12]


def rng_for(seed, key):
    return random.Random(f'{seed}:{key}')


# --------------------------------------------------------------------------------- gettext

def po_units(po_text):
    """(msgctxt, msgid, msgstr) of a PO file as msgunfmt writes it; plural entries give their
    singular pair (msgid, msgstr[0])."""
    entries = []
    cur = {}
    key = None

    def flush():
        if 'msgid' in cur:
            entries.append((cur.get('msgctxt', ''), cur['msgid'],
                            cur.get('msgstr', cur.get('msgstr[0]', ''))))
        cur.clear()

    for line in po_text.split('\n'):
        if line.startswith('#') or not line.strip():
            continue
        m = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) (".*")$', line)
        if m:
            if m.group(1) in ('msgctxt', 'msgid') and ('msgstr' in cur or 'msgstr[0]' in cur):
                flush()
            key = m.group(1)
            cur[key] = _po_unescape(m.group(2))
        elif line.startswith('"') and key:
            cur[key] += _po_unescape(line)
    flush()
    return [e for e in entries if e[1]]


def _po_unescape(quoted):
    body = quoted[1:-1]
    out = []
    i = 0
    escapes = {'n': '\n', 't': '\t', '"': '"', '\\': '\\', 'r': '\r', 'a': '\a', 'b': '\b',
               'f': '\f', 'v': '\v'}
    while i < len(body):
        c = body[i]
        if c == '\\' and i + 1 < len(body):
            out.append(escapes.get(body[i + 1], body[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def gettext_pairs(catalogs_used):
    """Yields (origin, file key, source, lang, target) from every catalog of the languages."""
    if not os.path.isdir(LOCALE_DIR):
        return
    for d in sorted(os.listdir(LOCALE_DIR)):
        if d not in LANGS:
            continue
        lang = LANGS[d]
        for mo in sorted(glob.glob(os.path.join(LOCALE_DIR, d, 'LC_MESSAGES', '*.mo'))):
            name = os.path.basename(mo)[:-3]
            if name.startswith('iso_'):
                continue  # lists of names (countries, languages, currencies), not sentences
            try:
                po = subprocess.run(['msgunfmt', mo], capture_output=True, check=True,
                                    timeout=60).stdout.decode('utf-8', errors='strict')
            except (subprocess.SubprocessError, UnicodeDecodeError, OSError):
                continue
            with open(mo, 'rb') as f:
                catalogs_used[f'{d}/{name}'] = hashlib.sha1(f.read()).hexdigest()[:12]
            for ctx, msgid, msgstr in po_units(po):
                if not msgstr:
                    continue
                yield f'gettext:{name}', name, msgid, lang, msgstr


# ------------------------------------------------------------------------------------ HTML

class Blocks(html.parser.HTMLParser):
    """The text of the innermost block elements of a DocBook HTML page, in document order.
    Code (pre, code listings) and navigation are left out; inline markup is kept as text."""
    BLOCK = {'p', 'li', 'td', 'th', 'dt', 'dd', 'title', 'h1', 'h2', 'h3', 'h4', 'caption'}
    SKIP = {'pre', 'script', 'style'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []
        self.stack = []
        self.skip = 0
        self.nav = 0

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get('class') or ''
        if tag in self.SKIP:
            self.skip += 1
        if tag == 'div' and cls.startswith(('navheader', 'navfooter', 'toc')):
            self.nav += 1
            self.stack.append(['div-nav', [], False])
            return
        if tag == 'div':
            self.stack.append(['div', [], False])
            return
        if tag in self.BLOCK:
            for entry in self.stack:
                entry[2] = entry[2] or entry[0] in self.BLOCK
            self.stack.append([tag, [], False])

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        if tag == 'div':
            while self.stack and self.stack[-1][0] not in ('div', 'div-nav'):
                self.stack.pop()
            if self.stack:
                if self.stack.pop()[0] == 'div-nav':
                    self.nav -= 1
            return
        if tag in self.BLOCK and self.stack and self.stack[-1][0] == tag:
            _, buf, has_child = self.stack.pop()
            text = ' '.join(''.join(buf).split())
            if not has_child:
                self.blocks.append(text if self.nav == 0 else '')
            for entry in reversed(self.stack):
                if entry[0] in self.BLOCK:
                    entry[1].append(''.join(buf))
                    break

    def handle_data(self, data):
        if self.skip:
            data = ' '
        for entry in reversed(self.stack):
            if entry[0] in self.BLOCK:
                entry[1].append(data)
                break


def page_blocks(path):
    p = Blocks()
    with open(path, encoding='utf-8', errors='replace') as f:
        p.feed(f.read())
    return p.blocks


def prose(text):
    """A block worth a case: running text with a few words, not a lone number or name."""
    words = re.findall(r'[^\W\d_]{2,}', text)
    cjk = sum(1 for c in text if numtext.is_cjk(c))
    return (len(words) >= 4 or cjk >= 8) and len(text) <= MAX_CHARS


def doc_versions(kind):
    """{file key: {lang: [blocks]}} of a manual installed in several languages; 'en' included.
    Only files whose block count agrees with English are kept (structural alignment)."""
    pages = defaultdict(dict)
    if kind == 'debian-reference':
        for path in sorted(glob.glob(os.path.join(DEBREF_DIR, '*.html'))):
            m = re.match(r'(.+)\.([a-z]{2}(?:-[a-z]{2})?)\.html$', os.path.basename(path))
            if m and (m.group(2) == 'en' or m.group(2) in LANGS):
                lang = 'en' if m.group(2) == 'en' else LANGS[m.group(2)]
                pages[m.group(1)][lang] = path
    else:
        for d in sorted(os.listdir(GUIDE_DIR)) if os.path.isdir(GUIDE_DIR) else []:
            if d != 'en' and d not in LANGS:
                continue
            lang = 'en' if d == 'en' else LANGS[d]
            for path in sorted(glob.glob(os.path.join(GUIDE_DIR, d, '*.html'))):
                pages[os.path.basename(path)[:-5]][lang] = path
    out = {}
    for key in sorted(pages):
        if 'en' not in pages[key]:
            continue
        en = page_blocks(pages[key]['en'])
        versions = {'en': en}
        for lang, path in sorted(pages[key].items()):
            if lang == 'en':
                continue
            blocks = page_blocks(path)
            if len(blocks) == len(en):
                versions[lang] = blocks
        out[key] = versions
    return out


def doc_pairs(kind, manuals):
    for key, versions in manuals.items():
        en = versions['en']
        for lang, blocks in sorted(versions.items()):
            if lang == 'en':
                continue
            for i, (src, tgt) in enumerate(zip(en, blocks)):
                yield f'{kind}:{key}', key, src, lang, tgt


# ---------------------------------------------------------------------------------- filter

def judge_pair(src, tgt, doc=False):
    """'trusted' (translated, and both state the same digit runs), 'disagree' (the numbers
    differ: a person decides), or None (no quantity, untranslated, too long)."""
    if not tgt.strip() or tgt == src or len(src) > MAX_CHARS or len(tgt) > MAX_CHARS:
        return None
    if not numtext.quantities(src) or (doc and not prose(src)):
        return None
    # An untranslated block (English left in place by the translation tools) is no pair.
    if re.sub(r'\W', '', src) == re.sub(r'\W', '', tgt):
        return None
    if numtext.digit_runs(src) == numtext.digit_runs(tgt):
        return 'trusted'
    return 'disagree'


def load_labels():
    with open(os.path.join(HERE, 'labels.json'), encoding='utf-8') as f:
        data = json.load(f)
    return {k: v for k, v in data.items() if not k.startswith('//')}


def applicable(src, tgt, lang, seed, cid):
    """{category: (changed text, note)} of the perturbations that apply. A change that leaves
    no word (a lone number dropped) is not a sentence any more and is left out."""
    out = {}
    for cat in numtext.CATEGORIES:
        r = numtext.PERTURB[cat](src, tgt, lang, rng_for(seed, cid + cat))
        if r is not None and re.search(r'[^\W\d_]', r[0]):
            out[cat] = r
    return out


def agrees(src, tgt, doc=False):
    """A translated pair whose versions state the same digit runs, at least one: the pairs the
    issue 6 categories transform (judge_pair also wants a quantity in the source)."""
    if not tgt.strip() or tgt == src or len(src) > MAX_CHARS or len(tgt) > MAX_CHARS:
        return False
    if not re.search(r'\d', src) or (doc and not prose(src)):
        return False
    if re.sub(r'\W', '', src) == re.sub(r'\W', '', tgt):
        return False
    return numtext.digit_runs(src) == numtext.digit_runs(tgt)


def variant_candidates(cat, lang, items, seed):
    """The pairs of one language the category applies to, as (rank, order, item, Variant):
    the pool in a seeded order, real instances first."""
    f = variants.CATEGORIES[cat]
    hint = variants.HINTS[cat]
    order = sorted(items, key=lambda x: x[0])
    rng_for(seed, f'{cat}:{lang}').shuffle(order)
    best = HOW_RANK[VARIANT_BEST[cat]]
    out = []
    n_best = 0
    for i, item in enumerate(order):
        if not hint(item[4], item[5], lang):
            continue
        r = f(item[4], item[5], lang, rng_for(seed, item[0] + cat))
        if r is None:
            continue
        out.append((HOW_RANK[r.how], i, item, r))
        n_best += HOW_RANK[r.how] == best
        if n_best >= VARIANT_SCAN:
            break
    out.sort(key=lambda x: (x[0], x[1]))
    return out


def select_variants(cands_by_lang):
    """Round robin over the languages: one pair each in turn, until every language has given
    VARIANT_PER_LANG (or VARIANT_MIN in all when few languages have the form), one per source
    sentence and at most VARIANT_PER_FILE from one catalog or page; a second round without
    that cap fills a category that stays short of its target."""
    langs = sorted(lang for lang, c in cands_by_lang.items() if c)
    target = max(VARIANT_MIN, VARIANT_PER_LANG * len(langs))
    seen_src = set()
    chosen = []
    for cap in (VARIANT_PER_FILE, None):
        pos = {lang: 0 for lang in langs}
        per_file = Counter((lang, item[3]) for lang, item, _ in chosen)
        while len(chosen) < target:
            progressed = False
            for lang in langs:
                cands = cands_by_lang[lang]
                while pos[lang] < len(cands):
                    _, _, item, r = cands[pos[lang]]
                    pos[lang] += 1
                    src, fkey = item[4], item[3]
                    if (lang, src) in seen_src or (cap and per_file[(lang, fkey)] >= cap):
                        continue
                    seen_src.add((lang, src))
                    per_file[(lang, fkey)] += 1
                    chosen.append((lang, item, r))
                    progressed = True
                    break
                if len(chosen) >= target:
                    break
            if not progressed:
                break
    return chosen


def pick_category(options, counts, rng):
    """The least used category among those that apply, so rare ones get every chance."""
    cats = sorted(options, key=lambda c: (counts[c], numtext.CATEGORIES.index(c)))
    low = [c for c in cats if counts[c] == counts[cats[0]]]
    return rng.choice(low)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', required=True)
    ap.add_argument('--seed', default='factlint-devset-1')
    args = ap.parse_args()

    have_gettext = os.path.isdir(LOCALE_DIR) and subprocess.run(
        ['sh', '-c', 'command -v msgunfmt'], capture_output=True).returncode == 0
    have_ref = bool(glob.glob(os.path.join(DEBREF_DIR, '*.en.html')))
    have_guide = os.path.isdir(os.path.join(GUIDE_DIR, 'en'))
    if not (have_gettext or have_ref or have_guide):
        print('build.py: none of the sources is installed (gettext, debian-reference-*, '
              'installation-guide-amd64): run scripts/setup.sh', file=sys.stderr)
        return 77

    labels = load_labels()
    catalogs_used = {}
    pools = defaultdict(list)      # (kind, lang) -> [(cid, origin, file, src, tgt)]
    review = []
    seen = set()
    sources = []
    if have_gettext:
        sources.append(('gettext', gettext_pairs(catalogs_used)))
    manuals = {}
    for kind, have in (('debian-reference', have_ref), ('installation-guide', have_guide)):
        if have:
            manuals[kind] = doc_versions(kind)
            sources.append((kind, doc_pairs(kind, manuals[kind])))
    dropped = Counter()
    agree_pool = defaultdict(list)   # lang -> [(cid, kind, origin, file, src, tgt)]
    agree_seen = set()
    for kind, gen in sources:
        for origin, fkey, src, lang, tgt in gen:
            if agrees(src, tgt, doc=kind != 'gettext'):
                cid = f'{kind[:2]}-{lang}-{stable_id(origin, src, lang, tgt)}'
                if cid not in agree_seen:
                    agree_seen.add(cid)
                    agree_pool[lang].append((cid, kind, origin, fkey, src, tgt))
            verdict = judge_pair(src, tgt, doc=kind != 'gettext')
            if verdict is None:
                continue
            cid = f'{kind[:2]}-{lang}-{stable_id(origin, src, lang, tgt)}'
            if cid in seen:
                continue
            seen.add(cid)
            label = labels.get(cid)
            if verdict == 'disagree' and label is None:
                review.append({'id': cid, 'origin': origin, 'lang': lang, 'source': src,
                               'target': tgt})
                dropped['numbers differ, not reviewed'] += 1
                continue
            pools[(kind, lang)].append((cid, origin, fkey, src, tgt, label))

    cases = []
    counts = Counter()
    stats_src = Counter()
    for (kind, lang) in sorted(pools):
        items = pools[(kind, lang)]
        rng = rng_for(args.seed, f'{kind}:{lang}')
        items.sort(key=lambda x: x[0])
        rng.shuffle(items)
        # Scale words and currencies are rare in these texts: pairs that have one come first.
        items.sort(key=lambda x: not any(numtext.PERTURB[c](x[3], x[4], lang, rng_for(args.seed, x[0]))
                                         for c in ('scale-word', 'currency')))
        per_file = Counter()
        taken = 0
        for cid, origin, fkey, src, tgt, label in items:
            if label is not None and label.get('label') in ('real', 'real-identifier'):
                cases.append({'id': cid, 'category': label['label'], 'expect': 'flag',
                              'source_lang': 'en', 'target_lang': lang, 'source': src,
                              'target': tgt, 'origin': origin, 'note': label.get('note', '')})
                stats_src[(kind, label['label'])] += 1
                continue
            if taken >= CAP[kind] or per_file[fkey] >= CAP_PER_FILE[kind]:
                continue
            options = applicable(src, tgt, lang, args.seed, cid)
            if not options:
                continue
            cat = pick_category(options, counts, rng_for(args.seed, cid))
            counts[cat] += 1
            new_tgt, note = options[cat]
            base = {'category': cat, 'source_lang': 'en', 'target_lang': lang, 'source': src}
            cases.append({'id': cid + '-clean', 'expect': 'clean', **base, 'target': tgt,
                          'origin': origin})
            cases.append({'id': cid + '-' + cat, 'expect': 'flag', **base, 'target': new_tgt,
                          'offender': lang, 'origin': origin, 'note': note})
            per_file[fkey] += 1
            taken += 1
            stats_src[(kind, lang)] += 1

    # Multi-version paragraphs from the installation guide: English and four translations
    # that all state the same digit runs; one version (English in a fifth of them) is changed.
    guide = manuals.get('installation-guide', {})
    multi_pool = []
    for key, versions in guide.items():
        en = versions['en']
        for i, src in enumerate(en):
            if not prose(src) or not numtext.quantities(src):
                continue
            agree = [lang for lang, blocks in sorted(versions.items()) if lang != 'en'
                     and judge_pair(src, blocks[i]) == 'trusted' and prose(blocks[i])]
            if len(agree) >= MULTI_VERSIONS - 1:
                multi_pool.append((f'ig-multi-{stable_id(key, str(i), src)}', key, i, agree))
    multi_pool.sort()
    rng = rng_for(args.seed, 'multi')
    rng.shuffle(multi_pool)
    multi_counts = Counter()
    made = 0
    for cid, key, i, agree in multi_pool:
        if made >= MULTI_CASES:
            break
        r = rng_for(args.seed, cid)
        langs = sorted(r.sample(agree, MULTI_VERSIONS - 1))
        versions = [['en', guide[key]['en'][i]]] + [[l, guide[key][l][i]] for l in langs]
        offender = 'en' if r.random() < EN_OFFENDER_SHARE else r.choice(langs)
        k = [v[0] for v in versions].index(offender)
        # The English version is changed against a translation, a translation against English.
        ref = versions[1][1] if offender == 'en' else versions[0][1]
        opts = applicable(ref, versions[k][1], offender, args.seed, cid)
        if not opts:
            continue
        cat = pick_category(opts, multi_counts, r)
        multi_counts[cat] += 1
        changed = [list(v) for v in versions]
        changed[k][1] = opts[cat][0]
        origin = f'installation-guide:{key}'
        cases.append({'id': cid + '-clean', 'category': cat, 'expect': 'clean',
                      'versions': versions, 'origin': origin})
        cases.append({'id': cid + '-' + cat, 'category': cat, 'expect': 'flag',
                      'offender': offender, 'versions': changed, 'origin': origin,
                      'note': opts[cat][1]})
        made += 1

    # Issue 6: numbers as every language writes them (variants.py). The same pair may serve
    # several categories; ids carry the category.
    how_counts = Counter()
    for cat in variants.CATEGORIES:
        cands = {lang: variant_candidates(cat, lang, agree_pool[lang], args.seed)
                 for lang in sorted(agree_pool)}
        for lang, (cid, kind, origin, fkey, src, tgt), r in select_variants(cands):
            base = {'category': cat, 'source_lang': 'en', 'target_lang': lang,
                    'source': r.source or src, 'origin': origin, 'how': r.how}
            cases.append({'id': f'{cid}-{cat}-clean', 'expect': 'clean', **base,
                          'target': r.clean})
            cases.append({'id': f'{cid}-{cat}', 'expect': 'flag', **base, 'target': r.flag,
                          'offender': lang, 'note': r.note})
            how_counts[(cat, r.how)] += 1

    cases.sort(key=lambda c: c['id'])
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, 'devset.jsonl'), 'w', encoding='utf-8') as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False, sort_keys=True) + '\n')
    review.sort(key=lambda c: c['id'])
    with open(os.path.join(args.out, 'review.jsonl'), 'w', encoding='utf-8') as f:
        for c in review:
            f.write(json.dumps(c, ensure_ascii=False, sort_keys=True) + '\n')

    by_cat = Counter((c['category'], c['expect']) for c in cases)
    by_lang = Counter(c.get('target_lang', 'multi') for c in cases)
    by_cat_lang = Counter((c['category'], c.get('target_lang', 'multi')) for c in cases
                          if c['expect'] == 'flag')
    stats = {
        'cases': len(cases),
        'pairs': sum(1 for c in cases if 'versions' not in c),
        'multi_version': sum(1 for c in cases if 'versions' in c),
        'by_category': {f'{k[0]}/{k[1]}': v for k, v in sorted(by_cat.items())},
        'by_target_language': dict(sorted(by_lang.items())),
        'flag_cases_by_category_and_language': {f'{k[0]}/{k[1]}': v
                                                for k, v in sorted(by_cat_lang.items())},
        'variant_pairs_by_how': {f'{k[0]}/{k[1]}': v for k, v in sorted(how_counts.items())},
        'clean_pairs_by_source_and_language': {f'{k[0]}/{k[1]}': v
                                               for k, v in sorted(stats_src.items())},
        'left_out': dict(sorted(dropped.items())),
        'labelled_real': sum(1 for c in cases if c['category'] == 'real'),
        'labelled_real_identifier': sum(1 for c in cases if c['category'] == 'real-identifier'),
        'catalogs': dict(sorted(catalogs_used.items())),
    }
    with open(os.path.join(args.out, 'stats.json'), 'w', encoding='utf-8') as f:
        json.dump(stats, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    print(f"devset: {stats['cases']} cases ({stats['pairs']} pairs, {stats['multi_version']} "
          f"multi-version) in {len(by_lang)} target groups; {len(review)} pairs to review",
          file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())
