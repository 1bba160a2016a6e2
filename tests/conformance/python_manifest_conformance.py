#!/usr/bin/env python3
"""Compares `stackls inspect` on pyproject.toml, Pipfile and setup.cfg files with an oracle.

The oracle reads each file with Python's own readers: `tomllib` for TOML, `configparser`
(as setuptools uses it) for setup.cfg, and pip's vendored `packaging` for every PEP 508
string, specifier and marker. Poetry's constraint language has no reader outside Poetry,
so the oracle writes out poetry-core's documented caret/tilde/wildcard rules itself and
lets `packaging` check and normalise the result.

For every dependency the oracle finds, stackls must list one in the same section, in the
same order, agreeing on name, extras, specifier (as a set of clauses), marker and URL.
Agreement is counted per field; the test fails below 99% and prints every disagreement.
Exits 77 (ctest SKIP) when tomllib or pip's packaging cannot be imported.

usage: python_manifest_conformance.py STACKLS FIXTURE_DIR
"""
import configparser
import json
import os
import re
import subprocess
import sys

SKIP = 77
try:
    import tomllib
    from pip._vendor.packaging.markers import Marker
    from pip._vendor.packaging.requirements import Requirement
    from pip._vendor.packaging.specifiers import SpecifierSet
    from pip._vendor.packaging.utils import canonicalize_name
except Exception as exc:  # nothing to compare with
    print(f"SKIP: oracle not importable ({exc})")
    sys.exit(SKIP)

FIELDS = ("name", "extras", "specifier", "marker", "url")


def dep(section, name, extras=(), specifier="", marker=None, url=None):
    return {
        "section": section,
        "name": canonicalize_name(name),
        "extras": sorted({canonicalize_name(e) for e in extras}),
        "specifier": sorted(str(s) for s in SpecifierSet(specifier)),
        "marker": str(Marker(marker)) if marker else None,
        "url": url,
    }


def pep508(section, text):
    r = Requirement(text)
    return dep(section, r.name, r.extras, str(r.specifier), str(r.marker) if r.marker else None, r.url)


# ------------------------------------------------------------------ Poetry (poetry-core's rules)

def bump(parts, index):
    parts = list(parts) + [0] * max(0, index + 1 - len(parts))
    return ".".join(str(p + 1) if i == index else ("0" if i > index else str(p)) for i, p in enumerate(parts))


def poetry_clause(c):
    if c in ("*", "x", "X"):
        return []
    m = re.match(r"^(\^|~=|~|===|==|=|>=|<=|!=|>|<)?(.+)$", c)
    op, v = m.group(1) or "", m.group(2)
    parts = [int(p) for p in re.match(r"^\d+(?:\.\d+)*", v).group(0).split(".")]
    if op == "^":
        index = 0 if parts[0] > 0 or len(parts) == 1 else (1 if parts[1] > 0 or len(parts) == 2 else 2)
        return [">=" + v, "<" + bump(parts, index)]
    if op == "~":
        return [">=" + v, "<" + bump(parts, 0 if len(parts) == 1 else 1)]
    if re.search(r"\.[xX]$", v):
        v = v[:-1] + "*"
    if op in ("", "=", "=="):
        return ["==" + v]
    return [op + v]


def poetry_alternatives(constraint):
    out = []
    for alt in re.split(r"\s*\|\|?\s*", constraint.strip()):
        if not alt:
            continue
        alt = re.sub(r"(?<=[<>=!~^])\s+", "", alt)
        clauses = []
        for c in re.split(r"[,\s]+", alt):
            if c:
                clauses += poetry_clause(c)
        out.append(clauses)
    return out or [[]]


def poetry_specifier(constraint):
    alts = poetry_alternatives(constraint)
    if len(alts) == 1:
        return ",".join(alts[0])
    # An OR becomes the span from the first alternative's lower bound to the last one's upper bound.
    lower = [c for c in alts[0] if c.startswith(">")]
    upper = [c for c in alts[-1] if c.startswith("<")]
    return ",".join(lower + upper)


def poetry_python_marker(constraint):
    ors = []
    for clauses in poetry_alternatives(constraint):
        ands = []
        for c in clauses:
            op, v = re.match(r"^([<>=!~]+)(.+)$", c).groups()
            var = "python_full_version" if len(re.match(r"^\d+(?:\.\d+)*", v).group(0).split(".")) >= 3 else "python_version"
            ands.append(f'{var} {op} "{v}"')
        if not ands:
            return None
        ors.append(" and ".join(ands))
    return " or ".join(f"({a})" if len(ors) > 1 else a for a in ors)


def poetry_entry(section, name, value):
    if isinstance(value, str):
        return [dep(section, name, specifier=poetry_specifier(value))]
    if isinstance(value, list):
        return [d for v in value for d in poetry_entry(section, name, v)]
    markers = []
    if "markers" in value:
        markers.append(value["markers"])
    if "python" in value:
        m = poetry_python_marker(value["python"])
        if m:
            markers.append(m)
    if "platform" in value:
        markers.append(f'sys_platform == "{value["platform"]}"')
    marker = " and ".join(f"({m})" if len(markers) > 1 else m for m in markers) or None
    url = None
    if "git" in value:
        url = value["git"] if value["git"].startswith("git+") else "git+" + value["git"]
        for ref in ("rev", "tag", "branch"):
            if ref in value:
                url += "@" + value[ref]
                break
    elif "path" in value:
        url = value["path"]
    elif "url" in value:
        url = value["url"]
    return [dep(section, name, value.get("extras", ()), poetry_specifier(value.get("version", "*")), marker, url)]


def poetry_table(section, table):
    out = []
    for name, value in table.items():
        if canonicalize_name(name) != "python":
            out += poetry_entry(section, name, value)
    return out


