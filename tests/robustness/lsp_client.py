"""A small LSP client for the robustness tests: frames JSON-RPC over a server's stdio, reads
in a thread so the server never blocks on a full pipe, and answers the server's own requests."""
import json
import queue
import subprocess
import threading
import time


def frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def encode(message) -> bytes:
    return frame(json.dumps(message).encode())


class Client:
    def __init__(self, argv, cwd=None, stderr=None):
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=stderr if stderr is not None else subprocess.DEVNULL,
                                     cwd=cwd, bufsize=0)
        self.inbox = queue.Queue()
        self.write_lock = threading.Lock()
        self.next_id = 1
        self.server_requests = []  # (method, params) the server asked of us
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    # ------------------------------------------------------------------ output
    def write_raw(self, data: bytes):
        with self.write_lock:
            self.proc.stdin.write(data)

    def send(self, message):
        self.write_raw(encode(message))

    def notify(self, method, params=None):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)

    def request(self, method, params=None, rid=None):
        if rid is None:
            rid = self.next_id
            self.next_id += 1
        message = {"jsonrpc": "2.0", "id": rid, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)
        return rid

    def close_stdin(self):
        try:
            self.proc.stdin.close()
        except OSError:
            pass

    # ------------------------------------------------------------------ input
    def _input(self):
        """The byte stream the server's messages arrive on."""
        return self.proc.stdout

    def _read(self):
        stream = self._input()
        try:
            while True:
                length = None
                while True:
                    line = stream.readline()
                    if not line:
                        return
                    line = line.strip()
                    if not line:
                        break
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value.strip())
                if length is None:
                    self.inbox.put({"__bad_frame__": True})
                    continue
                body = b""
                while len(body) < length:
                    chunk = stream.read(length - len(body))
                    if not chunk:
                        return
                    body += chunk
                try:
                    message = json.loads(body)
                except ValueError:
                    message = {"__bad_json__": body[:200].decode("utf-8", "replace")}
                if isinstance(message, dict) and "method" in message and "id" in message:
                    self._answer(message)
                self.inbox.put(message)
        except (OSError, ValueError):  # a reset socket or an unreadable header ends the session
            return
        finally:
            self.inbox.put(None)

    def _answer(self, message):
        method = message["method"]
        params = message.get("params") or {}
        self.server_requests.append((method, params))
        result = None
        if method == "workspace/configuration":
            result = [None for _ in params.get("items", [])]
        elif method == "workspace/applyEdit":
            result = {"applied": False, "failureReason": "test client applies nothing"}
        try:
            self.send({"jsonrpc": "2.0", "id": message["id"], "result": result})
        except OSError:
            pass

    def next_message(self, timeout):
        """The next message, or None at EOF or timeout."""
        try:
            return self.inbox.get(timeout=timeout)
        except queue.Empty:
            return None

    def wait_for(self, accept, timeout=10.0, seen=None):
        """The first message `accept` likes; the others go to `seen` when given."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            message = self.next_message(remaining)
            if message is None:
                return None
            if accept(message):
                return message
            if seen is not None:
                seen.append(message)

    def response(self, rid, timeout=10.0, seen=None):
        return self.wait_for(lambda m: isinstance(m, dict) and m.get("id") == rid and "method" not in m,
                             timeout, seen)

    def call(self, method, params=None, timeout=10.0):
        return self.response(self.request(method, params), timeout)

    def initialize(self, root_uri, capabilities=None, options=None):
        caps = capabilities if capabilities is not None else default_capabilities()
        reply = self.call("initialize", {"processId": None, "rootUri": root_uri, "capabilities": caps,
                                         "workspaceFolders": [{"uri": root_uri, "name": "ws"}] if root_uri else None,
                                         "initializationOptions": options or {}})
        self.notify("initialized", {})
        return reply

    def shutdown(self, timeout=10.0):
        """shutdown + exit; returns the exit code or None if the process did not end."""
        try:
            self.call("shutdown", None, timeout)
            self.notify("exit")
        except OSError:
            pass
        self.close_stdin()
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            return None


def default_capabilities(pull=False):
    text_document = {
        "synchronization": {"didSave": True},
        "hover": {"contentFormat": ["markdown", "plaintext"]},
        "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix", "refactor", "source"]}}},
        "inlayHint": {},
        "publishDiagnostics": {"versionSupport": True},
    }
    if pull:
        text_document["diagnostic"] = {}
    return {"textDocument": text_document,
            "workspace": {"configuration": True, "workspaceFolders": True, "applyEdit": True},
            "general": {"positionEncodings": ["utf-16"]}}


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0
