// The one webview that shows the recommendation report, and applies the fixes its buttons ask
// for (a WorkspaceEdit from the server, or a server command).
import * as crypto from "crypto";
import * as vscode from "vscode";
import type { WorkspaceEdit as LspWorkspaceEdit } from "vscode-languageclient/node";
import { Fix, Recommendation } from "../recommendation";
import { ServerController } from "../serverController";
import { reportHtml } from "./reportHtml";

export class ReportPanel {
  private static current: ReportPanel | undefined;
  private recommendation: Recommendation;

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly server: ServerController,
    recommendation: Recommendation,
    private refresh: () => Promise<Recommendation | undefined>,
  ) {
    this.recommendation = recommendation;
    panel.onDidDispose(() => {
      if (ReportPanel.current === this) ReportPanel.current = undefined;
    });
    panel.webview.onDidReceiveMessage((m: unknown) => void this.onMessage(m));
    this.render();
  }

  static show(
    server: ServerController,
    recommendation: Recommendation,
    refresh: () => Promise<Recommendation | undefined>,
  ): void {
    if (ReportPanel.current) {
      const cur = ReportPanel.current;
      cur.recommendation = recommendation;
      cur.refresh = refresh;
      cur.render();
      cur.panel.reveal(vscode.ViewColumn.Beside);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      "stackls.report",
      "Stack Recommendation",
      vscode.ViewColumn.Beside,
      { enableScripts: true, localResourceRoots: [] },
    );
    ReportPanel.current = new ReportPanel(panel, server, recommendation, refresh);
  }

  private render(): void {
    const nonce = crypto.randomBytes(16).toString("base64");
    this.panel.webview.html = reportHtml(this.recommendation, { nonce, cspSource: this.panel.webview.cspSource });
  }

  private async onMessage(m: unknown): Promise<void> {
    const msg = m as { type?: unknown; index?: unknown };
    if (msg?.type !== "applyFix" || typeof msg.index !== "number") return;
    const fix = this.recommendation.fixes[msg.index];
    if (!fix) return;
    try {
      const applied = await applyFix(this.server, fix);
      if (!applied) {
        void vscode.window.showWarningMessage(`Stack Advisor: "${fix.title}" could not be applied.`);
      }
      const next = await this.refresh();
      if (next) this.recommendation = next;
    } catch (e) {
      this.server.log(`fix "${fix.title}" failed: ${String(e)}`);
      void vscode.window.showErrorMessage(`Stack Advisor: "${fix.title}" failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    this.render();
  }
}

export async function applyFix(server: ServerController, fix: Fix): Promise<boolean> {
  const client = server.languageClient;
  if (!client) throw new Error(server.error || "The stackls server is not running.");
  let ok = true;
  if (fix.edit) {
    const edit = await client.protocol2CodeConverter.asWorkspaceEdit(fix.edit as LspWorkspaceEdit);
    ok = await vscode.workspace.applyEdit(edit);
  }
  if (ok && fix.command) {
    await server.execute(fix.command.command, fix.command.arguments ?? []);
  }
  return ok;
}
