#!/usr/bin/env python3
"""List runs of N or more words that a content file shares with a source document.

Authors use it to keep content in their own words: `python3 scripts/shared-runs.py SOURCE.md content/questions/*.md`.
Fenced code blocks, inline code and quoted text ("...") are left out on both sides, since commands, code and
quotations are carried over on purpose. Exits 1 when a run is found. Words are compared case-insensitively with
punctuation removed; N is 12 unless --words says otherwise.
"""
import re
import sys


def words(text):
    text = re.sub(r"```.*?```", " | ", text, flags=re.S)
    text = re.sub(r"`[^`\n]*`", " | ", text)
    text = re.sub(r"[\"“”][^\"“”\n]*[\"“”]", " | ", text)
    text = re.sub(r"\]\([^)]*\)", "] ", text)  # link targets
    text = re.sub(r"https?://\S+", " | ", text)
    out = []
    for token in re.split(r"\s+", text.lower()):
        token = re.sub(r"[^\w'’|-]", "", token)
        if token:
            out.append(token)
    return out


def runs(source, target, n):
    grams = set()
    for i in range(len(source) - n + 1):
        gram = tuple(source[i:i + n])
        if "|" not in gram:
            grams.add(gram)
    found, i = [], 0
    while i <= len(target) - n:
        gram = tuple(target[i:i + n])
        if gram in grams:
            j = i + n
            while j < len(target) and tuple(target[j - n + 1:j + 1]) in grams:
                j += 1
            found.append(" ".join(target[i:j]))
            i = j
        else:
            i += 1
    return found


def main(argv):
    n = 12
    if len(argv) > 1 and argv[1] == "--words":
        n = int(argv[2])
        argv = argv[:1] + argv[3:]
    if len(argv) < 3:
        print(__doc__)
        return 2
    source = words(open(argv[1], encoding="utf-8").read())
    status = 0
    for path in argv[2:]:
        for run in runs(source, words(open(path, encoding="utf-8").read()), n):
            print(f"{path}: {run}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
