"""Speaking the Language Server Protocol from Python: the one client every script that drives
a server uses (the transcript runner, the TCP and fuzz tests, the robustness tests, the
benchmarks, scripts/run-examples.sh). Standard library only.

  frame(body) / encode(message)   a body with its Content-Length header / a message, framed
  FrameReader                     cuts messages out of bytes fed in chunks of any size
  Client                          a server over a process's stdio (or a TCP connection): sends
                                  requests and notifications; a reader thread queues what
                                  arrives, stamped with its arrival time, and answers the
                                  server's own requests unless the caller wants to
"""
import json
import queue
import subprocess
import threading
import time

CHUNK = 65536
HEADER_END = b"\r\n\r\n"


def frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def encode(message) -> bytes:
    return frame(json.dumps(message).encode())


class Malformed:
    """What arrived where a message was due: a header block without a readable Content-Length
    ("bad-frame"), or a body that is not JSON ("bad-json")."""

    def __init__(self, what, data: bytes):
        self.what, self.data = what, bytes(data)

    def __repr__(self):
        return f"{self.what}: {self.data[:200]!r}"


def content_length(header: bytes):
    """The Content-Length of a header block, or None when it has none that reads as a size."""
    for line in header.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            try:
                length = int(value.strip())
            except ValueError:
                return None
            return length if length >= 0 else None
    return None


class FrameReader:
    """Cuts messages out of a byte stream: feed() it what arrives, it returns each message
    completed so far (parsed JSON, or Malformed)."""

    def __init__(self):
        self.buffer = bytearray()

    def feed(self, chunk: bytes) -> list:
        self.buffer += chunk
        messages = []
        while True:
            head_end = self.buffer.find(HEADER_END)
            if head_end < 0:
                return messages
            length = content_length(bytes(self.buffer[:head_end]))
            if length is None:
                messages.append(Malformed("bad-frame", self.buffer[:head_end]))
                del self.buffer[:head_end + len(HEADER_END)]
                continue
            start = head_end + len(HEADER_END)
            if len(self.buffer) < start + length:
                return messages
            body = bytes(self.buffer[start:start + length])
            del self.buffer[:start + length]
            try:
                messages.append(json.loads(body))
            except ValueError:
                messages.append(Malformed("bad-json", body))


def answer_plainly(method, params):
    """What a client that does little answers the server's requests with: no settings, no
    edits applied, and null for the rest (registrations, progress tokens)."""
    if method == "workspace/configuration":
        return [None for _ in params.get("items", [])]
    if method == "workspace/applyEdit":
        return {"applied": False, "failureReason": "test client applies nothing"}
    return None


def default_capabilities(pull=False):
    """An editor's usual capabilities; `pull` asks for pull diagnostics."""
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


