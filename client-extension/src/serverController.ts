// Owns the language client: finds the server, starts and restarts it, maps settings for it,
// and turns every way of failing (no binary, wrong path, crash at start, crash loop) into one
// clear notification instead of a retry loop.
import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as vscode from "vscode";
import {
  CloseAction,
  DocumentSelector,
  ErrorAction,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
} from "vscode-languageclient/node";
import { manifestPatterns } from "./manifestFiles";
import { discoverServer, FileProbe } from "./serverDiscovery";
import { settingsForSection, toServerSettings, ServerSettings } from "./settings";

export type ServerState = "stopped" | "starting" | "running" | "failed";

const documentSelector: DocumentSelector = manifestPatterns.map((pattern) => ({ scheme: "file", pattern }));

// A server that keeps dying is left stopped after this many restarts within the window.
const maxCrashRestarts = 3;
const crashWindowMs = 3 * 60 * 1000;

const nodeProbe: FileProbe = {
  isExecutableFile(file) {
    try {
      if (!fs.statSync(file).isFile()) return false;
      fs.accessSync(file, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
  exists(file) {
    return fs.existsSync(file);
  },
};

// The controller tells the user about start-up failures itself, once and with actions; the
// library's own forced notifications would only repeat it less clearly.
class StacklsClient extends LanguageClient {
  override error(message: string, data?: unknown, showNotification: boolean | "force" = true): void {
    super.error(message, data, showNotification === "force" ? false : showNotification);
  }
}

function lastLine(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return (lines[lines.length - 1] ?? "").slice(0, 300);
}

export class ServerController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private process: ChildProcess | undefined;
  private stderrTail = "";
  private exitDescription: string | undefined;
  private processExited: Promise<void> = Promise.resolve();
  private stateValue: ServerState = "stopped";
  private lastError = "";
  private runningServer = "";
  private crashTimes: number[] = [];
  private readonly stateEmitter = new vscode.EventEmitter<ServerState>();
  readonly onDidChangeState = this.stateEmitter.event;
  private readonly disposables: vscode.Disposable[] = [this.stateEmitter];

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly output: vscode.OutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration("stackls.server.path")) {
          this.log("stackls.server.path changed: restarting the server.");
          void this.restart();
        }
        // Other stackls settings reach the server through its workspace/configuration pull,
        // which VS Code triggers for the section the server registered; the middleware maps it.
      }),
    );
  }

  get state(): ServerState {
    return this.stateValue;
  }

  get error(): string {
    return this.lastError;
  }

  /** Which server runs: its path, version and kind, e.g. for the status bar tooltip. */
  get serverDescription(): string {
    return this.stateValue === "running" ? this.runningServer : "";
  }

  get languageClient(): LanguageClient | undefined {
    return this.stateValue === "running" ? this.client : undefined;
  }

  log(message: string): void {
    this.output.appendLine(`[${new Date().toISOString()}] ${message}`);
  }

  private setState(s: ServerState): void {
    this.stateValue = s;
    this.stateEmitter.fire(s);
  }

  private scopeFolder(uri?: vscode.Uri): vscode.WorkspaceFolder | undefined {
    return (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
  }

  /** The server's view of the settings for one resource, problems logged. */
  serverSettings(scope?: vscode.Uri): ServerSettings {
    const folder = this.scopeFolder(scope);
    const raw = vscode.workspace.getConfiguration("stackls", scope ?? folder?.uri);
    // A WorkspaceConfiguration is a proxy; a JSON round trip gives the plain object the
    // mapper expects.
    const plain = JSON.parse(JSON.stringify(raw)) as unknown;
    const mapped = toServerSettings(plain, { homeDir: os.homedir(), workspaceFolder: folder?.uri.fsPath });
    for (const p of mapped.problems) this.log(`settings: ${p}`);
    return mapped.settings;
  }

  async start(): Promise<void> {
    if (this.stateValue === "starting" || this.stateValue === "running") return;
    this.setState("starting");
    const folder = this.scopeFolder();
    const found = discoverServer(
      {
        configuredPath: vscode.workspace.getConfiguration("stackls").get<string>("server.path"),
        extensionPath: this.context.extensionPath,
        envPath: process.env.PATH,
        homeDir: os.homedir(),
        workspaceFolder: folder?.uri.fsPath,
        platform: process.platform,
        arch: process.arch,
      },
      nodeProbe,
    );
    this.log(`looked for the server at: ${found.tried.join(", ") || "(nowhere)"}`);
    if (!found.ok) {
      this.fail(found.message);
      return;
    }
    this.log(`starting ${found.command} (from ${found.source})`);

    // The process is spawned here rather than by the library so that a failure can be
    // explained with its exit status and last stderr line.
    const serverOptions: ServerOptions = async () => {
      const cp = spawn(found.command, ["--stdio"], { stdio: "pipe" });
      this.process = cp;
      this.stderrTail = "";
      this.exitDescription = undefined;
      this.processExited = new Promise((resolve) => cp.once("exit", () => resolve()));
      cp.stderr?.on("data", (d: Buffer) => {
        this.stderrTail = (this.stderrTail + d.toString()).slice(-4000);
      });
      cp.stdin?.on("error", (e) => this.log(`writing to the server failed: ${e.message}`));
      cp.on("error", (e) => this.log(`server process error: ${e.message}`));
      cp.on("exit", (code, signal) => {
        this.exitDescription = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        if (this.process === cp) this.process = undefined;
      });
      return cp;
    };
    let initialised = false;
    const clientOptions: LanguageClientOptions = {
      documentSelector,
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationFailedHandler: (e) => {
        this.log(`initialize failed: ${e instanceof Error ? e.message : String(e)}`);
        return false;
      },
      initializationOptions: { stackls: this.serverSettings() },
      errorHandler: {
        error: (_err, _msg, count) => ({
          action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown,
          handled: true,
        }),
        closed: () => {
          if (!initialised) {
            // start() reports this failure once; restarting would only fail the same way.
            return { action: CloseAction.DoNotRestart, handled: true };
          }
          const now = Date.now();
          this.crashTimes = [...this.crashTimes.filter((t) => now - t < crashWindowMs), now];
          if (this.crashTimes.length > maxCrashRestarts) {
            this.fail(`The stackls server stopped ${this.crashTimes.length} times in 3 minutes; it stays stopped.`);
            return { action: CloseAction.DoNotRestart, handled: true };
          }
          this.log("the server stopped unexpectedly; restarting it.");
          return { action: CloseAction.Restart, handled: true };
        },
      },
      middleware: {
        workspace: {
          configuration: async (params, token, next) => {
            const answers = await next(params, token);
            if (!Array.isArray(answers)) return answers;
            return params.items.map((item, i) => {
              if (item.section !== "stackls" && !item.section?.startsWith("stackls.")) return answers[i];
              const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
              return settingsForSection(item.section, this.serverSettings(scope));
            });
          },
        },
      },
    };

    const client = new StacklsClient("stackls", "Stack Advisor", serverOptions, clientOptions);
    this.client = client;
    try {
      await client.start();
      // start() can resolve even though the connection closed during initialize.
      if (!client.isRunning()) throw new Error("the server stopped during start-up");
      initialised = true;
      const version = client.initializeResult?.serverInfo?.version ?? "of unknown version";
      this.runningServer = `stackls ${version}, native ${process.platform}-${process.arch} build, ${found.command}`;
      this.setState("running");
      this.log(`server running: ${this.runningServer}`);
    } catch (e) {
      this.client = undefined;
      // The exit status usually arrives just after the broken pipe; it explains more.
      await this.waitForExit(1500);
      await client.dispose(2000).catch(() => undefined);
      this.killProcess();
      const why = this.exitDescription ? `it ${this.exitDescription}` : e instanceof Error ? e.message : String(e);
      const said = lastLine(this.stderrTail);
      this.fail(`The stackls server (${found.command}) failed to start: ${why}${said ? `, saying "${said}"` : ""}.`);
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) {
      try {
        if (client.isRunning()) await client.stop(3000);
      } catch (e) {
        this.log(`stopping the server: ${String(e)}`);
      }
      await client.dispose(1000).catch(() => undefined);
    }
    await this.waitForExit(1000);
    this.killProcess();
    this.setState("stopped");
  }

  async restart(): Promise<void> {
    this.crashTimes = [];
    this.lastError = "";
    await this.stop();
    await this.start();
  }

  private async waitForExit(ms: number): Promise<void> {
    if (!this.process) return;
    await Promise.race([this.processExited, new Promise((r) => setTimeout(r, ms))]);
  }

  /** A server that ignored shutdown/exit must not outlive its client. */
  private killProcess(): void {
    const cp = this.process;
    this.process = undefined;
    if (cp && cp.exitCode === null && cp.signalCode === null) cp.kill("SIGTERM");
  }

  /** Runs one of the server's workspace/executeCommand commands. */
  async execute(command: string, args: unknown[] = []): Promise<unknown> {
    const client = this.languageClient;
    if (!client) throw new Error(this.lastError || "The stackls server is not running.");
    return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  private fail(message: string): void {
    this.lastError = message;
    this.log(message);
    this.setState("failed");
    void this.showFailure(message);
  }

  async showFailure(message = this.lastError): Promise<void> {
    const choice = await vscode.window.showErrorMessage(
      `Stack Advisor: ${message}`,
      "Open Settings",
      "Restart Server",
      "Show Output",
    );
    if (choice === "Open Settings") {
      await vscode.commands.executeCommand("workbench.action.openSettings", "stackls.server.path");
    } else if (choice === "Restart Server") {
      await this.restart();
    } else if (choice === "Show Output") {
      this.output.show(true);
    }
  }

  dispose(): void {
    void this.stop();
    for (const d of this.disposables) d.dispose();
  }
}
