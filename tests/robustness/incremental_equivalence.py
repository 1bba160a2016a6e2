"""Random edit sequences on a generated package.json or requirements.txt, sent to two servers
at once: one gets each edit as an incremental change (the patched path for edits inside a
string or a requirement line), the other the whole new text (a full recompute). After every
edit both must publish the same diagnostics for that version. Briefly in ctest; long by hand:

    python3 tests/robustness/incremental_equivalence.py build/release/bin/stackls --edits 20000
    python3 tests/robustness/incremental_equivalence.py build/release/bin/stackls --kind requirements --edits 20000
"""
import argparse
import json
import pathlib
import random
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "scripts"))
from lsp_client import Client  # noqa: E402

# Catalogued names (they make findings and hints) beside invented ones.
KNOWN = ["express", "react", "@tensorflow/tfjs-node", "socket.io", "electron", "puppeteer", "pg", "brain.js",
         "onnxruntime-node", "sharp", "next", "fastify", "mongoose", "jest", "typescript"]
ALPHABET = ["a", "Z", "-", "/", "@", ".", "1", "^", " ", "\u00e9", "\U0001F600", "\"", "\\", "\n", "{", ",", ":"]
PIP_ALPHABET = ["a", "Z", "-", "_", ".", "1", "=", ">", "<", "~", "[", "]", ";", " ", "#", "@", "\u00e9", "\\", "\n",
                "-r ", "==2.0", "$"]


PYPI_KNOWN = ["flask", "django", "torch", "tensorflow", "numpy", "pandas", "fastapi", "celery", "scikit-learn",
              "opencv-python", "transformers", "channels"]


def requirements(rng, deps):
    lines = ["# generated for the equivalence test", "--index-url https://example.invalid/simple"]
    names = rng.sample(PYPI_KNOWN, 5) + [f"pkg-{i}" for i in range(deps)]
    rng.shuffle(names)
    for i, name in enumerate(names):
        kind = i % 6
        if kind == 0:
            lines.append(f"{name}=={rng.randint(0, 9)}.{i}")
        elif kind == 1:
            lines.append(f"{name}[extra]>=2 ; python_version >= \"3.9\"")
        elif kind == 2:
            lines.append(f"{name}==1.0 \\\n    --hash=sha256:{i:064x}")
        elif kind == 3:
            lines.append("")
        elif kind == 4:
            lines.append(f"{name}~=2.0  # pinned")
        else:
            lines.append(name)
    return "\n".join(lines) + "\n"


