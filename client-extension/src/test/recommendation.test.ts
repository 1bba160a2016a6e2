// Reading the server's recommendStack answer, and what the status bar says about it.
import { test } from "node:test";
import * as assert from "node:assert/strict";
import { effectiveUseCases, fit, parseRecommendation, statusText } from "../recommendation";

const sample = {
  root: "file:///ws",
  stacks: ["node"],
  declaredUseCases: [],
  inferredUseCases: [
    { id: "ai-ml", confidence: 0.9, evidence: ["@tensorflow/tfjs-node"] },
    { id: "web", confidence: 0.4, evidence: ["express"] },
  ],
  recommendation: {
    stack: "python",
    scores: { node: 3, python: 8.5 },
    dimensions: [{ id: "libraries", title: "Libraries", node: 2, python: 9, weight: 1 }],
    reasons: [{ text: "Python has the ML libraries.", source: "seed" }, { source: "no text" }],
  },
  fixes: [
    { title: "Declare", command: { command: "stackls.declareUseCase", arguments: [{}] } },
    { title: "Edit", edit: { changes: {} } },
    { title: "Neither" },
  ],
  markdown: "# x",
};

test("a full answer is read field by field", () => {
  const r = parseRecommendation(sample);
  assert.equal(r.stack, "python");
  assert.deepEqual(r.scores, { node: 3, python: 8.5 });
  assert.equal(r.dimensions[0].title, "Libraries");
  assert.equal(r.reasons.length, 1, "a reason without text is dropped");
  assert.deepEqual(r.fixes.map((f) => f.title), ["Declare", "Edit"], "a fix that does nothing is dropped");
});

test("garbage does not throw and yields an empty recommendation", () => {
  for (const raw of [null, 42, "x", [], { recommendation: "no", stacks: "node", fixes: {} }]) {
    const r = parseRecommendation(raw);
    assert.equal(r.stack, undefined);
    assert.deepEqual(r.stacks, []);
    assert.deepEqual(r.fixes, []);
  }
});

test("non-finite scores and unknown stacks are neutralised", () => {
  const r = parseRecommendation({ recommendation: { stack: "ruby", scores: { node: "7", python: null } } });
  assert.equal(r.stack, undefined);
  assert.deepEqual(r.scores, { node: 0, python: 0 });
});

test("lists from the server are bounded", () => {
  const many = Array.from({ length: 5000 }, (_, i) => ({ text: `r${i}`, source: "s" }));
  assert.equal(parseRecommendation({ recommendation: { reasons: many } }).reasons.length, 200);
});

test("declared use cases win over inferred ones; otherwise the first inferred, as the server ranks them", () => {
  const r = parseRecommendation(sample);
  assert.deepEqual(effectiveUseCases(r), { ids: ["ai-ml"], declared: false });
  const d = parseRecommendation({ ...sample, declaredUseCases: ["games"] });
  assert.deepEqual(effectiveUseCases(d), { ids: ["games"], declared: true });
  const ranked = parseRecommendation({
    ...sample,
    inferredUseCases: [
      { id: "microservices", confidence: 0.8, evidence: ["pika"] },
      { id: "backend", confidence: 0.99, evidence: ["django"] },
    ],
  });
  assert.deepEqual(effectiveUseCases(ranked), { ids: ["microservices"], declared: false });
});

test("without per-use-case fits, fit compares the project's stacks with the recommendation", () => {
  assert.equal(fit(parseRecommendation(sample)), "poor");
  assert.equal(fit(parseRecommendation({ ...sample, stacks: ["node", "python"] })), "good");
  assert.equal(fit(parseRecommendation({ ...sample, stacks: [] })), "unknown");
  const split = { ...sample, recommendation: { ...sample.recommendation, stack: "split" } };
  assert.equal(fit(parseRecommendation(split)), "poor");
  assert.equal(fit(parseRecommendation({ ...split, stacks: ["python", "node"] })), "good");
});

test("fit follows the severity ladder: weak is poor, a stack that fits while the other is favoured is a trade-off", () => {
  const answer = (stacks: string[], useCase: string, node: string, python: string, stack: string, current?: string) =>
    parseRecommendation({
      stacks,
      declaredUseCases: [useCase],
      recommendation: { stack, current: current ?? null, perUseCase: [{ id: useCase, fit: { node, python } }] },
    });
  assert.equal(fit(answer(["node"], "ai-ml", "weak", "strong", "python", "node")), "poor");
  assert.equal(fit(answer(["python"], "microservices", "strong", "fits", "node", "python")), "trade-off");
  assert.equal(fit(answer(["python"], "backend", "strong", "strong", "python", "python")), "good");
  // Node.js only as development tooling: the Python side is judged.
  assert.equal(fit(answer(["node", "python"], "cloud", "strong", "fits", "node", "python")), "trade-off");
  assert.equal(fit(answer(["node", "python"], "cloud", "strong", "fits", "node")), "good");
  const s = statusText(answer(["python"], "microservices", "strong", "fits", "node", "python"));
  assert.match(s.text, /Python fits \(trade-off\)/);
});

test("status text names the use case and the fit", () => {
  const s = statusText(parseRecommendation(sample));
  assert.match(s.text, /ai-ml/);
  assert.match(s.text, /Node\.js poor fit/);
  assert.match(s.tooltip, /\(inferred\)/);
  assert.match(s.tooltip, /Recommended: Python/);
});
