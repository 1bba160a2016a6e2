#!/usr/bin/env python3
"""Validates knowledge/data/packages-{npm,pypi}.json against the catalogue contract.

Exit status 0 when both files pass, 1 on any failure. Uses the standard library only, so it
runs on a fresh machine; the check against the local popularity lists is skipped (with a
message) when those lists are not present.

Usage: scripts/check-catalogue.py [--data DIR] [--lists DIR] [--min N] [--counts]
"""
import argparse
import json
import os
import re
import sys

# The use-case ids, read from the knowledge data: the one list of them.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "knowledge", "data", "use-cases.json"),
          encoding="utf-8") as _f:
    USE_CASES = tuple(u["id"] for u in json.load(_f)["useCases"])
ECOSYSTEMS = ("npm", "pypi")
OTHER = {"npm": "pypi", "pypi": "npm"}
MAX_ROLE = 16
# One line, short enough for a hover; long text means someone pasted a registry blurb.
MAX_SUMMARY = 140
PACKAGE_KEYS = {"name", "role", "summary", "signals", "equivalents"}
# npm names: optional @scope/, then lowercase URL-safe characters (the registry's own rules).
NPM_NAME = re.compile(r"^(@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*$", re.IGNORECASE)


def pep503(name):
    return re.sub(r"[-_.]+", "-", name).lower()


class Report:
    def __init__(self):
        self.errors = []

    def error(self, where, message):
        self.errors.append(f"{where}: {message}")


def check_package(report, eco, index, pkg):
    where = f"packages-{eco}.json packages[{index}]"
    if not isinstance(pkg, dict):
        report.error(where, "is not an object")
        return None
    name = pkg.get("name")
    if isinstance(name, str):
        where += f" ({name})"
    extra = set(pkg) - PACKAGE_KEYS
    missing = PACKAGE_KEYS - set(pkg)
    if missing:
        report.error(where, f"missing keys {sorted(missing)}")
    if extra:
        report.error(where, f"unknown keys {sorted(extra)}")

    if not isinstance(name, str) or not name:
        report.error(where, "name must be a non-empty string")
        name = None
    elif eco == "pypi" and name != pep503(name):
        report.error(where, f"name is not PEP 503-normalised (expected {pep503(name)!r})")
    elif eco == "npm" and not NPM_NAME.match(name):
        report.error(where, "name is not a valid npm package name")

    role = pkg.get("role")
    if not isinstance(role, str) or not role.strip():
        report.error(where, "role must be a non-empty string")
    elif len(role) > MAX_ROLE:
        report.error(where, f"role {role!r} is longer than {MAX_ROLE} characters")

    summary = pkg.get("summary")
    if not isinstance(summary, str) or not summary.strip():
        report.error(where, "summary must be a non-empty string")
    elif "\n" in summary or len(summary) > MAX_SUMMARY:
        report.error(where, f"summary must be one line of at most {MAX_SUMMARY} characters")

    signals = pkg.get("signals")
    if not isinstance(signals, dict) or not signals:
        report.error(where, "signals must be a non-empty object")
    else:
        for use_case, weight in signals.items():
            if use_case not in USE_CASES:
                report.error(where, f"unknown use-case id {use_case!r}")
            # bool is an int subclass in Python; true must not pass as a weight of 1.
            if isinstance(weight, bool) or not isinstance(weight, (int, float)):
                report.error(where, f"weight for {use_case!r} is not a number")
            elif not 0 < weight <= 1:
                report.error(where, f"weight {weight} for {use_case!r} is outside (0, 1]")

    equivalents = pkg.get("equivalents")
    if not isinstance(equivalents, list) or not all(isinstance(e, str) and e for e in equivalents):
        report.error(where, "equivalents must be a list of names")
    elif len(set(equivalents)) != len(equivalents):
        report.error(where, "equivalents repeat a name")
    return name


