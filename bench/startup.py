#!/usr/bin/env python3
"""Startup time and idle memory of stackls.

For each of N fresh processes: time from spawn to the initialize reply, then (after
`initialized` and one more round-trip, so the server has settled) the peak resident set
size VmHWM from /proc/PID/status; then shutdown/exit. Prints medians with min and max.

Usage: bench/startup.py path/to/stackls [--runs 20]
"""
import argparse
import json
import statistics
import subprocess
import time


def frame(obj) -> bytes:
    body = json.dumps(obj).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_reply(stream, wanted_id):
    while True:
        header = b""
        while not header.endswith(b"\r\n\r\n"):
            byte = stream.read(1)
            if not byte:
                raise RuntimeError("server closed its output")
            header += byte
        length = int(header.split(b":")[1])
        message = json.loads(stream.read(length))
        if message.get("id") == wanted_id and "method" not in message:
            return message


def vm_hwm_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM")


def one_run(binary: str):
    start = time.perf_counter()
    proc = subprocess.Popen([binary, "--log-level", "off"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    proc.stdin.write(frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                            "params": {"processId": None, "rootUri": None, "capabilities": {}}}))
    proc.stdin.flush()
    read_reply(proc.stdout, 1)
    startup = time.perf_counter() - start
    proc.stdin.write(frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
    proc.stdin.write(frame({"jsonrpc": "2.0", "id": 2, "method": "bench/roundTrip"}))
    proc.stdin.flush()
    read_reply(proc.stdout, 2)
    hwm = vm_hwm_kib(proc.pid)
    proc.stdin.write(frame({"jsonrpc": "2.0", "id": 3, "method": "shutdown"}))
    proc.stdin.write(frame({"jsonrpc": "2.0", "method": "exit"}))
    proc.stdin.flush()
    read_reply(proc.stdout, 3)
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
