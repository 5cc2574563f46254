/**
 * The web app manifest that makes the app installable, with its icons rendered at build time
 * from the project's SVG (nothing binary is committed), and the tags index.html needs for it.
 * Every URL in the manifest is relative to the manifest, so the app installs from any host path.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import type { Plugin } from "vite";

const ICON_SVG = "public/favicon.svg";
/** Where the design tokens live (the first file that exists); light values come first, dark second. */
const TOKEN_FILES = ["src/ui/styles/tokens.css", "src/ui/app.css"];
export const MANIFEST_FILE = "manifest.webmanifest";

export interface Colours {
  light: string;
  dark: string;
}

/** The page background of the light and the dark theme, from the design tokens. */
export function themeColours(): Colours {
  for (const file of TOKEN_FILES) {
    if (!existsSync(file)) continue;
    const values = [...readFileSync(file, "utf8").matchAll(/--bg:\s*(#[0-9a-fA-F]{3,8})\b/g)].map((m) => m[1]);
    if (values[0]) return { light: values[0], dark: values[1] ?? values[0] };
  }
  throw new Error(`no --bg colour in ${TOKEN_FILES.join(" or ")}: the manifest needs the app's background`);
}

/**
 * The icon on a full-bleed square for launchers that cut their own shape (circle, squircle): the
 * artwork scaled into the central 80%, the safe zone of a maskable icon, over its own colour.
 */
export function maskableSvg(svg: string): string {
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1] ?? "0 0 32 32";
  const fill = /<rect[^>]*fill="([^"]+)"/.exec(svg)?.[1] ?? "#ffffff";
  const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="${fill}"/>` +
    `<svg x="10" y="10" width="80" height="80" viewBox="${viewBox}">${inner}</svg></svg>`
  );
}

function png(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();
}

const ICONS = [
  { file: "icons/icon-192.png", size: 192, purpose: "any", maskable: false },
  { file: "icons/icon-512.png", size: 512, purpose: "any", maskable: false },
  { file: "icons/icon-maskable-512.png", size: 512, purpose: "maskable", maskable: true },
  // iOS takes its home-screen icon from <link rel="apple-touch-icon">, not from the manifest, and draws no transparency
  { file: "icons/apple-touch-icon.png", size: 180, purpose: null, maskable: true },
] as const;

export function webAppManifest(colours: Colours) {
  return {
    id: "./",
    name: "AI Interview Drills",
    short_name: "Drills",
    description:
      "Practise Python coding drills for AI, data-science and ML interviews: timed drills, mock interviews and a review queue, offline.",
    start_url: "./?launch=app",
    scope: "./",
    display: "standalone",
    theme_color: colours.light,
    background_color: colours.light,
    categories: ["education", "developer"],
    icons: ICONS.filter((i) => i.purpose).map((i) => ({
      src: i.file,
      sizes: `${i.size}x${i.size}`,
      type: "image/png",
      purpose: i.purpose,
    })),
    // static for every user: "Continue last drill" is resolved when the app starts (src/app/launch.ts)
    shortcuts: [
      { name: "Continue last drill", short_name: "Last drill", url: "./?launch=app&resume=drill" },
      { name: "Roadmap", url: "./?launch=app#/" },
      { name: "Review queue", short_name: "Review", url: "./?launch=app#/review" },
      { name: "Mock interview", short_name: "Mock", url: "./?launch=app#/mock" },
    ].map((s) => ({ ...s, icons: [{ src: "icons/icon-192.png", sizes: "192x192", type: "image/png" }] })),
    // a link to a drill opens in the installed app's window where the platform supports it
    launch_handler: { client_mode: ["navigate-existing", "auto"] },
    handle_links: "preferred",
  };
}

export function manifestPlugin(): Plugin {
  let base = "/";
  return {
    name: "drill-web-app-manifest",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml() {
      const colours = themeColours();
      return [
        { tag: "link", attrs: { rel: "manifest", href: `${base}${MANIFEST_FILE}` }, injectTo: "head" },
        {
          tag: "meta",
          attrs: { name: "theme-color", media: "(prefers-color-scheme: light)", content: colours.light },
          injectTo: "head",
        },
        {
          tag: "meta",
          attrs: { name: "theme-color", media: "(prefers-color-scheme: dark)", content: colours.dark },
          injectTo: "head",
        },
        {
          tag: "link",
          attrs: { rel: "apple-touch-icon", href: `${base}icons/apple-touch-icon.png` },
          injectTo: "head",
        },
        { tag: "meta", attrs: { name: "apple-mobile-web-app-title", content: "Drills" }, injectTo: "head" },
      ];
    },
    configureServer(server) {
      // the dev server serves the manifest and icons too, so installing can be tried with `npm run dev`
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? "").split("?")[0] ?? "";
        const name = url.slice(server.config.base.length);
        if (name === MANIFEST_FILE) {
          res.setHeader("Content-Type", "application/manifest+json");
          res.end(JSON.stringify(webAppManifest(themeColours())));
          return;
        }
        const icon = ICONS.find((i) => i.file === name);
        if (!icon) return next();
        res.setHeader("Content-Type", "image/png");
        res.end(renderIcon(icon));
      });
    },
    generateBundle() {
      for (const icon of ICONS) this.emitFile({ type: "asset", fileName: icon.file, source: renderIcon(icon) });
      this.emitFile({
        type: "asset",
        fileName: MANIFEST_FILE,
        source: `${JSON.stringify(webAppManifest(themeColours()), null, 2)}\n`,
      });
    },
  };
}

function renderIcon(icon: (typeof ICONS)[number]): Buffer {
  const svg = readFileSync(path.resolve(ICON_SVG), "utf8");
  return png(icon.maskable ? maskableSvg(svg) : svg, icon.size);
}
