// End-to-end test of the Stack Advisor extension inside a real VS Code (code-server 4.96.4)
// driven through Debian's chromium by playwright-core: installs the .vsix, opens a workspace
// whose stack does not fit its declared use case, and checks what a user would see.
// Usage: node e2e.mjs --vsix FILE --cache DIR --fixture DIR --poetry-fixture DIR --out DIR [--server FILE]
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
for (const k of ["vsix", "cache", "fixture", "poetry-fixture", "out"]) {
  if (!args[k]) {
    console.error(`e2e: missing --${k}`);
    process.exit(2);
  }
}
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const log = (m) => console.log(`[${elapsed()}] ${m}`);

const require = createRequire(path.join(args.cache, "node_modules", "noop.js"));
const { chromium } = require("playwright-core");
const codeServer = path.join(args.cache, "node_modules", "code-server", "out", "node", "entry.js");

const outDir = path.resolve(args.out);
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "stackls-vscode-e2e-"));
const dirs = Object.fromEntries(
  ["user-data", "extensions", "xdg-config", "xdg-data", "xdg-cache", "chrome-profile", "workspace"].map((d) => {
    fs.mkdirSync(path.join(tmp, d), { recursive: true });
    return [d, path.join(tmp, d)];
  }),
);
// The quick fix edits the workspace, so it works on a copy of the fixture.
fs.cpSync(args.fixture, dirs.workspace, { recursive: true });
const manifest = path.join(dirs.workspace, "package.json");

const settings = {
  // Keep VS Code off the network and out of the way.
  "json.schemaDownload.enable": false,
  "npm.fetchOnlinePackageInfo": false,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "security.workspace.trust.enabled": false,
  "editor.hover.delay": 200,
  "editor.lightbulb.enabled": "off",
  "window.restoreWindows": "none",
};
if (args.server) settings["stackls.server.path"] = path.resolve(args.server);
fs.mkdirSync(path.join(dirs["user-data"], "User"), { recursive: true });
const settingsFile = path.join(dirs["user-data"], "User", "settings.json");
fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2));

const env = {
  ...process.env,
  XDG_CONFIG_HOME: dirs["xdg-config"],
  XDG_DATA_HOME: dirs["xdg-data"],
  XDG_CACHE_HOME: dirs["xdg-cache"],
};
const csArgs = ["--user-data-dir", dirs["user-data"], "--extensions-dir", dirs.extensions];

const results = [];
let browser;
let server;
let page;
let base;

async function shot(name) {
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file }).catch((e) => log(`screenshot ${name} failed: ${e.message}`));
  return file;
}

