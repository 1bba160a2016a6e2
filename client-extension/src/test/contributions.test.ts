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
