// Maps VS Code's `stackls` configuration to what the server reads: drops client-only keys,
// normalises useCase to a list, and reports (rather than forwards) values the server would
// reject. Pure, so it is unit-tested without VS Code.
import * as path from "path";

export const severities = ["error", "warning", "information", "hint", "off"] as const;
export type RuleSeverity = (typeof severities)[number];

export interface ServerSettings {
  useCase?: string[];
  inlayHints: { enable: boolean };
  codeLens: { enable: boolean };
  rules: Record<string, RuleSeverity>;
  knowledgeFile?: string;
  maxProjects?: number;
}

export interface MappedSettings {
  settings: ServerSettings;
  /** Human-readable notes about ignored values, for the output channel. */
  problems: string[];
}

export interface PathContext {
  homeDir: string;
  workspaceFolder: string | undefined;
}

// Use-case ids are short kebab-case words; anything else cannot name a use case.
const useCaseId = /^[a-z0-9][a-z0-9-]{0,63}$/;
const maxUseCases = 32;
const maxRules = 256;
// The server's ceiling for stackls.maxProjects (server/lsp/analysis.h).
const maxProjectsCeiling = 50000;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function readBool(v: unknown, fallback: boolean, name: string, problems: string[]): boolean {
  if (v === undefined || v === null) return fallback;
  if (typeof v === "boolean") return v;
  problems.push(`stackls.${name} must be true or false; using ${fallback}.`);
  return fallback;
}

export function normaliseUseCases(v: unknown, problems: string[]): string[] | undefined {
  if (v === undefined || v === null || v === "") return undefined;
  const raw = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const item of raw) {
    if (typeof item !== "string") {
      problems.push(`stackls.useCase: ignored a value that is not a string.`);
      continue;
    }
    const id = item.trim().toLowerCase();
    if (!useCaseId.test(id)) {
      problems.push(`stackls.useCase: "${item}" is not a use-case id.`);
      continue;
    }
    if (!out.includes(id)) out.push(id);
    if (out.length >= maxUseCases) break;
  }
  return out.length ? out : undefined;
}

function expandPath(p: string, ctx: PathContext): string {
  let out = p.trim();
  if (out === "~" || out.startsWith("~/")) out = path.join(ctx.homeDir, out.slice(1));
  if (ctx.workspaceFolder !== undefined) {
    out = out.split("${workspaceFolder}").join(ctx.workspaceFolder);
    if (!path.isAbsolute(out)) out = path.resolve(ctx.workspaceFolder, out);
  }
  return out;
}

/** `raw` is what workspace.getConfiguration("stackls") holds, as a plain object. */
export function toServerSettings(raw: unknown, ctx: PathContext): MappedSettings {
  const problems: string[] = [];
  const cfg = isRecord(raw) ? raw : {};
  const settings: ServerSettings = {
    inlayHints: { enable: readBool(isRecord(cfg.inlayHints) ? cfg.inlayHints.enable : undefined, true, "inlayHints.enable", problems) },
    codeLens: { enable: readBool(isRecord(cfg.codeLens) ? cfg.codeLens.enable : undefined, true, "codeLens.enable", problems) },
    rules: {},
  };

  const useCase = normaliseUseCases(cfg.useCase, problems);
  if (useCase) settings.useCase = useCase;

  if (cfg.rules !== undefined && cfg.rules !== null) {
    if (!isRecord(cfg.rules)) {
      problems.push("stackls.rules must be an object of rule id to severity.");
    } else {
      let count = 0;
      for (const [rule, sev] of Object.entries(cfg.rules)) {
        if (++count > maxRules) {
          problems.push(`stackls.rules: only the first ${maxRules} entries are used.`);
          break;
        }
        const s = typeof sev === "string" ? sev.toLowerCase() : sev;
        if (typeof s === "string" && (severities as readonly string[]).includes(s)) {
          settings.rules[rule] = s as RuleSeverity;
        } else {
          problems.push(`stackls.rules.${rule}: "${String(sev)}" is not one of ${severities.join(", ")}.`);
        }
      }
    }
  }

  if (cfg.maxProjects !== undefined && cfg.maxProjects !== null) {
    const n = cfg.maxProjects;
    if (typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= maxProjectsCeiling) {
      settings.maxProjects = n;
    } else {
      problems.push(`stackls.maxProjects must be a whole number from 1 to ${maxProjectsCeiling}; using the server's default.`);
    }
  }

  if (typeof cfg.knowledgeFile === "string" && cfg.knowledgeFile.trim()) {
    settings.knowledgeFile = expandPath(cfg.knowledgeFile, ctx);
  }
  return { settings, problems };
}

/** Answers one workspace/configuration item: the whole section or a dotted key inside it. */
export function settingsForSection(section: string | undefined, settings: ServerSettings): unknown {
  if (section === undefined || section === "stackls") return settings;
  if (!section.startsWith("stackls.")) return undefined;
  let node: unknown = settings;
  for (const key of section.slice("stackls.".length).split(".")) {
    if (!isRecord(node)) return null;
    node = node[key];
  }
  return node ?? null;
}
