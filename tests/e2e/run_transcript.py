#!/usr/bin/env python3
"""Runs one transcript against the real stackls binary over stdio (clangd lit-test style).

A transcript is a text file of directives, one per line ('#' starts a comment line):

  --> {json}          frame and send this message (together with any held by '..>')
  ..> {json}          hold this message; it is sent in the same write as the next '-->'
  raw> EXPR           send raw bytes: a Python expression (no builtins) giving str or bytes
  body> EXPR          frame and send the str/bytes EXPR as one body (for generated junk)
  <-- {json}          expect a message that contains this JSON (partial match: objects
                      match by subset, arrays element by element, "{{any}}" matches anything)
  <-- error CODE [ID] expect an error reply with this code (and this id, as JSON)
  <-- none            expect no reply to anything sent so far (checked with a sync request)
  eof                 close the server's stdin
  exit CODE           expect the process to end with this exit code
  stderr~ TEXT        expect TEXT somewhere in the server's stderr (checked at the end)
  workspace> DIR      a temporary copy of fixture files with [[name:...]] markers stripped;
                      file>, rm> and {{range:FILE#NAME}}-style substitutions: see markers.py

Server-to-client notifications and requests are skipped while looking for an expected
message unless the expectation itself names a "method"; any *response* that does not match
the next expectation is a failure, so no reply can go unnoticed.
"""
import argparse
import json
import os
import pathlib
import subprocess
import sys
import time

import markers

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "scripts"))
from lsp_client import Client, Malformed, frame  # noqa: E402

TIMEOUT = float(os.environ.get("STACKLS_TEST_TIMEOUT", "20"))
SKIP_CODE = 77  # ctest's SKIP_RETURN_CODE for the stand-in tests
ANY = "{{any}}"


def matches(expected, actual) -> bool:
    if expected == ANY:
        return True
    # Hover texts and completion lists are too long to spell out:
    # "{{has:A…B}}" / "{{lacks:A…B}}" match a string containing every / none of the parts;
    # ["{{some}}", e1, ...] matches a list in which each e matches at least one element.
    if isinstance(expected, str) and expected.endswith("}}") and expected.startswith(("{{has:", "{{lacks:")):
        want = expected.startswith("{{has:")
        parts = expected[len("{{has:" if want else "{{lacks:"):-2].split("…")
        return isinstance(actual, str) and all((p in actual) == want for p in parts)
    if isinstance(expected, list) and expected[:1] == ["{{some}}"]:
        return isinstance(actual, list) and all(any(matches(e, a) for a in actual) for e in expected[1:])
    if isinstance(expected, dict):
        return isinstance(actual, dict) and all(k in actual and matches(v, actual[k]) for k, v in expected.items())
    if isinstance(expected, list):
        return isinstance(actual, list) and len(expected) == len(actual) and all(
            matches(e, a) for e, a in zip(expected, actual))
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected is actual
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return expected == actual
    return type(expected) is type(actual) and expected == actual


class Failure(Exception):
    pass


class Session:
    """The server under test. Its own requests are not answered: a transcript that expects
    one answers it with -->."""

    def __init__(self, argv):
        self.client = Client(argv, stderr=subprocess.PIPE, answer=None)
        self.proc = self.client.proc
        self.held = b""
        self.sync_counter = 0
        self.log = []

    def stderr(self) -> str:
        return self.client.stderr_text()

    def write(self, data: bytes):
        try:
            self.client.write(data)
        except BrokenPipeError:
            raise Failure("the server closed its input (crashed or exited early)")

    def send(self, payload: bytes, hold=False):
        self.held += frame(payload)
        if not hold:
            data, self.held = self.held, b""
            self.write(data)

    def next_message(self, what: str):
        message = self.client.next_message(TIMEOUT)
        if message is None:
            if self.client.closed:
                raise Failure(f"the server's output ended while waiting for {what}")
            raise Failure(f"timed out after {TIMEOUT}s waiting for {what}")
        if isinstance(message, Malformed):
            raise Failure(f"the server wrote an unreadable frame: {message}")
        self.log.append(message)
        return message

    def expect(self, expected):
        wants_method = isinstance(expected, dict) and "method" in expected
        while True:
            message = self.next_message(json.dumps(expected))
            is_response = "method" not in message
            if matches(expected, message):
                return message
            if is_response or wants_method and message.get("method") == expected.get("method"):
                raise Failure(f"expected {json.dumps(expected)}\n   got {json.dumps(message)}")

    def expect_none(self):
        self.sync_counter += 1
        sync_id = f"sync-{self.sync_counter}"
        self.send(json.dumps({"jsonrpc": "2.0", "id": sync_id, "method": "stackls/transcriptSync"}).encode())
        while True:
            message = self.next_message("the sync reply")
            if "method" in message:
                continue
            if message.get("id") == sync_id:
                return
            raise Failure(f"expected no reply, got {json.dumps(message)}")