# ------------------------------------------------------------------ the three formats

def oracle_pyproject(data):
    out = []
    project = data.get("project", {})
    out += [pep508("project.dependencies", s) for s in project.get("dependencies", [])]
    for extra, items in project.get("optional-dependencies", {}).items():
        out += [pep508(f"project.optional-dependencies.{extra}", s) for s in items]
    for group, items in data.get("dependency-groups", {}).items():
        out += [pep508(f"dependency-groups.{group}", s) for s in items if isinstance(s, str)]
    tool = data.get("tool", {})
    poetry = tool.get("poetry", {})
    out += poetry_table("tool.poetry.dependencies", poetry.get("dependencies", {}))
    out += poetry_table("tool.poetry.dev-dependencies", poetry.get("dev-dependencies", {}))
    for group, body in poetry.get("group", {}).items():
        out += poetry_table(f"tool.poetry.group.{group}.dependencies", body.get("dependencies", {}))
    for group, items in tool.get("pdm", {}).get("dev-dependencies", {}).items():
        out += [pep508(f"tool.pdm.dev-dependencies.{group}", s) for s in items if not s.startswith("-e")]
    out += [pep508("tool.uv.dev-dependencies", s) for s in tool.get("uv", {}).get("dev-dependencies", [])]
    return out


PIPFILE_MARKER_KEYS = ("os_name", "sys_platform", "platform_machine", "platform_python_implementation",
                       "platform_release", "platform_system", "platform_version", "python_version",
                       "python_full_version", "implementation_name", "implementation_version")


def pipfile_spec(v):
    v = v.strip()
    if v in ("", "*"):
        return ""
    return "==" + v if v[0].isdigit() else v


def oracle_pipfile(data):
    out = []
    for section in ("packages", "dev-packages"):
        for name, value in data.get(section, {}).items():
            if isinstance(value, str):
                out.append(dep(section, name, specifier=pipfile_spec(value)))
                continue
            markers = ([value["markers"]] if "markers" in value else []) + \
                      [f"{k} {value[k]}" for k in PIPFILE_MARKER_KEYS if k in value]
            marker = " and ".join(f"({m})" if len(markers) > 1 else m for m in markers) or None
            url = None
            if "git" in value:
                url = value["git"] if value["git"].startswith("git+") else "git+" + value["git"]
                if "ref" in value:
                    url += "@" + value["ref"]
            elif "path" in value:
                url = value["path"]
            elif "file" in value:
                url = value["file"]
            out.append(dep(section, name, value.get("extras", ()), pipfile_spec(value.get("version", "*")), marker, url))
    return out


def setuptools_list(value, separator):
    """setuptools' _parse_list: one item per line for multi-line values, else split at separator."""
    chunks = value.splitlines() if "\n" in value else value.split(separator)
    return [c.strip() for c in chunks if c.strip()]


def oracle_setup_cfg(text):
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(text)
    out = []

    def requirements(section, value):
        for item in setuptools_list(value, ";"):
            if not item.startswith("#"):
                out.append(pep508(section, item))

    if parser.has_option("options", "install_requires"):
        requirements("options.install_requires", parser.get("options", "install_requires"))
    if parser.has_section("options.extras_require"):
        for extra, value in parser.items("options.extras_require"):
            requirements(f"options.extras_require.{extra}", value)
    return out


def oracle(path):
    with open(path, "rb") as f:
        raw = f.read()
    base = os.path.basename(path)
    if base == "setup.cfg":
        return oracle_setup_cfg(raw.decode("utf-8"))
    data = tomllib.loads(raw.decode("utf-8"))
    return oracle_pipfile(data) if base == "Pipfile" else oracle_pyproject(data)


def stackls_deps(binary, path):
    proc = subprocess.run([binary, "inspect", path, "--format", "json"], capture_output=True, text=True, timeout=60)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"stackls inspect {path} exited {proc.returncode}: {proc.stderr}")
    out = []
    for d in json.loads(proc.stdout)["dependencies"]:
        out.append({
            "section": d["section"],
            "name": d["name"],
            "extras": sorted(d["extras"]),
            "specifier": sorted(d["specifier"].split(",")) if d["specifier"] else [],
            "marker": d["marker"],
            "url": d["url"],
        })
    return out


def main():
    binary, root = sys.argv[1], sys.argv[2]
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs
                   if f in ("pyproject.toml", "Pipfile", "setup.cfg"))
    agreed = total = 0
    misses = []
    for path in files:
        expected = oracle(path)
        got = stackls_deps(binary, path)
        by_section = {}
        for d in got:
            by_section.setdefault(d["section"], []).append(d)
        seen = {}
        for e in expected:
            k = seen.get(e["section"], 0)
            seen[e["section"]] = k + 1
            candidates = by_section.get(e["section"], [])
            g = candidates[k] if k < len(candidates) else None
            for field in FIELDS:
                total += 1
                if g is not None and g[field] == e[field]:
                    agreed += 1
                else:
                    misses.append(f"{os.path.relpath(path, root)} {e['section']}[{k}] {e['name']}.{field}: "
                                  f"oracle {e[field]!r}, stackls {g[field] if g else 'missing'!r}")
        extra = len(got) - len(expected)
        if extra > 0:
            total += extra
            misses.append(f"{os.path.relpath(path, root)}: stackls lists {extra} dependencies the oracle does not")
    for m in misses:
        print("DISAGREE", m)
    rate = agreed / total if total else 0.0
    print(f"{len(files)} files, {total} fields, {agreed} agree: {rate:.2%}")
    return 0 if total and rate >= 0.99 else 1


if __name__ == "__main__":
    sys.exit(main())
