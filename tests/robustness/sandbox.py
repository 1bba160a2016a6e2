#!/usr/bin/env python3
"""The sandbox promise, checked: runs a full LSP session (over stdio, then over --listen) under
`strace -f` and fails on any socket or connect other than the --listen socket, any execve
after the server's own, any file opened for writing (or created, renamed, removed), and any
file opened outside the workspace roots and what the binary itself needs (its libraries,
time zone data, /proc/self). The workspace holds traps: a symlink to /etc, a -r include
that climbs out of the workspace, and a package.json whose scripts would run programs.

usage: sandbox.py STACKLS        exit 77 (skipped) when strace is missing or not permitted
"""
import json
import os
import pathlib
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "scripts"))
from lsp_client import Client  # noqa: E402

TRACED = ("execve,execveat,socket,connect,bind,open,openat,openat2,creat,rename,renameat,renameat2,"
          "unlink,unlinkat,mkdir,mkdirat,rmdir,truncate,link,linkat,symlink,symlinkat,chmod,fchmodat")
WRITE_FLAGS = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND")
ALWAYS_WRITES = {"creat", "rename", "renameat", "renameat2", "unlink", "unlinkat", "mkdir", "mkdirat", "rmdir",
                 "truncate", "link", "linkat", "symlink", "symlinkat", "chmod", "fchmodat"}
# What any dynamically linked C++ program reads: the loader's cache, shared libraries, the
# time zone (log timestamps), and facts about itself and the machine.
OWN_NEEDS = (re.compile(r"^/etc/ld\.so\.(cache|preload)$"), re.compile(r"^/(usr/)?lib(32|64|x32)?/"),
             re.compile(r"^/etc/localtime$"), re.compile(r"^/usr/share/zoneinfo/"),
             re.compile(r"^/proc/self/"), re.compile(r"^/proc/\d+/"), re.compile(r"^/sys/devices/system/cpu/"),
             re.compile(r"^/sys/fs/cgroup/"), re.compile(r"^/dev/(null|urandom)$"))
CALL = re.compile(r"^(?P<pid>\d+)\s+(?P<name>\w+)\((?P<args>.*)\)\s+=\s+(?P<ret>-?\d+|\?)")


def make_workspace(root):
    (root / "web").mkdir()
    (root / "web" / "package.json").write_text(json.dumps({
        "name": "web", "scripts": {"postinstall": "touch /tmp/stackls-sandbox-pwned", "start": "node ."},
        "dependencies": {"express": "^4.18.2", "@tensorflow/tfjs-node": "^4.0.0"}}, indent=2) + "\n")
    (root / "ml").mkdir()
    (root / "ml" / "base.txt").write_text("numpy\n")
    (root / "ml" / "requirements.txt").write_text(
        "-r base.txt\n-r ../../../../../../etc/passwd\n-r ../etc-link/passwd\n"
        "-r https://example.invalid/remote.txt\n-e git+https://example.invalid/x.git#egg=x\n"
        "torch==2.1\nfastapi\n")
    os.symlink("/etc", root / "etc-link")
    (root / ".stackls.json").write_text(json.dumps({"useCase": "ai-ml"}))


def session(client, root):
    """Everything an editor does, touching every feature once."""
    reply = client.initialize(root.as_uri())
    if not reply or "result" not in reply:
        raise RuntimeError(f"initialize failed: {reply!r}")
    caps = reply["result"].get("capabilities", {})
    commands = (caps.get("executeCommandProvider") or {}).get("commands", [])
    client.notify("workspace/didChangeConfiguration", {"settings": {}})
    for path in (root / "web" / "package.json", root / "ml" / "requirements.txt"):
        uri, text = path.as_uri(), path.read_text()
        client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "text", "version": 1, "text": text}})
        ident = {"uri": uri}
        client.call("textDocument/hover", {"textDocument": ident, "position": {"line": 5, "character": 6}})
        client.call("textDocument/codeAction", {"textDocument": ident, "range": {
            "start": {"line": 0, "character": 0}, "end": {"line": 9, "character": 0}}, "context": {"diagnostics": []}})
        client.call("textDocument/inlayHint", {"textDocument": ident, "range": {
            "start": {"line": 0, "character": 0}, "end": {"line": 99, "character": 0}}})
        client.call("textDocument/codeLens", {"textDocument": ident})
        client.call("textDocument/diagnostic", {"textDocument": ident})
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                                 "contentChanges": [{"text": text + "\n"}]})
        client.notify("textDocument/didSave", {"textDocument": ident})
        for command in commands:
            client.call("workspace/executeCommand", {"command": command, "arguments": [uri]})
        client.notify("textDocument/didClose", {"textDocument": ident})
    # Let any background work (a workspace scan) finish before shutting down.
    client.call("textDocument/hover", {"textDocument": {"uri": root.as_uri() + "/web/package.json"},
                                       "position": {"line": 0, "character": 0}})
    time.sleep(0.5)
    return client.shutdown()


