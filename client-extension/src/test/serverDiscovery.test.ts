// Server discovery: the setting, then the bundled binary for this platform, then PATH; a wrong
// setting is an error; no server says how to build one.
import { test } from "node:test";
import * as assert from "node:assert/strict";
import { discoverServer, DiscoveryInput, FileProbe } from "../serverDiscovery";

function probe(executables: string[], others: string[] = []): FileProbe {
  return {
    isExecutableFile: (f) => executables.includes(f),
    exists: (f) => executables.includes(f) || others.includes(f),
  };
}

const base: DiscoveryInput = {
  configuredPath: "",
  extensionPath: "/ext",
  envPath: "/usr/local/bin:/usr/bin",
  homeDir: "/home/u",
  workspaceFolder: "/ws",
  platform: "linux",
  arch: "x64",
};

test("the setting wins over the bundled binary and PATH", () => {
  const r = discoverServer({ ...base, configuredPath: "/opt/stackls" }, probe(["/opt/stackls", "/ext/bin/linux-x64/stackls", "/usr/bin/stackls"]));
  assert.deepEqual(r.ok && [r.command, r.source], ["/opt/stackls", "setting"]);
});

test("the bundled binary comes before PATH", () => {
  const r = discoverServer(base, probe(["/ext/bin/linux-x64/stackls", "/usr/bin/stackls"]));
  assert.deepEqual(r.ok && [r.command, r.source], ["/ext/bin/linux-x64/stackls", "bundled"]);
});

test("PATH is searched in order", () => {
  const r = discoverServer(base, probe(["/usr/bin/stackls", "/usr/local/bin/stackls"]));
  assert.deepEqual(r.ok && [r.command, r.source], ["/usr/local/bin/stackls", "path"]);
  assert.deepEqual(r.tried, ["/ext/bin/linux-x64/stackls", "/usr/local/bin/stackls"]);
});

test("a wrong setting is reported, not silently replaced by another binary", () => {
  const r = discoverServer({ ...base, configuredPath: "/nope/stackls" }, probe(["/ext/bin/linux-x64/stackls"]));
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.reason, "bad-setting");
  assert.match(!r.ok ? r.message : "", /\/nope\/stackls, which does not exist/);
});

test("a setting naming a non-executable file says so", () => {
  const r = discoverServer({ ...base, configuredPath: "/etc/passwd" }, probe([], ["/etc/passwd"]));
  assert.match(!r.ok ? r.message : "", /is not an executable file/);
});

test("~, ${workspaceFolder} and relative settings are expanded", () => {
  const cases: [string, string][] = [
    ["~/bin/stackls", "/home/u/bin/stackls"],
    ["${workspaceFolder}/build/stackls", "/ws/build/stackls"],
    ["build/release/bin/stackls", "/ws/build/release/bin/stackls"],
    ["  /spaced/stackls  ", "/spaced/stackls"],
  ];
  for (const [setting, expected] of cases) {
    const r = discoverServer({ ...base, configuredPath: setting }, probe([expected]));
    assert.equal(r.ok && r.command, expected, setting);
  }
});

test("nothing found lists every place tried", () => {
  const r = discoverServer({ ...base, envPath: "" }, probe([]));
  assert.equal(!r.ok && r.reason, "not-found");
  assert.deepEqual(r.tried, ["/ext/bin/linux-x64/stackls"]);
});

test("windows uses stackls.exe and ; as PATH separator", () => {
  const r = discoverServer({ ...base, platform: "win32", envPath: "C:\\a;C:\\b" }, probe(["C:\\b/stackls.exe"]));
  assert.equal(r.ok && r.source, "path");
});

test("the bundled binary is the one for this platform and architecture", () => {
  const bundled = ["/ext/bin/linux-x64/stackls", "/ext/bin/linux-arm64/stackls", "/ext/bin/win32-x64/stackls.exe"];
  const arm = discoverServer({ ...base, arch: "arm64" }, probe(bundled));
  assert.deepEqual(arm.ok && [arm.command, arm.source], ["/ext/bin/linux-arm64/stackls", "bundled"]);
  const win = discoverServer({ ...base, platform: "win32", arch: "x64", envPath: "" }, probe(bundled));
  assert.equal(win.ok && win.command.replace(/\\/g, "/"), "/ext/bin/win32-x64/stackls.exe");
  // A Linux x64 server is never started on Linux arm64.
  const none = discoverServer({ ...base, arch: "arm64", envPath: "" }, probe(["/ext/bin/linux-x64/stackls"]));
  assert.equal(none.ok, false);
});

test("on a platform with no bundled server the message says how to build one and where to point the setting", () => {
  const r = discoverServer({ ...base, platform: "darwin", arch: "arm64", envPath: "/usr/bin" }, probe([]));
  assert.equal(!r.ok && r.reason, "not-found");
  assert.deepEqual(r.tried, ["/usr/bin/stackls"]);
  assert.equal(
    !r.ok && r.message,
    "The extension ships no stackls server for darwin-arm64 (only for linux-x64, linux-arm64, win32-x64), " +
      "and `stackls` is not on PATH. Build the server from the stackls sources (CMake ≥ 3.25, Ninja, a C++20 " +
      "compiler, nlohmann-json, Boost and spdlog): `cmake -S . -B build/release -G Ninja -DSTACKLS_BUILD_TESTS=OFF " +
      "&& cmake --build build/release`, then set stackls.server.path to the full path of build/release/bin/stackls.",
  );
});
