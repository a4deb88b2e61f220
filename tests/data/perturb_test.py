#!/usr/bin/env python3
"""Changed-digit, swapped-digit, scale-word and currency changes in one sentence pair per tested
language are all found, on the version that was changed; the pairs as written raise nothing.

usage: perturb_test.py FACTLINT PAIRS_JSON
The pairs (tests/data/perturb/pairs.json) name the amount, a scale word and a currency of each
target; this script writes the four changes of every pair as `factlint eval` cases and reads the
per-case results.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

DIGITS = '0123456789' '٠١٢٣٤٥٦٧٨٩' '०१२३४५६७८९'


def digit_value(ch):
    return DIGITS.index(ch) % 10


def with_digit(ch, value):
    base = DIGITS.index(ch) // 10 * 10
    return DIGITS[base + value]


def changed_digit(amount):
    """The first digit of the amount, one higher (9 becomes 8)."""
    chars = list(amount)
    for i, ch in enumerate(chars):
        if ch in DIGITS:
            v = digit_value(ch)
            chars[i] = with_digit(ch, v + 1 if v < 9 else v - 1)
            return ''.join(chars)
    raise ValueError(f'no digit in {amount!r}')


def swapped_digits(amount):
    """The first two neighbouring digits (separators skipped) that differ, swapped."""
    positions = [i for i, ch in enumerate(amount) if ch in DIGITS]
    chars = list(amount)
    for a, b in zip(positions, positions[1:]):
        if chars[a] != chars[b]:
            chars[a], chars[b] = chars[b], chars[a]
            return ''.join(chars)
    raise ValueError(f'no two different digits in {amount!r}')


def replace_once(text, old, new):
    if text.count(old) != 1:
        raise ValueError(f'{old!r} must occur once in {text!r}')
    return text.replace(old, new)


def strip_comments(text):
    return re.sub(r'^\s*//.*$', '', text, flags=re.M)


def main():
    exe, pairs_path = sys.argv[1], sys.argv[2]
    with open(pairs_path, encoding='utf-8') as f:
        pairs = json.loads(strip_comments(f.read()))
    cases = []
    for p in pairs:
        lang = p['lang']
        target = p['target']
        variants = {
            'clean': target,
            'changed-digit': replace_once(target, p['amount'], changed_digit(p['amount'])),
            'swapped-digits': replace_once(target, p['amount'], swapped_digits(p['amount'])),
            'scale-word': replace_once(target, p['scale'][0], p['scale'][1]),
            'currency': replace_once(target, p['currency'][0], p['currency'][1]),
        }
        for name, text in variants.items():
            case = {'id': f'{lang}-{name}', 'category': name if name != 'clean' else 'clean',
                    'expect': 'clean' if name == 'clean' else 'flag',
                    'source_lang': p.get('source_lang', 'en'), 'target_lang': lang,
                    'source': p['source'], 'target': text}
            if name != 'clean':
                case['offender'] = lang
            cases.append(case)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'cases.jsonl')
        out = os.path.join(tmp, 'results.jsonl')
        with open(path, 'w', encoding='utf-8') as f:
            for c in cases:
                f.write(json.dumps(c, ensure_ascii=False) + '\n')
        proc = subprocess.run([exe, 'eval', path, '--output', out], capture_output=True, text=True)
        if proc.returncode != 0:
            print(proc.stdout, proc.stderr)
            return 1
        with open(out, encoding='utf-8') as f:
            results = [json.loads(line) for line in f]
    failures = []
    for r in results:
        ok = (not r['flagged']) if r['expect'] == 'clean' else r.get('flagged_offender', False)
        if not ok:
            failures.append(r)
    for r in failures:
        print(f"FAIL {r['id']}: expected {r['expect']}, flagged={r['flagged']}, "
              f"rules={r.get('rules')}, messages={r.get('messages')}")
    print(f'{len(results) - len(failures)} of {len(results)} cases as expected '
          f'({len(pairs)} languages)')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
