#!/usr/bin/env python3
"""Golden test: runs `factlint check` on every fixtures/sets/<name>/ and compares the reports
byte for byte with expected.txt and expected.json in that folder.

usage: run_golden.py FACTLINT SOURCE_ROOT
FACTLINT_UPDATE_GOLDEN=1 rewrites the expectations instead (review the diff before committing).
"""
import os
import subprocess
import sys


def main() -> int:
    exe, root = os.path.abspath(sys.argv[1]), sys.argv[2]
    update = os.environ.get('FACTLINT_UPDATE_GOLDEN') == '1'
    sets_dir = os.path.join(root, 'fixtures', 'sets')
    names = sorted(n for n in os.listdir(sets_dir) if os.path.isdir(os.path.join(sets_dir, n)))
    if not names:
        print('no fixture sets found under fixtures/sets')
        return 1
    failed = 0
    checked = 0
    for name in names:
        rel = os.path.join('fixtures', 'sets', name)
        for fmt, expected_name in (('text', 'expected.txt'), ('json', 'expected.json')):
            proc = subprocess.run([exe, 'check', '--fail-on', 'never', '--format', fmt, rel],
                                  cwd=root, capture_output=True, timeout=120)
            if proc.returncode != 0:
                print(f'FAIL {name} {fmt}: exit {proc.returncode}: {proc.stderr.decode()}')
                failed += 1
                continue
            path = os.path.join(root, rel, expected_name)
            if update:
                with open(path, 'wb') as f:
                    f.write(proc.stdout)
                print(f'updated {path}')
                continue
            checked += 1
            try:
                with open(path, 'rb') as f:
                    expected = f.read()
            except FileNotFoundError:
                print(f'FAIL {name} {fmt}: {path} missing (run with FACTLINT_UPDATE_GOLDEN=1)')
                failed += 1
                continue
            if expected != proc.stdout:
                failed += 1
                print(f'FAIL {name} {fmt}: output differs from {expected_name}')
                exp_lines = expected.decode().splitlines()
                got_lines = proc.stdout.decode().splitlines()
                for i, (a, b) in enumerate(zip(exp_lines, got_lines)):
                    if a != b:
                        print(f'  first difference at line {i + 1}:\n  - {a}\n  + {b}')
                        break
                else:
                    print(f'  lengths differ: {len(exp_lines)} vs {len(got_lines)} lines')
    print(f'{checked - failed if not update else 0} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
