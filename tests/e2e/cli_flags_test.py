#!/usr/bin/env python3
"""Runs `stackls` with one server flag and checks the exit status and the exact message.

usage: cli_flags_test.py STACKLS version|help|bad-flag|missing-value VERSION
"""
import subprocess
import sys

STACKLS, CASE, VERSION = sys.argv[1], sys.argv[2], sys.argv[3]

# case: (arguments, exit status, stdout test, stderr test)
CASES = {
    "version": (["--version"], 0, lambda out: out == f"stackls {VERSION}\n", lambda err: err == ""),
    "help": (["--help"], 0, lambda out: "stackls --listen 127.0.0.1:PORT" in out, lambda err: err == ""),
    "bad-flag": (["--no-such-flag"], 2, lambda out: out == "",
                 lambda err: err.startswith("stackls: unknown option '--no-such-flag'\n")),
    "missing-value": (["--log-level"], 2, lambda out: out == "",
                      lambda err: err.startswith("stackls: --log-level needs a value\n")),
}

args, status, stdout_ok, stderr_ok = CASES[CASE]
p = subprocess.run([STACKLS, *args], capture_output=True, text=True, timeout=30)
failures = []
if p.returncode != status:
    failures.append(f"exit status {p.returncode}, expected {status}")
if not stdout_ok(p.stdout):
    failures.append(f"unexpected stdout: {p.stdout!r}")
if not stderr_ok(p.stderr):
    failures.append(f"unexpected stderr: {p.stderr!r}")
for f in failures:
    print(f"FAIL ({CASE}): {f}")
sys.exit(1 if failures else 0)
