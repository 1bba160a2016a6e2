"""Fixture workspaces with position markers for transcripts, so ranges are never counted by hand.

Fixture text marks places with:
  [[name:TEXT]]   a range called `name` around TEXT (ranges may nest)
  [[name]]        an empty range (a cursor position) called `name`
Markers are stripped before a file is written to the session's temporary workspace.

Transcript directives handled here:
  workspace> DIR [DIR...]   copy DIR (relative to the transcript, else to the repository)
                            into a fresh temporary directory, markers stripped; later DIRs
                            are layered over earlier ones
  file> PATH "json string"  write a file into the workspace (markers stripped)
  rm> PATH                  delete a file from the workspace

Substitutions in every later line ({{any}} is left for the matcher):
  {{root}} / {{rootPath}}         the workspace as a file:// URI / as a path (Windows
                                  spellings for a Windows server: see path_to_uri)
  {{uri:PATH}}                    file:// URI of a workspace file
  {{text:PATH}}                   the stripped file content, escaped for use inside a JSON string
  {{range:PATH#NAME}}             the marker as an LSP range object (UTF-16 columns);
                                  PATH@TEXT instead of PATH#NAME: the first occurrence of TEXT
                                  (for files without markers, such as examples/)
  {{range8:PATH#NAME}}            the same with UTF-8 columns (byte offsets in the line)
  {{start:PATH#NAME}} / {{end:PATH#NAME}}   the range's start or end position object
  {{start8:PATH#NAME}} / {{end8:PATH#NAME}} the same with UTF-8 columns
  {{lastRequestId}}               the id of the last request the server sent us
"""
import json
import os
import re
import shutil
import tempfile
import urllib.parse

MARKER = re.compile(r"\[\[([A-Za-z_][\w.-]*)(:?)|\]\]")
TOKEN = re.compile(r"\{\{(root|rootPath|lastRequestId|(?:uri|text|range8?|start8?|end8?):[^}]+)\}\}")
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class MarkerError(Exception):
    pass


def strip_markers(text: str):
    """Returns (clean text, {name: (begin, end)}) with offsets in characters of the clean text."""
    out = []
    ranges = {}
    open_ranges = []  # (name, begin)
    length = 0
    pos = 0

    def keep(chunk):
        nonlocal length
        out.append(chunk)
        length += len(chunk)

    while True:
        m = MARKER.search(text, pos)
        if not m:
            break
        keep(text[pos:m.start()])
        pos = m.end()
        if m.group(0) == "]]":
            if open_ranges:
                name, begin = open_ranges.pop()
                ranges[name] = (begin, length)
            else:
                keep("]]")  # a literal "]]" (nested JSON arrays)
        elif m.group(2):  # "[[name:" opens a range
            open_ranges.append((m.group(1), length))
        elif text.startswith("]]", pos):  # "[[name]]": a position
            pos += 2
            ranges[m.group(1)] = (length, length)
        else:
            keep(m.group(0))
    keep(text[pos:])
    if open_ranges:
        raise MarkerError(f"unclosed marker(s): {', '.join(n for n, _ in open_ranges)}")
    return "".join(out), ranges


def position(text: str, offset: int, encoding: str = "utf-16"):
    """LSP position of a character offset into `text`."""
    before = text[:offset]
    line = before.count("\n")
    column_text = before[before.rfind("\n") + 1:]
    if encoding == "utf-8":
        character = len(column_text.encode("utf-8"))
    else:
        character = len(column_text.encode("utf-16-le")) // 2
    return {"line": line, "character": character}


def path_to_uri(path: str, windows: bool = False) -> str:
    """A file:// URI as the client spells it. `windows`: the path seen from a Windows server
    running under wine, where drive Z: is the Unix root; VS Code writes the drive letter in
    lower case with its colon escaped (file:///z%3A/tmp/x)."""
    if windows:
        return "file:///z%3A" + urllib.parse.quote(path)
    return "file://" + urllib.parse.quote(path)


