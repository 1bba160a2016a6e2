"""What the CLI test scripts share: running the binary and collecting failed checks."""
import subprocess
import sys

failures = []


def run_binary(binary, *args, cwd=None):
    """(exit code, stdout, stderr) of one run of `binary` with `args`."""
    p = subprocess.run([binary, *args], capture_output=True, text=True, cwd=cwd, timeout=60)
    return p.returncode, p.stdout, p.stderr


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def finish(passed_message):
    """Exits 1 after listing the count of failures, else prints `passed_message` and exits 0."""
    if failures:
        print(f"{len(failures)} failure(s)")
        sys.exit(1)
    print(passed_message)
    sys.exit(0)
