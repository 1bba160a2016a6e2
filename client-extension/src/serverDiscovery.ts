// Finds the stackls executable: the stackls.server.path setting, else the binary bundled in
// the extension's bin/<platform>-<arch>/, else `stackls` on PATH. Pure apart from the
// injected file checks, so the order and the error text can be unit-tested without VS Code.
import * as path from "path";

export type ServerSource = "setting" | "bundled" | "path";

export interface FileProbe {
  /** True when `file` exists, is a regular file and may be executed by this process. */
  isExecutableFile(file: string): boolean;
  exists(file: string): boolean;
}

export interface DiscoveryInput {
  /** Raw value of stackls.server.path (may be empty, relative, or start with ~). */
  configuredPath: string | undefined;
  extensionPath: string;
  /** The PATH environment variable. */
  envPath: string | undefined;
  homeDir: string;
  /** Used to resolve a relative stackls.server.path. */
  workspaceFolder: string | undefined;
  platform: NodeJS.Platform;
  /** process.arch */
  arch: string;
}

export type DiscoveryResult =
  | { ok: true; command: string; source: ServerSource; tried: string[] }
  | { ok: false; reason: "bad-setting" | "not-found"; message: string; tried: string[] };

export function executableName(platform: NodeJS.Platform): string {
  return platform === "win32" ? "stackls.exe" : "stackls";
}

/** The platforms a server is built for, named as `vsce package --target` names them. */
export const bundledTargets = ["linux-x64", "linux-arm64", "win32-x64"] as const;

/** "linux-x64" for Node's process.platform/process.arch, or undefined when none is built. */
export function bundledTarget(platform: NodeJS.Platform, arch: string): string | undefined {
  const target = `${platform}-${arch}`;
  return (bundledTargets as readonly string[]).includes(target) ? target : undefined;
}

/** What the user must do when no server runs here: build one and point the setting at it. */
export function noServerMessage(platform: NodeJS.Platform, arch: string): string {
  const target = `${platform}-${arch}`;
  const exe = executableName(platform);
  const built = bundledTarget(platform, arch)
    ? `This copy of the extension has no server for ${target} and \`stackls\` is not on PATH.`
    : `The extension ships no stackls server for ${target} (only for ${bundledTargets.join(", ")}), and \`stackls\` is not on PATH.`;
  return (
    `${built} Build the server from the stackls sources (CMake ≥ 3.25, Ninja, a C++20 compiler, ` +
    "nlohmann-json, Boost and spdlog): `cmake -S . -B build/release -G Ninja -DSTACKLS_BUILD_TESTS=OFF && " +
    "cmake --build build/release`, then set stackls.server.path to the full path of " +
    `build/release/bin/${exe}.`
  );
}

/** Expands ~ and ${workspaceFolder}, then resolves a relative path against the workspace. */
export function resolveConfiguredPath(raw: string, input: DiscoveryInput): string {
  let p = raw.trim();
  if (p === "~" || p.startsWith("~/")) p = path.join(input.homeDir, p.slice(1));
  if (input.workspaceFolder !== undefined) {
    p = p.split("${workspaceFolder}").join(input.workspaceFolder);
  }
  if (!path.isAbsolute(p) && input.workspaceFolder !== undefined) {
    p = path.resolve(input.workspaceFolder, p);
  }
  return p;
}

export function discoverServer(input: DiscoveryInput, probe: FileProbe): DiscoveryResult {
  const tried: string[] = [];
  const configured = input.configuredPath?.trim();
  // A path the user chose and got wrong is reported as such; silently running some other
  // binary instead would hide the mistake.
  if (configured) {
    const p = resolveConfiguredPath(configured, input);
    tried.push(p);
    if (probe.isExecutableFile(p)) return { ok: true, command: p, source: "setting", tried };
    const why = probe.exists(p) ? "is not an executable file" : "does not exist";
    return {
      ok: false,
      reason: "bad-setting",
      message: `The stackls.server.path setting points to ${p}, which ${why}.`,
      tried,
    };
  }

  const exe = executableName(input.platform);
  const target = bundledTarget(input.platform, input.arch);
  if (target) {
    const bundled = path.join(input.extensionPath, "bin", target, exe);
    tried.push(bundled);
    if (probe.isExecutableFile(bundled)) return { ok: true, command: bundled, source: "bundled", tried };
  }

  const sep = input.platform === "win32" ? ";" : ":";
  for (const dir of (input.envPath ?? "").split(sep)) {
    if (!dir) continue;
    const candidate = path.join(dir, exe);
    tried.push(candidate);
    if (probe.isExecutableFile(candidate)) return { ok: true, command: candidate, source: "path", tried };
  }
  return {
    ok: false,
    reason: "not-found",
    message: noServerMessage(input.platform, input.arch),
    tried,
  };
}
