// Which files the server reads, in the three shapes the extension needs them: glob patterns
// for the document selector, one brace glob for findFiles, and a test on a path.

/** Every file the server reads; it decides a document's kind by file name, not languageId. */
export const manifestPatterns = [
  "**/package.json",
  "**/*requirements*.txt",
  "**/requirements/*.txt",
  "**/*.in",
  "**/constraints*.txt",
  "**/pyproject.toml",
  "**/Pipfile",
  "**/setup.cfg",
  "**/.stackls.json",
];

/** The manifests that say what a project is; `*.in` files only feed requirements files. */
export const projectManifestGlob =
  "{**/package.json,**/*requirements*.txt,**/requirements/*.txt,**/constraints*.txt,**/pyproject.toml,**/Pipfile,**/setup.cfg,**/.stackls.json}";

export const excludedFoldersGlob = "{**/node_modules/**,**/.git/**,**/.venv/**,**/venv/**}";

/** `path` uses forward slashes, as a URI path does. */
export function isManifestPath(path: string): boolean {
  const parts = path.split("/");
  const name = parts[parts.length - 1] ?? "";
  const parent = parts[parts.length - 2];
  return (
    name === "package.json" ||
    name === ".stackls.json" ||
    name === "pyproject.toml" ||
    name === "Pipfile" ||
    name === "setup.cfg" ||
    /requirements.*\.txt$/.test(name.toLowerCase()) ||
    /^constraints.*\.txt$/.test(name.toLowerCase()) ||
    (parent === "requirements" && name.endsWith(".txt")) ||
    name.endsWith(".in")
  );
}
