#!/usr/bin/env python3
"""Soak test: a long randomised editing session against `stackls --stdio` (open, change, close,
save, hover, code action, inlay hint, executeCommand, cancel), with a fixed seed and a time
bound. Fails unless every request is answered exactly once, no diagnostics are ever published
for a version older than one already published (or never sent), every open document ends
with diagnostics for its latest version, and resident memory stays flat after warm-up.

usage: soak.py STACKLS [--messages N] [--seed S] [--time-limit SECONDS]
"""
import argparse
import pathlib
import random
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "scripts"))
from lsp_client import Client  # noqa: E402

BATCH = 500            # messages sent before waiting for every answer (the server pauses reading at 1,000)
WARM_UP = 0.2          # share of the session after which memory must stay flat
RSS_SLACK_KB = 8 * 1024
RSS_SLACK_SHARE = 0.25

NPM = ["express", "react", "next", "socket.io", "@tensorflow/tfjs-node", "sharp", "pg", "lodash",
       "electron", "puppeteer", "fastify", "bull", "brain.js", "typescript", "jest"]
PYPI = ["django", "flask", "fastapi", "numpy", "pandas", "torch", "tensorflow", "scikit-learn",
        "celery", "uvicorn", "requests", "sqlalchemy", "pydantic", "matplotlib", "pytest"]


def package_json(rng):
    deps = rng.sample(NPM, 8)
    lines = ['{', '  "name": "soak",', '  "dependencies": {']
    lines += [f'    "{d}": "^1.{i}.0",' for i, d in enumerate(deps[:-1])]
    lines += [f'    "{deps[-1]}": "^2.0.0"', '  }', '}']
    return "\n".join(lines) + "\n"


def requirements(rng):
    deps = rng.sample(PYPI, 8)
    lines = ["-r base.txt"] + [f"{d}>=1.{i}" if i % 2 else f"{d}[extra]==2.{i} ; python_version >= '3.9'"
                               for i, d in enumerate(deps)]
    return "\n".join(lines) + "\n"


class Doc:
    def __init__(self, path, text):
        self.path, self.text, self.original = path, text, text
        self.uri = path.as_uri()
        self.version = 0
        self.open = False


def position_in(text, rng):
    lines = text.split("\n")
    line = rng.randrange(len(lines))
    return line, rng.randint(0, len(lines[line]))


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def offset_of(text, line, col):
    lines = text.split("\n")
    return sum(len(l) + 1 for l in lines[:line]) + col


