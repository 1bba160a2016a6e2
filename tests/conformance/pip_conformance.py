#!/usr/bin/env python3
"""Compares `stackls inspect` with pip's own reading of each requirements-file line.

For every case in the cases file, pip's line handling (its preprocessing, option parser
and requirement constructors, which use its vendored `packaging`) decides whether the
line is accepted and what it means; `stackls inspect` must agree on acceptance and, for
accepted requirements, on name, extras, specifier, marker and url.

Where pip's verdict on a case changed between pip versions, the case says so ("##@" lines in
the cases file) and which side stackls takes; with a pip on the other side, the case is
checked against stackls's stated choice, and the output says so.

Run it with the interpreter whose pip is the oracle (ctest passes Debian's /usr/bin/python3);
it prints which interpreter and pip it uses. Exits 77 (ctest SKIP) only when pip's internals
cannot be imported, with the reason; under CI that is a failure instead, since the supported
machine installs python3-pip.
"""
import json
import optparse
import re
import os
import shlex
import subprocess
import sys
import tempfile

SKIP = 77

try:
    import pip
    from pip._vendor.packaging.requirements import Requirement  # noqa: F401  (the brief's availability check)
    from pip._vendor.packaging.utils import canonicalize_name
    from pip._internal.exceptions import InstallationError
    from pip._internal.req.constructors import parse_editable, parse_req_from_line
    from pip._internal.req.req_file import (OptionParsingError, break_args_options, build_parser,
                                            preprocess)
    from pip._internal.vcs.versioncontrol import is_url
except Exception as exc:  # any import problem means there is nothing to compare with
    print(f"pip internals not importable with {sys.executable} ({exc})")
    if os.environ.get("CI"):
        print("FAIL: the oracle must run in CI (scripts/install-deps.sh --test installs python3-pip)")
        sys.exit(1)
    print("SKIP: no pip to compare with")
    sys.exit(SKIP)

VERSION_CHANGE = re.compile(r"^##@ pip (\d+(?:\.\d+)*) (accepts|rejects); stackls follows (newer|older) pip$")


def version_tuple(text):
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


PIP_VERSION = version_tuple(pip.__version__)


def pip_verdict(text):
    """What pip makes of one file holding one case: None if it rejects it, else a dict."""
    lines = list(preprocess(text))
    if not lines:
        return {"kind": "empty"}
    (_, line), = lines
    try:
        args, options = break_args_options(line)
        parser = build_parser()
        parser.set_usage(optparse.SUPPRESS_USAGE)  # pip's parser would print usage to stderr
        defaults = parser.get_default_values()
        defaults.index_url = None
        try:
            words = shlex.split(options)
        except ValueError as exc:
            raise OptionParsingError(str(exc))
        opts, _ = parser.parse_args(words, defaults)
        if args:
            parts = parse_req_from_line(args, None)
            req = parts.requirement
            extras = set(parts.extras) | (set(req.extras) if req else set())
            url = None
            if is_url(args.split(";")[0].strip()) or (req is not None and req.url):
                url = req.url if (req is not None and req.url) else parts.link.url
            return {
                "kind": "requirement",
                "name": canonicalize_name(req.name) if req else None,
                "extras": sorted({canonicalize_name(e) for e in extras}),
                "specifier": sorted(str(s) for s in req.specifier) if req else [],
                "marker": str(parts.markers) if parts.markers else None,
                "url": url,
            }
        if opts.editables:
            name, url, extras = parse_editable(opts.editables[0])
            if name is not None:
                Requirement(name)
            return {"kind": "editable", "name": canonicalize_name(name) if name else None}
        return {"kind": "option"}
    except (OptionParsingError, InstallationError, Exception) as exc:  # pip reports all of these as errors
        return {"rejected": f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"}


def stackls_verdict(binary, path):
    proc = subprocess.run([binary, "inspect", path, "--format", "json"], capture_output=True, text=True, timeout=30)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"stackls inspect exited {proc.returncode}: {proc.stderr}")
    return json.loads(proc.stdout)


