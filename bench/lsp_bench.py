#!/usr/bin/env python3
"""Side-by-side latency and memory benchmark of stdio language servers: stackls, the floor
server (bench/floor_server.cpp) and a peer (vscode-json-language-server), plus, on a generated
monorepo, the language server's whole-workspace analysis and `stackls check` against
@specfy/stack-analyser. Prints a markdown report.

Every measurement runs in several fresh processes and reports the median across them.
Python 3 standard library only. See docs/performance.md for the numbers and how to read them.
"""
import argparse
import json
import os
import pathlib
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

# One answer slower than this counts as missing, not as a number (--wait changes it).
WAIT_SECONDS = [30.0]
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent


# ----------------------------------------------------------------------------- inputs

# Names that the knowledge base has opinions about, so stackls does real work on them;
# the rest of a large manifest is made of plausible invented names.
NPM_NAMES = ["express", "react", "next", "@tensorflow/tfjs-node", "sharp", "socket.io", "pg",
             "mongoose", "lodash", "axios", "typescript", "jest", "electron", "puppeteer",
             "brain.js", "onnxruntime-node", "fastify", "koa", "redis", "bull"]
PYPI_NAMES = ["django", "flask", "fastapi", "numpy", "pandas", "torch", "tensorflow", "scikit-learn",
              "requests", "celery", "uvicorn", "gunicorn", "sqlalchemy", "pydantic", "matplotlib",
              "scipy", "jupyter", "transformers", "boto3", "pytest"]


def catalogue_names(file_name, fallback):
    """Package names from knowledge/data/<file_name> when it is there (any shape of JSON
    with "name" fields), so the inputs track what the knowledge base knows."""
    path = ROOT / "knowledge" / "data" / file_name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return list(fallback)
    names = []

    def walk(value):
        if isinstance(value, dict):
            name = value.get("name")
            if isinstance(name, str):
                names.append(name)
            for child in value.values():
                walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)

    walk(data)
    return names or list(fallback)


def invented_npm(i):
    return f"@bench-scope-{i % 97}/generated-package-{i:05d}"


