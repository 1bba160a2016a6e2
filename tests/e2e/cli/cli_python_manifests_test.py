#!/usr/bin/env python3
"""`stackls check` and `inspect` on pyproject.toml, Pipfile, setup.cfg, split requirements and monorepos.

usage: cli_python_manifests_test.py STACKLS EXAMPLES
"""
import json
import os
import sys
import tempfile

from cli_harness import check, finish, run_binary

STACKLS, EXAMPLES = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])


def run(*args, cwd=None):
    return run_binary(STACKLS, *args, cwd=cwd)


def write(root, files):
    for path, text in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(text)


def report(path, *extra):
    code, out, err = run("check", "--format", "json", "--fail-on", "never", *extra, path)
    check(code == 0, f"check {path}: exit {code} {err!r}")
    return json.loads(out) if out else {"projects": []}


def rules(project):
    return {f["rule"] for f in project["findings"]}


# The examples: a Poetry project declaring a use case Python is weak for, a uv project that
# fits, a split-requirements project, a monorepo whose member inherits the root's use case.
poetry = report(os.path.join(EXAMPLES, "poetry-realtime"))["projects"][0]
check(poetry["stacks"] == ["python"], f"poetry stacks {poetry['stacks']}")
check(poetry["declaredUseCases"] == ["realtime-collaboration"], f"poetry declared {poetry['declaredUseCases']}")
check(poetry["declaredIn"]["source"] == "pyproject.toml" and poetry["declaredIn"]["file"].endswith("poetry-realtime/pyproject.toml"),
      f"poetry declaredIn {poetry['declaredIn']}")
mismatch = [f for f in poetry["findings"] if f["rule"] == "use-case-mismatch"]
check(len(mismatch) == 1 and mismatch[0]["file"].endswith("poetry-realtime/pyproject.toml"), f"poetry mismatch {mismatch}")
if mismatch:
    with open(os.path.join(EXAMPLES, "poetry-realtime/pyproject.toml"), encoding="utf-8") as fh:
        line = fh.read().splitlines()[mismatch[0]["range"]["start"]["line"]]
    r = mismatch[0]["range"]
    check(line[r["start"]["character"]:r["end"]["character"]] == '"realtime-collaboration"', f"mismatch range {r} on {line!r}")
dev = [f for f in poetry["findings"] if f["rule"] == "dependency-against-stack"]
check(all("pytest" not in f["message"] for f in dev), "dev dependencies are not against the stack")

uv = report(os.path.join(EXAMPLES, "uv-api"))["projects"][0]
check(uv["stacks"] == ["python"] and uv["declaredUseCases"] == ["backend"], f"uv {uv['stacks']} {uv['declaredUseCases']}")
check("use-case-mismatch" not in rules(uv), f"uv rules {rules(uv)}")

split = report(os.path.join(EXAMPLES, "split-requirements"))["projects"][0]
check(split["declaredUseCases"] == ["numerical-scientific"] and not split["findings"], f"split {split}")

ws = {p["root"]: p for p in report(os.path.join(EXAMPLES, "node-workspace"))["projects"]}
ingest = next((p for r, p in ws.items() if r.endswith("packages/ingest")), None)
dashboard = next((p for r, p in ws.items() if r.endswith("packages/dashboard")), None)
check(ingest and ingest["declaredUseCases"] == ["iot"], f"inherited use case {ingest and ingest['declaredUseCases']}")
check(ingest and ingest["declaredIn"] == {"source": "workspace root", "file": "../../package.json"},
      f"inherited declaredIn {ingest and ingest['declaredIn']}")
check(dashboard and dashboard["declaredUseCases"] == ["data-driven-spa"], "a member's own declaration wins")
code, out, _ = run("check", os.path.join(EXAMPLES, "node-workspace"))
check("declared: iot (declared in ../../package.json)" in out, f"text shows where: {out!r}")

