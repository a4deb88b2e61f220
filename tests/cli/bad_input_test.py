#!/usr/bin/env python3
"""Bad input and bad output destinations: every case ends in the expected exit status and, for
exit 2, in one line on stderr matching the expected message, with nothing on stdout; and no
case changes a file it was not meant to write or leaves a temporary file behind.

Each case runs in a fresh temporary directory (the working directory of factlint) holding
a.en.txt and a.de.txt, two versions that agree, plus what the case sets up. A case that would
block (a FIFO without a writer) fails on a timeout instead of hanging the suite.

usage: bad_input_test.py FACTLINT
"""
import hashlib
import os
import re
import socket
import stat
import subprocess
import sys
import tempfile
import threading

EXE = os.path.abspath(sys.argv[1])
TIMEOUT = 60  # seconds; generous for the sanitizer build, far below a hang

EN = 'The fund offered 903.9 billion yen ($6.3 billion) for the firm.\n'
DE = 'Der Fonds bot 903,9 Milliarden Yen (6,3 Milliarden Dollar) für die Firma.\n'
RULE = ('{"predicate": "value-differs", "kinds": ["number"], "scope": "group",\n'
        ' "severity": "error", "message": "{src} differs",\n'
        ' "params": {"tolerance": %s},\n'
        ' "examples": [{"src": ["en", "[[5]] cats."], "tgt": ["de", "[[6]] Katzen."], '
        '"findings": 1}]}\n')


def write(d, name, data, mode='wb'):
    path = os.path.join(d, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(data if isinstance(data, bytes) else data.encode())
    return path


def snapshot(d):
    """Every entry under d: its type and, for files, a hash of the content and the mode."""
    out = {}
    for root, dirs, files in os.walk(d):
        for name in dirs + files:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, d)
            st = os.lstat(path)
            if stat.S_ISLNK(st.st_mode):
                out[rel] = ('link', os.readlink(path))
            elif stat.S_ISREG(st.st_mode):
                with open(path, 'rb') as f:
                    out[rel] = ('file', hashlib.sha256(f.read()).hexdigest(),
                                stat.S_IMODE(st.st_mode))
            elif stat.S_ISDIR(st.st_mode):
                out[rel] = ('dir',)
            else:
                out[rel] = ('special', stat.S_IFMT(st.st_mode))
    return out


class FifoReader:
    """Reads a FIFO in a thread, as a consumer of --output would."""

    def __init__(self, path):
        self.path = path
        self.data = None
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self):
        with open(self.path, 'rb') as f:
            self.data = f.read()


# Setups: each gets the case's directory and may return state for the case's check.

def fifo(name):
    def setup(d):
        os.mkfifo(os.path.join(d, name))
    return setup


def unix_socket(name):
    def setup(d):
        s = socket.socket(socket.AF_UNIX)
        s.bind(os.path.join(d, name))
        return s  # kept open until the case ends
    return setup


def files(**named):
    """Writes files; names with dots or folders are passed as files(**{'set/a.en.txt': ...})."""
    def setup(d):
        for name, content in named.items():
            write(d, name, content)
    return setup


def symlink(target, name):
    def setup(d):
        os.symlink(target, os.path.join(d, name))
    return setup


def hardlink(target, name):
    def setup(d):
        os.link(os.path.join(d, target), os.path.join(d, name))
    return setup


def steps(*setups):
    def setup(d):
        return [s(d) for s in setups]
    return setup


def fifo_reader(name):
    def setup(d):
        path = os.path.join(d, name)
        os.mkfifo(path)
        return FifoReader(path)
    return setup


def fifo_got_report(d, state, proc):
    reader = state
    reader.thread.join(TIMEOUT)
    if reader.thread.is_alive():
        return ['the FIFO reader got nothing']
    if not reader.data or b'no findings' not in reader.data:
        return [f'the FIFO reader got {reader.data!r}']
    return []