def package_json(deps, dev_deps=0, filler_to=0, seed=1):
    rng = random.Random(seed)
    known = catalogue_names("packages-npm.json", NPM_NAMES)
    names = [known[i] if i < len(known) and i < deps // 2 else invented_npm(i) for i in range(deps + dev_deps)]
    spec = lambda: rng.choice(["^1.2.3", "~4.18.2", ">=2.0.0 <3", "18.2.0", "latest", "^0.32.6 || ^1"])
    doc = {
        "name": "bench-app",
        "version": "1.0.0",
        "description": "A generated manifest for benchmarking language servers",
        "scripts": {"start": "node server.js", "test": "jest"},
        "dependencies": {n: spec() for n in names[:deps]},
        "devDependencies": {n: spec() for n in names[deps:]},
    }
    text = json.dumps(doc, indent=2)
    if filler_to > len(text):
        # Large real manifests are large because of long lists (files, contributors).
        files = []
        size = len(text)
        while size < filler_to:
            entry = f"dist/generated/module-{len(files):07d}/index.min.js"
            files.append(entry)
            size += len(entry) + 8
        doc["files"] = files
        text = json.dumps(doc, indent=2)
    return text + "\n"


def monorepo_root_package_json(target_bytes=4_900_000, seed=4):
    """A package.json shaped like a large monorepo root: most of its bytes are dependencies
    spread over dependencies, devDependencies and peerDependencies, beside large overrides,
    exports, scripts, peerDependenciesMeta sections and a workspaces list."""
    rng = random.Random(seed)
    known = catalogue_names("packages-npm.json", NPM_NAMES)
    spec = lambda: rng.choice(["^1.2.3", "~4.18.2", ">=2.0.0 <3", "18.2.0", "workspace:*", "^0.32.6 || ^1"])
    sections = {"dependencies": {}, "devDependencies": {}, "peerDependencies": {}}
    doc = {"name": "bench-monorepo", "version": "0.0.0", "private": True,
           "description": "A generated monorepo root for benchmarking language servers",
           "workspaces": [f"packages/group-{g:03d}/*" for g in range(200)],
           "scripts": {f"build:pkg-{i:04d}": f"tsc -b packages/pkg-{i:04d} && node scripts/post.js {i}" for i in range(2000)},
           "exports": {f"./module-{i:05d}": {"import": f"./dist/esm/module-{i:05d}.mjs",
                                             "require": f"./dist/cjs/module-{i:05d}.cjs"} for i in range(4000)},
           "overrides": {invented_npm(100_000 + i): spec() for i in range(3000)},
           "peerDependenciesMeta": {invented_npm(200_000 + i): {"optional": True} for i in range(2000)}}
    doc.update(sections)
    names = iter(known[:len(known) // 2])
    order = ["dependencies", "devDependencies", "peerDependencies"]
    i = 0
    size = len(json.dumps(doc, indent=2))
    while size < target_bytes:
        name = next(names, None) or f"@team-{i % 89}/package-{i:05d}-lib"
        value = spec()
        sections[order[i % 3]][name] = value
        size += len(name) + len(value) + 12
        i += 1
    return json.dumps(doc, indent=2) + "\n"


def requirements(lines, seed=2, first=0):
    """`lines` requirements (a hashed one takes two text lines); names from number `first` on."""
    rng = random.Random(seed)
    known = catalogue_names("packages-pypi.json", PYPI_NAMES)
    out = ["# generated for benchmarking", "-r base-requirements.txt", "-c constraints.txt"]
    i = first
    while len(out) < lines:
        name = known[i] if i < len(known) else f"generated-dist-{i:05d}"
        kind = i % 5
        if kind == 0:
            out.append(f"{name}[extra-one,extra-two]>={rng.randint(1, 9)}.{rng.randint(0, 20)},<{rng.randint(10, 20)}")
        elif kind == 1:
            out.append(f"{name}=={rng.randint(0, 5)}.{rng.randint(0, 30)}.{rng.randint(0, 9)} ; python_version >= \"3.9\" and sys_platform != \"win32\"")
        elif kind == 2:
            digest = "%064x" % rng.getrandbits(256)
            out.append(f"{name}==1.{i % 50}.0 \\\n    --hash=sha256:{digest}")
        elif kind == 3:
            out.append(f"{name}~=2.{i % 30}  # pinned for the benchmark")
        else:
            out.append(name)
        i += 1
    return "\n".join(out) + "\n"


def requirements_with_includes(lines, parts, seed=5):
    """A requirements set of `lines` requirements in `parts` files: the opened one and
    requirements/part-1.txt … part-N.txt, each including the next with `-r` (a chain `parts`
    deep, as pip follows it), every name different. Returns (opened text, {relative path: text})."""
    share = lines // parts
    # The opened part keeps its -r base-requirements.txt / -c constraints.txt header lines.
    texts = [requirements(share, seed=seed + i, first=i * share) for i in range(parts)]
    texts[1:] = [t.split("\n", 3)[3] for t in texts[1:]]
    names = [f"requirements/part-{i}.txt" for i in range(1, parts)]
    opened = texts[0] + f"-r {names[0]}\n"
    extra = {"base-requirements.txt": "flask>=2\nnumpy==1.26.4\n", "constraints.txt": "numpy<2\n"}
    for i, name in enumerate(names):
        below = f"-r part-{i + 2}.txt\n" if i + 1 < len(names) else ""
        extra[name] = texts[i + 1] + below
    return opened, extra


def pyproject_toml(deps, seed=3):
    """A PEP 621 pyproject.toml whose [project] dependencies array has `deps` entries."""
    rng = random.Random(seed)
    known = catalogue_names("packages-pypi.json", PYPI_NAMES)
    names = [known[i] if i < len(known) and i < deps // 2 else f"generated-dist-{i:05d}" for i in range(deps)]
    spec = lambda: rng.choice([">=1.2", "==2.0.1", "~=3.4", ">=0.9,<2", "", "[extra]>=1"])
    out = ["[project]", 'name = "bench-app"', 'version = "1.0.0"', 'requires-python = ">=3.10"',
           "dependencies = ["]
    out += [f'    "{name}{spec()}",' for name in names]
    out += ["]", "", "[tool.stackls]", 'useCase = "backend"']
    return "\n".join(out) + "\n"


def dependency_positions(text, kind, limit=400):
    """(line, character) of the middle of dependency names: where a user hovers or types.
    Characters are UTF-16 units; the generated inputs are ASCII, so bytes equal units."""
    positions = []
    for line_no, line in enumerate(text.split("\n")):
        if kind == "pyproject":
            if line.startswith('    "'):
                end = 5
                while end < len(line) and (line[end].isalnum() or line[end] in "-_."):
                    end += 1
                if end - 5 >= 3:
                    positions.append((line_no, 5 + (end - 5) // 2))
        elif kind == "npm":
            stripped = line.lstrip()
            if stripped.startswith('"') and '": "' in stripped and line.startswith("    "):
                col = line.index('"') + 1
                end = line.index('"', col)
                if end - col >= 3 and not line[col:end].startswith("dist/"):
                    positions.append((line_no, col + (end - col) // 2))
        else:
            if line and line[0].isalpha():
                end = 0
                while end < len(line) and (line[end].isalnum() or line[end] in "-_."):
                    end += 1
                if end >= 3:
                    positions.append((line_no, end // 2))
        if len(positions) >= limit:
            break
    return positions


class Input:
    def __init__(self, key, label, file_name, text, kind, extra_files=None):
        self.key, self.label, self.file_name, self.text, self.kind = key, label, file_name, text, kind
        self.extra_files = extra_files or {}
        self.positions = dependency_positions(text, kind)


def make_inputs(smoke):
    base = "flask>=2\nnumpy==1.26.4\n"
    constraints = "numpy<2\n"
    extra = {"base-requirements.txt": base, "constraints.txt": constraints}
    chain, chain_files = requirements_with_includes(20_000, 10)
    if smoke:
        return [Input("pkg-tiny", "package.json, 5 deps", "package.json", package_json(5), "npm"),
                Input("req-tiny", "requirements.txt, 8 lines", "requirements.txt", requirements(8), "pip", extra)]
    return [
        Input("pkg-40", "package.json, 40 deps", "package.json", package_json(30, 10), "npm"),
        Input("pkg-3000", "package.json, 3,000 deps", "package.json", package_json(2000, 1000), "npm"),
        Input("pkg-5mb", "package.json, ~5 MB", "package.json", package_json(2000, 1000, filler_to=5_000_000), "npm"),
        Input("pkg-monorepo", "package.json, 4.9 MB monorepo root", "package.json",
              monorepo_root_package_json(), "npm"),
        Input("req-40", "requirements.txt, 40 lines", "requirements.txt", requirements(40), "pip", extra),
        Input("req-5000", "requirements.txt, 5,000 lines", "requirements.txt", requirements(5000), "pip", extra),
        Input("req-20000-includes", "requirements.txt, ~20,000 requirements over a chain of ten -r files",
              "requirements.txt", chain, "pip", chain_files),
        # Both stacks' manifests at once: the pyproject.toml is the open document, the
        # package.json beside it is read from disk and takes part in every judgement.
        Input("pyproject-2000", "pyproject.toml, 2,000 deps, beside a package.json of 2,000", "pyproject.toml",
              pyproject_toml(2000), "pyproject", {"package.json": package_json(2000)}),
    ]


# ----------------------------------------------------------------------------- LSP client

sys.path.insert(0, str(ROOT / "scripts"))
from lsp_client import Client  # noqa: E402


def path_to_uri(path):
    return pathlib.Path(path).resolve().as_uri()


class Session:
    """One server process (a scripts/lsp_client.py Client): the arrival time of each message
    and the process's peak memory, sampled while it runs."""

    def __init__(self, argv, root, log):
        self.started = time.perf_counter()
        self.client = Client(argv, cwd=root, stderr=log)
        self.proc = self.client.proc
        self.peak_kb = 0
        self.alive = True
        threading.Thread(target=self._sample_memory, daemon=True).start()

    def _sample_memory(self):
        # VmHWM is already a peak; sampling keeps the last value seen before exit.
        path = f"/proc/{self.proc.pid}/status"
        while self.alive and not self.client.closed:
            self.peak_kb = max(self.peak_kb, read_hwm_kb(path))
            time.sleep(0.02)

    def notify(self, method, params):
        self.client.notify(method, params)

    def request(self, method, params):
        return self.client.request(method, params)

    def wait_for(self, accept, timeout=None):
        """Arrival time and message of the first message `accept` likes; others are dropped."""
        return self.client.wait_for_stamped(lambda m: isinstance(m, dict) and accept(m),
                                            WAIT_SECONDS[0] if timeout is None else timeout)

    def call(self, method, params):
        """Round-trip time in ms of one request, and its result; (None, None) on timeout or error."""
        sent = time.perf_counter()
        rid = self.request(method, params)
        when, message = self.wait_for(lambda m: m.get("id") == rid and "method" not in m)
        # An error answer (MethodNotFound from a server without the feature) is no latency.
        if when is None or "error" in message:
            return None, None
        return (when - sent) * 1000, message.get("result")

    def finish(self):
        """shutdown + exit; returns (cpu seconds, peak RSS kB) from the kernel's own accounting."""
        self.peak_kb = max(self.peak_kb, read_hwm_kb(f"/proc/{self.proc.pid}/status"))
        try:
            self.call("shutdown", None)
            self.notify("exit", None)
            self.client.close_input()
        except OSError:
            pass
        status, usage, peak_kb = wait_sampling(self.proc, timeout=10)
        self.alive = False
        return usage.ru_utime + usage.ru_stime, max(self.peak_kb, peak_kb)


def wait_sampling(proc, timeout=None):
    """Waits for `proc`, sampling its VmHWM; returns (status, rusage, peak kB). The kernel's
    ru_maxrss is not used: it counts the forked Python before exec replaced it."""
    path = f"/proc/{proc.pid}/status"
    deadline = None if timeout is None else time.monotonic() + timeout
    peak_kb = 0
    while True:
        peak_kb = max(peak_kb, read_hwm_kb(path))
        got, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if got:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return status, usage, peak_kb
        if deadline is not None and time.monotonic() > deadline:
            proc.kill()
            deadline = None
        time.sleep(0.002)


def read_hwm_kb(path):
    try:
        with open(path) as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def percentile(values, p):
    if not values:
        return None
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


# ----------------------------------------------------------------------------- one run

def client_capabilities(pull):
    text_document = {
        "synchronization": {"dynamicRegistration": False, "didSave": True},
        "hover": {"contentFormat": ["markdown", "plaintext"]},
        "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix", "refactor", "source"]}}},
        "inlayHint": {},
        "publishDiagnostics": {"versionSupport": True},
    }
    if pull:
        text_document["diagnostic"] = {"dynamicRegistration": False, "relatedDocumentSupport": False}
    return {"textDocument": text_document, "workspace": {"configuration": True, "workspaceFolders": True},
            "general": {"positionEncodings": ["utf-16"]}}


def is_diagnostics_for(uri, version):
    def accept(message):
        if message.get("method") != "textDocument/publishDiagnostics":
            return False
        params = message.get("params") or {}
        if params.get("uri") != uri:
            return False
        # A server that sends no version is taken at its word that this is the latest.
        return params.get("version") in (None, version)
    return accept


LANGUAGE_IDS = {"npm": "json", "pip": "pip-requirements", "pyproject": "toml"}


def run_session(server, item, workdir, args, pull):
    """One fresh process through the whole script; returns {metric: value}."""
    root = pathlib.Path(workdir)
    (root / item.file_name).write_text(item.text, encoding="utf-8")
    for name, text in item.extra_files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    uri = path_to_uri(root / item.file_name)
    doc = {"uri": uri}
    result = {}
    with open(root / f"{server['key']}.stderr.log", "ab") as log:
        session = Session(server["argv"], root, log)
        rid = session.request("initialize", {
            "processId": os.getpid(), "rootUri": path_to_uri(root), "capabilities": client_capabilities(pull),
            "workspaceFolders": [{"uri": path_to_uri(root), "name": root.name}],
            "initializationOptions": {}, "clientInfo": {"name": "lsp_bench"}})
        when, _ = session.wait_for(lambda m: m.get("id") == rid)
        result["startup"] = None if when is None else (when - session.started) * 1000
        session.notify("initialized", {})

        # Open: from didOpen to the first diagnostics (pushed, or pulled right away).
        version = 1
        sent = time.perf_counter()
        session.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": LANGUAGE_IDS[item.kind],
            "version": version, "text": item.text}})
        if pull:
            ms, _ = session.call("textDocument/diagnostic", {"textDocument": doc})
            result["open"] = ms
        else:
            when, _ = session.wait_for(is_diagnostics_for(uri, version))
            result["open"] = None if when is None else (when - sent) * 1000

        positions = item.positions or [(0, 0)]
        hovers = []
        for i in range(args.hovers):
            line, col = positions[i % len(positions)]
            ms, _ = session.call("textDocument/hover", {"textDocument": doc, "position": {"line": line, "character": col}})
            if ms is None:
                break  # one timeout is enough to report the metric missing
            hovers.append(ms)
        complete = len(hovers) == args.hovers
        result["hover_p50"] = percentile(hovers, 50) if complete else None
        result["hover_p99"] = percentile(hovers, 99) if complete else None

        actions, hints = [], []
        for i in range(args.requests):
            line, col = positions[i % len(positions)]
            ms, _ = session.call("textDocument/codeAction", {
                "textDocument": doc,
                "range": {"start": {"line": line, "character": col}, "end": {"line": line, "character": col}},
                "context": {"diagnostics": [], "triggerKind": 2}})
            if ms is None:
                break
            actions.append(ms)
            # A screenful of hints, as an editor asks for the visible range.
            ms, _ = session.call("textDocument/inlayHint", {
                "textDocument": doc,
                "range": {"start": {"line": max(0, line - 30), "character": 0}, "end": {"line": line + 30, "character": 0}}})
            if ms is None:
                break
            hints.append(ms)
        complete = len(actions) == len(hints) == args.requests
        result["action_p50"] = percentile(actions, 50) if complete else None
        result["hint_p50"] = percentile(hints, 50) if complete else None

        # Typing: one character inserted into a dependency name, then the diagnostics
        # for exactly that version.
        changes = []
        for i in range(args.changes):
            line, col = positions[(i * 7) % len(positions)]
            version += 1
            sent = time.perf_counter()
            session.notify("textDocument/didChange", {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"range": {"start": {"line": line, "character": col},
                                              "end": {"line": line, "character": col}}, "text": "x"}]})
            if pull:
                ms, _ = session.call("textDocument/diagnostic", {"textDocument": doc})
            else:
                when, _ = session.wait_for(is_diagnostics_for(uri, version))
                ms = None if when is None else (when - sent) * 1000
            if ms is None:
                break
            changes.append(ms)
        complete = len(changes) == args.changes
        result["change_p50"] = percentile(changes, 50) if complete else None
        result["change_p99"] = percentile(changes, 99) if complete else None

        cpu, peak_kb = session.finish()
        result["cpu"] = cpu * 1000
        result["rss"] = peak_kb / 1024
    return result


def median_of_runs(runs):
    keys = {k for r in runs for k in r}
    out = {}
    for key in keys:
        values = [r[key] for r in runs if r.get(key) is not None]
        # A metric missing in any run is reported missing: a median over survivors would hide it.
        out[key] = statistics.median(values) if len(values) == len(runs) and values else None
    return out


# ----------------------------------------------------------------------------- monorepo check

def make_monorepo(root, projects):
    """A monorepo of `projects` members under packages/: the root package.json lists them in
    `workspaces`; members alternate between package.json and requirements files (with -r/-c
    includes), every tenth also has requirements.txt and every tenth (offset 5) a pyproject.toml."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "package.json").write_text(json.dumps({
        "name": "bench-monorepo", "private": True, "workspaces": ["packages/*"],
        "devDependencies": {"typescript": "^5.4.0", "jest": "^29.7.0"}}, indent=2) + "\n", encoding="utf-8")
    for i in range(projects):
        project = root / "packages" / f"project-{i:04d}"
        project.mkdir(parents=True, exist_ok=True)
        if i % 2 == 0:
            (project / "package.json").write_text(package_json(15, 5, seed=i), encoding="utf-8")
        else:
            (project / "requirements.txt").write_text(requirements(20, seed=i), encoding="utf-8")
            (project / "base-requirements.txt").write_text("flask>=2\n", encoding="utf-8")
            (project / "constraints.txt").write_text("numpy<2\n", encoding="utf-8")
        if i % 10 == 0:
            (project / "requirements.txt").write_text(requirements(10, seed=i), encoding="utf-8")
            (project / "base-requirements.txt").write_text("flask>=2\n", encoding="utf-8")
            (project / "constraints.txt").write_text("numpy<2\n", encoding="utf-8")
        if i % 10 == 5:
            (project / "pyproject.toml").write_text(pyproject_toml(12, seed=i), encoding="utf-8")


def member_manifest(root, projects):
    """The manifest of the monorepo's last member: the one the scan reaches last."""
    project = root / "packages" / f"project-{projects - 1:04d}"
    return project / ("package.json" if (projects - 1) % 2 == 0 else "requirements.txt")


def workspace_session(stackls, repo, projects):
    """stackls on the monorepo as an editor opens it: initialize (declaring workDoneProgress),
    initialized, at once didOpen of the last member's manifest. Returns {metric: value}:
    first = initialized → that manifest's diagnostics, whole = initialized → the $/progress
    "end" of the workspace scan (every project analysed and announced), rss = peak RSS."""
    manifest = member_manifest(repo, projects)
    uri = path_to_uri(manifest)
    caps = client_capabilities(False)
    caps["window"] = {"workDoneProgress": True}
    result = {}
    with open(repo.parent / "workspace-session.stderr.log", "ab") as log:
        session = Session([stackls, "--stdio"], repo, log)
        rid = session.request("initialize", {
            "processId": os.getpid(), "rootUri": path_to_uri(repo), "capabilities": caps,
            "workspaceFolders": [{"uri": path_to_uri(repo), "name": repo.name}],
            "initializationOptions": {}, "clientInfo": {"name": "lsp_bench"}})
        session.wait_for(lambda m: m.get("id") == rid)
        sent = time.perf_counter()
        session.notify("initialized", {})
        session.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "json" if manifest.name == "package.json" else "pip-requirements",
            "version": 1, "text": manifest.read_text(encoding="utf-8")}})
        when, _ = session.wait_for(is_diagnostics_for(uri, 1))
        result["first"] = None if when is None else (when - sent) * 1000
        when, _ = session.wait_for(lambda m: m.get("method") == "$/progress"
                                   and (m.get("params") or {}).get("value", {}).get("kind") == "end")
        result["whole"] = None if when is None else (when - sent) * 1000
        cpu, peak_kb = session.finish()
        result["cpu"] = cpu * 1000
        result["rss"] = peak_kb / 1024
    return result


