#!/usr/bin/env python3
"""Measures how right stackls's advice is on a folder of labelled workspaces.

Usage: bench/accuracy.py STACKLS CORPUS [--expect-misses FILE] [--verbose]

CORPUS holds one directory per workspace, each with its manifests and a meta.json label:
  category             the project's primary use case (snake_case ids: "ai_ml", "modeling_3d";
                       "cli_tool" is outside the source's use cases and not scored for inference)
  expected_stack_fit   "node", "python" or "both"
  stacks_present       the stacks whose manifests the workspace has
  mismatch_expected    whether the project's stack is the wrong one for its category

Per workspace it runs
  stackls check W --format json                    (nothing declared)
  stackls check W --use-case LABEL --format json   (the label declared)
  stackls recommend W --format json
and prints:
  top-1 / top-3      the label is the first / among the first three inferred use cases
  mismatch P/R/F1    with the label declared, a "mismatch" finding of severity information
                     or above exists exactly when mismatch_expected is true
  false switches     single-stack, no mismatch expected: recommend names the other stack
  false alarms       same workspaces, nothing declared: a mismatch finding of information or above
  right switches     single-stack, mismatch expected: recommend names expected_stack_fit or split
  stacks             the stacks found equal stacks_present
and then every miss, one per line as "<metric> <workspace>: <what happened>".

With --expect-misses FILE (one "<metric> <workspace>" per line, '#' comments) it exits 1
unless the misses are exactly those, so a regression and an unnoticed improvement both fail.
"""
import argparse
import json
import os
import subprocess
import sys

LOUD = {"error", "warning", "information"}


def stackls_id(label):
    return "3d-modeling" if label == "modeling_3d" else label.replace("_", "-")


def run_json(cmd):
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    if proc.returncode not in (0, 1) or not proc.stdout.strip():
        return None, proc.stderr.strip()
    return json.loads(proc.stdout), ""


def mismatches(projects):
    return [f for p in projects for f in p["findings"]
            if f["category"] == "mismatch" and f["severity"] in LOUD]


def inferred(projects):
    """The workspace's inferred use cases: the root project's when it has any, else the
    projects' merged by their highest confidence (a monorepo without a root manifest)."""
    root = [p for p in projects if p["root"] in (".", "")] or projects[:1]
    if root and root[0]["inferredUseCases"]:
        return [u["id"] for u in root[0]["inferredUseCases"]]
    best = {}
    for p in projects:
        for u in p["inferredUseCases"]:
            best[u["id"]] = max(best.get(u["id"], 0), u["confidence"])
    return sorted(best, key=lambda i: -best[i])


def measure(stackls, corpus):
    rows = {k: [0, 0] for k in ("top1", "top3", "false_switch", "false_alarm", "right_switch", "stacks")}
    tp = fp = fn = 0
    misses = []
    for name in sorted(os.listdir(corpus)):
        ws = os.path.join(corpus, name)
        meta_path = os.path.join(ws, "meta.json")
        if not os.path.isfile(meta_path):
            continue
        with open(meta_path, encoding="utf-8") as fh:
            meta = json.load(fh)
        label = meta["category"]
        scored = label != "cli_tool"
        present = sorted(meta["stacks_present"])
        single = len(present) == 1

        plain, err = run_json([stackls, "check", ws, "--format", "json"])
        if plain is None:
            misses.append(("error", name, "check failed: " + err))
            continue
        projects = plain["projects"]
        ids = inferred(projects)
        if scored:
            want = stackls_id(label)
            for key, n in (("top1", 1), ("top3", 3)):
                rows[key][1] += 1
                if want in ids[:n]:
                    rows[key][0] += 1
                else:
                    misses.append((key.replace("top", "top-"), name, f"want {want}, got {ids[:3]}"))

        stacks = sorted({s for p in projects for s in p["stacks"]})
        rows["stacks"][1] += 1
        if stacks == present:
            rows["stacks"][0] += 1
        else:
            misses.append(("stacks", name, f"want {present}, got {stacks}"))

        if scored:
            declared, err = run_json([stackls, "check", ws, "--use-case", stackls_id(label), "--format", "json"])
            if declared is None:
                misses.append(("error", name, "check --use-case failed: " + err))
            else:
                flagged = mismatches(declared["projects"])
                if flagged and meta["mismatch_expected"]:
                    tp += 1
                elif flagged:
                    fp += 1
                    misses.append(("mismatch-fp", name, f"{flagged[0]['rule']}: {flagged[0]['message'][:90]}"))
                elif meta["mismatch_expected"]:
                    fn += 1
                    misses.append(("mismatch-fn", name, "no mismatch finding"))

        if not single:
            continue
        rec, _ = run_json([stackls, "recommend", ws, "--format", "json"])
        stack = rec["stack"] if rec else None
        if not meta["mismatch_expected"]:
            rows["false_switch"][1] += 1
            if stack in (None, present[0]):
                rows["false_switch"][0] += 1
            else:
                misses.append(("false-switch", name, f"recommends {stack} ({rec['summary']})"))
            rows["false_alarm"][1] += 1
            alarms = mismatches(projects)
            if alarms:
                misses.append(("false-alarm", name, f"{alarms[0]['rule']}: {alarms[0]['message'][:90]}"))
            else:
                rows["false_alarm"][0] += 1
        else:
            rows["right_switch"][1] += 1
            if stack in (meta["expected_stack_fit"], "split"):
                rows["right_switch"][0] += 1
            else:
                misses.append(("wrong-switch", name, f"recommends {stack}, want {meta['expected_stack_fit']}"))
    return rows, (tp, fp, fn), misses


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stackls")
    ap.add_argument("corpus")
    ap.add_argument("--expect-misses", metavar="FILE")
    args = ap.parse_args()

    rows, (tp, fp, fn), misses = measure(args.stackls, args.corpus)

    def pct(key):
        ok, n = rows[key]
        return f"{ok}/{n} ({100.0 * ok / n:.1f}%)" if n else "0/0"

    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"top-1            {pct('top1')}")
    print(f"top-3            {pct('top3')}")
    print(f"mismatch         precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    print(f"false switches   {rows['false_switch'][1] - rows['false_switch'][0]} of {rows['false_switch'][1]}")
    print(f"false alarms     {rows['false_alarm'][1] - rows['false_alarm'][0]} of {rows['false_alarm'][1]}")
    print(f"right switches   {pct('right_switch')}")
    print(f"stacks           {pct('stacks')}")
    print(f"misses           {len(misses)}")
    for metric, name, detail in misses:
        print(f"  {metric} {name}: {detail}")

    if args.expect_misses:
        with open(args.expect_misses, encoding="utf-8") as fh:
            expected = {line.split("#")[0].strip() for line in fh} - {""}
        got = {f"{metric} {name}" for metric, name, _ in misses}
        if got != expected:
            for m in sorted(got - expected):
                print(f"unexpected miss: {m}", file=sys.stderr)
            for m in sorted(expected - got):
                print(f"expected miss not seen (update {args.expect_misses}): {m}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
