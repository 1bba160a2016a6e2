#!/usr/bin/env python3
"""Runs `stackls check/recommend/use-cases` on examples/ and on broken input; asserts rule ids, shapes and exit codes."""
import json
import os
import sys
import tempfile

from cli_harness import check, finish, run_binary

STACKLS, EXAMPLES = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])


def run(*args, cwd=None):
    return run_binary(STACKLS, *args, cwd=cwd)


# Which rules each example must show, and none other.
EXPECTED = {
    "node-chat": set(),
    "python-ml": set(),
    "mixed-monorepo": set(),
    "ml-on-node": {"use-case-mismatch", "dependency-against-stack"},
    "flask-chat": {"use-case-mismatch", "dependency-against-stack"},
    "kivy-mobile": {"use-case-mismatch"},
    "undeclared": {"inferred-use-case-mismatch", "dependency-against-stack"},
    "misconfigured": {"unknown-use-case", "unsupported-use-case", "conflicting-declarations", "use-case-trade-off"},
    "empty-manifest": {"no-dependencies"},
}

for name, rules in EXPECTED.items():
    code, out, err = run("check", "--format", "json", "--fail-on", "never", name, cwd=EXAMPLES)
    check(code == 0, f"{name}: exit {code}, stderr {err!r}")
    report = json.loads(out)
    found = {f["rule"] for p in report["projects"] for f in p["findings"]}
    check(found == rules, f"{name}: rules {sorted(found)} != {sorted(rules)}")
    for project in report["projects"]:
        for key in ("root", "stacks", "declaredUseCases", "inferredUseCases", "findings", "recommendation"):
            check(key in project, f"{name}: project lacks {key}")
        for f in project["findings"]:
            for key in ("rule", "category", "severity", "message", "file", "range", "fixes"):
                check(key in f, f"{name}: finding lacks {key}")
            check(os.path.exists(os.path.join(EXAMPLES, f["file"])), f"{name}: finding file {f['file']} does not exist")
            # Every fix must leave a JSON file parseable.
            for fix in f["fixes"]:
                for edit in fix["edits"]:
                    if not edit["file"].endswith(".json"):
                        continue
                    with open(os.path.join(EXAMPLES, edit["file"]), encoding="utf-8") as fh:
                        text = fh.read().encode()
                    b, e = edit["offsets"]["begin"], edit["offsets"]["end"]
                    fixed = text[:b] + edit["newText"].encode() + text[e:]
                    try:
                        json.loads(fixed)
                    except ValueError as exc:
                        check(False, f"{name}: fix {fix['title']!r} breaks {edit['file']}: {exc}")

# Range of the mismatch points at the declared id.
code, out, _ = run("check", "--format", "json", "ml-on-node", cwd=EXAMPLES)
check(code == 1 or code == 0, "ml-on-node: exit code")
mismatch = [f for p in json.loads(out)["projects"] for f in p["findings"] if f["rule"] == "use-case-mismatch"][0]
with open(os.path.join(EXAMPLES, "ml-on-node/package.json"), encoding="utf-8") as fh:
    line = fh.read().splitlines()[mismatch["range"]["start"]["line"]]
check(line[mismatch["range"]["start"]["character"]:mismatch["range"]["end"]["character"]] == '"ai-ml"',
      f"mismatch range does not cover the declared id: {mismatch['range']}")

# Recommendation for the whole example set and for the monorepo.
code, out, _ = run("recommend", "mixed-monorepo", "--format", "json", cwd=EXAMPLES)
rec = json.loads(out)
check(code == 0 and rec["stack"] == "split", f"monorepo recommendation {rec.get('stack')}")
check(rec["split"]["node"] == ["realtime-collaboration"] and rec["split"]["python"] == ["ai-ml"], "split parts")
check(len(rec["dimensions"]) == 8 and all({"id", "title", "node", "python", "weight"} <= d.keys() for d in rec["dimensions"]),
      "recommendation dimensions")
