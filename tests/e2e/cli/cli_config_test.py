#!/usr/bin/env python3
"""`stackls check` with project configuration and CI output: .stackls.json rules and exclude
found upward, --select/--ignore/--exclude/--config, --format github and SARIF's fields for
code scanning. Every case writes its own small workspace."""
import json
import os
import re
import sys
import tempfile

from cli_harness import check, finish, run_binary

STACKLS = os.path.abspath(sys.argv[1])


def run(*args, cwd):
    return run_binary(STACKLS, *args, cwd=cwd)


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def findings(cwd, *args):
    code, out, err = run("check", "--format", "json", "--fail-on", "never", *args, cwd=cwd)
    check(code == 0, f"check {args}: exit {code}, {err!r}")
    if code != 0:
        return {}
    return {p["root"]: [(f["rule"], f["severity"], f["file"]) for f in p["findings"]] for p in json.loads(out)["projects"]}


EMPTY = '{"name": "x"}\n'                                   # no-dependencies (information by default)
ML_ON_NODE = '{"dependencies": {"@tensorflow/tfjs-node": "4"}}\n'

with tempfile.TemporaryDirectory() as tmp:
    # A monorepo: the root .stackls.json applies to projects without their own; nearest wins.
    write(tmp, ".stackls.json", json.dumps({"rules": {"no-dependencies": "error", "dependency-against-stack": "off"},
                                            "exclude": ["fixtures/**"]}))
    write(tmp, "apps/web/package.json", EMPTY)
    write(tmp, "apps/ml/package.json", ML_ON_NODE)
    write(tmp, "apps/own/package.json", EMPTY)
    write(tmp, "apps/own/.stackls.json", json.dumps({"rules": {"no-dependencies": "hint"}}))
    write(tmp, "fixtures/broken/package.json", "{ not json")
    write(tmp, "vendor/lib/package.json", EMPTY)

    got = findings(tmp)
    check(got.get("apps/web") == [("no-dependencies", "error", "apps/web/package.json")],
          f"inherited rules: error from the root .stackls.json: {got.get('apps/web')}")
    check(got.get("apps/ml") == [("inferred-use-case-mismatch", "information", "apps/ml/package.json")],
          f"inherited rules: off removes dependency-against-stack: {got.get('apps/ml')}")
    check(got.get("apps/own") == [("no-dependencies", "hint", "apps/own/package.json")],
          f"the nearest .stackls.json wins: {got.get('apps/own')}")
    check("fixtures/broken" not in got, f"exclude in .stackls.json skips fixtures/: {sorted(got)}")
    check("vendor/lib" in got, "vendor/ is checked until excluded")

    code, out, err = run("check", "--fail-on", "error", cwd=tmp)
    check(code == 1, f"an error from .stackls.json fails the run: {code}")

    # CLI flags come before the files.
    got = findings(tmp, "--ignore", "no-dependencies", "--exclude", "vendor")
    check("vendor/lib" not in got, f"--exclude vendor: {sorted(got)}")
    check(all(rule != "no-dependencies" for fs in got.values() for rule, _, _ in fs), f"--ignore: {got}")
    got = findings(tmp, "--select", "dependency-against-stack,no-dependencies")
    check(got.get("apps/ml") == [] and got.get("apps/web") == [("no-dependencies", "error", "apps/web/package.json")],
          f"--select keeps only the named rules, with the files' severities: {got}")

    # --config FILE replaces every project's own .stackls.json.
    write(tmp, "ci/strict.json", json.dumps({"rules": {"no-dependencies": "warning"}}))
    got = findings(tmp, "--config", "ci/strict.json", "apps")
    check(got.get("apps/own") == [("no-dependencies", "warning", "apps/own/package.json")] and
          ("dependency-against-stack", "hint", "apps/ml/package.json") in got.get("apps/ml", []),
          f"--config replaces the project files: {got}")

    # A checked folder below the current directory still sees the root .stackls.json.
    got = findings(tmp, "apps/web")
    check(got.get("apps/web") == [("no-dependencies", "error", "apps/web/package.json")], f"upward from a sub-path: {got}")

    # Usage errors exit 2 with a message.
    for args, needle in ((["--select", "no-such-rule"], 'unknown rule "no-such-rule" in --select'),
                         (["--ignore", "nope"], 'unknown rule "nope" in --ignore'),
                         (["--config", "missing.json"], "--config: no such file"),
                         (["--format", "yaml"], "--format must be text, json, sarif or github")):
        code, out, err = run("check", *args, cwd=tmp)
        check(code == 2 and needle in err and out == "", f"{args}: {code} {err!r}")

