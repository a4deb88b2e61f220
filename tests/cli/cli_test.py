#!/usr/bin/env python3
"""End-to-end tests of the factlint command line: exit codes, input errors, atomic output,
determinism. Each test makes its own files in a temporary directory.

usage: cli_test.py FACTLINT
"""
import json
import os
import subprocess
import sys
import tempfile

EXE = os.path.abspath(sys.argv[1])
results = {'passed': 0, 'failed': 0}


def run(*args, cwd=None):
    return subprocess.run([EXE, *args], capture_output=True, timeout=60, cwd=cwd)


def check(name, cond, detail=''):
    if cond:
        results['passed'] += 1
    else:
        results['failed'] += 1
        print(f'FAIL {name} {detail}')


def write(dirname, name, data):
    path = os.path.join(dirname, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode())
    return path


def one_line_error(name, proc, *needles):
    err = proc.stderr.decode(errors='replace')
    lines = [l for l in err.splitlines() if l.strip()]
    check(name + ': exit 2', proc.returncode == 2, f'got {proc.returncode}: {err}')
    check(name + ': one line', len(lines) == 1, repr(err))
    for n in needles:
        check(name + f': mentions {n!r}', n in err, repr(err))
    check(name + ': nothing on stdout', proc.stdout == b'', repr(proc.stdout[:200]))