def time_command(argv, cwd, runs, stdout_path=None, report_path=None):
    """Median wall ms, CPU ms and peak RSS MB over `runs` runs; Nones when it fails. CPU time
    is reported too because on a busy machine wall time is mostly waiting for a core.
    stdout_path: a file that receives the command's output (so both tools write a report file);
    report_path: a report the command writes itself."""
    walls, cpus, rss = [], [], []
    for _ in range(runs):
        # The previous run's report (tens of megabytes) is deleted and the new file created
        # before the clock starts: freeing its pages is the driver's work, not the tool's.
        for old in (stdout_path, report_path):
            if old and os.path.exists(old):
                os.unlink(old)
        with tempfile.TemporaryFile() as err, open(stdout_path or os.devnull, "wb") as out:
            start = time.perf_counter()
            proc = subprocess.Popen(argv, cwd=cwd, stdout=out, stderr=err)
            _, usage, peak_kb = wait_sampling(proc)
            walls.append((time.perf_counter() - start) * 1000)
            cpus.append((usage.ru_utime + usage.ru_stime) * 1000)
            # stackls runs with --fail-on never, so any non-zero exit is a failure (stack-analyser
            # exits 1 when it cannot write its report, after the analysis).
            if proc.returncode != 0:
                err.seek(0)
                sys.stderr.write(f"lsp_bench: {argv[0]} exited {proc.returncode}: {err.read(400)!r}\n")
                return None, None, None
        rss.append(peak_kb / 1024)
    return statistics.median(walls), statistics.median(cpus), statistics.median(rss)


