#!/usr/bin/env python3
"""Fails when the editor extension's use-case lists differ from knowledge/data/use-cases.json.

The `stackls.useCase` setting in client-extension/package.json offers the use cases as an
enum (a single id, or an array of ids) with their titles as descriptions; VS Code needs them
spelled out there. This checks both lists, ids and titles, in the data's order.

usage: check-use-case-lists.py [REPO_ROOT]
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent)


def main():
    use_cases = json.loads((ROOT / "knowledge/data/use-cases.json").read_text(encoding="utf-8"))["useCases"]
    ids = [u["id"] for u in use_cases]
    titles = [u["title"] for u in use_cases]
    manifest = json.loads((ROOT / "client-extension/package.json").read_text(encoding="utf-8"))
    setting = manifest["contributes"]["configuration"]["properties"]["stackls.useCase"]
    single = next(v for v in setting["anyOf"] if v.get("type") == "string")
    several = next(v for v in setting["anyOf"] if v.get("type") == "array")["items"]
    failures = []
    for where, variant in (("string", single), ("array items", several)):
        if variant.get("enum") != ids:
            failures.append(f"stackls.useCase ({where}) enum differs from use-cases.json: "
                            f"{variant.get('enum')} != {ids}")
        if variant.get("enumDescriptions") != titles:
            failures.append(f"stackls.useCase ({where}) enumDescriptions differ from the use cases' titles")
    for f in failures:
        print("FAIL:", f)
    if failures:
        return 1
    print(f"use-case lists: {len(ids)} use cases, package.json agrees")
    return 0


if __name__ == "__main__":
    sys.exit(main())
