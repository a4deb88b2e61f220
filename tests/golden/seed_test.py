#!/usr/bin/env python3
"""Acceptance test on the seed article set (../shared/seeds: five real web versions of one
story). Skipped, with the reason, where that folder does not exist.

usage: seed_test.py FACTLINT SEEDS_DIR
Checks the outcomes the issue names, by rule, language and the facts involved:
- the German JSR amount ("$… Milliarden Euro") is a currency-mismatch naming de;
- the Swedish amount written with a decimal point is a number-format finding;
- the versions that dropped the yen amount (fr, sv) get missing-fact;
- no value-, scale- or currency-mismatch between versions that agree;
- numbers in the sites' furniture raise no error or warning.
"""
import json
import os
import subprocess
import sys

SKIP = 77  # meson's exit code for a skipped test


def main() -> int:
    exe, seeds = sys.argv[1], sys.argv[2]
    readme = os.path.join(seeds, 'README.md')
    if not os.path.exists(readme):
        print(f'skipped: the seed set is not here ({seeds} does not exist)')
        return SKIP
    # The README's table maps each file to its language: "| 000_….txt | id (Indonesian) |".
    inputs = []
    for line in open(readme, encoding='utf-8'):
        cells = [c.strip() for c in line.strip().strip('|').split('|')]
        if len(cells) == 2 and cells[0].endswith('.txt'):
            inputs.append(cells[1].split()[0] + ':' + os.path.join(seeds, cells[0]))
    if len(inputs) != 5:
        print(f'FAIL: expected five versions in {readme}, found {len(inputs)}')
        return 1
    proc = subprocess.run([exe, 'check', '--format', 'json', '--fail-on', 'never', *inputs],
                          capture_output=True, timeout=120)
    if proc.returncode != 0:
        print(f'FAIL: factlint exited {proc.returncode}: {proc.stderr.decode()}')
        return 1
    report = json.loads(proc.stdout)
    facts = {f['id']: f for f in report['facts']}
    lang_of_doc = {d['id']: d['lang'] for d in report['documents']}
    findings = report['findings']
    results = {'passed': 0, 'failed': 0}

    def show(f):
        texts = [facts[i]['text'] + '@' + lang_of_doc[facts[i]['doc']] for i in f['facts']]
        return f"{f['severity']} {f['rule']} {f['langs']} {texts}: {f['message']}"

    def check(name, cond):
        if cond:
            results['passed'] += 1
            return
        results['failed'] += 1
        print(f'FAIL {name}')
        for f in findings:
            print('   ', show(f))

    def fact_texts(f):
        return [facts[i]['text'] for i in f['facts']]

    def money_of(f, lang):
        return [facts[i] for i in f['facts']
                if lang_of_doc[facts[i]['doc']] == lang and facts[i]['kind'] == 'money']

    serious = [f for f in findings if f['severity'] in ('error', 'warning')]

    cm = [f for f in serious if f['rule'] == 'currency-mismatch']
    check('de JSR amount is a currency-mismatch naming de',
          any(f['langs'][0] == 'de' and any('Euro' in t for t in fact_texts(f)) for f in cm))
    check('no other currency-mismatch', all(f['langs'][0] == 'de' for f in cm))

    nf = [f for f in serious if f['rule'] == 'number-format']
    check('sv "6.3" is a number-format finding',
          any(f['langs'][0] == 'sv' and any('6.3' in t for t in fact_texts(f)) for f in nf))

    mf = [f for f in serious if f['rule'] == 'missing-fact']
    for lang in ('fr', 'sv'):
        check(f'{lang} dropped the yen amount: missing-fact',
              any(f['langs'][0] == lang and
                  any('903' in t for t in fact_texts(f)) for f in mf))

    for rule in ('value-mismatch', 'scale-mismatch'):
        check(f'no {rule} between versions that agree',
              not [f for f in serious if f['rule'] == rule])

    # Every serious finding must concern the article's amounts, never the furniture's numbers.
    for f in serious:
        texts = fact_texts(f)
        check(f'finding concerns the JSR amounts: {show(f)}',
              any('903' in t or '6,3' in t or '6.3' in t for t in texts))

    print(f"{results['passed']} passed, {results['failed']} failed")
    return 1 if results['failed'] else 0


if __name__ == '__main__':
    sys.exit(main())