def fifo_got_html(d, state, proc):
    state.thread.join(TIMEOUT)
    if not (state.data or b'').startswith(b'<!DOCTYPE html>'):
        return [f'the FIFO reader got {(state.data or b"")[:80]!r}']
    return []


def file_holds(name, needle):
    def check(d, state, proc):
        path = os.path.join(d, name)
        if not os.path.isfile(path):
            return [f'{name} was not written']
        with open(path, 'rb') as f:
            data = f.read()
        return [] if needle in data else [f'{name} holds {data[:200]!r}']
    return check


def stdout_holds(needle):
    def check(d, state, proc):
        return [] if needle in (proc.stdout or b'') else [f'stdout is {proc.stdout[:200]!r}']
    return check


NOT_A_TAG = r"is not a (known )?language tag"

# name, args, expected status, message regex (exit 2) or None, and options:
#   setup: callable(d) -> state;  stdin: bytes;  stdout: None (captured), '/dev/full', or
#   ('append', name);  changes: names the case may create or change;  check: extra callable.
CASES = [
    # --- reading: every bad input is one line and exit 2
    ('missing file', ['check', 'a.en.txt', 'nope.de.txt'], 2, r'^factlint: nope\.de\.txt: error: no such file$', {}),
    ('empty file', ['check', 'a.en.txt', 'e.de.txt'], 2, r'e\.de\.txt: error: file is empty',
     {'setup': files(**{'e.de.txt': ''})}),
    ('binary file', ['check', 'a.en.txt', 'b.de.txt'], 2, r'b\.de\.txt: error: file contains NUL',
     {'setup': files(**{'b.de.txt': b'\x00\x01PK\x00'})}),
    ('invalid UTF-8', ['check', 'a.en.txt', 'u.de.txt'], 2, r'u\.de\.txt:2:6: error: invalid UTF-8',
     {'setup': files(**{'u.de.txt': b'Zeile eins\nZwei \xff drei\n'})}),
    ('UTF-16', ['check', 'a.en.txt', 'w.de.txt'], 2, r'w\.de\.txt: error: file is UTF-16',
     {'setup': files(**{'w.de.txt': '\ufeffHallo'.encode('utf-16-le')})}),
    ('too large', ['check', 'a.en.txt', 'big.de.txt'], 2, r'big\.de\.txt: error: file is larger than 64 MiB',
     {'setup': lambda d: os.truncate(write(d, 'big.de.txt', b''), (64 << 20) + 1)}),
    ('only no-break spaces', ['check', 'a.en.txt', 'nb.de.txt'], 2,
     r'nb\.de\.txt: error: file has no text, only white space$',
     {'setup': files(**{'nb.de.txt': '\u00a0\u00a0\n\u3000\u202f\n\u00a0'})}),
    ('only blank Markdown', ['check', 'a.en.txt', 'nb.de.md'], 2,
     r'nb\.de\.md: error: file has no text, only white space$',
     {'setup': files(**{'nb.de.md': '\ufeff\u2003 \n\n\u200b\n'})}),
    ('a FIFO as input', ['check', 'a.en.txt', 'p.de.txt'], 2,
     r'p\.de\.txt: error: is a FIFO \(named pipe\), not a regular file$', {'setup': fifo('p.de.txt')}),
    ('a FIFO in a folder input', ['check', 'set'], 2,
     r'set/p\.de\.txt: error: is a FIFO', {'setup': steps(files(**{'set/a.en.txt': EN}),
                                                           lambda d: os.mkfifo(os.path.join(d, 'set/p.de.txt')))}),
    ('a socket as input', ['check', 'a.en.txt', 's.de.txt'], 2, r's\.de\.txt: error: is a socket',
     {'setup': unix_socket('s.de.txt')}),
    ('a device as input', ['check', 'a.en.txt', 'de:/dev/null'], 2,
     r'/dev/null: error: is a character device, not a regular file$', {}),
    ('a directory as input', ['check', 'a.en.txt', 'de:sub'], 2, r'sub: error: is a directory',
     {'setup': lambda d: os.mkdir(os.path.join(d, 'sub'))}),
    ('a symlink loop', ['check', 'a.en.txt', 'loop.de.txt'], 2,
     r'loop\.de\.txt: error: too many levels of symbolic links$',
     {'setup': steps(symlink('loop2.de.txt', 'loop.de.txt'), symlink('loop.de.txt', 'loop2.de.txt'))}),
    ('a FIFO as --config', ['check', '--config', 'cfg.json', 'a.en.txt', 'a.de.txt'], 2,
     r'cfg\.json: error: is a FIFO', {'setup': fifo('cfg.json')}),
    ('a FIFO as --baseline', ['check', '--baseline', 'base.json', 'a.en.txt', 'a.de.txt'], 2,
     r'base\.json: error: is a FIFO', {'setup': fifo('base.json')}),
    ('a directory as --config', ['check', '--config', 'sub', 'a.en.txt', 'a.de.txt'], 2,
     r'^factlint: sub: error: is a directory, not a file$',
     {'setup': lambda d: os.mkdir(os.path.join(d, 'sub'))}),
    ('a missing --config', ['check', '--config', 'none.json', 'a.en.txt', 'a.de.txt'], 2,
     r'none\.json: error: no such file$', {}),
    ('1e999 in a rule file', ['rules', 'list', '--rules', 'myrules'], 2,
     r"^factlint: myrules/huge\.json:3:26: error: number '1e999' is out of range$",
     {'setup': files(**{'myrules/huge.json': RULE % '1e999'})}),
    ('-1e999 in a rule file, check', ['check', '--rules', 'myrules', 'a.en.txt', 'a.de.txt'], 2,
     r"myrules/huge\.json:3:26: error: number '-1e999' is out of range$",
     {'setup': files(**{'myrules/huge.json': RULE % '-1e999'})}),
    ('a FIFO in a rules folder', ['rules', 'list', '--rules', 'myrules'], 2,
     r'myrules/pipe\.json: error: is a FIFO',
     {'setup': steps(lambda d: os.mkdir(os.path.join(d, 'myrules')), fifo('myrules/pipe.json'))}),
    ('1e999 in a config file', ['check', '--config', 'cfg.json', 'a.en.txt', 'a.de.txt'], 2,
     r"^factlint: cfg\.json:2:12: error: number '1e999' is out of range$",
     {'setup': files(**{'cfg.json': '{\n  "pivot": 1e999\n}\n'})}),
    ('1e999 in a baseline', ['check', '--baseline', 'base.json', 'a.en.txt', 'a.de.txt'], 2,
     r"^factlint: base\.json:1:19: error: number '1e999' is out of range$",
     {'setup': files(**{'base.json': '{"fingerprints": [1e999]}'})}),
    ('malformed config', ['check', '--config', 'cfg.json', 'a.en.txt', 'a.de.txt'], 2,
     r'cfg\.json:1:\d+: error: malformed JSON', {'setup': files(**{'cfg.json': '{"pivot": }'})}),
    ('same language twice', ['check', 'a.en.txt', 'a.de.txt', 'b.en.txt'], 2,
     r'^factlint: error: en is given twice \(a\.en\.txt, b\.en\.txt\); each version needs a '
     r'language tag of its own, e\.g\. en-US:b\.en\.txt$',
     {'setup': files(**{'b.en.txt': EN})}),
    ('the same file twice', ['check', 'a.en.txt', 'a.de.txt', 'a.de.txt'], 2,
     r'de is given twice \(a\.de\.txt, a\.de\.txt\)', {}),
    ('same language by tag and by name', ['check', 'a.en.txt', 'en:a.de.txt'], 2,
     r'en is given twice \(a\.en\.txt, a\.de\.txt\)', {}),
    ('two English versions with their own tags', ['check', 'en-GB:a.en.txt', 'en-US:b.en.txt'], 0,
     None, {'setup': files(**{'b.en.txt': EN})}),
    ('a single version', ['check', 'a.en.txt'], 2,
     r'^factlint: a\.en\.txt: error: check compares versions and needs at least two; this is the only one$', {}),
    ('a folder with a single version', ['check', 'set'], 2, r'set/a\.en\.txt: error: check compares versions',
     {'setup': files(**{'set/a.en.txt': EN})}),
    ('extract takes a single version', ['extract', 'a.en.txt'], 0, None,
     {'check': stdout_holds(b'"facts"')}),
    ('a malformed language tag', ['check', 'xx_123:a.en.txt', 'a.de.txt'], 2,
     r"a\.en\.txt: error: 'xx_123' " + NOT_A_TAG, {}),
    ('a one-letter language tag', ['check', 'e:a.en.txt', 'a.de.txt'], 2,
     r"e:a\.en\.txt: error: 'e' " + NOT_A_TAG + r".*, and no file has this name$", {}),
    ('punctuation in a language tag', ['check', 'a.en.txt', 'xx-!!:a.de.txt'], 2,
     r"'xx-!!' " + NOT_A_TAG, {}),
    ('an unknown language tag', ['check', 'a.en.txt', 'xq:a.de.txt'], 2,
     r"a\.de\.txt: error: 'xq' is not a known language tag", {}),
    ('a pivot from the config', ['check', '--config', 'cfg.json', 'a.en.txt', 'a.de.txt'], 2,
     r"^factlint: cfg\.json: error: pivot 'fi' names no input's language$",
     {'setup': files(**{'cfg.json': '{"pivot": "fi"}'})}),
    ('a pivot from the command line', ['check', '--pivot', 'fi', 'a.en.txt', 'a.de.txt'], 2,
     r"^factlint: error: --pivot 'fi' names no input's language$", {}),
    ('a version from standard input', ['check', 'a.en.txt', 'de:-'], 0, None,
     {'stdin': DE.encode(), 'check': stdout_holds(b'no findings in 2 documents')}),
    ('standard input without a tag', ['check', 'a.en.txt', '-'], 2,
     r'<stdin>: error: standard input has no name to tell its language by', {'stdin': DE.encode()}),
    ('standard input twice', ['check', 'a.en.txt', 'de:-', 'fr:-'], 2,
     r'standard input \(-\) is given twice', {'stdin': DE.encode()}),
    ('invalid UTF-8 on standard input', ['check', 'a.en.txt', 'de:-'], 2,
     r'<stdin>:1:3: error: invalid UTF-8', {'stdin': b'ab\xffc\n'}),

    # --- writing: reports never replace an input, and are written all or nothing
    ('--output is an input', ['check', '--output', 'a.de.txt', 'a.en.txt', 'a.de.txt'], 2,
     r'^factlint: a\.de\.txt: error: --output is the input a\.de\.txt; a report never replaces an input$', {}),
    ('--html is an input', ['check', '--html', 'a.en.txt', 'a.en.txt', 'a.de.txt'], 2,
     r'a\.en\.txt: error: --html is the input a\.en\.txt', {}),
    ('--output is an input by another name', ['check', '--output', './sub/../a.de.txt', 'a.en.txt', 'a.de.txt'], 2,
     r'--output is the input a\.de\.txt', {'setup': lambda d: os.mkdir(os.path.join(d, 'sub'))}),
    ('--output links to an input', ['check', '--output', 'link.txt', 'a.en.txt', 'a.de.txt'], 2,
     r'link\.txt: error: --output is the input a\.de\.txt', {'setup': symlink('a.de.txt', 'link.txt')}),
    ('--output is a hard link of an input', ['check', '--output', 'hard.txt', 'a.en.txt', 'a.de.txt'], 2,
     r'hard\.txt: error: --output is the input a\.de\.txt', {'setup': hardlink('a.de.txt', 'hard.txt')}),
    ('--output is an input found in a folder', ['check', '--output', 'set/a.de.txt', 'set'], 2,
     r'--output is the input set/a\.de\.txt', {'setup': files(**{'set/a.en.txt': EN, 'set/a.de.txt': DE})}),
    ('--output is the --config', ['check', '--config', 'cfg.json', '--output', 'cfg.json', 'a.en.txt', 'a.de.txt'], 2,
     r'--output is the input cfg\.json', {'setup': files(**{'cfg.json': '{}'})}),
    ('--output is the --baseline', ['check', '--baseline', 'b.json', '--format', 'json', '--output', 'b.json',
                                     'a.en.txt', 'a.de.txt'], 2,
     r'--output is the input b\.json', {'setup': files(**{'b.json': '{"fingerprints": []}'})}),
    ('extract --output is an input', ['extract', '--output', 'a.en.txt', 'a.en.txt'], 2,
     r'--output is the input a\.en\.txt', {}),
    ('standard output is an input', ['check', 'a.en.txt', 'a.de.txt'], 2,
     r'^factlint: error: standard output is the input a\.de\.txt; a report never replaces an input$',
     {'stdout': ('append', 'a.de.txt')}),
    ('--output and --html are one file', ['check', '--output', 'r.txt', '--html', 'r.txt', 'a.en.txt', 'a.de.txt'], 2,
     r'r\.txt: error: --html is the same file as --output$', {}),
    ('--output and --html both standard output', ['check', '--output', '-', '--html', '-', 'a.en.txt', 'a.de.txt'], 2,
     r'two reports cannot both go to standard output', {}),
    ('--output is a directory', ['check', '--output', 'sub', 'a.en.txt', 'a.de.txt'], 2,
     r'sub: error: --output is a directory, not a file$', {'setup': lambda d: os.mkdir(os.path.join(d, 'sub'))}),
    ('--output in a missing folder', ['check', '--output', 'no/r.txt', '--html', 'r.html', 'a.en.txt', 'a.de.txt'], 2,
     r"no/r\.txt: error: --output: no such directory 'no'$", {}),
    ('--output is a socket', ['check', '--output', 'sock', 'a.en.txt', 'a.de.txt'], 2,
     r'sock: error: --output is a socket', {'setup': unix_socket('sock')}),
    ('--output through a link loop', ['check', '--output', 'l1', 'a.en.txt', 'a.de.txt'], 2,
     r'l1: error: --output: too many levels of symbolic links$',
     {'setup': steps(symlink('l2', 'l1'), symlink('l1', 'l2'))}),
    ('--output unwritable, --html writable', ['check', '--output', '/proc/version', '--html', 'r.html',
                                              'a.en.txt', 'a.de.txt'], 2,
     r'^factlint: /proc/version: error: --output: cannot create a temporary file beside it',
     {'setup': files(**{'r.html': 'old report'})}),
    ('--html unwritable, --output writable', ['check', '--output', 'r.txt', '--html', '/proc/version',
                                              'a.en.txt', 'a.de.txt'], 2,
     r'/proc/version: error: --html: cannot create a temporary file beside it',
     {'setup': files(**{'r.txt': 'old report'})}),
    ('standard output full, --html written last', ['check', '--html', 'r.html', 'a.en.txt', 'a.de.txt'], 2,
     r'^factlint: error: cannot write the report to standard output: no space left on device$',
     {'setup': files(**{'r.html': 'old report'}), 'stdout': '/dev/full'}),
    ('check to a full standard output', ['check', 'a.en.txt', 'a.de.txt'], 2,
     r'^factlint: error: cannot write the report to standard output: no space left on device$',
     {'stdout': '/dev/full'}),
    ('extract to a full standard output', ['extract', 'a.en.txt'], 2,
     r'cannot write the report to standard output: no space left on device$', {'stdout': '/dev/full'}),
    ('rules list to a full standard output', ['rules', 'list'], 2,
     r'cannot write the report to standard output: no space left on device$', {'stdout': '/dev/full'}),
    ('--help to a full standard output', ['--help'], 2,
     r'^factlint: error: cannot write to standard output: no space left on device$', {'stdout': '/dev/full'}),
    ('--output through a symlink', ['check', '--output', 'link.txt', 'a.en.txt', 'a.de.txt'], 0, None,
     {'setup': steps(files(**{'out/real.txt': 'old'}), symlink('out/real.txt', 'link.txt')),
      'changes': {'out/real.txt'}, 'check': file_holds('out/real.txt', b'no findings')}),
    ('--output through a dangling symlink', ['check', '--output', 'link.txt', 'a.en.txt', 'a.de.txt'], 0, None,
     {'setup': steps(lambda d: os.mkdir(os.path.join(d, 'out')), symlink('out/new.txt', 'link.txt')),
      'changes': {'out/new.txt'}, 'check': file_holds('out/new.txt', b'no findings')}),
    ('--output is a FIFO', ['check', '--output', 'pipe', 'a.en.txt', 'a.de.txt'], 0, None,
     {'setup': fifo_reader('pipe'), 'check': fifo_got_report}),
    ('--html is a FIFO beside --output', ['check', '--output', 'r.txt', '--html', 'pipe', 'a.en.txt', 'a.de.txt'],
     0, None, {'setup': fifo_reader('pipe'), 'changes': {'r.txt'}, 'check': fifo_got_html}),
    ('--output - is standard output', ['check', '--output', '-', 'a.en.txt', 'a.de.txt'], 0, None,
     {'check': stdout_holds(b'no findings in 2 documents')}),
]


