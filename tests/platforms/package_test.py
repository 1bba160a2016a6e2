#!/usr/bin/env python3
"""Checks what ships for one target: the release archive scripts/release.sh makes (the
binary under test, byte for byte, beside README.md and docs/editors.md, with a SHA-256 file
that verifies) and the platform-specific .vsix client-extension's `npm run package` makes
(the one server for that target in bin/<target>/, nothing else in bin/, and the target in
the manifest)."""
import argparse
import hashlib
import os
import subprocess
import sys
import tarfile
import tempfile
import zipfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def archive_members(path):
    if path.endswith(".zip"):
        with zipfile.ZipFile(path) as z:
            return {n: z.read(n) for n in z.namelist() if not n.endswith("/")}
    with tarfile.open(path) as t:
        return {m.name: t.extractfile(m).read() for m in t.getmembers() if m.isfile()}


def check_archive(target, server, exe, out):
    env = dict(os.environ, STACKLS_TARGETS=target, STACKLS_SERVER=server)
    made = subprocess.run([os.path.join(REPO, "scripts", "release.sh"), out], env=env, check=True,
                          stdout=subprocess.PIPE, text=True).stdout.split()
    if len(made) != 1:
        fail(f"release.sh made {made}, expected one archive")
    archive = made[0]
    with open(archive + ".sha256") as f:
        digest, name = f.read().split()
    with open(archive, "rb") as f:
        if hashlib.sha256(f.read()).hexdigest() != digest or name != os.path.basename(archive):
            fail(f"{archive}.sha256 does not match the archive")
    top = os.path.basename(archive).removesuffix(".zip").removesuffix(".tar.gz")
    members = archive_members(archive)
    want = {f"{top}/{exe}", f"{top}/README.md", f"{top}/editors.md"}
    if set(members) != want:
        fail(f"{archive} holds {sorted(members)}, expected {sorted(want)}")
    with open(server, "rb") as f:
        if members[f"{top}/{exe}"] != f.read():
            fail(f"{archive} does not hold the binary under test")
    print(f"ok: {os.path.basename(archive)}")


def check_vsix(target, server, exe, out):
    extension = os.path.join(REPO, "client-extension")
    if not os.path.exists(os.path.join(extension, "node_modules", ".bin", "vsce")):
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=extension, check=True, stdout=sys.stderr)
    vsix = os.path.join(out, f"stackls-{target}.vsix")
    env = dict(os.environ, STACKLS_SERVER=server, STACKLS_TARGET=target, STACKLS_VSIX_OUT=vsix)
    subprocess.run(["npm", "run", "--silent", "package"], cwd=extension, env=env, check=True, stdout=sys.stderr)
    with zipfile.ZipFile(vsix) as z:
        names = z.namelist()
        manifest = z.read("extension.vsixmanifest").decode()
        shipped = [n for n in names if n.startswith("extension/bin/")]
        if shipped != [f"extension/bin/{target}/{exe}"]:
            fail(f"{vsix} carries {shipped} in bin/, expected only the {target} server")
        with open(server, "rb") as f:
            if z.read(shipped[0]) != f.read():
                fail(f"{vsix} does not carry the binary under test")
    if f'TargetPlatform="{target}"' not in manifest:
        fail(f"{vsix}: the manifest does not name the target {target}")
    print(f"ok: {os.path.basename(vsix)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--target", required=True, help="linux-x64 | linux-arm64 | win32-x64")
    parser.add_argument("--server", required=True)
    parser.add_argument("--vsix", action="store_true", help="also package and check the .vsix (needs npm)")
    args = parser.parse_args()
    exe = "stackls.exe" if args.target.startswith("win32") else "stackls"
    with tempfile.TemporaryDirectory(prefix="stackls-package-") as out:
        check_archive(args.target, args.server, exe, out)
        if args.vsix:
            check_vsix(args.target, args.server, exe, out)


if __name__ == "__main__":
    main()
