import { Marked, type Tokens } from "marked";

const SAFE_SCHEME = /^(https?|mailto):/i;

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Relative links, anchors, http(s) and mailto; never javascript:, data: or other schemes. */
function isSafeUrl(href: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore these inside a scheme
  const compact = href.replace(/[\u0000-\u0020]/g, "");
  return !/^[a-z][a-z0-9+.-]*:/i.test(compact) || SAFE_SCHEME.test(compact);
}

const marked = new Marked({
  gfm: true,
  renderer: {
    // Statements are trusted repository content, but raw HTML is still dropped so nothing in a
    // statement can run script or restyle the page.
    html: () => "",
    link({ href, title, tokens }: Tokens.Link) {
      const text = this.parser.parseInline(tokens);
      if (!isSafeUrl(href)) return text;
      const titleAttr = title ? ` title="${escapeAttribute(title)}"` : "";
      const external = /^https?:/i.test(href) ? ' target="_blank" rel="noopener noreferrer"' : "";
      return `<a href="${escapeAttribute(href)}"${titleAttr}${external}>${text}</a>`;
    },
    image({ href, text }: Tokens.Image) {
      return isSafeUrl(href) && !/^mailto:/i.test(href) ? false : escapeAttribute(text);
    },
  },
});

/**
 * Markdown (GitHub flavour: tables, fenced code) to HTML. Fenced code keeps its language as
 * `class="language-<lang>"` for {@link highlightCodeBlocks}; raw HTML is dropped.
 */
export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

/**
 * Markdown for one code block holding `code` verbatim: the fence is longer than any run of
 * backticks in the code, so a fence inside it (a docstring showing Markdown) cannot
 * close the block early.
 */
export function fencedCode(code: string, language = ""): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${code.replace(/\n$/, "")}\n${fence}`;
}

/**
 * Colours `pre > code.language-*` blocks under `root` with Monaco's tokenizer (loading Monaco
 * if needed; the editor uses the same chunk), for languages Monaco has registered.
 */
export async function highlightCodeBlocks(root: HTMLElement): Promise<void> {
  const blocks = [...root.querySelectorAll<HTMLElement>("pre > code[class*='language-']:not([data-highlighted])")];
  if (blocks.length === 0) return;
  const { monaco } = await import("../editor/monaco-setup");
  const known = new Set(monaco.languages.getLanguages().map((language) => language.id));
  await Promise.all(
    blocks.map(async (code) => {
      const language = /(?:^|\s)language-(\S+)/.exec(code.className)?.[1];
      if (!language || !known.has(language) || code.dataset.highlighted !== undefined) return;
      code.dataset.highlighted = "pending";
      const text = code.textContent ?? "";
      const html = await monaco.editor.colorize(text.replace(/\n$/, ""), language, { tabSize: 4 });
      if (code.textContent !== text) return; // replaced while Monaco was loading
      // Plain spaces, not &nbsp;, so code copied from a statement still runs; no trailing break.
      code.innerHTML = html.replace(/&nbsp;|\u00a0/g, " ").replace(/<br\/?>$/, "");
      code.dataset.highlighted = language;
    }),
  );
}