# ----------------------------------------------------------------------------- report

METRICS = [
    ("startup", "spawn → initialize reply (ms)"),
    ("open", "didOpen → diagnostics (ms)"),
    ("hover_p50", "hover p50 (ms)"),
    ("hover_p99", "hover p99 (ms)"),
    ("change_p50", "didChange → diagnostics p50 (ms)"),
    ("change_p99", "didChange → diagnostics p99 (ms)"),
    ("action_p50", "code action p50 (ms)"),
    ("hint_p50", "inlay hint p50 (ms)"),
    ("rss", "peak RSS (MB)"),
    ("cpu", "CPU time, whole session (ms)"),
]


def fmt(value):
    if value is None:
        return "—"
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def ratio(a, b):
    if a is None or b is None or b <= 0:
        return "—"
    return f"{a / b:.2f}×"


def report(inputs, results, servers, workspace, check, args):
    lines = ["# lsp_bench results", "",
             f"Runs per server and input: {args.runs} fresh processes (medians); "
             f"{args.hovers} hovers, {args.requests} code actions and inlay hint requests, "
             f"{args.changes} one-character edits per run.", ""]
    names = [s["key"] for s in servers]
    has = lambda key: key in names
    for item in inputs:
        lines += [f"## {item.label} ({len(item.text.encode()) / 1024:.0f} KiB)", ""]
        header = ["metric"] + [s["title"] for s in servers]
        if has("stackls") and has("floor"):
            header.append("stackls / floor")
        peer_key = "peer-pull" if has("peer-pull") else "peer" if has("peer") else None
        if has("stackls") and peer_key and item.kind == "npm":
            header.append("peer / stackls")
        lines.append("| " + " | ".join(header) + " |")
        lines.append("|" + "---|" * len(header))
        for key, title in METRICS:
            row = [title]
            for s in servers:
                row.append(fmt(results.get((s["key"], item.key), {}).get(key)))
            st = results.get(("stackls", item.key), {}).get(key)
            if has("stackls") and has("floor"):
                row.append(ratio(st, results.get(("floor", item.key), {}).get(key)))
            if has("stackls") and peer_key and item.kind == "npm":
                # Pull numbers for diagnostics: the pushed ones include the peer's fixed delay.
                pk = peer_key if key in ("open", "change_p50", "change_p99") else "peer" if has("peer") else peer_key
                row.append(ratio(results.get((pk, item.key), {}).get(key), st))
            lines.append("| " + " | ".join(row) + " |")
        lines.append("")
    if workspace:
        lines += [f"## The language server on a {args.projects}-member monorepo", "",
                  "initialize (with window.workDoneProgress), initialized and at once didOpen of the last "
                  "member's manifest; medians of fresh processes.", "",
                  "| metric | stackls |", "|---|---|",
                  f"| initialized → diagnostics of the opened manifest (ms) | {fmt(workspace.get('first'))} |",
                  f"| initialized → $/progress end, whole workspace analysed (ms) | {fmt(workspace.get('whole'))} |",
                  f"| peak RSS (MB) | {fmt(workspace.get('rss'))} |",
                  f"| CPU time, whole session (ms) | {fmt(workspace.get('cpu'))} |", ""]
    if check:
        lines += [f"## `check` on a {args.projects}-project monorepo", "",
                  "Both tools read the same generated tree and write a JSON report to a file "
                  "(stackls: `check --format json`; stack-analyser: `-o FILE`).", "",
                  "| tool | wall (ms) | CPU (ms) | peak RSS (MB) |", "|---|---|---|---|"]
        for title, (wall, cpu, rss) in check.items():
            lines.append(f"| {title} | {fmt(wall)} | {fmt(cpu)} | {fmt(rss)} |")
        tools = list(check.values())
        if len(tools) == 2 and tools[0][0] and tools[1][0]:
            lines += ["", f"stack-analyser / stackls: {tools[1][0] / tools[0][0]:.1f}× wall, "
                          f"{tools[1][1] / tools[0][1]:.1f}× CPU"]
        lines.append("")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- main

