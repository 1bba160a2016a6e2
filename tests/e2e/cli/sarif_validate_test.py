#!/usr/bin/env python3
"""`stackls check --format sarif` passes the SARIF validator (`sarif-multitool validate`, the
official multitool) with no error and no warning, on examples/ plus a workspace that makes
the rules the examples lack fire (invalid-config, manifest-problem)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

STACKLS, REPO = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])

installer = os.path.join(REPO, "scripts", "install-sarif-validator.sh")
p = subprocess.run([installer], capture_output=True, text=True, timeout=900)
if p.returncode != 0:
    print(p.stderr)
    sys.exit("the SARIF validator could not be installed (scripts/install-sarif-validator.sh)")
validator = p.stdout.strip().splitlines()[-1]

with tempfile.TemporaryDirectory() as tmp:
    shutil.copytree(os.path.join(REPO, "examples"), os.path.join(tmp, "examples"))
    broken = os.path.join(tmp, "broken")
    os.makedirs(broken)
    with open(os.path.join(broken, "package.json"), "w") as f:
        f.write('{"name": "x", "dependencies": {"express": 4}}\n')
    with open(os.path.join(broken, ".stackls.json"), "w") as f:
        f.write('{"rules": {"no-such-rule": "off"}, "colour": 1}\n')

    sarif_file = os.path.join(tmp, "stackls.sarif")
    with open(sarif_file, "w") as out:
        code = subprocess.run([STACKLS, "check", "--format", "sarif", "--fail-on", "never", "."], cwd=tmp,
                              stdout=out, timeout=120).returncode
    if code != 0:
        sys.exit(f"check exited {code}")
    rules = {r["ruleId"] for r in json.load(open(sarif_file))["runs"][0]["results"]}
    print("rules in the log:", ", ".join(sorted(rules)))
    missing = {"invalid-config", "manifest-problem", "use-case-mismatch", "no-dependencies"} - rules
    if missing:
        sys.exit(f"the log lacks findings of {sorted(missing)}")

    report = os.path.join(tmp, "validation.sarif")
    v = subprocess.run([validator, "validate", sarif_file, "--output", report], capture_output=True,
                       text=True, timeout=300)
    print(v.stdout[-4000:])
    if not os.path.exists(report):
        sys.exit(f"the validator wrote no report (exit {v.returncode}): {v.stderr[-2000:]}")
    results = [r for run in json.load(open(report))["runs"] for r in run.get("results", [])]
    bad = [r for r in results if r.get("level", "warning") in ("error", "warning")]
    for r in bad:
        print("VALIDATOR:", r.get("level", "warning"), r.get("ruleId"), r["message"].get("text", r["message"]))
    print(f"validator: {sum(r.get('level', 'warning') == 'error' for r in bad)} errors, "
          f"{sum(r.get('level', 'warning') == 'warning' for r in bad)} warnings, {len(results) - len(bad)} notes")
    sys.exit(1 if bad or v.returncode != 0 else 0)
