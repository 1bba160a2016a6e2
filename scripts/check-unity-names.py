#!/usr/bin/env python3
"""Fails when two .cpp files of one CMake target define the same internal name.

A unity build compiles a target's .cpp files a few at a time as one translation unit, so
names private to a file (in an anonymous namespace, or `static` at namespace scope) must be
unique within the whole target, whichever batch each file lands in. This reads every
target's sources as text and lists each internal name defined in more than one of them.

usage: check-unity-names.py [REPO_ROOT]
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent)

# One entry per library or test executable: its folder and whether subfolders belong to it.
TARGETS = [
    ("support", False), ("protocol", False), ("knowledge/manifest", False), ("knowledge", False),
    ("knowledge/report", False), ("server/workspace", False), ("server/lsp", True), ("server/cli", False),
]
TARGETS += [(str(d.relative_to(ROOT)), False) for d in sorted((ROOT / "tests/unit").iterdir()) if d.is_dir()]

DEFINITION = [
    re.compile(r"^(?:static\s+)?(?:inline\s+)?(?:constexpr\s+)?(?:const\s+)?[\w:<>,\s\*&\[\]]*?[\s\*&](\w+)\s*\((?:[^;]*$|.*\{)"),
    re.compile(r"^(?:static\s+)?(?:inline\s+)?(?:constexpr|const)\s+[\w:<>,\s\*&\[\]]+?\s(\w+)\s*(?:=|\{|\[)"),
    re.compile(r"^(?:struct|class|enum(?:\s+class)?|union)\s+(\w+)\b(?!.*;\s*$)"),
    re.compile(r"^using\s+(\w+)\s*="),
]
KEYWORDS = {"if", "for", "while", "switch", "return", "operator", "TEST_CASE", "SECTION"}


def strip(text):
    """Drops comments, string and character literals, keeping line breaks."""
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    text = re.sub(r'R"(\w*)\((?:.|\n)*?\)\1"', lambda m: '""' + "\n" * m.group(0).count("\n"), text)
    text = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)
    return re.sub(r"'(?:\\.|[^'\\\n])'", "''", text)


def internal_names(path):
    """Names defined at the top level of an anonymous namespace, or static at namespace scope."""
    names = set()
    anonymous = []   # brace depth at which each open anonymous namespace's body starts
    namespaces = []  # brace depths that are namespace bodies (named or not)
    depth = 0
    for line in strip(path.read_text(encoding="utf-8", errors="replace")).splitlines():
        s = line.strip()
        at_namespace_scope = depth == 0 or (namespaces and namespaces[-1] == depth)
        if at_namespace_scope and s and not s.startswith(("#", "}", "namespace", "template", "extern")):
            inside_anonymous = bool(anonymous) and anonymous[-1] == depth
            if inside_anonymous or s.startswith("static "):
                for pattern in DEFINITION:
                    m = pattern.match(s)
                    if m and m.group(1) not in KEYWORDS:
                        names.add(m.group(1))
                        break
        for c in s:
            if c == "{":
                depth += 1
                if re.match(r"^(inline\s+)?namespace\b", s):
                    namespaces.append(depth)
                    if re.match(r"^namespace\s*\{", s):
                        anonymous.append(depth)
            elif c == "}":
                if namespaces and namespaces[-1] == depth:
                    namespaces.pop()
                    if anonymous and anonymous[-1] == depth:
                        anonymous.pop()
                depth -= 1
    return names


def main():
    clashes = []
    for folder, recursive in TARGETS:
        base = ROOT / folder
        if not base.is_dir():
            continue
        files = sorted(base.rglob("*.cpp") if recursive else base.glob("*.cpp"))
        seen = {}
        for f in files:
            for name in internal_names(f):
                seen.setdefault(name, []).append(f.relative_to(ROOT))
        for name, where in sorted(seen.items()):
            if len(where) > 1:
                clashes.append(f"{folder}: '{name}' in " + ", ".join(map(str, where)))
    for c in clashes:
        print(c)
    if clashes:
        print(f"{len(clashes)} internal name(s) defined in more than one file of a target; "
              "rename one, or share one definition through a header")
        return 1
    print("unity names: no clash")
    return 0


if __name__ == "__main__":
    sys.exit(main())