def run(transcript: str, argv, windows: bool = False) -> None:
    session = Session(argv)
    workspace = markers.Workspace(windows)  # fixture files with [[range]] markers, see markers.py
    stderr_expectations = []
    expected_exit = None
    try:
        with open(transcript, encoding="utf-8") as f:
            lines = f.read().splitlines()
        for number, line in enumerate(lines, 1):
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            directive, _, rest = stripped.partition(" ")
            rest = rest.strip()
            try:
                try:
                    if workspace.handle(directive, rest, os.path.dirname(os.path.abspath(transcript))):
                        continue
                    rest = workspace.substitute(rest, session.log)
                except (markers.MarkerError, OSError, ValueError) as e:
                    raise Failure(f"fixture: {e}")
                if directive in ("-->", "..>"):
                    json.loads(rest)  # transcripts must hold valid JSON where they say so
                    session.send(rest.encode(), hold=directive == "..>")
                elif directive in ("raw>", "body>"):
                    value = eval(rest, {"__builtins__": {}}, {})  # transcripts are our own files
                    data = value if isinstance(value, bytes) else value.encode("utf-8")
                    if directive == "body>":
                        session.send(data)
                    else:
                        session.write(data)
                elif directive == "<--":
                    if rest == "none":
                        session.expect_none()
                    elif rest.startswith("error"):
                        parts = rest.split(None, 2)
                        expected = {"error": {"code": int(parts[1])}}
                        if len(parts) > 2:
                            expected["id"] = json.loads(parts[2])
                        session.expect(expected)
                    else:
                        session.expect(json.loads(rest))
                elif directive == "eof":
                    session.client.close_input()
                elif directive == "exit":
                    expected_exit = int(rest)
                    try:
                        code = session.proc.wait(timeout=TIMEOUT)
                    except subprocess.TimeoutExpired:
                        raise Failure(f"the server did not exit within {TIMEOUT}s")
                    if code != expected_exit:
                        raise Failure(f"exit code {code}, expected {expected_exit}")
                elif directive == "stderr~":
                    stderr_expectations.append(rest)
                else:
                    raise Failure(f"unknown directive {directive!r}")
            except Failure as failure:
                raise Failure(f"{transcript}:{number}: {line}\n{failure}")
        if expected_exit is None:
            # Every transcript ends the process; a server that hangs on EOF fails here.
            session.client.close_input()
            try:
                session.proc.wait(timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                raise Failure(f"{transcript}: the server did not exit after EOF")
        time.sleep(0.05)
        err = session.stderr()
        for text in stderr_expectations:
            if text not in err:
                raise Failure(f"{transcript}: stderr lacks {text!r}")
        for marker in ("AddressSanitizer", "runtime error:", "LeakSanitizer"):
            if marker in err:
                raise Failure(f"{transcript}: sanitizer report in stderr:\n{err[-4000:]}")
    except Failure as failure:
        if session.proc.poll() is None:
            session.proc.kill()
        session.proc.wait()
        print(f"FAIL: {failure}", file=sys.stderr)
        print("--- messages received:", file=sys.stderr)
        for m in session.log[-20:]:
            print("   ", json.dumps(m)[:400], file=sys.stderr)
        print("--- server stderr (tail):\n" + session.stderr()[-3000:], file=sys.stderr)
        workspace.close()
        sys.exit(1)
    workspace.close()
    print(f"PASS: {transcript}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--server", required=True, help="path to the stackls binary")
    parser.add_argument("--launcher", help="a program that runs the server in its stand-in "
                        "(tests/platforms/): LAUNCHER SERVER ARGS...; `LAUNCHER --check` exits "
                        f"{SKIP_CODE} with a SKIP message when the stand-in is not installed")
    parser.add_argument("--windows", action="store_true",
                        help="the server is a Windows build: send file:///z%%3A/... URIs")
    parser.add_argument("transcript")
    parser.add_argument("server_args", nargs="*", help="extra arguments for the server")
    args = parser.parse_args()
    argv = [args.server, *args.server_args]
    if args.launcher:
        check = subprocess.run([args.launcher, "--check"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if check.returncode == SKIP_CODE:
            print(check.stdout.strip())
            sys.exit(SKIP_CODE)
        if check.returncode != 0:
            print(f"FAIL: {args.launcher} --check: {check.stdout.strip()}", file=sys.stderr)
            sys.exit(1)
        argv.insert(0, args.launcher)
    run(args.transcript, argv, args.windows)


if __name__ == "__main__":
    main()