def parse_trace(path):
    calls = []
    for line in pathlib.Path(path).read_text(errors="replace").splitlines():
        m = CALL.match(line)
        if m:
            calls.append((m["name"], m["args"], m["ret"], line))
    return calls


def first_path(args):
    m = re.search(r'"((?:[^"\\]|\\.)*)"', args)
    return m.group(1) if m else None


def check(calls, root, binary, cwd, allow_listen):
    problems = []
    roots = [os.path.realpath(root)]
    allowed_files = {os.path.realpath(binary)}
    execs = 0
    for name, args, ret, line in calls:
        failed = ret.startswith("-")
        if name in ("execve", "execveat"):
            execs += 1
            if execs > 1:
                problems.append(f"execve after start: {line}")
        elif name == "socket":
            if not (allow_listen and ("AF_INET" in args) and not failed):
                problems.append(f"socket: {line}")
        elif name == "connect":
            problems.append(f"connect: {line}")
        elif name == "bind":
            if not (allow_listen and "127.0.0.1" in args):
                problems.append(f"bind: {line}")
        elif name in ALWAYS_WRITES:
            problems.append(f"write to the file system: {line}")
        elif name in ("open", "openat", "openat2", "creat"):
            path = first_path(args)
            if path is None:
                continue
            if any(flag in args for flag in WRITE_FLAGS):
                problems.append(f"opened for writing: {line}")
                continue
            if failed:
                # A failed open reads nothing; a path outside is still reported if it was tried
                # for a reason other than the loader's search.
                if OWN_NEEDS[1].match(path) or path.startswith("/etc/ld.so"):
                    continue
            absolute = path if path.startswith("/") else os.path.join(cwd, path)
            real = os.path.realpath(absolute)
            if real in allowed_files or any(real == r or real.startswith(r + "/") for r in roots):
                continue
            if any(p.match(real) or p.match(absolute) for p in OWN_NEEDS):
                continue
            problems.append(f"read outside the workspace: {line}" + (f" (really {real})" if real != absolute else ""))
    if execs == 0:
        problems.append("the trace shows no execve: strace did not trace the server")
    return problems


def run_stdio(stackls, root, trace):
    argv = ["strace", "-f", "-qq", "-s", "256", "-e", "trace=" + TRACED, "-o", str(trace),
            stackls, "--stdio", "--log-level", "warn"]
    client = Client(argv, cwd=root)
    return session(client, root)


def run_listen(stackls, root, trace):
    argv = ["strace", "-f", "-qq", "-s", "256", "-e", "trace=" + TRACED, "-o", str(trace),
            stackls, "--listen", "127.0.0.1:0", "--log-level", "info"]
    proc = subprocess.Popen(argv, cwd=root, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    port = None
    deadline = time.monotonic() + 20
    while port is None and time.monotonic() < deadline:
        line = proc.stderr.readline().decode(errors="replace")
        if not line:
            break
        m = re.search(r"listening on 127\.0\.0\.1:(\d+)", line)
        if m:
            port = int(m.group(1))
    if port is None:
        proc.kill()
        raise RuntimeError("stackls --listen never said which port it listens on")
    sock = socket.create_connection(("127.0.0.1", port), timeout=20)
    client = Client.over_socket(sock)
    code = session(client, root)
    sock.close()
    try:
        return proc.wait(timeout=20) if code is None else code
    finally:
        proc.kill()
        proc.stderr.close()


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    stackls = str(pathlib.Path(sys.argv[1]).resolve())
    if not shutil.which("strace"):
        print("sandbox: strace is not installed; skipped")
        return 77
    probe = subprocess.run(["strace", "-f", "-qq", "-o", "/dev/null", "true"], capture_output=True)
    if probe.returncode != 0:
        print(f"sandbox: strace cannot trace here ({probe.stderr.decode(errors='replace').strip()}); skipped")
        return 77
    # LeakSanitizer cannot run under ptrace and would fail the sanitizer build's exit code;
    # leaks are checked by every other test of that build.
    os.environ["ASAN_OPTIONS"] = ":".join(filter(None, [os.environ.get("ASAN_OPTIONS"), "detect_leaks=0"]))
    failed = False
    for mode, runner in (("stdio", run_stdio), ("listen", run_listen)):
        with tempfile.TemporaryDirectory(prefix="stackls-sandbox-") as tmp:
            base = pathlib.Path(tmp)
            root = base / "workspace"
            root.mkdir()
            make_workspace(root)
            trace = base / "trace.log"
            code = runner(stackls, root, trace)
            calls = parse_trace(trace)
            problems = check(calls, root, stackls, root, allow_listen=(mode == "listen"))
            if code != 0:
                problems.append(f"exit code {code} after shutdown and exit")
            if os.path.exists("/tmp/stackls-sandbox-pwned"):
                problems.append("a package.json script ran")
            print(f"sandbox ({mode}): {len(calls)} traced calls, {len(problems)} problems")
            for p in problems[:30]:
                print("  " + p)
            failed |= bool(problems)
    print("sandbox: FAILED" if failed else "sandbox: passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
