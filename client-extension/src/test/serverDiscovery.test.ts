// Server discovery: the setting, then the bundled binary, then PATH; a wrong setting is an error.
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
};

test("the setting wins over the bundled binary and PATH", () => {
  const r = discoverServer({ ...base, configuredPath: "/opt/stackls" }, probe(["/opt/stackls", "/ext/bin/stackls", "/usr/bin/stackls"]));
  assert.deepEqual(r.ok && [r.command, r.source], ["/opt/stackls", "setting"]);
});

test("the bundled binary comes before PATH", () => {
  const r = discoverServer(base, probe(["/ext/bin/stackls", "/usr/bin/stackls"]));
  assert.deepEqual(r.ok && [r.command, r.source], ["/ext/bin/stackls", "bundled"]);
});

test("PATH is searched in order", () => {
  const r = discoverServer(base, probe(["/usr/bin/stackls", "/usr/local/bin/stackls"]));
  assert.deepEqual(r.ok && [r.command, r.source], ["/usr/local/bin/stackls", "path"]);
  assert.deepEqual(r.tried, ["/ext/bin/stackls", "/usr/local/bin/stackls"]);
});

test("a wrong setting is reported, not silently replaced by another binary", () => {
  const r = discoverServer({ ...base, configuredPath: "/nope/stackls" }, probe(["/ext/bin/stackls"]));
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
  assert.deepEqual(r.tried, ["/ext/bin/stackls"]);
});

test("windows uses stackls.exe and ; as PATH separator", () => {
  const r = discoverServer({ ...base, platform: "win32", envPath: "C:\\a;C:\\b" }, probe(["C:\\b/stackls.exe"]));
  assert.equal(r.ok && r.source, "path");
});
