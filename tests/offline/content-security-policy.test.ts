import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "../../src/offline/content-security-policy";

const directive = (policy: string, name: string) =>
  policy
    .split("; ")
    .find((d) => d.startsWith(`${name} `))
    ?.split(" ")
    .slice(1);

describe("the Content-Security-Policy", () => {
  it("lets only the Python worker's script eval, and connects only to this origin and the package sources", () => {
    const page = contentSecurityPolicy(["https://cdn.example"], { worker: false, dev: false });
    const worker = contentSecurityPolicy(["https://cdn.example"], { worker: true, dev: false });
    expect(directive(page, "script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directive(worker, "script-src")).toEqual(["'self'", "'wasm-unsafe-eval'", "'unsafe-eval'"]);
    expect(directive(page, "connect-src")).toEqual(["'self'", "https://cdn.example"]);
    expect(directive(page, "worker-src")).toEqual(["'self'"]);
    expect(directive(page, "object-src")).toEqual(["'none'"]);
  });

  it("names each package origin once, and allows vite dev's inline preamble and hot-reload socket only in dev", () => {
    const dev = contentSecurityPolicy(["https://a.example", "https://a.example"], { worker: false, dev: true });
    expect(directive(dev, "connect-src")).toEqual(["'self'", "https://a.example", "ws:", "wss:"]);
    expect(directive(dev, "script-src")).toContain("'unsafe-inline'");
  });
});
