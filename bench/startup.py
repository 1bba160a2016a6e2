#!/usr/bin/env python3
"""Startup time and idle memory of stackls.

For each of N fresh processes: time from spawn to the initialize reply, then (after
`initialized` and one more round-trip, so the server has settled) the peak resident set
size VmHWM from /proc/PID/status; then shutdown/exit. Prints medians with min and max.

Usage: bench/startup.py path/to/stackls [--runs 20]
"""
import argparse
import pathlib
import statistics
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "scripts"))
from lsp_client import Client, encode  # noqa: E402

REPLY_TIMEOUT = 30.0


def read_reply(client, wanted_id):
    """Arrival time of the reply to wanted_id."""
    when, _ = client.wait_for_stamped(
        lambda m: isinstance(m, dict) and m.get("id") == wanted_id and "method" not in m, REPLY_TIMEOUT)
    if when is None:
        raise RuntimeError(f"no reply to request {wanted_id} (the server closed its output or took over {REPLY_TIMEOUT:.0f} s)")
    return when


def vm_hwm_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM")


def one_run(binary: str):
    start = time.perf_counter()
    client = Client([binary, "--log-level", "off"], stderr=None, answer=None)
    proc = client.proc
    client.write(encode({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                         "params": {"processId": None, "rootUri": None, "capabilities": {}}}))
    startup = read_reply(client, 1) - start
    client.write(encode({"jsonrpc": "2.0", "method": "initialized", "params": {}}) +
                 encode({"jsonrpc": "2.0", "id": 2, "method": "bench/roundTrip"}))
    read_reply(client, 2)
    hwm = vm_hwm_kib(proc.pid)
    client.write(encode({"jsonrpc": "2.0", "id": 3, "method": "shutdown"}) +
                 encode({"jsonrpc": "2.0", "method": "exit"}))
    read_reply(client, 3)
    code = proc.wait(timeout=30)
    if code != 0:
        raise RuntimeError(f"exit code {code}")
    return startup, hwm


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    one_run(args.binary)  # warm the page cache; not counted
    startups, hwms = [], []
    for _ in range(args.runs):
        startup, hwm = one_run(args.binary)
        startups.append(startup * 1000)
        hwms.append(hwm)
    print(f"runs: {args.runs}")
    print(f"startup (spawn -> initialize reply): median {statistics.median(startups):.1f} ms "
          f"(min {min(startups):.1f}, max {max(startups):.1f})")
    print(f"idle peak RSS (VmHWM after initialized): median {statistics.median(hwms) / 1024:.1f} MiB "
          f"(min {min(hwms) / 1024:.1f}, max {max(hwms) / 1024:.1f})")


if __name__ == "__main__":
    main()
