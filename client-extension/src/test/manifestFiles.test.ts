// Which paths count as manifests: the status bar refreshes only for these.
import { test } from "node:test";
import * as assert from "node:assert/strict";
import { isManifestPath } from "../manifestFiles";

test("manifests by file name", () => {
  for (const p of [
    "/w/package.json",
    "/w/sub/package.json",
    "/w/requirements.txt",
    "/w/requirements-dev.txt",
    "/w/requirements/base.txt",
    "/w/constraints.txt",
    "/w/requirements.in",
    "/w/dev-requirements.txt",
    "/w/requirements_test.txt",
    "/w/pyproject.toml",
    "/w/Pipfile",
    "/w/setup.cfg",
    "/w/.stackls.json",
  ]) {
    assert.ok(isManifestPath(p), p);
  }
});

test("other files are not manifests", () => {
  for (const p of ["/w/package-lock.json", "/w/notes.txt", "/w/src/index.js", "/w/requirements.txt.bak", "/w/mypackage.json", "/w/setup.py", "/w/Pipfile.lock"]) {
    assert.ok(!isManifestPath(p), p);
  }
});
