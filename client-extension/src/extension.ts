// Entry point of the Stack Advisor extension: wires the server controller, the palette
// commands and the status bar together.
import * as vscode from "vscode";
import { activeFolder, Commands } from "./commands";
import { ServerController } from "./serverController";
import { StatusBar } from "./statusBar";
import { useCasesFromManifest } from "./useCases";

let controller: ServerController | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel("Stack Advisor");
  controller = new ServerController(context, output);
  context.subscriptions.push(output, controller);

  new Commands(controller, useCasesFromManifest(context.extension.packageJSON)).register(context);
  context.subscriptions.push(new StatusBar(controller, activeFolder));

  // Activation can come from a palette command in a folder with no manifests; the server is
  // still started so the command can answer, and start() reports failures itself.
  await controller.start();
}

export async function deactivate(): Promise<void> {
  await controller?.stop();
  controller = undefined;
}
