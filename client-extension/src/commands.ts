// The palette commands. They use ids of their own: vscode-languageclient registers the
// server's commands (stackls.recommendStack, …) under the server's ids.
import * as vscode from "vscode";
import { excludedFoldersGlob, projectManifestGlob } from "./manifestFiles";
import { parseRecommendation, Recommendation } from "./recommendation";
import { ReportPanel } from "./report/reportPanel";
import { ServerController } from "./serverController";
import { UseCaseInfo } from "./useCases";

const explainScheme = "stackls-explain";

export function activeFolder(): vscode.WorkspaceFolder | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  return (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
}

export class Commands {
  private readonly explanations = new Map<string, string>();
  private readonly explainChanged = new vscode.EventEmitter<vscode.Uri>();

  constructor(
    private readonly server: ServerController,
    private readonly useCases: UseCaseInfo[],
  ) {}

  register(context: vscode.ExtensionContext): void {
    const reg = (id: string, fn: () => Promise<void>) =>
      context.subscriptions.push(
        vscode.commands.registerCommand(id, async () => {
          try {
            await fn();
          } catch (e) {
            this.server.log(`${id} failed: ${String(e)}`);
            void vscode.window.showErrorMessage(`Stack Advisor: ${e instanceof Error ? e.message : String(e)}`);
          }
        }),
      );
    reg("stackls.showRecommendation", () => this.recommend());
    reg("stackls.declareUseCaseInteractive", () => this.declareUseCase());
    reg("stackls.explainInteractive", () => this.explain());
    reg("stackls.restartServer", () => this.server.restart());
    reg("stackls.showOutput", async () => this.server.output.show(true));
    context.subscriptions.push(
      this.explainChanged,
      vscode.workspace.registerTextDocumentContentProvider(explainScheme, {
        onDidChange: this.explainChanged.event,
        provideTextDocumentContent: (uri) => this.explanations.get(uri.toString()) ?? "",
      }),
    );
  }

  /** A running server, or a shown error (with Restart/Open Settings) and undefined. */
  private async readyServer(): Promise<ServerController | undefined> {
    if (this.server.state === "stopped") await this.server.start();
    if (this.server.state === "running") return this.server;
    if (this.server.state === "starting") {
      void vscode.window.showInformationMessage("Stack Advisor: the server is still starting; try again in a moment.");
      return undefined;
    }
    void this.server.showFailure();
    return undefined;
  }

