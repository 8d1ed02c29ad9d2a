#!/usr/bin/env python3
"""Times networkx and python-igraph on the benchmark's edge list, for scripts/bench/analysis.ts.

Run by analysis.ts; on its own:  python3 scripts/bench/analysis_peers.py --edges FILE --n 5000 --out OUT.json
The first run creates a venv at <repo>/.bench-venv and installs networkx, igraph, numpy and scipy
there (PyPI), then re-runs itself with that venv's python.

networkx is pure Python: full betweenness on 5,000 people takes minutes, so by default it runs
from --sample sources and its time is EXTRAPOLATED (x n/sample); likewise closeness on --sample
people. The JSON says so in "extrapolated"; --full runs both completely.
"""
import argparse
import json
import os
import subprocess
import sys
import time

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
VENV = os.path.join(REPO, '.bench-venv')
VENV_PY = os.path.join(VENV, 'bin', 'python')
PACKAGES = ['networkx', 'igraph', 'numpy', 'scipy']


def ensure_venv():
    """Re-exec inside .bench-venv, creating it and installing the peers when missing."""
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    if not os.path.exists(VENV_PY):
        print('creating %s' % VENV, file=sys.stderr)
        subprocess.check_call([sys.executable, '-m', 'venv', VENV])
    probe = subprocess.run([VENV_PY, '-c', 'import networkx, igraph, numpy, scipy'], capture_output=True)
    if probe.returncode != 0:
        print('installing %s into %s' % (' '.join(PACKAGES), VENV), file=sys.stderr)
        subprocess.check_call([VENV_PY, '-m', 'pip', 'install', '--quiet'] + PACKAGES, stdout=sys.stderr)
    os.execv(VENV_PY, [VENV_PY] + sys.argv)


def timed(fn, runs=1):
    """Median wall time in ms of `runs` calls, and the last result."""
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return times[len(times) // 2], result


def main():
    ensure_venv()
    import igraph as ig
    import networkx as nx

    ap = argparse.ArgumentParser()
    ap.add_argument('--edges', required=True)
    ap.add_argument('--n', type=int, required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--sample', type=int, default=250)
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--full', action='store_true')
    args = ap.parse_args()

    n = args.n
    # Warm-up on a toy graph, so lazy imports (scipy, igraph internals) are not timed.
    toy = nx.path_graph(5)
    nx.pagerank(toy); nx.betweenness_centrality(toy); nx.community.louvain_communities(toy, seed=1); list(nx.bridges(toy))
    ig.Graph(n=5, edges=[(0, 1), (1, 2)]).pagerank()
    with open(args.edges) as f:
        edges = [tuple(map(int, line.split())) for line in f if line.strip() and not line.startswith('#')]
    runs = args.runs
    out = {'versions': {'networkx': nx.__version__, 'igraph': ig.__version__, 'python': sys.version.split()[0]},
           'igraph': {}, 'networkx': {}, 'extrapolated': {}, 'values': {}}

    # ---- igraph (C) ----
    t_build, g = timed(lambda: ig.Graph(n=n, edges=edges, directed=False), runs)
    ti = out['igraph']
    ti['build'] = t_build
    ti['degree'], _ = timed(lambda: g.degree(), runs)
    ti['betweenness'], bc = timed(lambda: g.betweenness(directed=False), runs)
    ti['closeness'], cl = timed(lambda: g.closeness(normalized=True), runs)
    ti['pagerank'], pr = timed(lambda: g.pagerank(damping=0.85), runs)
    ti['louvain'], _ = timed(lambda: g.community_multilevel(), runs)
    ti['kcore'], core = timed(lambda: g.coreness(), runs)
    ti['components'], comps = timed(lambda: g.connected_components(), runs)
    ti['bridges'], _ = timed(lambda: g.bridges(), runs)
    # igraph counts each unordered pair once; networkx normalises by (n-1)(n-2)/2 for undirected.
    scale = 2.0 / ((n - 1) * (n - 2))
    size_of = {}
    for comp in comps:
        for v in comp:
            size_of[v] = len(comp)
    # igraph's closeness is over reachable nodes only; Wasserman-Faust multiplies by (r-1)/(n-1).
    cl_wf = [0.0 if (c != c or size_of[v] <= 1) else c * (size_of[v] - 1) / (n - 1) for v, c in enumerate(cl)]
    out['values']['igraph_betweenness'] = [b * scale for b in bc]
    out['values']['igraph_closeness'] = cl_wf
    out['values']['igraph_pagerank'] = pr
    out['values']['igraph_core'] = core

    # ---- networkx (pure Python) ----
    tn = out['networkx']
    t_build, G = timed(lambda: build_nx(nx, n, edges))
    tn['build'] = t_build
    tn['degree'], _ = timed(lambda: dict(G.degree()))
    k = n if args.full else min(args.sample, n)
    sources = list(range(0, n, max(1, n // k)))[:k]
    if args.full:
        tn['betweenness'], nbc = timed(lambda: nx.betweenness_centrality(G))
        out['values']['nx_betweenness'] = [nbc[v] for v in range(n)]
    else:
        # Exact dependencies from `sources` (unnormalised; networkx halves them on undirected graphs).
        t, sub = timed(lambda: nx.betweenness_centrality_subset(G, sources=sources, targets=list(G.nodes()), normalized=False))
        tn['betweenness'] = t * n / len(sources)
        out['extrapolated']['betweenness'] = {'sources': len(sources), 'of': n, 'measured_ms': t}
        out['values']['nx_betweenness_subset'] = [sub[v] for v in range(n)]
    out['values']['nx_sources'] = sources
    if args.full:
        tn['closeness'], ncl = timed(lambda: nx.closeness_centrality(G))
        out['values']['nx_closeness'] = {str(v): ncl[v] for v in range(n)}
    else:
        t, ncl = timed(lambda: {v: nx.closeness_centrality(G, u=v) for v in sources})
        tn['closeness'] = t * n / len(sources)
        out['extrapolated']['closeness'] = {'people': len(sources), 'of': n, 'measured_ms': t}
        out['values']['nx_closeness'] = {str(v): c for v, c in ncl.items()}
    tn['pagerank'], npr = timed(lambda: nx.pagerank(G), runs)
    tn['louvain'], _ = timed(lambda: nx.community.louvain_communities(G, seed=1))
    tn['kcore'], ncore = timed(lambda: nx.core_number(G))
    tn['components'], _ = timed(lambda: list(nx.connected_components(G)), runs)
    tn['bridges'], _ = timed(lambda: list(nx.bridges(G)))
    out['values']['nx_pagerank'] = [npr[v] for v in range(n)]
    out['values']['nx_core'] = [ncore[v] for v in range(n)]

    with open(args.out, 'w') as f:
        json.dump(out, f)


def build_nx(nx, n, edges):
    G = nx.Graph()
    G.add_nodes_from(range(n))
    G.add_edges_from(edges)
    return G


if __name__ == '__main__':
    main()
