// Settings mapping: what reaches the server for each shape of user configuration.
import { test } from "node:test";
import * as assert from "node:assert/strict";
import { settingsForSection, toServerSettings } from "../settings";

const ctx = { homeDir: "/home/u", workspaceFolder: "/ws" };

test("client-only keys never reach the server", () => {
  const { settings } = toServerSettings({ server: { path: "/x" }, trace: { server: "verbose" } }, ctx);
  assert.deepEqual(Object.keys(settings).sort(), ["codeLens", "inlayHints", "rules"]);
});

test("missing keys mean defaults, not off", () => {
  const { settings, problems } = toServerSettings({}, ctx);
  assert.deepEqual(settings, { inlayHints: { enable: true }, codeLens: { enable: true }, rules: {} });
  assert.deepEqual(problems, []);
  assert.deepEqual(toServerSettings(undefined, ctx).settings, settings);
});

test("useCase: a string becomes a list; case, blanks and duplicates are normalised", () => {
  assert.deepEqual(toServerSettings({ useCase: "ai-ml" }, ctx).settings.useCase, ["ai-ml"]);
  assert.deepEqual(toServerSettings({ useCase: [" AI-ML ", "web", "ai-ml"] }, ctx).settings.useCase, ["ai-ml", "web"]);
  assert.equal(toServerSettings({ useCase: [] }, ctx).settings.useCase, undefined);
  assert.equal(toServerSettings({ useCase: "" }, ctx).settings.useCase, undefined);
});

test("useCase: values that cannot be ids are dropped and reported", () => {
  const { settings, problems } = toServerSettings({ useCase: ["web", 3, "no spaces please"] }, ctx);
  assert.deepEqual(settings.useCase, ["web"]);
  assert.equal(problems.length, 2);
});

test("rules: valid severities pass, case-insensitively; others are reported", () => {
  const { settings, problems } = toServerSettings({ rules: { a: "Error", b: "off", c: "loud", d: 1 } }, ctx);
  assert.deepEqual(settings.rules, { a: "error", b: "off" });
  assert.equal(problems.length, 2);
  assert.match(problems[0], /rules\.c/);
});

test("rules: a huge object is cut off", () => {
  const rules: Record<string, string> = {};
  for (let i = 0; i < 1000; i++) rules[`r${i}`] = "hint";
  const { settings, problems } = toServerSettings({ rules }, ctx);
  assert.equal(Object.keys(settings.rules).length, 256);
  assert.equal(problems.length, 1);
});

test("booleans of the wrong type fall back to true and are reported", () => {
  const { settings, problems } = toServerSettings({ inlayHints: { enable: "no" }, codeLens: { enable: false } }, ctx);
  assert.equal(settings.inlayHints.enable, true);
  assert.equal(settings.codeLens.enable, false);
  assert.equal(problems.length, 1);
});

test("maxProjects is passed on when it is a whole number within the server's bounds", () => {
  assert.equal(toServerSettings({ maxProjects: 600 }, ctx).settings.maxProjects, 600);
  for (const bad of [0, 50001, 2.5, "600"]) {
    const { settings, problems } = toServerSettings({ maxProjects: bad }, ctx);
    assert.equal(settings.maxProjects, undefined);
    assert.deepEqual(problems, ["stackls.maxProjects must be a whole number from 1 to 50000; using the server's default."]);
  }
});

test("knowledgeFile is expanded", () => {
  assert.equal(toServerSettings({ knowledgeFile: "~/kb.json" }, ctx).settings.knowledgeFile, "/home/u/kb.json");
  assert.equal(toServerSettings({ knowledgeFile: "kb/x.json" }, ctx).settings.knowledgeFile, "/ws/kb/x.json");
  assert.equal(toServerSettings({ knowledgeFile: "${workspaceFolder}/k.json" }, ctx).settings.knowledgeFile, "/ws/k.json");
  assert.equal(toServerSettings({ knowledgeFile: "  " }, ctx).settings.knowledgeFile, undefined);
});

test("workspace/configuration items: whole section, dotted keys, other sections", () => {
  const { settings } = toServerSettings({ useCase: "web", rules: { x: "hint" } }, ctx);
  assert.equal(settingsForSection("stackls", settings), settings);
  assert.equal(settingsForSection("stackls.inlayHints.enable", settings), true);
  assert.deepEqual(settingsForSection("stackls.useCase", settings), ["web"]);
  assert.equal(settingsForSection("stackls.knowledgeFile", settings), null);
  assert.equal(settingsForSection("editor", settings), undefined);
});
