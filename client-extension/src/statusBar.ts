// The status bar item: the project's use case (declared or inferred) and how well its stack
// fits, refreshed when manifests change; clicking it opens the recommendation report.
import * as vscode from "vscode";
import { excludedFoldersGlob, isManifestPath, projectManifestGlob } from "./manifestFiles";
import { parseRecommendation, statusText } from "./recommendation";
import { ServerController } from "./serverController";

const refreshDelayMs = 600;

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("stackls.status", vscode.StatusBarAlignment.Left, 10);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private timer: NodeJS.Timeout | undefined;
  // Answers can arrive out of order; only the newest request may update the item.
  private generation = 0;
  // The item shows only in workspaces holding a manifest the server analyses: the extension
  // also activates for a palette command, and an item saying "nothing here" is noise.
  private hasManifest: boolean | undefined;

  constructor(
    private readonly server: ServerController,
    private readonly rootFor: () => vscode.WorkspaceFolder | undefined,
  ) {
    this.item.name = "Stack Advisor";
    this.disposables.push(
      server.onDidChangeState(() => this.schedule(0)),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => isManifestPath(u.path))) this.schedule(refreshDelayMs);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        if (isManifestPath(d.uri.path)) this.schedule(refreshDelayMs);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration("stackls.useCase")) this.schedule(refreshDelayMs);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.forgetManifests()),
    );
    const watcher = vscode.workspace.createFileSystemWatcher(projectManifestGlob, false, true, false);
    watcher.onDidCreate(() => this.forgetManifests());
    watcher.onDidDelete(() => this.forgetManifests());
    this.disposables.push(watcher);
    this.schedule(0);
  }

  schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delayMs);
  }

  private show(text: string, tooltip: string, command: string): void {
    this.item.text = text;
    const server = this.server.serverDescription;
    this.item.tooltip = server ? `${tooltip}\n\nServer: ${server}` : tooltip;
    this.item.command = command;
    this.item.accessibilityInformation = { label: `Stack Advisor: ${text.replace(/\$\([^)]*\)\s*/g, "")}` };
    this.item.show();
  }

  private forgetManifests(): void {
    this.hasManifest = undefined;
    this.schedule(refreshDelayMs);
  }

  private async workspaceHasManifest(): Promise<boolean> {
    if (this.hasManifest === undefined) {
      const found = await vscode.workspace.findFiles(projectManifestGlob, excludedFoldersGlob, 1);
      this.hasManifest = found.length > 0;
    }
    return this.hasManifest;
  }

  private async refresh(): Promise<void> {
    const gen = ++this.generation;
    const relevant = await this.workspaceHasManifest();
    if (gen !== this.generation) return;
    if (!relevant) {
      this.item.hide();
      return;
    }
    switch (this.server.state) {
      case "stopped":
        this.item.hide();
        return;
      case "starting":
        this.show("$(sync~spin) Stack Advisor", "Starting the stackls server…", "stackls.showOutput");
        return;
      case "failed":
        this.show("$(error) Stack Advisor", `${this.server.error}\nClick to restart the server.`, "stackls.restartServer");
        return;
    }
    const folder = this.rootFor();
    if (!folder) {
      this.item.hide();
      return;
    }
    try {
      const raw = await this.server.execute("stackls.recommendStack", [{ root: folder.uri.toString() }]);
      if (gen !== this.generation) return;
      const r = parseRecommendation(raw);
      if (r.stacks.length === 0 && r.declaredUseCases.length === 0 && r.inferredUseCases.length === 0) {
        this.item.hide();  // this folder of a multi-root workspace has no manifest
        return;
      }
      const s = statusText(r);
      this.show(s.text, s.tooltip, "stackls.showRecommendation");
    } catch (e) {
      if (gen !== this.generation) return;
      this.server.log(`status: recommendStack failed: ${String(e)}`);
      this.show("$(warning) Stack Advisor", `Could not get a recommendation: ${e instanceof Error ? e.message : String(e)}`, "stackls.showOutput");
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