async function check(name, fn) {
  const t = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    log(`PASS ${name} (${((Date.now() - t) / 1000).toFixed(1)}s)`);
  } catch (e) {
    results.push({ name, ok: false, error: e.message });
    log(`FAIL ${name}: ${e.message}`);
    await shot(`fail-${name.replace(/\W+/g, "-")}`);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(url, { redirect: "manual" });
      if (r.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer at ${url} within ${ms / 1000}s`);
}

/** Runs a command by its palette title, the way a user would. */
async function runCommand(title) {
  const input = page.locator(".quick-input-widget .quick-input-box input");
  // Recently used and similar commands are listed too: pick the one with exactly this title.
  const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
  const row = page
    .locator(".quick-input-widget .monaco-list-row")
    .filter({ has: page.locator(".label-name", { hasText: exact }) })
    .first();
  // An extension's commands are listed only once the extension host has read it: retry.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press("F1");
    await input.waitFor({ state: "visible", timeout: 10_000 });
    await input.fill(`>${title}`);
    try {
      await row.waitFor({ state: "visible", timeout: 10_000 });
      break;
    } catch (e) {
      if (attempt === 3) throw new Error(`the command palette never listed "${title}"`);
      await page.keyboard.press("Escape");
    }
  }
  await row.click();
  // The palette closes, or a command's own quick pick takes its place at once.
  await page.waitForFunction(
    () => {
      const i = document.querySelector(".quick-input-widget .quick-input-box input");
      return !i || i.offsetParent === null || !i.value.startsWith(">");
    },
    undefined,
    { timeout: 10_000 },
  );
}

async function openFile(name) {
  // Quick open searches with ripgrep, which is slow on a busy machine: retry a few times.
  const input = page.locator(".quick-input-widget .quick-input-box input");
  const row = page.locator(".quick-input-widget .monaco-list-row", { hasText: name }).first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press("Control+P");
    await input.waitFor({ state: "visible", timeout: 10_000 });
    await input.fill(name);
    try {
      await row.waitFor({ timeout: 15_000 });
      break;
    } catch (e) {
      if (attempt === 3) throw new Error(`quick open never listed ${name}: ${e.message}`);
      await page.keyboard.press("Escape");
    }
  }
  await input.press("Enter");
  await page.locator(`.tabs-container .tab[aria-label^="${name}"]`).first().waitFor({ timeout: 10_000 });
}

/** The problems rows that come from stackls, as text. */
async function stacklsProblems() {
  const rows = page.locator(".markers-panel .monaco-list-row");
  const texts = await rows.allInnerTexts();
  return texts.filter((t) => /stackls/.test(t));
}

/** A token in the visible editor, found by its text. */
function editorToken(text) {
  return page.locator(".editor-instance .monaco-editor .view-lines span span", { hasText: text }).first();
}

async function main() {
  log(`installing ${args.vsix}`);
  const inst = spawnSync(process.execPath, [codeServer, ...csArgs, "--install-extension", path.resolve(args.vsix)], {
    env,
    encoding: "utf8",
    timeout: 120_000,
  });
  fs.writeFileSync(path.join(outDir, "install-extension.log"), `${inst.stdout}\n${inst.stderr}`);
  if (inst.status !== 0 || !/successfully installed/i.test(inst.stdout + inst.stderr)) {
    throw new Error(`--install-extension failed (exit ${inst.status}); see install-extension.log`);
  }

  const port = await freePort();
  const serverLog = fs.openSync(path.join(outDir, "code-server.log"), "w");
  server = spawn(
    process.execPath,
    [
      codeServer,
      ...csArgs,
      "--bind-addr",
      `127.0.0.1:${port}`,
      "--auth",
      "none",
      "--disable-telemetry",
      "--disable-update-check",
      "--disable-workspace-trust",
      "--disable-getting-started-override",
    ],
    { env, stdio: ["ignore", serverLog, serverLog], detached: true },
  );
  base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}/healthz`, 60_000);
  log(`code-server up on ${base}`);

  const context = await chromium.launchPersistentContext(dirs["chrome-profile"], {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
    env,
    viewport: { width: 1440, height: 900 },
  });
  browser = context;
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${base}/?folder=${encodeURIComponent(dirs.workspace)}`);
  await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
  log("workbench loaded");

  await openFile("package.json");
  await editorToken("@tensorflow/tfjs-node").waitFor({ timeout: 20_000 });
  log("package.json open");

  let fixedProblem;
  await check("problems panel shows a stackls diagnostic", async () => {
    await runCommand("View: Focus Problems (Errors, Warnings, Infos)");
    await page.locator(".markers-panel").waitFor({ timeout: 10_000 });
    const deadline = Date.now() + 60_000;
    let problems = [];
    while (Date.now() < deadline && problems.length === 0) {
      problems = await stacklsProblems();
      if (!problems.length) await page.waitForTimeout(500);
    }
    if (!problems.length) {
      throw new Error("no problem with source stackls appeared in the Problems panel within 60s (is the server publishing diagnostics for package.json?)");
    }
    log(`stackls problems: ${JSON.stringify(problems)}`);
    await shot("01-problems-panel");
  });

  await check("hover on the use-case declaration shows a comparison table", async () => {
    const token = editorToken('"ai-ml"');
    await token.waitFor({ timeout: 5_000 });
    const hover = page.locator(".monaco-hover:visible");
    const deadline = Date.now() + 30_000;
    // The mouse must move for VS Code to (re)compute the hover; a few nudges cover a slow server.
    while (Date.now() < deadline) {
      const box = await token.boundingBox();
      await page.mouse.move(box.x + 2, box.y + box.height / 2);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      try {
        await hover.locator("table").first().waitFor({ timeout: 4_000 });
        break;
      } catch {
        // retried until the deadline
      }
    }
    const tables = await hover.locator("table").count();
    if (!tables) {
      const text = (await hover.allInnerTexts()).join(" | ");
      throw new Error(`hover over "ai-ml" has no table; hover text: ${text.slice(0, 300) || "(no hover)"}`);
    }
    const text = (await hover.locator("table").first().innerText()).replace(/\s+/g, " ");
    if (!/Node/i.test(text) || !/Python/i.test(text)) throw new Error(`hover table does not compare Node.js and Python: ${text.slice(0, 200)}`);
    await shot("02-hover-table");
    await page.keyboard.press("Escape");
    await page.mouse.move(5, 5);
  });

  await check("a quick fix applies and its diagnostic goes away", async () => {
    const before = await stacklsProblems();
    if (!before.length) throw new Error("no stackls diagnostic to fix");
    // Put the cursor on the first stackls diagnostic through the Problems panel, as a user would.
    const row = page.locator(".markers-panel .monaco-list-row", { hasText: "stackls" }).first();
    fixedProblem = (await row.innerText()).split("\n")[0];
    // A double click opens the diagnostic's range in the editor and gives the editor focus.
    await row.dblclick();
    await page.waitForTimeout(300);
    await page.keyboard.press("Control+Period");
    const menu = page.locator(".action-widget");
    await menu.waitFor({ state: "visible", timeout: 15_000 });
    const items = menu.locator(".monaco-list-row.action:not(.disabled)");
    await items.first().waitFor({ timeout: 10_000 });
    const titles = await items.allInnerTexts();
    log(`quick fixes offered: ${JSON.stringify(titles)}`);
    await shot("03-quick-fix-menu");
    // The menu focuses its first applicable fix; Enter applies it (the menu blocks the mouse).
    const chosen = (await menu.locator(".monaco-list-row.action.focused").getAttribute("aria-label")) ?? titles[0].trim();
    await page.keyboard.press("Enter");
    await menu.waitFor({ state: "hidden", timeout: 10_000 });
    const deadline = Date.now() + 30_000;
    let after = before;
    while (Date.now() < deadline) {
      after = await stacklsProblems();
      if (!after.some((p) => p.startsWith(fixedProblem))) break;
      await page.waitForTimeout(500);
    }
    if (after.some((p) => p.startsWith(fixedProblem))) {
      throw new Error(`after "${chosen}" the diagnostic is still there: ${fixedProblem}`);
    }
    log(`applied "${chosen}"; stackls problems now: ${JSON.stringify(after)}`);
    // The edit lands in the editor buffer; saving proves it is a real, well-formed change.
    await page.keyboard.press("Control+S");
    await page.waitForTimeout(500);
    if (fs.readFileSync(manifest, "utf8") === fs.readFileSync(path.join(args.fixture, "package.json"), "utf8")) {
      throw new Error(`"${chosen}" changed nothing in package.json`);
    }
    await shot("04-after-quick-fix");
  });

  await check("status bar item shows the use case", async () => {
    const item = page.locator('.statusbar-item[aria-label^="Stack Advisor:"]');
    const deadline = Date.now() + 30_000;
    let label = "";
    while (Date.now() < deadline) {
      label = (await item.first().getAttribute("aria-label").catch(() => null)) ?? "";
      if (/ai-ml/.test(label)) break;
      await page.waitForTimeout(500);
    }
    if (!/ai-ml/.test(label)) throw new Error(`no status bar item naming ai-ml; last label: "${label || "(none)"}"`);
    log(`status bar: ${label}`);
    const box = await page.locator(".part.statusbar").boundingBox();
    await page.screenshot({ path: path.join(outDir, "05-status-bar.png"), clip: box ?? undefined });
  });

  await check('"Stack Advisor: Recommend Stack" opens the report', async () => {
    await runCommand("Stack Advisor: Recommend Stack");
    // A project without a declared use case gets a quick pick first; this fixture declares one.
    await page.locator('.tabs-container .tab[aria-label^="Stack Recommendation"]').waitFor({ timeout: 30_000 });
    const deadline = Date.now() + 30_000;
    let frame;
    while (Date.now() < deadline && !frame) {
      for (const f of page.frames()) {
        if (await f.locator("#report").count().catch(() => 0)) frame = f;
      }
      if (!frame) await page.waitForTimeout(500);
    }
    if (!frame) throw new Error("the report tab opened but its webview never showed #report");
    const heading = await frame.locator("h1").innerText();
    const bars = await frame.locator("#chart rect.bar").count();
    const reasons = await frame.locator("#reasons li").count();
    log(`report: "${heading}", ${bars} bars, ${reasons} reasons`);
    if (!/Recommended stack: (Node\.js|Python)/.test(heading)) throw new Error(`report heading has no recommendation: "${heading}"`);
    if (bars < 2) throw new Error(`report chart has ${bars} bars; expected a Node.js and a Python bar per dimension`);
    if (reasons < 1) throw new Error("report lists no reasons");
    await shot("06-recommendation-report");
  });

  await check('"Stack Advisor: Explain…" shows the server\'s explanation of a use case', async () => {
    await runCommand("Stack Advisor: Explain…");
    const input = page.locator(".quick-input-widget .quick-input-box input");
    await input.waitFor({ state: "visible", timeout: 10_000 });
    await input.fill("ai-ml");
    await page.locator(".quick-input-widget .monaco-list-row", { hasText: "AI and machine learning" }).first().waitFor({ timeout: 10_000 });
    await input.press("Enter");
    await page.locator('.tabs-container .tab[aria-label*="ai-ml"]').first().waitFor({ timeout: 20_000 });
    const deadline = Date.now() + 20_000;
    let found = false;
    while (Date.now() < deadline && !found) {
      for (const f of page.frames()) {
        const n = await f.getByText("AI and machine learning solutions").count().catch(() => 0);
        if (n) found = true;
      }
      if (!found) await page.waitForTimeout(500);
    }
    if (!found) throw new Error("the explanation preview never showed the use case's title");
    await page.waitForTimeout(1_000); // the preview paints after its text is in the DOM
    await shot("07-explain-use-case");
  });

  await check("the Get started walkthrough is contributed with its four steps", async () => {
    await runCommand("Welcome: Open Walkthrough...");
    const input = page.locator(".quick-input-widget .quick-input-box input");
    await input.waitFor({ state: "visible", timeout: 10_000 });
    await input.fill("Stack Advisor");
    await page.locator(".quick-input-widget .monaco-list-row", { hasText: "Get started with Stack Advisor" }).first().waitFor({ timeout: 10_000 });
    await input.press("Enter");
    const steps = page.locator(".gettingStartedContainer .getting-started-step .step-title");
    await steps.first().waitFor({ timeout: 20_000 });
    const titles = (await steps.allInnerTexts()).map((t) => t.trim());
    const want = ["Declare a use case", "Read a hover", "Run Recommend Stack", "Open the report"];
    if (JSON.stringify(titles) !== JSON.stringify(want)) throw new Error(`walkthrough steps: ${JSON.stringify(titles)}`);
    await shot("12-walkthrough");
    await runCommand("View: Close All Editors");
  });

  await check("the contributed schema validates .stackls.json", async () => {
    fs.writeFileSync(path.join(dirs.workspace, ".stackls.json"), '{\n  "rules": {"no-dependencies": "loud"},\n  "colour": 1\n}\n');
    await openFile(".stackls.json");
    await runCommand("View: Focus Problems (Errors, Warnings, Infos)");
    const rows = page.locator(".markers-panel .monaco-list-row");
    const deadline = Date.now() + 30_000;
    let schemaRows = [];
    while (Date.now() < deadline) {
      const texts = await rows.allInnerTexts();
      // VS Code's JSON language service reports schema violations itself (not as stackls).
      schemaRows = texts.filter((t) => /not accepted|not allowed/i.test(t));
      if (schemaRows.length >= 2) break;
      await page.waitForTimeout(500);
    }
    if (schemaRows.length < 2) throw new Error(`no schema errors for the bad severity and member; problems: ${JSON.stringify(await rows.allInnerTexts())}`);
    log(`schema problems: ${JSON.stringify(schemaRows)}`);
    await shot("13-stackls-json-schema");
    fs.rmSync(path.join(dirs.workspace, ".stackls.json"));
    await runCommand("View: Close All Editors");
  });

  // Bad input: the user settings are edited in VS Code's settings.json editor, as a user
  // would (this VS Code does not notice the file being rewritten behind its back).
  const setUserSettings = async (obj) => {
    await runCommand("View: Close All Editors");
    await runCommand("Preferences: Open User Settings (JSON)");
    await page.locator('.tabs-container .tab.active[aria-label^="settings.json"]').waitFor({ timeout: 15_000 });
    const anchor = editorToken("json.schemaDownload.enable");
    await anchor.waitFor({ timeout: 15_000 });
    await anchor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText(JSON.stringify(obj, null, 2));
    await page.keyboard.press("Control+S");
    const want = JSON.stringify(obj);
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      try {
        if (JSON.stringify(JSON.parse(fs.readFileSync(settingsFile, "utf8"))) === want) break;
      } catch {
        // half-written or not yet saved
      }
      await page.waitForTimeout(200);
    }
    await runCommand("View: Close All Editors");
  };
  const toasts = (text) => page.locator(".notifications-toasts .notification-toast", { hasText: text });
  const clearNotifications = async () => {
    await runCommand("Notifications: Clear All Notifications");
    await page.waitForTimeout(300);
  };
  await clearNotifications();

  await check("a wrong stackls.server.path gives a clear error with Open Settings", async () => {
    await setUserSettings({ ...settings, "stackls.server.path": "/nonexistent/stackls" });
    const toast = toasts("stackls.server.path").first();
    await toast.waitFor({ timeout: 20_000 });
    const text = (await toast.innerText()).replace(/\s+/g, " ");
    for (const want of ["/nonexistent/stackls", "does not exist", "Open Settings", "Restart Server"]) {
      if (!text.includes(want)) throw new Error(`the error notification lacks "${want}": ${text}`);
    }
    await shot("08-wrong-server-path");
    await clearNotifications();
  });

  // A "server" that logs each launch to a file and dies at once.
  const launches = path.join(tmp, "crash-launches.txt");
  const crasher = path.join(tmp, "crashing-stackls");
  fs.writeFileSync(crasher, `#!/bin/sh\necho launch >> '${launches}'\necho 'stackls: simulated crash at start' >&2\nexit 3\n`, { mode: 0o755 });
  const launchCount = () => (fs.existsSync(launches) ? fs.readFileSync(launches, "utf8").split("\n").filter(Boolean).length : 0);

  await check("a server that crashes at start is reported once and not restarted in a loop", async () => {
    await setUserSettings({ ...settings, "stackls.server.path": crasher });
    const toast = toasts("failed to start").first();
    await toast.waitFor({ timeout: 20_000 });
    // Give a retry loop time to show itself.
    await page.waitForTimeout(8_000);
    const n = launchCount();
    if (n !== 1) throw new Error(`the crashing server was launched ${n} times; expected exactly 1`);
    const shown = await toasts("").count();
    if (shown !== 1) {
      const texts = await page.locator(".notifications-toasts .notification-toast").allInnerTexts();
      throw new Error(`${shown} notifications; expected exactly the one saying "failed to start": ${JSON.stringify(texts)}`);
    }
    await shot("09-server-crashes-at-start");
    await clearNotifications();
  });

  await check('"Stack Advisor: Restart Server" relaunches once, and recovers after the setting is fixed', async () => {
    await runCommand("Stack Advisor: Restart Server");
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && launchCount() < 2) await page.waitForTimeout(250);
    await page.waitForTimeout(3_000);
    if (launchCount() !== 2) throw new Error(`Restart Server launched the crashing server ${launchCount() - 1} times; expected 1`);
    await clearNotifications();
    await setUserSettings(settings);
    const item = page.locator('.statusbar-item[aria-label^="Stack Advisor:"]');
    const until = Date.now() + 30_000;
    let label = "";
    while (Date.now() < until) {
      label = (await item.first().getAttribute("aria-label").catch(() => null)) ?? "";
      if (/ai-ml/.test(label)) break;
      await page.waitForTimeout(500);
    }
    if (!/ai-ml/.test(label)) throw new Error(`the server did not come back after fixing the setting; status bar: "${label}"`);
    await shot("10-recovered");
  });

  await check("a Poetry project's use-case mismatch shows in the Problems panel at the declared id", async () => {
    const poetry = path.join(tmp, "poetry-project");
    fs.cpSync(args["poetry-fixture"], poetry, { recursive: true });
    // Where the declared id starts, as the Problems panel prints it (1-based line and column).
    const lines = fs.readFileSync(path.join(poetry, "pyproject.toml"), "utf8").split("\n");
    const line = lines.findIndex((l) => l.startsWith("useCase = "));
    if (line < 0) throw new Error("the Poetry fixture declares no useCase");
    const where = `[Ln ${line + 1}, Col ${lines[line].indexOf('"') + 1}]`;
    await page.goto(`${base}/?folder=${encodeURIComponent(poetry)}`);
    await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
    await openFile("pyproject.toml");
    await editorToken("realtime-collaboration").waitFor({ timeout: 20_000 });
    await runCommand("View: Focus Problems (Errors, Warnings, Infos)");
    await page.locator(".markers-panel").waitFor({ timeout: 10_000 });
    const deadline = Date.now() + 60_000;
    let problems = [];
    let mismatch;
    while (Date.now() < deadline && !mismatch) {
      problems = await stacklsProblems();
      mismatch = problems.find((p) => p.includes("use-case-mismatch"));
      if (!mismatch) await page.waitForTimeout(500);
    }
    if (!mismatch) throw new Error(`no use-case-mismatch from stackls for pyproject.toml within 60s; stackls problems: ${JSON.stringify(problems)}`);
    log(`pyproject.toml mismatch: ${JSON.stringify(mismatch)}`);
    if (!mismatch.includes(where)) throw new Error(`the mismatch is not at ${where}: ${JSON.stringify(mismatch)}`);
    await shot("11-poetry-mismatch");
  });

  await check("a folder with no manifests gets a clear message from Recommend Stack", async () => {
    const empty = path.join(tmp, "no-manifests");
    fs.mkdirSync(empty, { recursive: true });
    fs.writeFileSync(path.join(empty, "notes.txt"), "nothing to see\n");
    await page.goto(`${base}/?folder=${encodeURIComponent(empty)}`);
    await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
    // The extension is not activated by this folder; the palette command activates it.
    await runCommand("Stack Advisor: Recommend Stack");
    const toast = toasts("no package.json or requirements file").first();
    await toast.waitFor({ timeout: 30_000 });
    await page.waitForTimeout(2_000);
    const errors = await page.locator(".notifications-toasts .notification-toast .codicon-error").count();
    if (errors) throw new Error(`${errors} error notifications in a folder with no manifests`);
    await shot("12-no-manifests");
  });
}

let fatal;
try {
  await main();
} catch (e) {
  fatal = e;
  log(`FATAL ${e.message}`);
  if (page) await shot("fail-fatal");
} finally {
  await browser?.close().catch(() => undefined);
  if (server) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  // VS Code's logs, including the Stack Advisor output channel, for whoever reads a failure.
  try {
    fs.cpSync(path.join(dirs["user-data"], "logs"), path.join(outDir, "vscode-logs"), { recursive: true });
  } catch {
    // no logs written
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}
const failed = results.filter((r) => !r.ok).length + (fatal ? 1 : 0);
for (const r of results.filter((x) => !x.ok)) console.log(`  failed: ${r.name}: ${r.error}`);
console.log(`screenshots and logs: ${outDir}`);
console.log(`vscode-e2e: ${results.filter((r) => r.ok).length} passed, ${failed} failed (${elapsed()})`);
process.exit(failed ? 1 : 0);
