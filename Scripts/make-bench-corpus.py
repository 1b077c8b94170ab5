#!/usr/bin/env python3
"""Writes a benchmark corpus: copies of the example articles with their countries and people
replaced by others drawn from relgraph's own gazetteers, so the graph grows like a real archive.

Usage: make-bench-corpus.py OUT_DIR [MEGABYTES]   (default 100)
"""
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "Sources", "RelGraph", "Data")
SOURCES = [os.path.join(ROOT, "..", "shared", "corpus", "iran-bolivia.txt"), os.path.join(ROOT, "Graphs", "iran-bolivia.txt")]


def table(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as handle:
        return [line.rstrip("\n") for line in handle if line.strip() and not line.startswith("#")]


def main():
    out, megabytes = sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 100
    os.makedirs(out, exist_ok=True)
    countries = []
    for row in table("countries.tsv"):
        name, _, aliases = row.split("\t")[:3]
        demonyms = [a for a in aliases.split("|") if a.endswith(("an", "ese", "ish", "i"))]
        countries.append((name, demonyms[0] if demonyms else name))
    given = [n for n in table("given-names.txt") if n.isalpha()]
    articles = [open(path, encoding="utf-8").read() for path in SOURCES if os.path.exists(path)]
    people = ["Evo Morales", "Mahmud Ahmadinejad", "Mohammad Reza Ashtiani", "Mohammed Reza Ashtiani",
              "Edmundo Novillo Aguilar", "Joseph Humire", "Masoud Pezeshkian", "Masoud Pazeschkian",
              "Celinda Sosa Lunda", "Morales", "Ahmadinejad", "Humire", "Toma"]
    random.seed(42)
    written, index = 0, 0
    while written < megabytes * 1_000_000:
        text = articles[index % len(articles)]
        (a, a_dem), (b, b_dem) = random.sample(countries, 2)
        swaps = {"Iranian": a_dem, "Iran": a, "Tehran": a, "Bolivian": b_dem, "Bolivia": b, "La Paz": b}
        for person in people:
            swaps[person] = " ".join(random.choice(given) for _ in person.split()) if " " in person else random.choice(given)
        pattern = re.compile("|".join(re.escape(k) for k in sorted(swaps, key=len, reverse=True)))
        text = pattern.sub(lambda m: swaps[m.group(0)], text)
        path = os.path.join(out, f"article-{index:05d}.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        written += len(text.encode("utf-8"))
        index += 1
    print(f"{index} files, {written / 1e6:.1f} MB in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
