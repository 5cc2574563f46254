/**
 * Monaco's Python language features from the editor's helper workers: quick fixes and formatting
 * from Ruff, completions, signature help and hover docs from Jedi. Registered once per page.
 */
import type { languages, editor as MonacoApi, Position } from "monaco-editor/editor/editor.api";
import { editorIntel } from "../../intel/intel-client";
import type { LintFinding } from "../../intel/lint-types";
import type { CodeAt } from "../../intel/protocol";
import { editorSettings } from "./editor-settings";
import { codePointColumn, toTextEdits, touches } from "./lint-markers";
import { monaco } from "./monaco-setup";

type Model = MonacoApi.ITextModel;

/** The latest lint findings of each model, for its quick fixes. */
export const lintFindings = new WeakMap<Model, LintFinding[]>();

/** Called when formatting fails (a syntax error), with Ruff's reason. */
export const formatProblems = new Set<(model: Model, message: string) => void>();

function codeAt(model: Model, position: Position): CodeAt {
  return {
    code: model.getValue(),
    line: position.lineNumber,
    column: codePointColumn(model.getLineContent(position.lineNumber), position.column),
  };
}

const KIND: Record<string, languages.CompletionItemKind> = {
  module: monaco.languages.CompletionItemKind.Module,
  class: monaco.languages.CompletionItemKind.Class,
  instance: monaco.languages.CompletionItemKind.Variable,
  function: monaco.languages.CompletionItemKind.Function,
  param: monaco.languages.CompletionItemKind.Variable,
  path: monaco.languages.CompletionItemKind.File,
  keyword: monaco.languages.CompletionItemKind.Keyword,
  property: monaco.languages.CompletionItemKind.Property,
  statement: monaco.languages.CompletionItemKind.Variable,
};

/** How many completions jedi_bridge.py gives a signature. */
const DESCRIBED = 30;

const quickFixes: languages.CodeActionProvider = {
  provideCodeActions(model, range) {
    const actions = (lintFindings.get(model) ?? [])
      .filter((f) => f.fix && touches(f, range, model))
      .map(
        (f): languages.CodeAction => ({
          title: `${f.fix?.title ?? "Fix"}${f.code ? ` (${f.code})` : ""}`,
          kind: "quickfix",
          isPreferred: true,
          edit: {
            edits: toTextEdits(f.fix?.edits ?? [], model).map((e) => ({
              resource: model.uri,
              versionId: model.getVersionId(),
              textEdit: e,
            })),
          },
        }),
      );
    return { actions, dispose() {} };
  },
};

const formatter: languages.DocumentFormattingEditProvider = {
  displayName: "Ruff",
  async provideDocumentFormattingEdits(model) {
    const before = model.getValue();
    const result = await editorIntel.format(before);
    if (model.isDisposed() || model.getValue() !== before) return [];
    if (!result.ok) {
      for (const l of formatProblems) l(model, result.message);
      return [];
    }
    // Monaco narrows this to the lines that changed and applies it as one undo step
    return result.code === before ? [] : [{ range: model.getFullModelRange(), text: result.code }];
  },
};

const completions: languages.CompletionItemProvider = {
  triggerCharacters: ["."],
  async provideCompletionItems(model, position, _context, token) {
    if (!editorSettings().completion) return { suggestions: [] };
    const items = await editorIntel.complete(codeAt(model, position));
    if (token.isCancellationRequested) return { suggestions: [] };
    const word = model.getWordUntilPosition(position);
    const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
    return {
      // Jedi describes only its first items (signatures cost a lookup each): ask again as the
      // typed prefix narrows the list, so the one the user is after gets its signature
      incomplete: items.length > DESCRIBED,
      suggestions: items.map((item, i) => ({
        label: item.name,
        kind: KIND[item.kind] ?? monaco.languages.CompletionItemKind.Text,
        detail: item.detail,
        insertText: item.name,
        range,
        // Jedi's order (its own relevance), not Monaco's alphabetical one
        sortText: String(i).padStart(4, "0"),
      })),
    };
  },
};

const signatureHelp: languages.SignatureHelpProvider = {
  signatureHelpTriggerCharacters: ["(", ","],
  signatureHelpRetriggerCharacters: [")"],
  async provideSignatureHelp(model, position, token) {
    if (!editorSettings().completion) return null;
    const signatures = await editorIntel.signatures(codeAt(model, position));
    if (token.isCancellationRequested || signatures.length === 0) return null;
    return {
      value: {
        signatures: signatures.map((s) => ({
          label: s.label,
          documentation: s.doc ? { value: codeBlockSafe(s.doc) } : "",
          parameters: s.params.map((p) => ({ label: p })),
        })),
        activeSignature: 0,
        activeParameter: signatures[0]?.active ?? 0,
      },
      dispose() {},
    };
  },
};

const hover: languages.HoverProvider = {
  async provideHover(model, position, token) {
    if (!editorSettings().completion || !model.getWordAtPosition(position)) return null;
    const found = await editorIntel.hover(codeAt(model, position));
    if (token.isCancellationRequested || !found) return null;
    const contents = [{ value: `\`\`\`python\n${found.code}\n\`\`\`` }];
    if (found.doc.trim()) contents.push({ value: codeBlockSafe(found.doc) });
    return { contents };
  },
};

/** Docstrings are plain text: shown as text, not interpreted as Markdown (or HTML). */
function codeBlockSafe(doc: string): string {
  return `\`\`\`text\n${doc.replace(/```/g, "ˋˋˋ").trim()}\n\`\`\``;
}

let registered = false;

export function registerPythonProviders(): void {
  if (registered) return;
  registered = true;
  monaco.languages.registerCodeActionProvider("python", quickFixes, { providedCodeActionKinds: ["quickfix"] });
  monaco.languages.registerDocumentFormattingEditProvider("python", formatter);
  monaco.languages.registerCompletionItemProvider("python", completions);
  monaco.languages.registerSignatureHelpProvider("python", signatureHelp);
  monaco.languages.registerHoverProvider("python", hover);
}
