#!/usr/bin/env python3
"""Runs tests/editors/eglot_features.el in Emacs 28 batch mode with Eglot 1.9 (Debian's
emacs-nox and elpa-eglot) on throwaway copies of examples/ml-on-node and of
tests/editors/fixtures/pep621-realtime."""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
EXAMPLE = HERE.parent.parent / "examples" / "ml-on-node"
PYPROJECT = HERE / "fixtures" / "pep621-realtime"


def main(server: str) -> int:
    emacs = shutil.which("emacs")
    if not emacs or not pathlib.Path("/usr/share/emacs/site-lisp/elpa/eglot-1.9").is_dir():
        print("FAIL: emacs or Eglot 1.9 missing (apt-get install emacs-nox elpa-eglot)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="stackls-eglot-") as tmp:
        workspace = pathlib.Path(os.path.realpath(tmp), "workspace")
        shutil.copytree(EXAMPLE, workspace)
        pyproject_workspace = pathlib.Path(os.path.realpath(tmp), "pyproject-workspace")
        shutil.copytree(PYPROJECT, pyproject_workspace)
        env = dict(os.environ, STACKLS_BIN=os.path.abspath(server), STACKLS_WORKSPACE=str(workspace),
                   STACKLS_PYPROJECT_WORKSPACE=str(pyproject_workspace), HOME=tmp)
        try:
            proc = subprocess.run([emacs, "--batch", "-Q", "-l", str(HERE / "eglot_features.el")],
                                  env=env, cwd=workspace, stdin=subprocess.DEVNULL,
                                  capture_output=True, timeout=120)
        except subprocess.TimeoutExpired:
            print("FAIL: emacs did not finish within 120 s", file=sys.stderr)
            return 1
        output = (proc.stdout + proc.stderr).decode("utf-8", "replace")
        print(output)
        if proc.returncode != 0 or "PASS:" not in output:
            print(f"FAIL: emacs exit code {proc.returncode}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
