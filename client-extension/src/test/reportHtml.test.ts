// The report page: strict CSP, nothing remote, escaped server text, one bar per score.
import { test } from "node:test";
import * as assert from "node:assert/strict";
import { parseRecommendation } from "../recommendation";
import { escapeHtml, reportHtml, scoreChartSvg } from "../report/reportHtml";

const r = parseRecommendation({
  stacks: ["node"],
  declaredUseCases: ["ai-ml"],
  recommendation: {
    stack: "python",
    scores: { node: 2, python: 9 },
    dimensions: [
      { id: "libs", title: "Libraries <b>", node: 2, python: 10, weight: 1 },
      { id: "speed", title: "Speed", node: 8, python: 4, weight: 0.5 },
    ],
    reasons: [{ text: "<script>alert(1)</script>", source: "seed: Use cases" }],
  },
  fixes: [{ title: "Declare \"ai-ml\"", command: { command: "x" } }],
});

test("the page allows nothing remote and only its own nonce'd script and style", () => {
  const html = reportHtml(r, { nonce: "N0NCE", cspSource: "vscode-webview:" });
  const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? "";
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'nonce-N0NCE'/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:|\*/);
  assert.doesNotMatch(html, /\b(src|href)="https?:/);
  for (const tag of html.match(/<(script|style)\b[^>]*>/g) ?? []) assert.match(tag, /nonce="N0NCE"/);
});

test("server text is escaped", () => {
  const html = reportHtml(r, { nonce: "n", cspSource: "c" });
  assert.ok(!html.includes("<script>alert(1)"));
  assert.ok(html.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
  assert.ok(html.includes("Libraries &lt;b&gt;"));
  assert.ok(html.includes("(seed: Use cases)"));
  assert.equal(escapeHtml(`a&"'<>`), "a&amp;&quot;&#39;&lt;&gt;");
});

test("the chart has a Node.js and a Python bar per dimension, scaled to the largest score", () => {
  const svg = scoreChartSvg(r);
  const widths = [...svg.matchAll(/class="bar (node|python)"[^>]*width="([\d.]+)"/g)].map((m) => [m[1], Number(m[2])]);
  assert.deepEqual(widths.map((w) => w[0]), ["node", "python", "node", "python"]);
  assert.equal(widths[1][1], 320, "the largest score fills the bar area");
  assert.equal(widths[0][1], 64);
  assert.equal(widths[2][1], 256);
});

test("fix buttons carry their index; the verdict and use case are shown", () => {
  const html = reportHtml(r, { nonce: "n", cspSource: "c" });
  assert.match(html, /<button class="fix" data-index="0">Declare &quot;ai-ml&quot;<\/button>/);
  assert.match(html, /Recommended stack: <span class="stack">Python<\/span>/);
  assert.match(html, /ai-ml<\/strong> \(declared\)/);
  assert.match(html, /fits this use case poorly/);
});

test("a stack that fits while the source favours the other side is called a trade-off", () => {
  const tradeOff = parseRecommendation({
    stacks: ["python"],
    declaredUseCases: ["microservices"],
    recommendation: { stack: "node", current: "python", perUseCase: [{ id: "microservices", fit: { node: "strong", python: "fits" } }] },
  });
  const html = reportHtml(tradeOff, { nonce: "n", cspSource: "c" });
  assert.match(html, /uses Python, which fits this use case; the source favours Node\.js for it, so staying is a trade-off/);
  assert.doesNotMatch(html, /poorly/);
});

test("an empty answer still renders without a chart", () => {
  const html = reportHtml(parseRecommendation({}), { nonce: "n", cspSource: "c" });
  assert.match(html, /No recommendation/);
  assert.doesNotMatch(html, /<svg/);
});

test("colours come from the theme, so high-contrast themes apply", () => {
  const html = reportHtml(r, { nonce: "n", cspSource: "c" });
  assert.doesNotMatch(html, /#[0-9a-fA-F]{3,8}\b|rgb\(/, "no hard-coded colour");
  assert.doesNotMatch(html, /\bfill="/, "no fill attribute outside the stylesheet");
  assert.match(html, /rect\.node \{ fill: var\(--vscode-charts-green\); \}/);
  assert.match(html, /rect\.python \{ fill: var\(--vscode-charts-blue\); \}/);
  assert.match(html, /stroke: var\(--vscode-contrastBorder, transparent\)/);
});
