/**
 * The locally bundled Monaco, trimmed to what the drills use. Importing the "monaco-editor" root
 * would pull every language and language worker (about 15 MB); this keeps the core API, Python
 * and the editing features below. Hover (87 kB gzipped with its Markdown renderer), suggest,
 * parameter hints, code actions and format serve the editor's lint, quick fixes, formatting and
 * completions (python-providers.ts).
 */
import { loader } from "@monaco-editor/react";
import * as monaco from "monaco-editor/editor/editor.api";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import "monaco-editor/languages/definitions/python/register";
import "monaco-editor/features/bracketMatching/register";
import "monaco-editor/features/clipboard/register";
import "monaco-editor/features/codeAction/register";
import "monaco-editor/features/codicon/register";
import "monaco-editor/features/comment/register";
import "monaco-editor/features/contextmenu/register";
import "monaco-editor/features/cursorUndo/register";
import "monaco-editor/features/find/register";
import "monaco-editor/features/folding/register";
import "monaco-editor/features/format/register";
import "monaco-editor/features/hover/register";
import "monaco-editor/features/indentation/register";
import "monaco-editor/features/linesOperations/register";
import "monaco-editor/features/multicursor/register";
import "monaco-editor/features/parameterHints/register";
import "monaco-editor/features/readOnlyMessage/register";
import "monaco-editor/features/smartSelect/register";
// the "suggest" feature entry registers only inline suggestions, not the completion widget
import "monaco-editor/editor/contrib/suggest/browser/suggestController";
import "monaco-editor/features/toggleTabFocusMode/register";
import "monaco-editor/features/wordOperations/register";
import { onSystemThemeChange, systemTheme } from "./color-scheme";

// Python has no language worker; Monaco's own editor worker (model computations such as diffs)
// runs off the main thread, else Monaco runs it on the page with a console warning.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

// Without this, @monaco-editor/react fetches Monaco from a CDN.
loader.config({ monaco });

// Monaco's light theme draws numbers (#098658) and comments (#008000) below WCAG's 4.5:1 on our
// code-block background: darker shades keep the same hues.
// The backgrounds are the app's --surface tokens (src/ui/styles/tokens.css).
monaco.editor.defineTheme("drill-light", {
  base: "vs",
  inherit: true,
  rules: [
    { token: "number", foreground: "06603a" },
    { token: "comment", foreground: "006400" },
    { token: "string.escape", foreground: "8b4500" },
  ],
  colors: {
    "editor.background": "#ffffff",
    "editorGutter.background": "#ffffff",
    // the final empty line's number is "dimmed" by default: below 4.5:1, so it keeps the usual colour
    "editorLineNumber.dimmedForeground": "#237893",
  },
});
// vs-dark's comments (#6a9955, or #608b4e in colorized blocks) fall near 4.4:1 on dark panels: lighter, same hue.
monaco.editor.defineTheme("drill-dark", {
  base: "vs-dark",
  inherit: true,
  rules: [{ token: "comment", foreground: "8fbf7a" }],
  colors: {
    "editor.background": "#16181d",
    "editorGutter.background": "#16181d",
    "editor.lineHighlightBackground": "#1c1f26",
    "editorLineNumber.foreground": "#858b96",
    "editorLineNumber.dimmedForeground": "#858b96",
  },
});

// The theme is global in Monaco: it also colours code highlighted outside an editor.
monaco.editor.setTheme(systemTheme());
onSystemThemeChange(() => monaco.editor.setTheme(systemTheme()));

export { monaco };