def main():
    with tempfile.TemporaryDirectory() as d:
        en = write(d, 'deal.en.txt', 'The fund offered 903.9 billion yen ($6.3 billion) for the firm.\n')
        de_ok = write(d, 'ok/deal.de.txt',
                      'Der Fonds bot 903,9 Milliarden Yen (6,3 Milliarden Dollar) für die Firma.\n')
        de_bad = write(d, 'bad/deal.de.txt',
                       'Der Fonds bot 903,9 Milliarden Yen ($6,3 Milliarden Euro) für die Firma.\n')

        p = run('--version')
        check('version', p.returncode == 0 and p.stdout.startswith(b'factlint '))
        p = run('--help')
        check('help', p.returncode == 0 and b'usage' in p.stdout)
        one_line_error('no command', run())
        one_line_error('unknown command', run('frobnicate'), 'frobnicate')
        one_line_error('unknown option', run('check', '--frob', en), '--frob')
        one_line_error('bad --fail-on', run('check', '--fail-on', 'sometimes', en), 'sometimes')
        one_line_error('bad --format', run('check', '--format', 'yaml', en, de_ok), 'yaml')

        # Input errors: one line naming the file, exit 2, nothing on stdout.
        missing = os.path.join(d, 'nope.de.txt')
        one_line_error('missing file', run('check', en, missing), missing)
        empty = write(d, 'empty.de.txt', b'')
        one_line_error('empty file', run('check', en, empty), empty)
        utf16 = write(d, 'utf16.de.txt', '\ufeffHallo 5 %'.encode('utf-16-le'))
        one_line_error('utf-16 file', run('check', en, utf16), utf16, 'UTF-16')
        bad = write(d, 'bad.de.txt', b'Zeile eins\nZwei \xff drei\n')
        one_line_error('invalid utf-8', run('check', en, bad), bad + ':2:6')
        binary = write(d, 'bin.de.txt', b'\x00\x01\x02\x03PK\x00\x00')
        one_line_error('binary file', run('check', en, binary), binary)
        nolang = write(d, 'story.txt', 'Five.\n')
        one_line_error('no language', run('check', en, nolang), nolang)
        one_line_error('bad language tag', run('check', en, 'xx-!!:' + de_ok), 'xx-!!')
        one_line_error('unknown pivot', run('check', '--pivot', 'fi', en, de_ok), 'fi')
        one_line_error('missing rules dir', run('check', '--rules', os.path.join(d, 'none'), en, de_ok),
                       'none')

        # Exit status and --fail-on.
        p = run('check', en, de_ok)
        check('agreeing versions exit 0', p.returncode == 0, p.stdout.decode() + p.stderr.decode())
        p = run('check', en, de_bad)
        check('currency mismatch exits 1', p.returncode == 1, p.stdout.decode() + p.stderr.decode())
        check('currency mismatch reported', b'[currency-mismatch]' in p.stdout, p.stdout.decode())
        check('text report names the file:line:col', (de_bad + ':1:').encode() in p.stdout,
              p.stdout.decode())
        p = run('check', '--fail-on', 'never', en, de_bad)
        check('--fail-on never exits 0', p.returncode == 0)

        # JSON contract and determinism.
        p1 = run('check', '--format', 'json', en, de_bad)
        p2 = run('check', '--format', 'json', en, de_bad)
        check('json deterministic', p1.stdout == p2.stdout)
        try:
            r = json.loads(p1.stdout)
            check('json schema', r.get('schema') == 'factlint-report/1')
            for key in ('documents', 'facts', 'groups', 'findings', 'summary'):
                check(f'json has {key}', key in r)
            cm = [f for f in r['findings'] if f['rule'] == 'currency-mismatch']
            check('json currency finding names de first', bool(cm) and cm[0]['langs'][0] == 'de',
                  json.dumps(r['findings']))
            facts = {f['id']: f for f in r['facts']}
            for f in cm:
                for fid in f['facts']:
                    check('finding facts exist', fid in facts)
        except json.JSONDecodeError as e:
            check('json parses', False, str(e))

        # --output writes atomically and leaves no temporary file; stdout stays empty.
        out = os.path.join(d, 'report.json')
        p = run('check', '--format', 'json', '--output', out, en, de_bad)
        check('--output exit', p.returncode == 1 and p.stdout == b'')
        check('--output written', os.path.exists(out) and open(out, 'rb').read() == p1.stdout)
        check('--output no temp left', not any(n.startswith('.report.json') for n in os.listdir(d)))
        mask = os.umask(0)
        os.umask(mask)
        check('--output has the usual file mode', (os.stat(out).st_mode & 0o777) == (0o666 & ~mask),
              oct(os.stat(out).st_mode))
        # A failed run does not touch an existing report.
        p = run('check', '--format', 'json', '--output', out, en, missing)
        check('failed run keeps old report', open(out, 'rb').read() == p1.stdout)

        # HTML report: self-contained, escaped, CSP.
        html = os.path.join(d, 'report.html')
        evil = write(d, 'evil/x.de.txt', 'Der Fonds <script>alert(1)</script> bot 5 Prozent.\n')
        evil_en = write(d, 'evil/x.en.txt', 'The fund <b>offered</b> 5 percent.\n')
        p = run('check', '--fail-on', 'never', '--html', html, evil_en, evil)
        check('html exit', p.returncode == 0, p.stderr.decode())
        page = open(html, encoding='utf-8').read() if os.path.exists(html) else ''
        check('html has CSP', 'Content-Security-Policy' in page)
        check('html escapes text', '<script>alert' not in page and '&lt;script&gt;' in page)
        check('html loads nothing', 'http://' not in page and 'https://' not in page)

        # Directory input finds the versions by name.
        p = run('check', '--format', 'json', '--fail-on', 'never', os.path.join(d, 'evil'))
        try:
            langs = [doc['lang'] for doc in json.loads(p.stdout)['documents']]
        except (json.JSONDecodeError, KeyError):
            langs = []
        check('directory input', sorted(langs) == ['de', 'en'], p.stderr.decode())

        # extract prints facts as JSON.
        p = run('extract', en)
        try:
            facts = json.loads(p.stdout)['facts']
            money = [f for f in facts if f['kind'] == 'money']
            check('extract finds two amounts', len(money) == 2, p.stdout.decode())
        except (json.JSONDecodeError, KeyError):
            check('extract json', False, p.stdout.decode() + p.stderr.decode())

        # rules list names the contract rules.
        p = run('rules', 'list')
        for rule in ('value-mismatch', 'scale-mismatch', 'currency-mismatch', 'missing-fact',
                     'number-format'):
            check(f'rules list has {rule}', rule.encode() in p.stdout)

        # A malformed user rule: file and line named, exit 2.
        rules_dir = os.path.join(d, 'myrules')
        write(d, 'myrules/broken.json', '{\n  "predicate": "value-differs",\n  "kinds": [,]\n}\n')
        p = run('rules', 'list', '--rules', rules_dir)
        one_line_error('malformed rule', p, 'broken.json:3')

    print(f"{results['passed']} passed, {results['failed']} failed")
    return 1 if results['failed'] else 0


if __name__ == '__main__':
    sys.exit(main())
