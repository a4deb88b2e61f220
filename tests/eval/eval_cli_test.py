#!/usr/bin/env python3
"""End-to-end tests of `factlint eval` on the hand-written cases in tests/data/eval/: exit
codes, bad input, the per-case output, JSON figures and determinism.

usage: eval_cli_test.py FACTLINT DATA_DIR
"""
import json
import os
import subprocess
import sys
import tempfile

EXE = os.path.abspath(sys.argv[1])
DATA = os.path.abspath(sys.argv[2])
results = {'passed': 0, 'failed': 0}


def run(*args):
    return subprocess.run([EXE, 'eval', *args], capture_output=True, timeout=120)


def check(name, cond, detail=''):
    if cond:
        results['passed'] += 1
    else:
        results['failed'] += 1
        print(f'FAIL {name} {detail}')


def main():
    cases = os.path.join(DATA, 'cases.jsonl')
    with open(cases, encoding='utf-8') as f:
        n_cases = sum(1 for line in f if line.strip())

    p = run(cases)
    out = p.stdout.decode()
    check('runs: exit 0', p.returncode == 0, p.stderr.decode())
    check('text names every category', all(c in out for c in (
        'changed-digit', 'swapped-digits', 'scale-word', 'currency', 'dropped-number',
        'number-in-words')), out)
    check('text has the language pairs', 'en→pt-BR' in out and 'multi' in out, out)
    check('text counts the cases', f'{n_cases} cases' in out, out)

    with tempfile.TemporaryDirectory() as d:
        per_case = os.path.join(d, 'per-case.jsonl')
        p = run('--format', 'json', '--output', per_case, cases)
        check('json: exit 0', p.returncode == 0, p.stderr.decode())
        try:
            figures = json.loads(p.stdout)
        except json.JSONDecodeError as e:
            figures = {}
            check('json parses', False, str(e))
        check('json schema', figures.get('schema') == 'factlint-eval/1')
        total = figures.get('all', {})
        check('json counts every case', total.get('perturbed', 0) + total.get('clean', 0) == n_cases,
              json.dumps(total))
        check('json threshold is warning', figures.get('threshold') == 'warning')
        rows = []
        if os.path.exists(per_case):
            with open(per_case, encoding='utf-8') as f:
                rows = [json.loads(line) for line in f]
        check('per-case: one line a case, in input order',
              [r['line'] for r in rows] == list(range(1, n_cases + 1)), str(len(rows)))
        multi = [r for r in rows if r['id'] == 'multi-currency']
        check('per-case: the offending version is named',
              bool(multi) and multi[0].get('flagged_offender') is True
              and multi[0]['langs'] == ['fr'], json.dumps(multi))
        check('per-case fields', bool(rows) and all(
            {'id', 'category', 'expect', 'flagged', 'correct', 'rules', 'langs', 'messages'}
            <= set(r) for r in rows))
        check('no temporary file left', sorted(os.listdir(d)) == ['per-case.jsonl'],
              str(os.listdir(d)))

        again = run('--format', 'json', cases)
        check('deterministic', again.stdout == p.stdout)

        # The gate: an impossible recall fails with exit 1 and names the categories.
        p = run('--min-recall', '1.0', '--max-false-alarms', '0', cases)
        caught_all = all(v['recall'] in (None, 1.0) for v in figures.get('by_category', {}).values())
        check('gate: exit 1 when missed', caught_all or p.returncode == 1, p.stderr.decode())
        check('gate: says which category', caught_all or b'eval gate missed' in p.stderr)
        p = run('--min-recall', '0', '--max-false-alarms', '1', cases)
        check('gate: exit 0 when met', p.returncode == 0, p.stderr.decode())
        skip = [a for c in figures.get('by_category', {}) for a in ('--gate-skip', c)]
        p = run('--min-recall', '1.0', *skip, cases)
        check('gate: skipped categories do not count', p.returncode == 0, p.stderr.decode())

        # Bad input: exit 2, one line naming file:line and the problem, nothing written.
        for name, needle in (('bad-missing.jsonl', ":2: error: missing field 'target'"),
                             ('bad-type.jsonl', ":1: error: field 'target' must be a string"),
                             ('bad-lang.jsonl', ":1: error: unknown language tag 'xx-!!'"),
                             ('bad-utf8.jsonl', ':1: error: invalid UTF-8'),
                             ('bad-json.jsonl', ':1: error: not valid JSON')):
            path = os.path.join(DATA, name)
            target = os.path.join(d, 'never.jsonl')
            p = run('--output', target, path)
            err = p.stderr.decode()
            check(f'{name}: exit 2', p.returncode == 2, err)
            check(f'{name}: names file:line', (path + needle) in err, err)
            check(f'{name}: one line', len(err.strip().splitlines()) == 1, err)
            check(f'{name}: nothing written', not os.path.exists(target) and p.stdout == b'')
        p = run(os.path.join(d, 'missing.jsonl'))
        check('missing file: exit 2', p.returncode == 2, p.stderr.decode())
        p = run('--fail-on', 'never', cases)
        check('--fail-on never is refused', p.returncode == 2, p.stderr.decode())
        p = run('--min-recall', '1.5', cases)
        check('--min-recall above 1 is refused', p.returncode == 2, p.stderr.decode())
        p = run('--format', 'sarif', cases)
        check('--format sarif is refused', p.returncode == 2, p.stderr.decode())

    print(f"{results['passed']} passed, {results['failed']} failed")
    return 1 if results['failed'] else 0


if __name__ == '__main__':
    sys.exit(main())
