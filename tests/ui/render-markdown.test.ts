import { describe, expect, it } from "vitest";
import { fencedCode, renderMarkdown } from "../../src/ui/markdown/render-markdown";

describe("renderMarkdown", () => {
  it("keeps a fenced block's language as a class and escapes its code", () => {
    const html = renderMarkdown("```python\nif a < b:\n    return [a]\n```\n");
    expect(html).toBe('<pre><code class="language-python">if a &lt; b:\n    return [a]\n</code></pre>\n');
  });

  it("renders GitHub tables", () => {
    const html = renderMarkdown("| x | y |\n|---|--:|\n| 1 | 2 |\n");
    expect(html).toContain("<table>");
    expect(html).toContain('<td align="right">2</td>');
  });

  it("drops raw HTML blocks and inline tags but keeps the text around them", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\nSee <img src=x onerror="alert(2)"> <b>bold</b> this.\n\n<div onclick="x()">block</div>\n',
    );
    expect(html).not.toMatch(/<script|<img|<b>|<div|onerror|onclick/);
    expect(html).toContain("See");
    expect(html).toContain("this.");
  });

  it("keeps safe links, opens external ones in a new tab and unlinks javascript: URLs", () => {
    expect(renderMarkdown("[docs](https://numpy.org/doc)")).toContain(
      '<a href="https://numpy.org/doc" target="_blank" rel="noopener noreferrer">docs</a>',
    );
    expect(renderMarkdown("[hint](#hints)")).toContain('<a href="#hints">hint</a>');
    const bad = renderMarkdown(
      "[click](javascript:alert(1)) [x](java\tscript:alert(1)) ![i](data:image/svg+xml,<svg>)",
    );
    expect(bad).not.toMatch(/href|<img|javascript/i);
    expect(bad).toContain("click");
  });

  it("escapes what it writes into attributes", () => {
    expect(renderMarkdown('[a](https://x.org/?q="><script> "t\\"itle")')).not.toContain("<script>");
  });
});

describe("fencedCode", () => {
  it("keeps a reference solution that contains a Markdown fence in one code block", () => {
    const solution =
      'def show():\n    """Prints:\n\n    ```python\n    x = 1\n    ```\n    and more ````\n    """\n    return 1\n';
    const html = renderMarkdown(fencedCode(solution, "python"));
    expect(html.match(/<pre>/g)).toHaveLength(1);
    expect(html).toMatch(/^<pre><code class="language-python">def show\(\):/);
    expect(html).toContain(
      "    ```python\n    x = 1\n    ```\n    and more ````\n    &quot;&quot;&quot;\n    return 1\n</code></pre>",
    );
  });

  it("uses a plain three-backtick fence for ordinary code", () => {
    expect(fencedCode("x = 1\n", "python")).toBe("```python\nx = 1\n```");
  });
});
