// The result of the server's stackls.recommendStack command, read defensively: the server is
// another program, so every field is checked and every list bounded before the UI uses it.

export type StackId = "node" | "python" | "split";

export interface InferredUseCase {
  id: string;
  confidence: number;
  evidence: string[];
}

export interface Dimension {
  id: string;
  title: string;
  node: number;
  python: number;
  weight: number;
}

export interface Reason {
  text: string;
  source: string;
}

export interface Fix {
  title: string;
  /** An LSP WorkspaceEdit, applied through the language client's converter. */
  edit?: unknown;
  /** An LSP Command to run on the server. */
  command?: { command: string; arguments?: unknown[] };
}

/** How the source rates each side for one of the use cases the recommendation is for. */
export interface UseCaseFit {
  id: string;
  node: string;
  python: string;
}

export interface Recommendation {
  root: string;
  stacks: string[];
  /** The stack whose code does the work (the server's working stack), when there is one. */
  current: "node" | "python" | undefined;
  declaredUseCases: string[];
  inferredUseCases: InferredUseCase[];
  stack: StackId | undefined;
  scores: { node: number; python: number } | undefined;
  useCaseFits: UseCaseFit[];
  dimensions: Dimension[];
  reasons: Reason[];
  fixes: Fix[];
  markdown: string;
}

const maxItems = 200;
const maxText = 4000;

function rec(v: unknown): Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
function str(v: unknown, max = maxText): string {
  return typeof v === "string" ? v.slice(0, max) : "";
}
function num(v: unknown): number {
  return typeof v === "number" && Number.isFinite(v) ? v : 0;
}
function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v.slice(0, maxItems) : [];
}
function strings(v: unknown): string[] {
  return list(v).filter((x): x is string => typeof x === "string").map((x) => x.slice(0, maxText));
}

function parseFix(v: unknown): Fix | undefined {
  const f = rec(v);
  const title = str(f.title);
  if (!title) return undefined;
  const fix: Fix = { title };
  if (f.edit !== undefined && typeof f.edit === "object" && f.edit !== null) fix.edit = f.edit;
  const c = rec(f.command);
  if (typeof c.command === "string") {
    fix.command = { command: c.command, arguments: Array.isArray(c.arguments) ? c.arguments : undefined };
  }
  return fix.edit || fix.command ? fix : undefined;
}

export function parseRecommendation(raw: unknown): Recommendation {
  const r = rec(raw);
  const rc = rec(r.recommendation);
  const stackRaw = rc.stack;
  const stack = stackRaw === "node" || stackRaw === "python" || stackRaw === "split" ? stackRaw : undefined;
  const sc = rec(rc.scores);
  return {
    root: str(r.root),
    stacks: strings(r.stacks),
    current: rc.current === "node" || rc.current === "python" ? rc.current : undefined,
    declaredUseCases: strings(r.declaredUseCases),
    inferredUseCases: list(r.inferredUseCases)
      .map(rec)
      .filter((u) => typeof u.id === "string")
      .map((u) => ({ id: str(u.id, 64), confidence: num(u.confidence), evidence: strings(u.evidence) })),
    stack,
    scores: rc.scores === undefined ? undefined : { node: num(sc.node), python: num(sc.python) },
    useCaseFits: list(rc.perUseCase)
      .map(rec)
      .map((u) => ({ id: str(u.id, 64), node: str(rec(u.fit).node, 16), python: str(rec(u.fit).python, 16) }))
      .filter((u) => u.id !== ""),
    dimensions: list(rc.dimensions)
      .map(rec)
      .map((d) => ({
        id: str(d.id, 64),
        title: str(d.title, 200) || str(d.id, 64),
        node: num(d.node),
        python: num(d.python),
        weight: num(d.weight),
      }))
      .filter((d) => d.id !== ""),
    reasons: list(rc.reasons)
      .map(rec)
      .map((x) => ({ text: str(x.text), source: str(x.source, 500) }))
      .filter((x) => x.text !== ""),
    fixes: list(r.fixes)
      .map(parseFix)
      .filter((f): f is Fix => f !== undefined),
    markdown: str(r.markdown, 100_000),
  };
}

export const stackTitles: Record<string, string> = { node: "Node.js", python: "Python", split: "Node.js + Python" };

/** The use cases the advice is about: the declared ones, else the first inferred (the server ranks them). */
export function effectiveUseCases(r: Recommendation): { ids: string[]; declared: boolean } {
  if (r.declaredUseCases.length) return { ids: r.declaredUseCases, declared: true };
  const first = r.inferredUseCases[0];
  return { ids: first ? [first.id] : [], declared: false };
}

export type Fit = "good" | "trade-off" | "poor" | "unknown";

/**
 * How the project's stack fares, as the server's severity ladder has it: "poor" when the
 * source rates it weak for the primary use case, "trade-off" when it fits there but the
 * recommendation names the other side, "good" otherwise. Without the per-use-case fits (an
 * older server) it compares the project's stacks with the recommendation.
 */
export function fit(r: Recommendation): Fit {
  if (!r.stack || r.stacks.length === 0) return "unknown";
  const primary = effectiveUseCases(r).ids[0] ?? r.useCaseFits[0]?.id;
  const rated = r.useCaseFits.find((u) => u.id === primary);
  const here = r.current ?? (r.stacks.length === 1 ? r.stacks[0] : undefined);
  if (rated && (here === "node" || here === "python")) {
    if (rated[here] === "weak") return "poor";
    return r.stack === here ? "good" : "trade-off";
  }
  if (rated && r.stack !== "split") return "good";  // both stacks do work: nothing is judged
  if (r.stack === "split") return r.stacks.includes("node") && r.stacks.includes("python") ? "good" : "poor";
  return r.stacks.includes(r.stack) ? "good" : "poor";
}

const fitWords: Record<Fit, string> = { good: "fits", "trade-off": "fits (trade-off)", poor: "poor fit", unknown: "fit unknown" };

export function statusText(r: Recommendation): { text: string; tooltip: string } {
  const uc = effectiveUseCases(r);
  const f = fit(r);
  const useCase = uc.ids.length ? uc.ids.join(", ") : "no use case";
  const fitWord = fitWords[f];
  const current = r.stacks.map((s) => stackTitles[s] ?? s).join(" + ") || "no stack";
  const icon = f === "poor" ? "$(warning)" : f === "good" ? "$(check)" : f === "trade-off" ? "$(info)" : "$(question)";
  const lines = [
    `Use case: ${useCase}${uc.declared ? " (declared)" : uc.ids.length ? " (inferred)" : ""}`,
    `Project stack: ${current}`,
  ];
  if (r.stack) lines.push(`Recommended: ${stackTitles[r.stack]}`);
  if (r.scores) lines.push(`Scores: Node.js ${r.scores.node}, Python ${r.scores.python}`);
  lines.push("Click for the full recommendation.");
  return { text: `${icon} ${useCase}: ${current} ${fitWord}`, tooltip: lines.join("\n") };
}