with tempfile.TemporaryDirectory() as tmp:
    # --format github: workflow commands with GitHub's escaping.
    write(tmp, "package.json", '{"name": "x",\n "stackls": {"useCase": "ai-ml"},\n "dependencies": {"express": "4"}}\n')
    write(tmp, "odd,dir:1/package.json", EMPTY)
    write(tmp, ".stackls.json", json.dumps({"rules": {"no-dependencies": "warning"}}))
    code, out, err = run("check", "--format", "github", "--fail-on", "warning", cwd=tmp)
    lines = out.splitlines()
    check(code == 1, f"github: --fail-on warning fails: {code} {err!r}")
    check(lines and all(l.startswith("::") for l in lines), f"github: only workflow commands: {out!r}")
    mismatch = [l for l in lines if "title=use-case-mismatch::" in l]
    check(len(mismatch) == 1 and mismatch[0].startswith("::warning file=package.json,line=2,col=25,endLine=2,endColumn=32,title=use-case-mismatch::"),
          f"github: the mismatch annotation: {mismatch}")
    odd = [l for l in lines if "odd" in l]
    check(len(odd) == 1 and odd[0].startswith("::warning file=odd%2Cdir%3A1/package.json,line=1,col=1,"),
          f"github: ',' and ':' escaped in properties: {odd}")
    check(all("\n" not in l and "\r" not in l for l in lines), "github: one line per annotation")

    # SARIF: what code scanning reads.
    code, out, err = run("check", "--format", "sarif", "--fail-on", "never", cwd=tmp)
    sarif = json.loads(out)
    run0 = sarif["runs"][0]
    driver = run0["tool"]["driver"]
    check("informationUri" not in driver or driver["informationUri"].startswith("https://"), "sarif informationUri")
    check(run0["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file://" + os.path.realpath(tmp) + "/",
          f"sarif %SRCROOT%: {run0['originalUriBaseIds']}")
    for rule in driver["rules"]:
        what = f"sarif rule {rule['id']}"
        check(rule["name"] != rule["id"] and rule["name"][0].isupper(), what + ": a name distinct from the id")
        check(rule["shortDescription"]["text"] and rule["fullDescription"]["text"], what + ": descriptions")
        check(rule["help"]["text"] and "**Fix.**" in rule["help"]["markdown"], what + ": help")
        check(rule["helpUri"].endswith("docs/rules.md#" + rule["id"]), what + ": helpUri")
        check(rule["defaultConfiguration"]["level"] in ("error", "warning", "note", "none"), what + ": default level")
        check(rule["properties"]["tags"], what + ": tags")
    levels = {r["ruleId"]: r["level"] for r in run0["results"]}
    check(levels.get("use-case-mismatch") == "warning" and levels.get("no-dependencies") == "warning",
          f"sarif levels follow the effective severity: {levels}")
    for r in run0["results"]:
        check(r["locations"][0]["physicalLocation"]["artifactLocation"].get("uriBaseId") == "%SRCROOT%", "sarif uriBaseId")
    prints = {r["ruleId"]: r["partialFingerprints"]["stacklsFinding/v1"] for r in run0["results"]}

    # Unrelated lines moving keep every fingerprint; editing the finding's line changes it.
    write(tmp, "package.json", '{\n\n "name": "x",\n "description": "moved",\n "stackls": {"useCase": "ai-ml"},\n "dependencies": {"express": "4"}}\n')
    code, out, _ = run("check", "--format", "sarif", "--fail-on", "never", cwd=tmp)
    moved = {r["ruleId"]: r["partialFingerprints"]["stacklsFinding/v1"] for r in json.loads(out)["runs"][0]["results"]}
    check(moved == prints, f"fingerprints survive moved lines: {prints} vs {moved}")
    write(tmp, "package.json", '{"name": "x",\n "stackls": {"useCase": ["ai-ml"]},\n "dependencies": {"express": "4"}}\n')
    code, out, _ = run("check", "--format", "sarif", "--fail-on", "never", cwd=tmp)
    edited = {r["ruleId"]: r["partialFingerprints"]["stacklsFinding/v1"] for r in json.loads(out)["runs"][0]["results"]}
    check(edited["use-case-mismatch"] != prints["use-case-mismatch"] and edited["no-dependencies"] == prints["no-dependencies"],
          f"an edited line changes only its own fingerprint: {prints} vs {edited}")

# The pre-commit hook: its file pattern picks manifests, and its entry, given them, checks them.
REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
hook = open(os.path.join(REPO, ".pre-commit-hooks.yaml"), encoding="utf-8").read()
entry = re.search(r"^\s*entry:\s*(.+)$", hook, re.M).group(1).split()
files = re.compile(re.search(r"^\s*files:\s*(.+)$", hook, re.M).group(1))
check(entry[0] == "stackls" and "language: system" in hook and "pass_filenames: true" in hook, "hook: stackls on the files")
staged = ["package.json", "services/api/requirements-dev.txt", "requirements/base.in", ".stackls.json",
          "api/pyproject.toml", "Pipfile", "lib/setup.cfg", "dev-requirements.txt", "test_requirements.in",
          "requirements/dev.txt", "constraints.txt", "README.md", "src/app.js", "mypackage.json", "setup.py",
          "notes.txt", "Pipfile.lock"]
picked = [f for f in staged if files.search(f)]
check(picked == staged[:11], f"hook: the files it runs on: {picked}")
with tempfile.TemporaryDirectory() as tmp:
    write(tmp, "package.json", '{"stackls": {"useCase": "ai-ml"}, "dependencies": {"express": "4"}}\n')
    write(tmp, "api/requirements.txt", "flask\n")
    code, out, err = run(*entry[1:], "package.json", "api/requirements.txt", cwd=tmp)
    check(code == 0 and "package.json:1:" in out and "use-case-mismatch" in out, f"hook: clean by default: {code} {out!r} {err!r}")
    code, _, _ = run(*entry[1:], "--fail-on", "warning", "package.json", cwd=tmp)
    check(code == 1, "hook: fails with --fail-on warning")

finish("ok")