class Soak:
    def __init__(self, args, root):
        self.args, self.root = args, root
        self.rng = random.Random(args.seed)
        self.sent = 0
        self.pending = {}        # request id -> method
        self.answers = {}        # request id -> how many answers
        self.failures = []
        self.published = {}      # uri -> last versioned publish
        self.max_sent = {}       # uri -> highest version sent
        self.rss = []            # (messages sent, VmRSS kB) after each batch
        self.commands = []
        self.docs = []
        (root / "base.txt").write_text("flask>=2\n")
        for i in range(6):
            for kind, make in (("p", package_json), ("r", requirements)):
                folder = root / f"{kind}{i}"
                folder.mkdir()
                name = "package.json" if kind == "p" else "requirements.txt"
                text = make(self.rng)
                (folder / name).write_text(text)
                if kind == "r":
                    (folder / "base.txt").write_text("numpy\n")
                self.docs.append(Doc(folder / name, text))

    def fail(self, what):
        if len(self.failures) < 20:
            self.failures.append(what)

    # ------------------------------------------------------------------ sending
    def request(self, method, params):
        rid = self.client.request(method, params)
        self.pending[rid] = method
        self.answers[rid] = 0
        self.sent += 1
        return rid

    def notify(self, method, params):
        self.client.notify(method, params)
        self.sent += 1

    def send_version(self, doc):
        doc.version = self.max_sent.get(doc.uri, 0) + 1
        self.max_sent[doc.uri] = doc.version

    def random_step(self):
        rng = self.rng
        doc = rng.choice(self.docs)
        roll = rng.random()
        ident = {"uri": doc.uri}
        if not doc.open or roll < 0.04:
            if doc.open:
                self.notify("textDocument/didClose", {"textDocument": ident})
                doc.open = False
            else:
                self.send_version(doc)
                self.notify("textDocument/didOpen", {"textDocument": {
                    "uri": doc.uri, "languageId": "json" if doc.path.name.endswith(".json") else "text",
                    "version": doc.version, "text": doc.text}})
                doc.open = True
        elif roll < 0.40:
            self.change(doc)
        elif roll < 0.60:
            line, col = position_in(doc.text, rng)
            self.request("textDocument/hover", {"textDocument": ident, "position": {"line": line, "character": col}})
        elif roll < 0.70:
            line, col = position_in(doc.text, rng)
            self.request("textDocument/codeAction", {"textDocument": ident, "range": {
                "start": {"line": line, "character": 0}, "end": {"line": line, "character": col}},
                "context": {"diagnostics": []}})
        elif roll < 0.80:
            self.request("textDocument/inlayHint", {"textDocument": ident, "range": {
                "start": {"line": 0, "character": 0}, "end": {"line": 200, "character": 0}}})
        elif roll < 0.84 and self.commands:
            arguments = rng.choice([[], [doc.uri], [{"uri": doc.uri}], None])
            params = {"command": rng.choice(self.commands)}
            if arguments is not None:
                params["arguments"] = arguments
            self.request("workspace/executeCommand", params)
        elif roll < 0.92 and self.pending:
            # Cancel something recent, answered or not: both must be harmless.
            target = max(self.pending) - rng.randrange(min(5, len(self.pending)))
            self.notify("$/cancelRequest", {"id": target})
        elif roll < 0.94:
            self.notify("textDocument/didSave", {"textDocument": ident})
        else:
            # A request on a document that was never opened.
            self.request("textDocument/hover", {"textDocument": {"uri": (self.root / "nowhere" / "package.json").as_uri()},
                                                "position": {"line": 0, "character": 0}})

    def change(self, doc):
        rng = self.rng
        self.send_version(doc)
        if len(doc.text) > 4000 or rng.random() < 0.03:
            doc.text = doc.original if rng.random() < 0.8 else doc.original[: rng.randrange(len(doc.original))]
            changes = [{"text": doc.text}]
        else:
            line, col = position_in(doc.text, rng)
            at = offset_of(doc.text, line, col)
            lines = doc.text.split("\n")
            if rng.random() < 0.6 or col == len(lines[line]):
                ch = rng.choice("abcdefghijklmnopqrstuvwxyz-_.\"{,")
                changes = [{"range": {"start": {"line": line, "character": col}, "end": {"line": line, "character": col}},
                            "text": ch}]
                doc.text = doc.text[:at] + ch + doc.text[at:]
            else:
                changes = [{"range": {"start": {"line": line, "character": col}, "end": {"line": line, "character": col + 1}},
                            "text": ""}]
                doc.text = doc.text[:at] + doc.text[at + 1:]
        self.notify("textDocument/didChange", {"textDocument": {"uri": doc.uri, "version": doc.version},
                                               "contentChanges": changes})

    # ------------------------------------------------------------------ receiving
    def take(self, message):
        if message is None or not isinstance(message, dict):  # a Malformed frame or body, or not an object
            self.fail(f"unreadable output: {message!r}"[:200])
            return
        if "method" in message:
            if message["method"] == "textDocument/publishDiagnostics":
                self.check_publish(message.get("params") or {})
            return
        rid = message.get("id")
        if rid not in self.answers:
            self.fail(f"answer to an id never sent: {rid!r}")
            return
        self.answers[rid] += 1
        if self.answers[rid] > 1:
            self.fail(f"request {rid} ({self.pending.get(rid)}) answered {self.answers[rid]} times")
        self.pending.pop(rid, None)
        error = message.get("error")
        if error and error.get("code") == -32603:
            self.fail(f"internal error answering request {rid}: {error.get('message')}")

    def check_publish(self, params):
        uri, version = params.get("uri"), params.get("version")
        if version is None:
            return
        if version > self.max_sent.get(uri, 0):
            self.fail(f"diagnostics for {uri} version {version}, never sent")
        last = self.published.get(uri)
        if last is not None and version < last:
            self.fail(f"stale diagnostics for {uri}: version {version} after {last}")
        self.published[uri] = version

    def drain(self, timeout):
        """Reads until every request is answered; False on timeout."""
        deadline = time.monotonic() + timeout
        while self.pending:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            message = self.client.next_message(remaining)
            if message is None:
                return False
            self.take(message)
        return True

    def settle(self, quiet):
        """Reads until nothing arrives for `quiet` seconds (diagnostics may trail answers)."""
        while True:
            message = self.client.next_message(quiet)
            if message is None:
                return
            self.take(message)

    # ------------------------------------------------------------------ the run
    def run(self):
        args = self.args
        self.client = Client([args.stackls, "--stdio", "--log-level", "warn"], cwd=self.root,
                             stderr=open(self.root / "stderr.log", "wb"))
        reply = self.client.initialize(self.root.as_uri())
        if not reply or "result" not in reply:
            return [f"initialize failed: {reply!r}"[:300]]
        caps = reply["result"].get("capabilities", {})
        self.commands = (caps.get("executeCommandProvider") or {}).get("commands", [])
        started = time.monotonic()
        while self.sent < args.messages:
            if time.monotonic() - started > args.time_limit:
                self.fail(f"time limit of {args.time_limit} s reached after {self.sent} messages")
                break
            for _ in range(min(BATCH, args.messages - self.sent)):
                self.random_step()
            if not self.drain(timeout=60):
                self.fail(f"{len(self.pending)} requests unanswered 60 s after message {self.sent}")
                break
            self.rss.append((self.sent, rss_kb(self.client.proc.pid)))
        elapsed = time.monotonic() - started
        self.settle(quiet=1.0)
        for doc in self.docs:
            if doc.open and self.published.get(doc.uri) not in (None, doc.version):
                self.fail(f"{doc.uri} is at version {doc.version} but its last diagnostics are for "
                          f"{self.published.get(doc.uri)}")
        if not any(doc.uri in self.published for doc in self.docs):
            self.fail("no versioned diagnostics were published at all")
        self.check_memory()
        code = self.client.shutdown()
        if code != 0:
            self.fail(f"exit code {code} after shutdown and exit")
        unanswered = [rid for rid, n in self.answers.items() if n == 0]
        if unanswered:
            self.fail(f"{len(unanswered)} requests never answered, e.g. {unanswered[:5]}")
        requests = len(self.answers)
        print(f"soak: {self.sent} messages ({requests} requests) in {elapsed:.1f} s, seed {args.seed}; "
              f"RSS after warm-up {self.warm_kb / 1024:.1f} MB, peak after it {self.peak_kb / 1024:.1f} MB, "
              f"at the end {self.rss[-1][1] / 1024 if self.rss else 0:.1f} MB")
        return self.failures

    def check_memory(self):
        warm = [kb for sent, kb in self.rss if sent >= self.args.messages * WARM_UP]
        self.warm_kb = warm[0] if warm else 0
        self.peak_kb = max(warm) if warm else 0
        bound = self.warm_kb + max(RSS_SLACK_KB, self.warm_kb * RSS_SLACK_SHARE)
        if self.peak_kb > bound:
            self.fail(f"RSS grew after warm-up: {self.warm_kb} kB -> {self.peak_kb} kB (bound {bound:.0f} kB)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stackls")
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20240607)
    parser.add_argument("--time-limit", type=float, default=600.0)
    args = parser.parse_args()
    args.stackls = str(pathlib.Path(args.stackls).resolve())  # the server runs in the workspace
    with tempfile.TemporaryDirectory(prefix="stackls-soak-") as tmp:
        failures = Soak(args, pathlib.Path(tmp)).run()
        if failures:
            log = (pathlib.Path(tmp) / "stderr.log").read_text(errors="replace")[-2000:]
            print("soak: FAILED\n  " + "\n  ".join(failures) + "\n--- server log tail ---\n" + log)
            return 1
    print("soak: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
