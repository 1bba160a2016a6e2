#!/usr/bin/env python3
"""Runs one bad-input matrix case: sets up a scratch workspace, expands the case into a plain
transcript and hands it to tests/e2e/run_transcript.py (whose directives it passes through).

Extra directives, handled here before the server starts:
  file> PATH EXPR       write EXPR (a Python str/bytes expression) to WS/PATH
  link> PATH TARGET     make WS/PATH a symbolic link to TARGET
  repeat> N LINE        LINE N times, with {{i}} replaced by 0..N-1
In every line, {{WS}} becomes the workspace's file URI and {{WSPATH}} its path.

usage: run_case.py --server STACKLS CASE.lsp
"""
import argparse
import os
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
RUNNER = HERE.parent / "e2e" / "run_transcript.py"


def expand(case_text, workspace):
    uri = workspace.as_uri()
    out = []
    lines = []
    for line in case_text.splitlines():
        # repeat> first, so that it can repeat directives too (repeat> 3 file> d{{i}}/x '').
        directive, _, rest = line.strip().partition(" ")
        if directive == "repeat>":
            count, _, body = rest.partition(" ")
            lines.extend(body.replace("{{i}}", str(i)) for i in range(int(count)))
        else:
            lines.append(line)
    for line in lines:
        line = line.replace("{{WS}}", uri).replace("{{WSPATH}}", str(workspace))
        directive, _, rest = line.strip().partition(" ")
        if directive == "file>":
            path, _, expr = rest.partition(" ")
            value = eval(expr, {"__builtins__": {}}, {})  # cases are our own files
            target = workspace / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(value if isinstance(value, bytes) else value.encode("utf-8"))
        elif directive == "link>":
            path, _, target = rest.partition(" ")
            (workspace / path).parent.mkdir(parents=True, exist_ok=True)
            os.symlink(target, workspace / path)
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", required=True)
    parser.add_argument("case")
    args = parser.parse_args()
    server = str(pathlib.Path(args.server).resolve())
    with tempfile.TemporaryDirectory(prefix="stackls-case-") as tmp:
        workspace = pathlib.Path(tmp) / "ws"
        workspace.mkdir()
        transcript = pathlib.Path(tmp) / pathlib.Path(args.case).name
        transcript.write_text(expand(pathlib.Path(args.case).read_text(encoding="utf-8"), workspace), encoding="utf-8")
        # The server runs inside the workspace, as an editor would start it.
        code = subprocess.call([sys.executable, str(RUNNER), "--server", server, str(transcript)], cwd=workspace)
    return code


if __name__ == "__main__":
    sys.exit(main())