class Workspace:
    def __init__(self, windows: bool = False):
        self.windows = windows
        self.dir = None
        self.files = {}  # relative path -> (clean text, markers)

    def close(self):
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    def _resolve(self, transcript_dir: str, given: str) -> str:
        for base in (transcript_dir, REPO):
            candidate = os.path.normpath(os.path.join(base, given))
            if os.path.isdir(candidate):
                return candidate
        raise MarkerError(f"no fixture directory {given!r}")

    def _write(self, rel: str, raw: str):
        clean, ranges = strip_markers(raw)
        target = os.path.join(self.dir, rel)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8", newline="") as f:
            f.write(clean)
        self.files[rel] = (clean, ranges)

    def handle(self, directive: str, rest: str, transcript_dir: str) -> bool:
        """Runs a directive of this module; False when it is not one."""
        if directive == "workspace>":
            if self.dir is None:
                # realpath: the server canonicalises paths (/tmp may be a symlink).
                self.dir = os.path.realpath(tempfile.mkdtemp(prefix="stackls-e2e-"))
            for given in rest.split():
                source = self._resolve(transcript_dir, given)
                for base, _, names in os.walk(source):
                    for name in names:
                        full = os.path.join(base, name)
                        rel = os.path.relpath(full, source)
                        with open(full, encoding="utf-8", newline="") as f:
                            self._write(rel, f.read())
            return True
        if directive == "file>":
            self._need_dir()
            rel, _, content = rest.partition(" ")
            self._write(rel, json.loads(content))
            return True
        if directive == "rm>":
            self._need_dir()
            os.remove(os.path.join(self.dir, rest))
            self.files.pop(rest, None)
            return True
        return False

    def _need_dir(self):
        if self.dir is None:
            raise MarkerError("no workspace> directive before this line")

    def _marker(self, spec: str):
        if "#" not in spec and "@" in spec:
            rel, _, needle = spec.partition("@")
            if rel not in self.files:
                raise MarkerError(f"no fixture file {rel!r}")
            text = self.files[rel][0]
            at = text.find(needle)
            if at < 0:
                raise MarkerError(f"{rel} does not contain {needle!r}")
            return text, (at, at + len(needle))
        rel, _, name = spec.partition("#")
        if rel not in self.files:
            raise MarkerError(f"no fixture file {rel!r}")
        text, ranges = self.files[rel]
        if name not in ranges:
            raise MarkerError(f"{rel} has no marker {name!r} (it has: {', '.join(sorted(ranges)) or 'none'})")
        return text, ranges[name]

    def substitute(self, line: str, received=()) -> str:
        """Replaces the tokens in `line`; `received` is what the server sent so far."""
        def replace(m):
            token = m.group(1)
            if token == "lastRequestId":
                requests = [r for r in received if isinstance(r, dict) and "method" in r and "id" in r]
                if not requests:
                    raise MarkerError("the server has sent no request yet")
                return json.dumps(requests[-1]["id"])
            self._need_dir()
            if token == "root":
                return path_to_uri(self.dir, self.windows)
            if token == "rootPath":
                if self.windows:  # as Windows spells it: upper-case drive, backslashes
                    return json.dumps("Z:" + self.dir.replace("/", "\\"))[1:-1]
                return self.dir
            kind, _, spec = token.partition(":")
            if kind == "uri":
                return path_to_uri(os.path.join(self.dir, spec), self.windows)
            if kind == "text":
                if spec not in self.files:
                    raise MarkerError(f"no fixture file {spec!r}")
                return json.dumps(self.files[spec][0])[1:-1]
            text, (begin, end) = self._marker(spec)
            encoding = "utf-8" if kind.endswith("8") else "utf-16"
            start, stop = position(text, begin, encoding), position(text, end, encoding)
            if kind.startswith("start"):
                return json.dumps(start)
            if kind.startswith("end"):
                return json.dumps(stop)
            return json.dumps({"start": start, "end": stop})

        return TOKEN.sub(replace, line)