def package_json(rng, deps):
    doc = {
        "name": "generated-app",
        "description": "A generated service for the equivalence test",
        "keywords": ["api", "caf\u00e9"],
        "scripts": {f"build:{i}": f"tsc -b packages/p{i}" for i in range(20)},
        "exports": {f"./m{i}": {"import": f"./dist/m{i}.mjs", "q": "say \"hi\""} for i in range(10)},
    }
    for section in ("dependencies", "devDependencies", "peerDependencies"):
        names = rng.sample(KNOWN, 4) + [f"@team-{rng.randrange(9)}/pkg-{section[:3]}-{i}" for i in range(deps)]
        rng.shuffle(names)
        doc[section] = {n: rng.choice(["^1.2.3", "~4.18.2", "workspace:*", ">=2 <3"]) for n in names}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def position(text, offset):
    """LSP position (UTF-16) of a character offset into `text`."""
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return {"line": line, "character": len(text[start:offset].encode("utf-16-le")) // 2}


def line_offsets(text):
    """Character offsets on the requirement lines of `text`."""
    inside = []
    start = 0
    for line in text.split("\n"):
        if line and not line.startswith(("#", "-", " ")) and not line.endswith("\\"):
            inside.extend(range(start, start + len(line) + 1))
        start += len(line) + 1
    return inside


def token_offsets(text):
    """Character offsets inside the quoted strings of `text` (rough: good enough to aim edits)."""
    inside = []
    quote = False
    escaped = False
    for i, ch in enumerate(text):
        if quote and not escaped and ch != "\"":
            inside.append(i)
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "\"":
            quote = not quote
    return inside


def random_edit(rng, text, kind):
    inside = token_offsets(text) if kind == "package.json" else line_offsets(text)
    at = rng.choice(inside) if inside and rng.random() < 0.85 else rng.randrange(len(text) + 1)
    end = at if rng.random() < 0.7 else min(len(text), at + rng.randint(1, 3))
    if rng.random() < 0.1:
        inserted = rng.choice(KNOWN if kind == "package.json" else PYPI_KNOWN)  # a catalogued name pasted in
    elif rng.random() < 0.2:
        inserted = ""
    else:
        inserted = rng.choice(ALPHABET if kind == "package.json" else PIP_ALPHABET)
    return at, end, inserted


def diagnostics_for(client, uri, version, timeout):
    message = client.wait_for(lambda m: isinstance(m, dict) and m.get("method") == "textDocument/publishDiagnostics"
                              and m["params"]["uri"] == uri and m["params"].get("version") == version, timeout)
    return None if message is None else message["params"]["diagnostics"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("stackls")
    parser.add_argument("--kind", choices=["package.json", "requirements"], default="package.json")
    parser.add_argument("--edits", type=int, default=300)
    parser.add_argument("--deps", type=int, default=60)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--timeout", type=float, default=20.0)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        manifest = package_json if args.kind == "package.json" else requirements
        text = manifest(rng, args.deps)
        path = root / ("package.json" if args.kind == "package.json" else "requirements.txt")
        path.write_text(text, encoding="utf-8")
        root_uri = root.resolve().as_uri()
        uri = path.resolve().as_uri()
        log = root.parent / (root.name + "-incremental.log")
        incremental = Client([args.stackls, "--stdio", "--log-level", "debug", "--log-file", str(log)])
        full = Client([args.stackls, "--stdio"])
        failures = 0
        try:
            for client in (incremental, full):
                if client.initialize(root_uri) is None:
                    print("FAIL: no initialize reply")
                    return 1
                client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "json",
                                                                        "version": 0, "text": text}})
            for client in (incremental, full):
                if diagnostics_for(client, uri, 0, args.timeout) is None:
                    print("FAIL: no diagnostics after didOpen")
                    return 1
            last_valid, broken_for = text, 0
            for version in range(1, args.edits + 1):
                if rng.random() < 0.02:  # now and then, start from a clean manifest again
                    at, end, inserted = 0, len(text), manifest(rng, args.deps)
                elif broken_for >= 2:  # an editor's undo back to the last valid text
                    at, end, inserted = 0, len(text), last_valid
                else:
                    at, end, inserted = random_edit(rng, text, args.kind)
                change = {"range": {"start": position(text, at), "end": position(text, end)}, "text": inserted}
                text = text[:at] + inserted + text[end:]
                incremental.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                              "contentChanges": [change]})
                full.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                       "contentChanges": [{"text": text}]})
                a = diagnostics_for(incremental, uri, version, args.timeout)
                b = diagnostics_for(full, uri, version, args.timeout)
                # A manifest with problems is recomputed in full on every edit; an editor's undo
                # brings it back to where edits are patched again.
                if b is not None and any(d.get("code") == "manifest-problem" for d in b):
                    broken_for += 1
                else:
                    last_valid, broken_for = text, 0
                if a is None or b is None or a != b:
                    failures += 1
                    print(f"FAIL at edit {version}: {json.dumps(change, ensure_ascii=False)}")
                    print(f"  incremental: {json.dumps(a)[:600]}")
                    print(f"  full:        {json.dumps(b)[:600]}")
                    if failures >= 5 or a is None or b is None:
                        break
        finally:
            for client in (incremental, full):
                client.shutdown()
        patched = log.read_text(encoding="utf-8", errors="replace").count("the edit patched the model")
        log.unlink()
        if failures:
            return 1
        # Without patched edits the comparison says nothing about the patched path.
        if patched < args.edits // 4:
            print(f"FAIL: only {patched} of {args.edits} edits took the patched path")
            return 1
        print(f"ok: {args.edits} edits ({patched} patched), the same diagnostics from both servers after each")
        return 0


if __name__ == "__main__":
    sys.exit(main())