def run_case(name, args, status, message, opts):
    problems = []
    with tempfile.TemporaryDirectory(prefix='factlint-bad-input-') as d:
        write(d, 'a.en.txt', EN)
        write(d, 'a.de.txt', DE)
        state = opts['setup'](d) if 'setup' in opts else None
        before = snapshot(d)
        out_spec = opts.get('stdout')
        stdout = subprocess.PIPE
        if out_spec == '/dev/full':
            stdout = open('/dev/full', 'wb')
        elif isinstance(out_spec, tuple):
            stdout = open(os.path.join(d, out_spec[1]), 'ab')
        try:
            proc = subprocess.run([EXE, *args], cwd=d, input=opts.get('stdin', b''), stdout=stdout,
                                  stderr=subprocess.PIPE, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            return [f'no answer within {TIMEOUT} s (blocked?)']
        finally:
            if stdout is not subprocess.PIPE:
                stdout.close()
        err = proc.stderr.decode(errors='replace')
        if proc.returncode != status:
            problems.append(f'exit {proc.returncode}, want {status}: {err.strip()}')
        if status == 2:
            lines = [l for l in err.splitlines() if l.strip()]
            if len(lines) != 1:
                problems.append(f'want one line on stderr, got {err!r}')
            if message and not re.search(message, err.strip()):
                problems.append(f'stderr {err.strip()!r} does not match {message!r}')
            if proc.stdout:
                problems.append(f'stdout not empty: {proc.stdout[:200]!r}')
        elif err.strip():
            problems.append(f'unexpected stderr: {err.strip()!r}')
        if 'check' in opts:
            problems += opts['check'](d, state, proc)
        after = snapshot(d)
        allowed = opts.get('changes', set())
        for rel in sorted(set(before) | set(after)):
            if rel in allowed or before.get(rel) == after.get(rel):
                continue
            if rel not in after:
                problems.append(f'{rel} was removed')
            elif rel not in before:
                problems.append(f'{rel} was left behind')
            else:
                problems.append(f'{rel} was changed: {before[rel]} -> {after[rel]}')
        if isinstance(state, socket.socket):
            state.close()
    return problems


def main():
    failed = 0
    for name, args, status, message, opts in CASES:
        problems = run_case(name, args, status, message, opts)
        if problems:
            failed += 1
            print(f'FAIL {name}: factlint {" ".join(args)}')
            for p in problems:
                print(f'    {p}')
    print(f'{len(CASES) - failed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