check(all(r["citations"] for r in rec["reasons"]), "every reason cites an entry")
code, out, _ = run("recommend", "--use-case", "ai-ml", "--format", "json")
check(code == 0 and json.loads(out)["stack"] == "python", "recommend --use-case ai-ml without a workspace")
code, out, _ = run("recommend", "--use-case", "realtime-collaboration")
check(code == 0 and out.startswith("# Recommended stack: Node.js"), "markdown recommendation")

# SARIF: the fields GitHub code scanning reads.
code, out, _ = run("check", "--format", "sarif", "--fail-on", "never", ".", cwd=EXAMPLES)
sarif = json.loads(out)
check(sarif["version"] == "2.1.0", "sarif version")
run0 = sarif["runs"][0]
rule_ids = [r["id"] for r in run0["tool"]["driver"]["rules"]]
check(len(rule_ids) == len(set(rule_ids)) and "use-case-mismatch" in rule_ids, "sarif rules")
check(len(run0["results"]) > 0, "sarif has results")
for r in run0["results"]:
    check(r["ruleId"] in rule_ids and rule_ids[r["ruleIndex"]] == r["ruleId"], f"sarif ruleId/index {r['ruleId']}")
    check(r["level"] in ("error", "warning", "note", "none"), "sarif level")
    check(r["message"]["text"], "sarif message")
    loc = r["locations"][0]["physicalLocation"]
    uri = loc["artifactLocation"]["uri"]
    check(not uri.startswith("/") and os.path.exists(os.path.join(EXAMPLES, uri)), f"sarif uri {uri} relative and present")
    check(loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%", "sarif uri relative to %SRCROOT%")
    check(loc["region"]["startLine"] >= 1 and loc["region"]["startColumn"] >= 1, "sarif region is 1-based")

# Text output: file:line:col.
code, out, _ = run("check", "flask-chat", cwd=EXAMPLES)
check("flask-chat/requirements.txt:1:21: warning:" in out, f"text output location: {out!r}")
check(code == 0, "warnings do not fail with the default --fail-on error")
code, _, _ = run("check", "--fail-on", "warning", "flask-chat", cwd=EXAMPLES)
check(code == 1, "--fail-on warning fails on a warning")
code, out, _ = run("check", "empty-manifest", cwd=EXAMPLES)
check(code == 0 and ": information: " in out, f"no-dependencies is information and does not fail a run: {code} {out!r}")

# --use-case overrides declarations and turns a new project into a recommendation.
code, out, _ = run("check", "--format", "json", "--use-case", "realtime-collaboration", "empty-manifest", cwd=EXAMPLES)
p = json.loads(out)["projects"][0]
check(code == 0 and p["declaredUseCases"] == ["realtime-collaboration"] and p["recommendation"]["stack"] == "node",
      "--use-case on an empty project")

# use-cases lists all 18 ids.
code, out, _ = run("use-cases", "--format", "json")
check(code == 0 and len(json.loads(out)) == 18, "use-cases lists 18")

# Bad input: clear message, non-zero exit, no crash.
with tempfile.TemporaryDirectory() as tmp:
    code, _, err = run("check", os.path.join(tmp, "nope"))
    check(code == 2 and "nope" in err, f"missing dir: {code} {err!r}")
    code, _, err = run("check", tmp)
    check(code == 2 and "no package.json" in err, f"empty dir: {code} {err!r}")
    code, _, err = run("check", "--use-case", "machine-lerning", os.path.join(EXAMPLES, "node-chat"))
    check(code == 2 and 'did you mean "ai-ml"' in err, f"unknown cli id: {err!r}")
    code, _, err = run("check", "--format", "yaml", EXAMPLES)
    check(code == 2 and err == "stackls check: --format must be text, json, sarif or github\n", f"bad format: {code} {err!r}")
    # Flags: a value after '=' or as the next word; a missing value or an unknown flag is a usage error.
    for args, message in ((("check", "--format"), "stackls check: --format needs a value\n"),
                          (("recommend", "--use-case"), "stackls recommend: --use-case needs a value\n")):
        code, out, err = run(*args)
        check(code == 2 and out == "" and err == message, f"{args}: {code} {out!r} {err!r}")
    code, out, err = run("check", "--bogus", EXAMPLES)
    check(code == 2 and out == "" and err.startswith("stackls check: unknown option --bogus\nUsage: stackls check"),
          f"unknown flag: {code} {err[:80]!r}")
    code, out, _ = run("recommend", "--use-case=ai-ml", "--format=json")
    check(code == 0 and json.loads(out)["useCases"] == ["ai-ml"], f"flags with '=': {code}")
    # A path without a project (setup.py alone: a program, never read or run) after a good
    # one: output is written while projects are analysed, yet none may appear for a failing run.
    pyonly = os.path.join(tmp, "pyonly")
    os.mkdir(pyonly)
    with open(os.path.join(pyonly, "setup.py"), "w") as fh:
        fh.write("from setuptools import setup\nsetup(install_requires=['flask'])\n")
    for fmt in ("json", "text"):
        code, out, err = run("check", "--format", fmt, EXAMPLES, pyonly)
        check(code == 2 and out == "" and "no package.json" in err, f"{fmt}, good path then empty one: {code} {out[:80]!r} {err!r}")
    # Several paths: every project once, in path order.
    code, out, _ = run("check", "--format", "json", "--fail-on", "never", os.path.join(EXAMPLES, "node-chat"),
                       os.path.join(EXAMPLES, "python-ml"))
    roots = [os.path.basename(pr["root"]) for pr in json.loads(out)["projects"]]
    check(code == 0 and roots == ["node-chat", "python-ml"], f"two paths: {roots}")
    bad = os.path.join(tmp, "bad")
    os.mkdir(bad)
    with open(os.path.join(bad, "package.json"), "w") as fh:
        fh.write('{"dependencies": {"express": "4"}}')
    with open(os.path.join(bad, ".stackls.json"), "w") as fh:
        fh.write('{"useCase": ["web", }')
    code, out, err = run("check", "--format", "json", bad)
    rules = {f["rule"] for pr in json.loads(out)["projects"] for f in pr["findings"]}
    check(code == 1 and "invalid-config" in rules, f"malformed .stackls.json: {code} {rules}")
    knowledge = os.path.join(tmp, "k.json")
    with open(knowledge, "w") as fh:
        fh.write('{"fits": {"ai-ml": {"node": "superb"}}}')
    code, _, err = run("check", "--knowledge", knowledge, os.path.join(EXAMPLES, "node-chat"))
    check(code == 2 and '$.fits["ai-ml"].node' in err, f"broken --knowledge: {err!r}")
    with open(os.path.join(bad, ".stackls.json"), "w") as fh:
        fh.write('{"knowledge": "../k.json"}')
    code, out, err = run("check", "--format", "json", bad)
    msgs = [f["message"] for pr in json.loads(out)["projects"] for f in pr["findings"] if f["rule"] == "invalid-config"]
    check(code == 1 and any("outside" in m for m in msgs), f"knowledge outside the workspace: {msgs}")
    with open(os.path.join(bad, ".stackls.json"), "w") as fh:
        fh.write('{"knowledge": "k2.json"}')
    with open(os.path.join(bad, "k2.json"), "w") as fh:
        fh.write('{"fits": {"web": {"node": "weak"}}, "packages": {"npm": [{"name": "x"}]}}')
    code, out, err = run("check", "--format", "json", bad)
    msgs = [f["message"] for pr in json.loads(out)["projects"] for f in pr["findings"] if f["rule"] == "invalid-config"]
    check(code == 1 and any("$.packages.npm[0].role" in m for m in msgs), f"broken project knowledge file: {msgs}")

# Advice on three typical projects (written here, not copied from any repository).
with tempfile.TemporaryDirectory() as tmp:
    def workspace(name, requirements):
        d = os.path.join(tmp, name)
        os.mkdir(d)
        with open(os.path.join(d, "requirements.txt"), "w") as fh:
            fh.write(requirements)
        return d

    # A Django + DRF + Celery + PostgreSQL + gunicorn web app stays on Python.
    django = workspace("django", "Django>=4.2\ndjangorestframework\ncelery[redis]\npsycopg2-binary\ngunicorn\n")
    code, out, _ = run("check", "--format", "json", django)
    p = json.loads(out)["projects"][0]
    check(code == 0 and p["findings"] == [], f"django: findings {[f['rule'] for f in p['findings']]}")
    check(p["inferredUseCases"][0]["id"] == "backend", f"django: inferred {[u['id'] for u in p['inferredUseCases']]}")
    code, out, _ = run("recommend", "--format", "json", django)
    rec = json.loads(out)
    check(code == 0 and rec["stack"] == "python" and rec["current"] == "python" and rec["keepsCurrent"] is True,
          f"django: recommend {rec['stack']} {rec['summary']!r}")
    check(rec["summary"].startswith("Stay on Python: the source rates it strong for Backend development (Node.js strong).")
          and "Node.js would offer: " in rec["summary"], f"django: summary {rec['summary']!r}")

    # A data stack is numerical and scientific work, with no memory-intensive hint.
    data = workspace("data", "pandas\npolars\nduckdb\npyarrow\ndask[dataframe]\n")
    code, out, _ = run("check", "--format", "json", data)
    p = json.loads(out)["projects"][0]
    ids = [u["id"] for u in p["inferredUseCases"]]
    check(ids[0] == "numerical-scientific" and "memory-intensive" not in ids, f"data: inferred {ids}")
    check(p["findings"] == [] and p["recommendation"]["stack"] == "python", f"data: {p['findings']} {p['recommendation']['stack']}")
    code, out, _ = run("check", data)
    check(code == 0 and "emory" not in out, f"data: text output {out!r}")

    # Microservices declared on Python: a trade-off, as information, never a warning.
    micro = workspace("micro", "# stackls: use-case=microservices\nfastapi\npika\nuvicorn\n")
    code, out, _ = run("check", "--format", "json", micro)
    findings = json.loads(out)["projects"][0]["findings"]
    check(code == 0 and [(f["rule"], f["severity"]) for f in findings] == [("use-case-trade-off", "information")],
          f"micro: {[(f['rule'], f['severity']) for f in findings]}")
    msg = findings[0]["message"]
    check(msg.startswith("Microservices architecture is declared. Python fits it, but the source favours Node.js (strong vs fits): ")
          and " What helps: " in msg and msg.endswith("If Python is a deliberate choice, ignore rule use-case-trade-off."),
          f"micro: message {msg!r}")
    check(findings[0]["range"]["start"] == {"line": 0, "character": 20}, f"micro: range {findings[0]['range']}")
    check(any("use-case-trade-off" in fx["title"] for fx in findings[0]["fixes"]), "micro: an ignore fix")
    code, out, _ = run("check", micro)
    check("micro/requirements.txt:1:21: information: Microservices architecture is declared." in out, f"micro: text {out!r}")
    check(" declared: microservices (requirements file) -> node (node 95, python 55)" in out, f"micro: verdict {out!r}")
    code, out, _ = run("check", django)
    check(" -> python stays (node 95, python 91)" in out, f"django: verdict {out!r}")
    code, _, _ = run("check", "--fail-on", "warning", micro)
    check(code == 0, "micro: a trade-off does not fail --fail-on warning")
    code, out, _ = run("recommend", "--format", "json", micro)
    rec = json.loads(out)
    check(rec["stack"] == "node" and rec["keepsCurrent"] is False and "Staying on Python is a trade-off" in rec["summary"],
          f"micro: recommend {rec['stack']} {rec['summary']!r}")

finish("cli_check: all passed")