class Client:
    """A language server over its stdin and stdout (or, from over_socket, a TCP connection).

    stderr is Popen's: DEVNULL by default, None to inherit, a file, or subprocess.PIPE to keep
    it (stderr_text()). answer(method, params) gives the result for each request the server
    sends, answered from the reader thread; None leaves them in the queue for the caller.
    The queue ends with None once the server's output ends (`closed` is then True)."""

    def __init__(self, argv, cwd=None, stderr=subprocess.DEVNULL, answer=answer_plainly):
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr,
                                     cwd=cwd, bufsize=0)
        self._stderr_chunks = []
        if stderr is subprocess.PIPE:
            threading.Thread(target=self._drain_stderr, daemon=True).start()
        self._start(self.proc.stdout, self._write_to_process, answer)

    @classmethod
    def over_socket(cls, sock, answer=answer_plainly):
        client = cls.__new__(cls)
        client.proc = None
        client._stderr_chunks = []
        client._start(sock.makefile("rb"), sock.sendall, answer)
        return client

    def _start(self, stream, write, answer):
        self._stream, self._write, self._answer = stream, write, answer
        self.inbox = queue.Queue()
        self.write_lock = threading.Lock()
        self.next_id = 1
        self.closed = False
        threading.Thread(target=self._read, daemon=True).start()

    # ------------------------------------------------------------------ output
    def _write_to_process(self, data):
        view = memoryview(data)
        while view:
            view = view[self.proc.stdin.write(view):]

    def write(self, data: bytes):
        """Raw bytes to the server, in one piece; OSError once it stopped reading."""
        with self.write_lock:
            self._write(data)

    def send(self, message):
        self.write(encode(message))

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

    def close_input(self):
        """Closes the server's stdin (for a TCP connection, the caller closes the socket)."""
        if self.proc is None:
            return
        try:
            self.proc.stdin.close()
        except OSError:
            pass

    # ------------------------------------------------------------------ input
    def _read(self):
        reader = FrameReader()
        read = getattr(self._stream, "read1", self._stream.read)
        try:
            while True:
                chunk = read(CHUNK)
                if not chunk:
                    return
                now = time.perf_counter()
                for message in reader.feed(chunk):
                    if self._answer is not None and isinstance(message, dict) and "method" in message \
                            and "id" in message:
                        self._answer_request(message)
                    self.inbox.put((now, message))
        except (OSError, ValueError):  # a reset or timed-out socket, a closed pipe: the end
            return
        finally:
            self.closed = True
            self.inbox.put((time.perf_counter(), None))

    def _answer_request(self, message):
        result = self._answer(message["method"], message.get("params") or {})
        try:
            self.send({"jsonrpc": "2.0", "id": message["id"], "result": result})
        except OSError:
            pass

    def _drain_stderr(self):
        while True:
            chunk = self.proc.stderr.read(CHUNK)
            if not chunk:
                return
            self._stderr_chunks.append(chunk)

    def stderr_text(self) -> str:
        """What the server wrote to stderr so far (with stderr=subprocess.PIPE)."""
        return b"".join(self._stderr_chunks).decode("utf-8", "replace")

    def next_stamped(self, timeout):
        """(arrival time, message) of the next message; the message is None at EOF or timeout."""
        if self.closed and self.inbox.empty():
            return None, None  # nothing more can come
        try:
            return self.inbox.get(timeout=timeout)
        except queue.Empty:
            return None, None

    def next_message(self, timeout):
        """The next message, or None at EOF or timeout."""
        return self.next_stamped(timeout)[1]

    def wait_for_stamped(self, accept, timeout=10.0, seen=None):
        """(arrival time, message) of the first message `accept` likes, (None, None) at EOF or
        timeout; the others go to `seen` when given."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None, None
            when, message = self.next_stamped(remaining)
            if message is None:
                return None, None
            if accept(message):
                return when, message
            if seen is not None:
                seen.append(message)

    def wait_for(self, accept, timeout=10.0, seen=None):
        return self.wait_for_stamped(accept, timeout, seen)[1]

    def response(self, rid, timeout=10.0, seen=None):
        return self.wait_for(lambda m: isinstance(m, dict) and m.get("id") == rid and "method" not in m,
                             timeout, seen)

    def call(self, method, params=None, timeout=10.0):
        return self.response(self.request(method, params), timeout)

    # ------------------------------------------------------------------ lifecycle
    def initialize(self, root_uri, capabilities=None, options=None):
        caps = capabilities if capabilities is not None else default_capabilities()
        reply = self.call("initialize", {"processId": None, "rootUri": root_uri, "capabilities": caps,
                                         "workspaceFolders": [{"uri": root_uri, "name": "ws"}] if root_uri else None,
                                         "initializationOptions": options or {}})
        self.notify("initialized", {})
        return reply

    def shutdown(self, timeout=10.0):
        """shutdown + exit; the exit code, or None if the process did not end (or is not ours)."""
        try:
            self.call("shutdown", None, timeout)
            self.notify("exit")
        except OSError:
            pass
        if self.proc is None:
            return None
        self.close_input()
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            return None
