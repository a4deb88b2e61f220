#!/usr/bin/env python3
"""Builds a gettext PO file of sentence pairs (source, translation) from two aligned corpus texts.

usage: make_po.py SOURCE.txt TARGET.txt OUT.po
The benchmark corpus writes the same sentence frames in the same order in every language, so
splitting both texts at sentence ends gives translation pairs, as a translation memory holds.
"""
import re
import sys


def sentences(text):
    return [s.strip() for s in re.split(r'(?<=[.!?])\s+', text) if s.strip()]


def po_string(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def main():
    src = sentences(open(sys.argv[1], encoding='utf-8').read())
    tgt = sentences(open(sys.argv[2], encoding='utf-8').read())
    with open(sys.argv[3], 'w', encoding='utf-8') as out:
        out.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
        for i, (s, t) in enumerate(zip(src, tgt)):
            out.write(f'#: corpus:{i}\nmsgid {po_string(s)}\nmsgstr {po_string(t)}\n\n')


if __name__ == '__main__':
    main()
