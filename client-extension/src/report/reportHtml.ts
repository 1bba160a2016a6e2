// Renders the recommendation report as one self-contained HTML page: a strict CSP, no remote
// resources, an inline SVG bar chart of the per-dimension scores, the reasons with their
// sources and one button per fix. Pure, so it is unit-tested without VS Code.
import { Recommendation, effectiveUseCases, fit, stackTitles } from "../recommendation";

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}


/** Two bars per dimension (Node.js, Python), scaled to the largest score shown. */
export function scoreChartSvg(r: Recommendation): string {
  const dims = r.dimensions;
  if (dims.length === 0) return "";
  const labelWidth = 220;
  const barArea = 320;
  const rowHeight = 34;
  const top = 28;
  const width = labelWidth + barArea + 60;
  const height = top + dims.length * rowHeight + 8;
  const max = Math.max(1, ...dims.flatMap((d) => [Math.abs(d.node), Math.abs(d.python)]));
  const bar = (v: number) => Math.max(0, (Math.abs(v) / max) * barArea);
  const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
  const rows = dims
    .map((d, i) => {
      const y = top + i * rowHeight;
      const title = escapeHtml(d.title);
      return [
        `<g class="dimension" data-id="${escapeHtml(d.id)}">`,
        `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end" class="label">${title}</text>`,
        `<rect class="bar node" x="${labelWidth}" y="${y + 2}" width="${bar(d.node).toFixed(1)}" height="12"><title>Node.js: ${fmt(d.node)}</title></rect>`,
        `<text x="${labelWidth + bar(d.node) + 4}" y="${y + 12}" class="value">${fmt(d.node)}</text>`,
        `<rect class="bar python" x="${labelWidth}" y="${y + 16}" width="${bar(d.python).toFixed(1)}" height="12"><title>Python: ${fmt(d.python)}</title></rect>`,
        `<text x="${labelWidth + bar(d.python) + 4}" y="${y + 26}" class="value">${fmt(d.python)}</text>`,
        `</g>`,
      ].join("");
    })
    .join("\n");
  const legend =
    `<rect class="swatch node" x="${labelWidth}" y="6" width="12" height="12"/><text x="${labelWidth + 16}" y="16" class="value">Node.js</text>` +
    `<rect class="swatch python" x="${labelWidth + 90}" y="6" width="12" height="12"/><text x="${labelWidth + 106}" y="16" class="value">Python</text>`;
  return `<svg id="chart" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Node.js and Python scores per dimension" viewBox="0 0 ${width} ${height}">${legend}\n${rows}</svg>`;
}

export interface ReportPageOptions {
  nonce: string;
  /** The webview's cspSource; unused by the page's content but allowed for its own fonts. */
  cspSource: string;
}

export function reportHtml(r: Recommendation, opts: ReportPageOptions): string {
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${opts.nonce}'`,
    `script-src 'nonce-${opts.nonce}'`,
    `font-src ${opts.cspSource}`,
  ].join("; ");
  const uc = effectiveUseCases(r);
  const verdict = r.stack ? stackTitles[r.stack] : "No recommendation";
  const f = fit(r);
  const current = r.stacks.map((s) => stackTitles[s] ?? s).join(" + ") || "none found";
  const fitLine =
    f === "poor"
      ? `Your project uses ${escapeHtml(current)}, which fits this use case poorly.`
      : f === "trade-off"
        ? `Your project uses ${escapeHtml(current)}, which fits this use case; the source favours ${escapeHtml(
            verdict,
          )} for it, so staying is a trade-off rather than a misfit.`
        : f === "good"
          ? `Your project uses ${escapeHtml(current)}, which fits this use case.`
          : `Project stack: ${escapeHtml(current)}.`;
  const scores = r.scores
    ? `<p class="scores">Overall score: Node.js <strong>${r.scores.node}</strong>, Python <strong>${r.scores.python}</strong></p>`
    : "";
  const inferred = r.inferredUseCases.length
    ? `<ul class="inferred">${r.inferredUseCases
        .map(
          (u) =>
            `<li><code>${escapeHtml(u.id)}</code> (${Math.round(u.confidence * 100)}%)${
              u.evidence.length ? ": " + u.evidence.map(escapeHtml).join("; ") : ""
            }</li>`,
        )
        .join("")}</ul>`
    : "";
  const reasons = r.reasons.length
    ? `<ol id="reasons">${r.reasons
        .map((x) => `<li>${escapeHtml(x.text)}${x.source ? ` <span class="source">(${escapeHtml(x.source)})</span>` : ""}</li>`)
        .join("")}</ol>`
    : "<p>The server gave no reasons.</p>";
  const fixes = r.fixes.length
    ? `<div id="fixes">${r.fixes
        .map((fx, i) => `<button class="fix" data-index="${i}">${escapeHtml(fx.title)}</button>`)
        .join("")}</div>`
    : "<p>No fixes offered.</p>";
  const chart = scoreChartSvg(r) || "<p>The server gave no per-dimension scores.</p>";

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stack Recommendation</title>
<style nonce="${opts.nonce}">
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1.5em; }
h1 .stack { color: var(--vscode-textLink-foreground); }
#chart { width: 100%; max-width: 640px; height: auto; }
svg text { fill: var(--vscode-foreground); font-size: 12px; }
/* Theme colours, so the chart follows light, dark and high-contrast themes; in high contrast
   the bars also get the theme's contrast border. */
rect.node { fill: var(--vscode-charts-green); }
rect.python { fill: var(--vscode-charts-blue); }
rect.bar, rect.swatch { stroke: var(--vscode-contrastBorder, transparent); stroke-width: 1px; }
.source { color: var(--vscode-descriptionForeground); }
button.fix { margin: 0 .5em .5em 0; padding: .4em .9em; border: none; cursor: pointer;
  color: var(--vscode-button-foreground); background: var(--vscode-button-background); }
button.fix:hover { background: var(--vscode-button-hoverBackground); }
button.fix:disabled { opacity: .5; cursor: default; }
</style>
</head>
<body>
<main id="report" data-stack="${escapeHtml(r.stack ?? "")}">
<h1>Recommended stack: <span class="stack">${escapeHtml(verdict)}</span></h1>
<p>Use case: <strong>${escapeHtml(uc.ids.join(", ") || "none")}</strong>${uc.declared ? " (declared)" : uc.ids.length ? " (inferred)" : ""}. ${fitLine}</p>
${scores}
${inferred}
<h2>Scores per dimension</h2>
${chart}
<h2>Why</h2>
${reasons}
<h2>Fixes</h2>
${fixes}
</main>
<script nonce="${opts.nonce}">
const vscode = acquireVsCodeApi();
for (const b of document.querySelectorAll("button.fix")) {
  b.addEventListener("click", () => {
    b.disabled = true;
    vscode.postMessage({ type: "applyFix", index: Number(b.dataset.index) });
  });
}
</script>
</body>
</html>`;
}