with tempfile.TemporaryDirectory() as tmp:
    # pyproject.toml alone is a Python project (it used to exit 2).
    write(tmp, {"pyonly/pyproject.toml": '[project]\nname = "x"\ndependencies = ["torch>=2", "transformers"]\n'})
    code, out, err = run("check", os.path.join(tmp, "pyonly"))
    check(code in (0, 1) and "[python]" in out, f"pyproject only: {code} {out!r} {err!r}")
    # pyproject.toml + a frontend package.json: both stacks.
    write(tmp, {"mixed/pyproject.toml": '[project]\nname = "api"\ndependencies = ["fastapi"]\n',
                "mixed/package.json": '{"dependencies": {"react": "18"}}'})
    mixed = report(os.path.join(tmp, "mixed"))["projects"][0]
    check(mixed["stacks"] == ["node", "python"], f"mixed stacks {mixed['stacks']}")
    # Pipfile and setup.cfg alone.
    write(tmp, {"pipenv/Pipfile": '[packages]\nflask = "*"\n\n[dev-packages]\npytest = "*"\n',
                "setuptools/setup.cfg": "[options]\ninstall_requires =\n    numpy\n    pandas\n"})
    check(report(os.path.join(tmp, "pipenv"))["projects"][0]["stacks"] == ["python"], "Pipfile project")
    check(report(os.path.join(tmp, "setuptools"))["projects"][0]["stacks"] == ["python"], "setup.cfg project")
    # [tool.stackls] useCase with an unknown id: the error is at the id in pyproject.toml.
    write(tmp, {"typo/pyproject.toml": '[project]\nname = "x"\n\n[tool.stackls]\nuseCase = "ai-mll"\n'})
    typo = report(os.path.join(tmp, "typo"))["projects"][0]
    unknown = [f for f in typo["findings"] if f["rule"] == "unknown-use-case"]
    check(len(unknown) == 1 and unknown[0]["range"]["start"] == {"line": 4, "character": 10}, f"unknown id {unknown}")
    check(unknown and unknown[0]["fixes"] and unknown[0]["fixes"][0]["edits"][0]["newText"] == '"ai-ml"', "did-you-mean fix")
    # A TOML syntax error is a manifest problem at the parser's position.
    write(tmp, {"broken/pyproject.toml": '[project]\nname = "x"\ndependencies = ["a" "b"]\n'})
    broken = report(os.path.join(tmp, "broken"))["projects"][0]
    problems = [f for f in broken["findings"] if f["rule"] == "manifest-problem"]
    check(len(problems) == 1 and problems[0]["range"]["start"] == {"line": 2, "character": 20}, f"syntax error {problems}")
    # Split requirements: an included file's dependencies are evidence and findings land on it;
    # a constraints file is not evidence; an include loop across three files is reported.
    write(tmp, {"split/requirements.txt": "# stackls: use-case=realtime-collaboration\n-r deps/base.in\n-c constraints.txt\n",
                "split/deps/base.in": "flask-socketio>=5\n",
                "split/constraints.txt": "torch==2.2\n"})
    split = report(os.path.join(tmp, "split"))["projects"][0]
    against = [f for f in split["findings"] if f["rule"] == "dependency-against-stack"]
    check(len(against) == 1 and against[0]["file"].endswith("split/deps/base.in"), f"finding on the included file: {against}")
    check(all("torch" not in f["message"] for f in split["findings"]), "constraints are not evidence")
    write(tmp, {"loop/requirements.txt": "-r a.txt\nflask\n", "loop/a.txt": "-r b.txt\n", "loop/b.txt": "-r requirements.txt\n"})
    loop = report(os.path.join(tmp, "loop"))["projects"][0]
    check(any("include cycle" in f["message"] for f in loop["findings"]), f"include loop: {[f['message'] for f in loop['findings']]}")

    # inspect: text and JSON for each kind; setup.py is refused with a reason.
    for name in ("pyonly/pyproject.toml", "pipenv/Pipfile", "setuptools/setup.cfg"):
        path = os.path.join(tmp, name)
        code, out, err = run("inspect", path, "--format", "json")
        model = json.loads(out) if code == 0 else {}
        check(code == 0 and model.get("dependencies"), f"inspect json {name}: {code} {err!r}")
        code, out, err = run("inspect", path, "--format", "text")
        check(code == 0 and "(" + os.path.basename(name) + ")" in out, f"inspect text {name}: {code} {out!r}")
    code, out, _ = run("inspect", os.path.join(tmp, "setuptools/setup.cfg"))
    check("setup.py is never run" in json.loads(out).get("note", ""), "setup.cfg inspect says setup.py is never run")
    write(tmp, {"legacy/setup.py": "from setuptools import setup\nsetup()\n"})
    code, _, err = run("inspect", os.path.join(tmp, "legacy/setup.py"))
    check(code == 2 and "never runs it" in err, f"inspect setup.py: {code} {err!r}")
    code, out, _ = run("inspect", os.path.join(tmp, "broken/pyproject.toml"))
    check(code == 1 and json.loads(out)["parsed"] is False, "inspect on broken TOML exits 1")

finish("0 failure(s)")