  private async folderWithManifests(): Promise<vscode.WorkspaceFolder | undefined> {
    const folder = activeFolder();
    if (!folder) {
      void vscode.window.showInformationMessage("Stack Advisor: open a folder with a package.json or requirements file first.");
      return undefined;
    }
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, projectManifestGlob), excludedFoldersGlob, 1);
    if (found.length === 0) {
      void vscode.window.showInformationMessage(
        `Stack Advisor: ${folder.name} has no package.json or requirements file, so there is no stack to judge.`,
      );
      return undefined;
    }
    return folder;
  }

  private async pickUseCases(title: string, preselect: string[], evidence = new Map<string, string>()): Promise<string[] | undefined> {
    const items = this.useCases.map((u) => ({
      label: u.title,
      description: u.id,
      detail: evidence.get(u.id),
      picked: preselect.includes(u.id),
      id: u.id,
    }));
    // Likely ones first, so the user sees the server's guess without scrolling.
    items.sort((a, b) => Number(b.picked) - Number(a.picked));
    const picked = await vscode.window.showQuickPick(items, { title, canPickMany: true, matchOnDescription: true });
    return picked && picked.length ? picked.map((p) => p.id) : undefined;
  }

  async recommend(): Promise<void> {
    const server = await this.readyServer();
    const folder = server && (await this.folderWithManifests());
    if (!server || !folder) return;
    const root = folder.uri.toString();
    const ask = async (useCases?: string[]) =>
      parseRecommendation(await server.execute("stackls.recommendStack", [useCases ? { root, useCases } : { root }]));

    let r: Recommendation = await ask();
    let chosen: string[] | undefined;
    if (r.declaredUseCases.length === 0) {
      const evidence = new Map(r.inferredUseCases.map((u) => [u.id, u.evidence.join("; ")]));
      chosen = await this.pickUseCases(
        "What is this project for? (none declared)",
        r.inferredUseCases.filter((u) => u.confidence >= 0.5).map((u) => u.id),
        evidence,
      );
      if (!chosen) return;
      r = await ask(chosen);
    }
    ReportPanel.show(server, r, async () => {
      try {
        return await ask(chosen);
      } catch (e) {
        server.log(`refreshing the report failed: ${String(e)}`);
        return undefined;
      }
    });
  }

  private async manifestToDeclareIn(folder: vscode.WorkspaceFolder): Promise<vscode.Uri | undefined> {
    const active = vscode.window.activeTextEditor?.document.uri;
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, projectManifestGlob), excludedFoldersGlob, 50);
    if (active && files.some((f) => f.toString() === active.toString())) return active;
    // The project's own manifest sits at the root; nested ones belong to sub-packages.
    const depth = (u: vscode.Uri) => vscode.workspace.asRelativePath(u, false).split("/").length;
    files.sort((a, b) => depth(a) - depth(b) || a.path.localeCompare(b.path));
    if (files.length <= 1) return files[0];
    const picked = await vscode.window.showQuickPick(
      files.map((f) => ({ label: vscode.workspace.asRelativePath(f, false), uri: f })),
      { title: "Declare the use case in which file?" },
    );
    return picked?.uri;
  }

  async declareUseCase(): Promise<void> {
    const server = await this.readyServer();
    const folder = server && (await this.folderWithManifests());
    if (!server || !folder) return;
    const uri = await this.manifestToDeclareIn(folder);
    if (!uri) return;
    const current = parseRecommendation(await server.execute("stackls.recommendStack", [{ root: folder.uri.toString() }]));
    const preselect = current.declaredUseCases.length
      ? current.declaredUseCases
      : current.inferredUseCases.filter((u) => u.confidence >= 0.5).map((u) => u.id);
    const useCases = await this.pickUseCases(`Use case for ${vscode.workspace.asRelativePath(uri, false)}`, preselect);
    if (!useCases) return;
    await server.execute("stackls.declareUseCase", [{ uri: uri.toString(), useCases }]);
  }

  async explain(): Promise<void> {
    const server = await this.readyServer();
    if (!server) return;
    const packageItem = { label: "$(package) Explain a package…", id: "" };
    const picked = await vscode.window.showQuickPick(
      [packageItem, ...this.useCases.map((u) => ({ label: u.title, description: u.id, id: u.id }))],
      { title: "Explain a use case or a package", matchOnDescription: true },
    );
    if (!picked) return;
    let args: Record<string, string>;
    let name: string;
    if (picked.id) {
      args = { useCase: picked.id };
      name = picked.id;
    } else {
      const pkg = (await vscode.window.showInputBox({
        title: "Package name",
        prompt: "An npm or PyPI package name, e.g. express or numpy",
        validateInput: (v) => (/^[@A-Za-z0-9._/-]{1,214}$/.test(v.trim()) ? undefined : "Not a package name"),
      }))?.trim();
      if (!pkg) return;
      const eco = await vscode.window.showQuickPick(
        [
          { label: "npm", description: "Node.js package", id: "npm" },
          { label: "PyPI", description: "Python package", id: "pypi" },
        ],
        { title: `Which ecosystem is ${pkg} from?` },
      );
      if (!eco) return;
      args = { package: pkg, ecosystem: eco.id };
      name = `${eco.id}-${pkg}`;
    }
    const result = await server.execute("stackls.explain", [args]);
    const markdown = typeof result === "string" ? result : ((result as { markdown?: unknown })?.markdown as string | undefined);
    if (typeof markdown !== "string" || !markdown) {
      void vscode.window.showInformationMessage(`Stack Advisor: the server has no explanation for ${name}.`);
      return;
    }
    const uri = vscode.Uri.from({ scheme: explainScheme, path: `/${name.replace(/[^\w.@-]/g, "_")}.md` });
    this.explanations.set(uri.toString(), markdown);
    this.explainChanged.fire(uri);
    await vscode.commands.executeCommand("markdown.showPreview", uri);
  }
}
