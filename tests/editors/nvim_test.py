#!/usr/bin/env python3
"""Runs tests/editors/nvim/lifecycle.lua in a real headless Neovim (0.7.2 on Debian 12)
with a throwaway workspace and config dirs; exits non-zero on failure or timeout."""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
PACKAGE_JSON = """{
  "name": "😀 demo",
  "version": "1.0.0",
  "dependencies": {
    "express": "^4.18.2"
  }
}
"""


def main(server: str) -> int:
    nvim = shutil.which("nvim")
    if not nvim:
        print("FAIL: nvim not installed (apt-get install neovim)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="stackls-nvim-") as tmp:
        workspace = pathlib.Path(tmp, "workspace")
        workspace.mkdir()
        (workspace / "package.json").write_text(PACKAGE_JSON, encoding="utf-8")
        env = dict(os.environ, STACKLS_BIN=os.path.abspath(server), STACKLS_WORKSPACE=str(workspace))
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[var] = str(pathlib.Path(tmp, var.lower()))
        env["HOME"] = tmp
        try:
            proc = subprocess.run([nvim, "--headless", "--clean", "-n", "-i", "NONE",
                                   "-c", f"luafile {HERE / 'nvim' / 'lifecycle.lua'}"],
                                  env=env, cwd=workspace, stdin=subprocess.DEVNULL,
                                  capture_output=True, timeout=90)
        except subprocess.TimeoutExpired:
            print("FAIL: neovim did not finish within 90 s", file=sys.stderr)
            return 1
        output = (proc.stdout + proc.stderr).decode("utf-8", "replace")
        print(output)
        # Neovim reports protocol trouble (e.g. INVALID_SERVER_MESSAGE) as "Error ...".
        if proc.returncode != 0 or "PASS:" not in output or "Error" in output:
            print(f"FAIL: nvim exit code {proc.returncode}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
