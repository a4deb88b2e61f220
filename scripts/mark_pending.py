#!/usr/bin/env python3
"""Marks the extraction cases that fail as "pending", with the reason, or unmarks those that pass.

usage: scripts/mark_pending.py DATA_EXTRACT_LOG [--unmark-only]

DATA_EXTRACT_LOG is the output of build/tests/data/data_extract. A failing case gets
"pending": the first problem the runner printed for it (its "note" says what it wants); a
pending case that passes loses its mark. The files keep their comments and layout: the mark
is added at the end of the case's object. Run it after a change to the extractor, then read
`git diff tests/data/extract` before committing: docs/testing.md says when marking is right.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', 'tests', 'data', 'extract')


def objects(text, key):
    """(start, end) of each object of the top-level array `key`, skipping strings and comments."""
    m = re.search(r'"%s"\s*:\s*\[' % key, text)
    if not m:
        return []
    i = m.end()
    out = []
    depth = 0
    start = None
    while i < len(text):
        c = text[i]
        if c == '"':
            i += 1
            while text[i] != '"':
                i += 2 if text[i] == '\\' else 1
        elif c == '/' and text[i + 1] == '/':
            i = text.index('\n', i)
            continue
        elif c == '{':
            if depth == 0:
                start = i
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                out.append((start, i + 1))
        elif c == ']' and depth == 0:
            break
        i += 1
    return out


def main():
    log = open(sys.argv[1], encoding='utf-8').read().split('\n')
    unmark_only = '--unmark-only' in sys.argv
    failing = {}
    passing_pending = set()
    for i, line in enumerate(log):
        m = re.search(r'\b(\w+)\.json (cases|negatives)\[(\d+)\] ', line)
        if not m or 'logged:' in line:
            continue
        key = (m.group(1), m.group(2), int(m.group(3)))
        nxt = log[i + 1].strip() if i + 1 < len(log) else ''
        if nxt.startswith('passes now'):
            passing_pending.add(key)
        else:
            failing[key] = nxt
    langs = sorted({k[0] for k in failing} | {k[0] for k in passing_pending})
    for lang in langs:
        path = os.path.join(DATA, lang + '.json')
        text = open(path, encoding='utf-8').read()
        edits = []
        for section in ('cases', 'negatives'):
            for idx, (a, b) in enumerate(objects(text, section)):
                key = (lang, section, idx)
                obj = text[a:b]
                if key in passing_pending:
                    new = re.sub(r',\s*"pending":\s*"(?:[^"\\]|\\.)*"', '', obj)
                    edits.append((a, b, new))
                elif key in failing and not unmark_only and '"pending"' not in obj:
                    case = json.loads(obj)
                    reason = failing[key]
                    reason = reason.replace('\n', ' ')[:120]
                    new = obj[:-1].rstrip() + ', "pending": ' + json.dumps(reason, ensure_ascii=False) + '}'
                    edits.append((a, b, new))
        for a, b, new in sorted(edits, reverse=True):
            text = text[:a] + new + text[b:]
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        print(f'{lang}: {len(edits)} case(s) changed')


if __name__ == '__main__':
    main()