def load_catalogue(report, path, eco):
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except OSError as e:
        report.error(path, f"cannot read: {e.strerror}")
        return None
    except json.JSONDecodeError as e:
        report.error(path, f"invalid JSON at line {e.lineno} column {e.colno}: {e.msg}")
        return None
    if not isinstance(doc, dict):
        report.error(path, "top level must be an object")
        return None
    if doc.get("ecosystem") != eco:
        report.error(path, f"ecosystem must be {eco!r}, found {doc.get('ecosystem')!r}")
    if not isinstance(doc.get("source"), str) or not doc["source"].strip():
        report.error(path, "source must be a non-empty string")
    extra = set(doc) - {"ecosystem", "source", "packages"}
    if extra:
        report.error(path, f"unknown top-level keys {sorted(extra)}")
    if not isinstance(doc.get("packages"), list):
        report.error(path, "packages must be a list")
        return None
    return doc


def read_popularity_list(path, eco):
    """Names in a local popularity list (first column, header skipped); None if absent."""
    if not os.path.isfile(path):
        return None
    names = set()
    with open(path, encoding="utf-8", errors="replace") as f:
        next(f, None)
        for line in f:
            name = line.split("\t", 1)[0]
            names.add(pep503(name) if eco == "pypi" else name)
    return names


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=os.path.join(root, "knowledge", "data"))
    ap.add_argument("--lists", default="/work/.library/env/packages",
                    help="directory holding npm.tsv and pypi.tsv popularity lists")
    ap.add_argument("--min", type=int, default=300, help="minimum packages per ecosystem")
    ap.add_argument("--counts", action="store_true", help="print packages per use case")
    args = ap.parse_args(argv)

    report = Report()
    names = {}
    docs = {}
    for eco in ECOSYSTEMS:
        path = os.path.join(args.data, f"packages-{eco}.json")
        doc = load_catalogue(report, path, eco)
        if doc is None:
            continue
        docs[eco] = doc
        seen = set()
        for i, pkg in enumerate(doc["packages"]):
            name = check_package(report, eco, i, pkg)
            if name is None:
                continue
            if name in seen:
                report.error(f"packages-{eco}.json", f"duplicate package {name!r}")
            seen.add(name)
        names[eco] = seen
        if len(doc["packages"]) < args.min:
            report.error(f"packages-{eco}.json",
                         f"{len(doc['packages'])} packages, fewer than {args.min}")

    for eco, doc in docs.items():
        other = OTHER[eco]
        if other not in names:
            continue
        for pkg in doc["packages"]:
            if not isinstance(pkg, dict) or not isinstance(pkg.get("equivalents"), list):
                continue
            for eq in pkg["equivalents"]:
                if isinstance(eq, str) and eq not in names[other]:
                    report.error(f"packages-{eco}.json ({pkg.get('name')})",
                                 f"equivalent {eq!r} is not in packages-{other}.json")

    for eco in docs:
        listed = read_popularity_list(os.path.join(args.lists, f"{eco}.tsv"), eco)
        if listed is None:
            print(f"note: {args.lists}/{eco}.tsv not found; skipping the existence check for {eco}")
            continue
        for name in sorted(names.get(eco, ())):
            if name not in listed:
                report.error(f"packages-{eco}.json ({name})", f"not in the {eco} popularity list")

    if args.counts or not report.errors:
        print_counts(docs)
    for e in report.errors:
        print("error: " + e, file=sys.stderr)
    if report.errors:
        print(f"{len(report.errors)} error(s)", file=sys.stderr)
        return 1
    print("catalogue ok: " + ", ".join(f"{eco} {len(d['packages'])}" for eco, d in docs.items()))
    return 0


def print_counts(docs):
    """Packages per use case: all signals, and those weighted 0.5 or more (clear hints)."""
    ecos = [e for e in ECOSYSTEMS if e in docs]
    header = f"{'use case':<24}" + "".join(f"{e + ' all':>10}{e + ' >=.5':>11}" for e in ecos)
    print(header)
    for uc in USE_CASES:
        row = f"{uc:<24}"
        for eco in ecos:
            sig = [p["signals"].get(uc) for p in docs[eco]["packages"]
                   if isinstance(p, dict) and isinstance(p.get("signals"), dict)]
            weights = [w for w in sig if isinstance(w, (int, float)) and not isinstance(w, bool)]
            row += f"{len(weights):>10}{sum(1 for w in weights if w >= 0.5):>11}"
        print(row)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
