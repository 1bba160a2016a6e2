#!/usr/bin/env python3
"""Runs tests/editors/nvim_features.lua in a real headless Neovim 0.7 on a throwaway copy
of examples/ml-on-node and of tests/editors/fixtures/pep621-realtime; exits non-zero on failure or timeout."""
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
    nvim = shutil.which("nvim")
    if not nvim:
        print("FAIL: nvim not installed (apt-get install neovim)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="stackls-nvim-features-") as tmp:
        workspace = pathlib.Path(os.path.realpath(tmp), "workspace")
        shutil.copytree(EXAMPLE, workspace)
        pyproject_workspace = pathlib.Path(os.path.realpath(tmp), "pyproject-workspace")
        shutil.copytree(PYPROJECT, pyproject_workspace)
        env = dict(os.environ, STACKLS_BIN=os.path.abspath(server), STACKLS_WORKSPACE=str(workspace),
                   STACKLS_PYPROJECT_WORKSPACE=str(pyproject_workspace))
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[var] = str(pathlib.Path(tmp, var.lower()))
        env["HOME"] = tmp
        try:
            proc = subprocess.run([nvim, "--headless", "--clean", "-n", "-i", "NONE",
                                   "-c", f"luafile {HERE / 'nvim_features.lua'}"],
                                  env=env, cwd=workspace, stdin=subprocess.DEVNULL,
                                  capture_output=True, timeout=90)
        except subprocess.TimeoutExpired:
            print("FAIL: neovim did not finish within 90 s", file=sys.stderr)
            return 1
        output = (proc.stdout + proc.stderr).decode("utf-8", "replace")
        print(output)
        if proc.returncode != 0 or "PASS:" not in output or "Error" in output:
            print(f"FAIL: nvim exit code {proc.returncode}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
