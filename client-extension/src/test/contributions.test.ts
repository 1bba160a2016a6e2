// What package.json contributes must match the knowledge base: its use-case ids and its rule ids.
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { useCasesFromManifest } from "../useCases";

const extensionRoot = path.resolve(__dirname, "../../..");
const manifest = JSON.parse(fs.readFileSync(path.join(extensionRoot, "package.json"), "utf8"));

test("stackls.useCase enums match knowledge/data/use-cases.json", () => {
  const kbFile = path.resolve(extensionRoot, "../knowledge/data/use-cases.json");
  const kb = JSON.parse(fs.readFileSync(kbFile, "utf8")).useCases as { id: string; title: string }[];
  const ours = useCasesFromManifest(manifest);
  assert.deepEqual(ours, kb.map((u) => ({ id: u.id, title: u.title })));
  const arrayVariant = manifest.contributes.configuration.properties["stackls.useCase"].anyOf.find(
    (v: { type: string }) => v.type === "array",
  );
  assert.deepEqual(arrayVariant.items.enum, kb.map((u) => u.id));
});

test("every palette command is titled under the Stack Advisor category and avoids server ids", () => {
  const serverIds = ["stackls.recommendStack", "stackls.declareUseCase", "stackls.explain"];
  for (const c of manifest.contributes.commands) {
    assert.equal(c.category, "Stack Advisor");
    assert.ok(!serverIds.includes(c.command), c.command);
  }
});

test("a manifest without the setting gives no use cases", () => {
  assert.deepEqual(useCasesFromManifest({}), []);
  assert.deepEqual(useCasesFromManifest(null), []);
});

test("stackls.rules lists exactly the rule ids of knowledge/findings.h", () => {
  const header = fs.readFileSync(path.resolve(extensionRoot, "../knowledge/findings.h"), "utf8");
  const ids = [...header.matchAll(/inline constexpr std::string_view k\w+ = "([a-z-]+)";/g)].map((m) => m[1]);
  assert.ok(ids.length > 0, "no rule ids found in knowledge/findings.h");
  const ours = Object.keys(manifest.contributes.configuration.properties["stackls.rules"].properties);
  assert.deepEqual([...ours].sort(), [...ids].sort());
});

test("Marketplace metadata: licence, icon, banner, virtual workspaces declared; no made-up repository", () => {
  assert.equal(manifest.license, "MIT");
  assert.match(fs.readFileSync(path.resolve(extensionRoot, "../LICENSE"), "utf8"), /^MIT License/);
  assert.ok(fs.statSync(path.join(extensionRoot, manifest.icon)).size > 0, "icon file present");
  assert.match(manifest.icon, /\.png$/, "the Marketplace takes a PNG icon");
  // The project has no public address yet: none is named (package.sh says so to vsce).
  assert.equal(manifest.repository, undefined);
  assert.equal(manifest.homepage, undefined);
  assert.ok(manifest.keywords.length >= 5 && manifest.galleryBanner.color);
  assert.equal(manifest.capabilities.virtualWorkspaces.supported, false);
  assert.ok(manifest.capabilities.virtualWorkspaces.description.length > 20, "says why");
  assert.ok(fs.existsSync(path.join(extensionRoot, "CHANGELOG.md")));
});

test("the walkthrough has the four steps and every media file exists", () => {
  const [walkthrough] = manifest.contributes.walkthroughs;
  assert.deepEqual(
    walkthrough.steps.map((s: { id: string }) => s.id),
    ["declareUseCase", "readHover", "recommendStack", "openReport"],
  );
  for (const s of walkthrough.steps) assert.ok(fs.existsSync(path.join(extensionRoot, s.media.markdown)), s.media.markdown);
});

test(".stackls.json is validated with the repository's schema, whose rule ids are stackls.rules'", () => {
  const [validation] = manifest.contributes.jsonValidation;
  assert.equal(validation.fileMatch, ".stackls.json");
  assert.equal(validation.url, "./schemas/stackls.schema.json");
  const schema = JSON.parse(fs.readFileSync(path.resolve(extensionRoot, "../schemas/stackls.schema.json"), "utf8"));
  const ours = Object.keys(manifest.contributes.configuration.properties["stackls.rules"].properties);
  assert.deepEqual([...schema.definitions.ruleId.enum].sort(), [...ours].sort());
});