def find_peer(explicit, tool):
    if explicit:
        return explicit if os.path.exists(explicit) else None
    cache = os.environ.get("STACKLS_BENCH_PEERS") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "stackls", "bench-peers")
    path = os.path.join(cache, "node_modules", ".bin", tool)
    return path if os.path.exists(path) else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=str(ROOT / "build" / "release"),
                        help="build dir holding bin/stackls and bin/stackls_floor_server")
    parser.add_argument("--stackls", help="the stackls binary (default: BUILD/bin/stackls)")
    parser.add_argument("--floor", help="the floor server (default: BUILD/bin/stackls_floor_server)")
    parser.add_argument("--peer", help="vscode-json-language-server (default: the install-bench-peers cache)")
    parser.add_argument("--analyser", help="stack-analyser (default: the install-bench-peers cache)")
    parser.add_argument("--no-peers", action="store_true", help="only stackls and the floor")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--hovers", type=int, default=200)
    parser.add_argument("--requests", type=int, default=50, help="code action and inlay hint requests per run")
    parser.add_argument("--changes", type=int, default=40)
    parser.add_argument("--projects", type=int, default=5000,
                        help="monorepo size for the workspace session and `check` (0 skips both)")
    parser.add_argument("--check-runs", type=int, default=3)
    parser.add_argument("--only", help="comma-separated input keys (pkg-40,pkg-3000,pkg-5mb,pkg-monorepo,req-40,"
                                       "req-5000,req-20000-includes,pyproject-2000; none: only the monorepo)")
    parser.add_argument("--smoke", action="store_true",
                        help="tiny inputs, one run, no peers; fails unless every metric was measured")
    parser.add_argument("--wait", type=float, default=30.0, help="seconds before an answer counts as missing")
    parser.add_argument("--out", help="also write the report to this file")
    args = parser.parse_args()
    if args.smoke:
        args.runs, args.hovers, args.requests, args.changes, args.no_peers = 1, 5, 3, 3, True
        args.projects, args.check_runs, args.wait = min(args.projects, 5), 1, min(args.wait, 5.0)
    WAIT_SECONDS[0] = args.wait

    build = pathlib.Path(args.build)
    # Absolute: each server runs with its workspace as the working directory.
    stackls = os.path.abspath(args.stackls or str(build / "bin" / "stackls"))
    floor = os.path.abspath(args.floor or str(build / "bin" / "stackls_floor_server"))
    servers = []
    for key, title, argv in (("stackls", "stackls", [stackls, "--stdio"]), ("floor", "floor", [floor])):
        if not os.access(argv[0], os.X_OK):
            sys.exit(f"lsp_bench: {argv[0]} is not an executable (build it, or pass --{key})")
        servers.append({"key": key, "title": title, "argv": argv, "pull": False, "npm_only": False})
    peer = None if args.no_peers else find_peer(args.peer, "vscode-json-language-server")
    analyser = None if args.no_peers else find_peer(args.analyser, "stack-analyser")
    if not args.no_peers and not (peer and analyser):
        sys.exit("lsp_bench: peers missing; run scripts/install-bench-peers.sh, or pass --no-peers")
    if peer:
        servers.append({"key": "peer", "title": "peer (push)", "argv": [peer, "--stdio"], "pull": False, "npm_only": True})
        servers.append({"key": "peer-pull", "title": "peer (pull)", "argv": [peer, "--stdio"], "pull": True, "npm_only": True})

    inputs = make_inputs(args.smoke)
    if args.only:
        wanted = set(args.only.split(",")) - {"none"}
        inputs = [i for i in inputs if i.key in wanted]

    results = {}
    with tempfile.TemporaryDirectory(prefix="lsp-bench-") as tmp:
        for item in inputs:
            for server in servers:
                if server["npm_only"] and item.kind != "npm":
                    continue
                runs = []
                for run in range(args.runs):
                    workdir = pathlib.Path(tmp) / f"{item.key}-{server['key']}-{run}"
                    workdir.mkdir()
                    runs.append(run_session(server, item, workdir, args, server["pull"]))
                    shutil.rmtree(workdir, ignore_errors=True)
                results[(server["key"], item.key)] = median_of_runs(runs)
                sys.stderr.write(f"lsp_bench: {item.key} {server['key']} done\n")

        check, workspace = {}, {}
        if args.projects > 0:
            repo = pathlib.Path(tmp) / "monorepo"
            make_monorepo(repo, args.projects)
            workspace = median_of_runs([workspace_session(stackls, repo, args.projects) for _ in range(args.check_runs)])
            sys.stderr.write("lsp_bench: monorepo workspace done\n")
            # Both tools read the same tree and write a JSON report to a file.
            report_file = pathlib.Path(tmp) / "stackls-output.json"
            check["stackls check"] = time_command([stackls, "check", "--format", "json", "--fail-on", "never", str(repo)],
                                                  tmp, args.check_runs, report_file)
            if analyser:
                # Its CLI joins -o onto the working directory even when absolute: pass it relative.
                check["stack-analyser"] = time_command([analyser, str(repo), "-o", "analyser-output.json"], tmp,
                                                       args.check_runs, report_path=pathlib.Path(tmp) / "analyser-output.json")

    text = report(inputs, results, [s for s in servers], workspace, check, args)
    print(text)
    if args.out:
        pathlib.Path(args.out).write_text(text + "\n", encoding="utf-8")

    if args.smoke:
        missing = [(s, i, k) for (s, i), r in results.items() for k, v in r.items() if v is None]
        if any(v is None for v in check.values() for v in v):
            missing.append(("check", "monorepo", "wall"))
        missing += [("stackls", "monorepo", k) for k, v in workspace.items() if v is None]
        if missing:
            sys.exit("lsp_bench: missing measurements: " + ", ".join(f"{s}/{i}/{k}" for s, i, k in missing))


if __name__ == "__main__":
    main()
