#!/usr/bin/env python3
"""Runs Translate Toolkit's `pofilter -t numbers` on the pair cases of a dev set and prints its
recall, false-alarm rate and precision per category and per language pair, as factlint eval
does (multi-version cases are left out: pofilter compares one source with one target).

usage: compare_pofilter.py DEVSET.jsonl [--json OUT.json]
Exit 77 when pofilter is not installed (Debian package translate-toolkit).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict


def po_string(s):
    body = (s.replace('\\', '\\\\').replace('"', '\\"').replace('\t', '\\t')
            .replace('\r', '\\r').replace('\n', '\\n'))
    return '"' + body + '"'


def ratio(a, b):
    return round(a / b, 3) if b else None


def tally_row(t):
    flagged = t['caught'] + t['false_alarms']
    return {'perturbed': t['perturbed'], 'caught': t['caught'],
            'recall': ratio(t['caught'], t['perturbed']), 'clean': t['clean'],
            'false_alarms': t['false_alarms'],
            'false_alarm_rate': ratio(t['false_alarms'], t['clean']),
            'precision': ratio(t['caught'], flagged)}


def fmt(r):
    return '-' if r is None else f'{r:.3f}'


def table(title, groups):
    cols = ['perturbed', 'caught', 'recall', 'clean', 'alarms', 'false-alarm', 'precision']
    w = max([len(title)] + [len(k) for k in groups])
    lines = [title.ljust(w) + ''.join(c.rjust(max(10, len(c) + 2)) for c in cols)]
    for key, t in groups.items():
        r = tally_row(t)
        cells = [r['perturbed'], r['caught'], fmt(r['recall']), r['clean'], r['false_alarms'],
                 fmt(r['false_alarm_rate']), fmt(r['precision'])]
        lines.append(key.ljust(w) + ''.join(str(v).rjust(max(10, len(c) + 2))
                                            for v, c in zip(cells, cols)))
    return '\n'.join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('devset')
    ap.add_argument('--json')
    args = ap.parse_args()
    if shutil.which('pofilter') is None:
        print('compare_pofilter.py: pofilter is not installed (translate-toolkit)', file=sys.stderr)
        return 77
    cases = []
    with open(args.devset, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                c = json.loads(line)
                if 'versions' not in c:
                    cases.append(c)
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, 'pairs.po')
        out = os.path.join(d, 'flagged.po')
        with open(src, 'w', encoding='utf-8') as f:
            f.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
            for c in cases:
                # The case id as the context keeps every unit distinct and names it in the output.
                f.write(f'msgctxt {po_string(c["id"])}\nmsgid {po_string(c["source"])}\n'
                        f'msgstr {po_string(c["target"])}\n\n')
        subprocess.run(['pofilter', '--progress=none', '-t', 'numbers', src, out],
                       check=False, capture_output=True)
        flagged = set()
        if os.path.exists(out):
            with open(out, encoding='utf-8') as f:
                for line in f:
                    if line.startswith('msgctxt '):
                        flagged.add(json.loads(line[len('msgctxt '):]))
    groups = {'category': defaultdict(lambda: defaultdict(int)),
              'languages': defaultdict(lambda: defaultdict(int))}
    total = defaultdict(int)
    for c in cases:
        keys = [('category', c['category']),
                ('languages', f"{c['source_lang']}→{c['target_lang']}")]
        hit = c['id'] in flagged
        for t in [total] + [groups[g][k] for g, k in keys]:
            if c['expect'] == 'flag':
                t['perturbed'] += 1
                t['caught'] += hit
            else:
                t['clean'] += 1
                t['false_alarms'] += hit
    by_cat = dict(sorted(groups['category'].items()))
    by_cat['all'] = total
    print(f'pofilter -t numbers: {len(cases)} pair cases (multi-version cases left out)\n')
    print(table('category', by_cat))
    print()
    print(table('languages', dict(sorted(groups['languages'].items()))))
    if args.json:
        with open(args.json, 'w', encoding='utf-8') as f:
            json.dump({'all': tally_row(total),
                       'by_category': {k: tally_row(v) for k, v in by_cat.items() if k != 'all'},
                       'by_language': {k: tally_row(v)
                                       for k, v in sorted(groups['languages'].items())}},
                      f, ensure_ascii=False, indent=1)
            f.write('\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
