#!/usr/bin/env python3
"""Times `stackls check` on a generated monorepo of N projects (default 1,000).

Usage: bench/check_bench.py path/to/stackls [--projects N] [--runs R] [--format json|text|sarif] [--keep DIR]

Each project is a Node.js package (package.json) or a Python one (requirements.txt), with
8-25 dependencies drawn from the built-in catalogue plus unknown names, and about a third
declare a use case. The generator is seeded, so every run measures the same tree.
Prints the wall time of each run, the median, and what was checked.
"""
import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "knowledge", "data")
USE_CASES = ["realtime-collaboration", "streaming", "data-driven-spa", "iot", "cloud", "microservices",
             "memory-intensive", "backend", "desktop", "web", "mobile", "cross-platform",
             "numerical-scientific", "ai-ml", "games", "voice-image-recognition", "3d-modeling", "low-memory"]


def catalogue(eco):
    with open(os.path.join(DATA, f"packages-{eco}.json"), encoding="utf-8") as fh:
        return [p["name"] for p in json.load(fh)["packages"]]


def generate(root, count, rng):
    npm, pypi = catalogue("npm"), catalogue("pypi")
    with open(os.path.join(root, "package.json"), "w") as fh:
        json.dump({"name": "bench-monorepo", "private": True, "workspaces": ["packages/*"],
                   "devDependencies": {"typescript": "^5.4.5"}}, fh)
    for i in range(count):
        d = os.path.join(root, "packages", f"p{i:04d}")
        os.makedirs(d)
        n = rng.randint(8, 25)
        declare = rng.random() < 0.33
        if rng.random() < 0.5:
            deps = {name: f"^{rng.randint(1, 9)}.{rng.randint(0, 20)}.0" for name in rng.sample(npm, n)}
            deps[f"internal-lib-{i}"] = "workspace:*"
            doc = {"name": f"@bench/p{i:04d}", "version": "1.0.0", "description": "generated package",
                   "dependencies": deps, "devDependencies": {"jest": "^29.7.0"}}
            if declare:
                doc["stackls"] = {"useCase": rng.choice(USE_CASES)}
            with open(os.path.join(d, "package.json"), "w") as fh:
                json.dump(doc, fh, indent=2)
        else:
            lines = [f"# stackls: use-case={rng.choice(USE_CASES)}"] if declare else []
            lines += [f"{name}=={rng.randint(0, 5)}.{rng.randint(0, 30)}" for name in rng.sample(pypi, n)]
            lines.append(f"internal-lib-{i}>=1.0")
            with open(os.path.join(d, "requirements.txt"), "w") as fh:
                fh.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("stackls")
    ap.add_argument("--projects", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--format", default="json", choices=["json", "text", "sarif"])
    ap.add_argument("--keep", help="generate into this directory and keep it")
    args = ap.parse_args()
    root = args.keep or tempfile.mkdtemp(prefix="stackls-check-bench-")
    os.makedirs(root, exist_ok=True)
    try:
        generate(root, args.projects, random.Random(42))
        times, output = [], ""
        for _ in range(args.runs):
            start = time.perf_counter()
            p = subprocess.run([os.path.abspath(args.stackls), "check", "--format", args.format, "--fail-on", "never", root],
                               capture_output=True, text=True, timeout=600)
            times.append(time.perf_counter() - start)
            if p.returncode != 0:
                raise SystemExit(f"stackls check exited {p.returncode}: {p.stderr[:500]}")
            output = p.stdout
        if args.format == "json":
            projects = json.loads(output)["projects"]
            findings = sum(len(pr["findings"]) for pr in projects)
            print(f"check_bench: {len(projects)} projects ({args.projects} generated + root), {findings} findings")
        else:
            print(f"check_bench: {args.projects} generated projects, {len(output)} bytes of {args.format} output")
        print("check_bench: runs " + ", ".join(f"{t:.2f}s" for t in times) + f"; median {statistics.median(times):.2f}s")
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