def expected_by_policy(change):
    """For a case whose verdict changed in some pip version: None when the running pip is on
    the side stackls follows (compare with pip), else the verdict stackls has chosen."""
    version, newer_verdict, side = change
    running_is_newer = PIP_VERSION >= version
    if running_is_newer == (side == "newer"):
        return None
    return newer_verdict if side == "newer" else ("rejects" if newer_verdict == "accepts" else "accepts")


def compare_with_policy(verdict, ours):
    errors = [e for e in ours["errors"] if e["severity"] == "error"]
    if verdict == "rejects":
        return [] if errors else ["stackls's stated choice is to reject, stackls accepts"]
    return [f"stackls's stated choice is to accept, stackls rejects: {errors[0]['message']}"] if errors else []


def compare(case, pip, ours):
    errors = [e for e in ours["errors"] if e["severity"] == "error"]
    if "rejected" in pip:
        return [] if errors else [f"pip rejects ({pip['rejected']}), stackls accepts"]
    if errors:
        return [f"pip accepts, stackls rejects: {errors[0]['message']}"]
    if pip["kind"] != "requirement":
        if pip["kind"] == "editable":
            entry = ours["entries"][0] if ours["entries"] else {}
            if entry.get("name") != pip["name"]:
                return [f"editable name: pip {pip['name']!r}, stackls {entry.get('name')!r}"]
        return []
    if len(ours["entries"]) != 1:
        return [f"stackls has {len(ours['entries'])} entries"]
    e = ours["entries"][0]
    diffs = []
    mine = {
        "name": e["name"],
        "extras": e["extras"],
        "specifier": sorted(s for s in e["specifier"].split(",") if s),
        "marker": e["marker"],
        "url": e["url"],
    }
    for key in ("name", "extras", "specifier", "marker", "url"):
        if key == "url" and pip["url"] is None:
            continue
        if mine[key] != pip[key]:
            diffs.append(f"{key}: pip {pip[key]!r}, stackls {mine[key]!r}")
    return diffs


def main():
    if len(sys.argv) != 3:
        print("usage: pip_conformance.py STACKLS_BINARY CASES_FILE", file=sys.stderr)
        return 2
    binary, cases_file = os.path.abspath(sys.argv[1]), sys.argv[2]
    cases = []  # (line, version change or None)
    change = None
    with open(cases_file, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            match = VERSION_CHANGE.match(line)
            if match:
                change = (version_tuple(match[1]), match[2], match[3])
            elif line.startswith("##@"):
                print(f"bad version note in {cases_file}: {line!r}", file=sys.stderr)
                return 2
            elif line.strip() and not line.startswith("##"):
                cases.append((line, change))
                change = None
    print(f"oracle: pip {pip.__version__} ({os.path.dirname(pip.__file__)}) under "
          f"{sys.executable}, Python {sys.version.split()[0]}")
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        # A local project for the path cases, so pip's existence checks pass as stackls assumes.
        os.makedirs(os.path.join(tmp, "localpkg"))
        with open(os.path.join(tmp, "localpkg", "setup.py"), "w") as f:
            f.write("from setuptools import setup\nsetup()\n")
        old = os.getcwd()
        os.chdir(tmp)
        try:
            for case, change in cases:
                path = os.path.join(tmp, "requirements.txt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(case + "\n")
                pip_now = pip_verdict(case + "\n")
                ours = stackls_verdict(binary, path)
                policy = expected_by_policy(change) if change else None
                if policy is None:
                    diffs = compare(case, pip_now, ours)
                else:
                    print(f"POLICY {case!r}: pip {pip.__version__} "
                          f"{'rejects' if 'rejected' in pip_now else 'accepts'}; stackls follows "
                          f"{change[2]} pip ({change[1]} since {'.'.join(map(str, change[0]))}), so it {policy}")
                    diffs = compare_with_policy(policy, ours)
                if diffs:
                    failures += 1
                    print(f"MISMATCH {case!r}")
                    for d in diffs:
                        print(f"    {d}")
        finally:
            os.chdir(old)
    print(f"{len(cases) - failures}/{len(cases)} cases agree with pip or with stackls's stated choice")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
