import { lazy, Suspense, useEffect } from "react";
import { AppBanners } from "./common/AppBanners";
import { StorageBanner } from "./common/StorageBanner";
import { ThemeSwitch } from "./common/ThemeSwitch";
import { initTheme } from "./common/theme";
import { PythonStatus } from "./PythonStatus";
import { useFocusHeadingOnNavigate } from "./page-focus";
import { DataPage } from "./pages/DataPage";
import { DrillPage } from "./pages/DrillPage";
import { MockSetupPage } from "./pages/MockSetupPage";
import { ReviewPage } from "./pages/ReviewPage";
import { RoadmapPage } from "./pages/RoadmapPage";
import { SessionPage } from "./pages/SessionPage";
import { StagePage } from "./pages/StagePage";
import { StatsPage } from "./pages/StatsPage";
import { href, type Route, useRoute } from "./router";
import { useApp } from "./store-context";

// Card pages load on demand: the home page's first paint does not carry them.
const talkPages = () => import("./concepts/talk-pages");
const ConceptsPage = lazy(() => talkPages().then((m) => ({ default: m.ConceptsPage })));
const CardPage = lazy(() => talkPages().then((m) => ({ default: m.CardPage })));
const StoriesPage = lazy(() => talkPages().then((m) => ({ default: m.StoriesPage })));

const NAV: { route: Route; label: string; short: string; pages: Route["page"][] }[] = [
  { route: { page: "home" }, label: "Roadmap", short: "Roadmap", pages: ["home", "stage"] },
  { route: { page: "concepts" }, label: "Concepts", short: "Concepts", pages: ["concepts", "concept", "stories"] },
  { route: { page: "review" }, label: "Review", short: "Review", pages: ["review"] },
  { route: { page: "mock" }, label: "Mock interview", short: "Mock", pages: ["mock", "session"] },
  { route: { page: "stats" }, label: "Stats", short: "Stats", pages: ["stats"] },
  { route: { page: "data" }, label: "Your data", short: "Data", pages: ["data"] },
];

export function App() {
  const route = useRoute();
  const select = useApp((s) => s.select);
  const flushDrafts = useApp((s) => s.flushDrafts);
  const mirrorDrafts = useApp((s) => s.mirrorDrafts);
  const expireSessions = useApp((s) => s.expireSessions);
  const refreshOffline = useApp((s) => s.refreshOffline);
  const online = useApp((s) => s.online);
  useFocusHeadingOnNavigate(route);
  useEffect(initTheme, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-check the package cache whenever connectivity changes
  useEffect(() => {
    void refreshOffline();
  }, [refreshOffline, online]);
  useEffect(() => {
    const id = setInterval(expireSessions, 1000);
    return () => clearInterval(id);
  }, [expireSessions]);
  useEffect(() => {
    select(route.page === "drill" ? route.id : null);
  }, [route, select]);
  useEffect(() => {
    const flush = () => {
      mirrorDrafts();
      void flushDrafts();
    };
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", flush);
    };
  }, [flushDrafts, mirrorDrafts]);
  return (
    <div className="app" data-page={route.page}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <a className="brand" href="#/" aria-label="AI Interview Drills, home">
          <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="8" fill="var(--accent-solid)" />
            <path
              d="M10 11l-4 5 4 5M22 11l4 5-4 5M18 8l-4 16"
              stroke="#fff"
              strokeWidth="2.5"
              fill="none"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span className="brand-name">AI Interview Drills</span>
        </a>
        <nav aria-label="Main" className="topnav">
          <ul>
            {NAV.map((n) => (
              <li key={n.label}>
                <a href={href(n.route)} aria-current={n.pages.includes(route.page) ? "page" : undefined}>
                  <span className="label-long">{n.label}</span>
                  <span className="label-short">{n.short}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="topbar-end">
          <PythonStatus />
          <ThemeSwitch />
        </div>
      </header>
      <StorageBanner />
      <AppBanners />
      <main id="main" tabIndex={-1}>
        {route.page === "home" && <RoadmapPage />}
        {route.page === "stage" && <StagePage id={route.id} />}
        {route.page === "drill" && <DrillPage key={route.id} id={route.id} />}
        {route.page === "stats" && <StatsPage />}
        {route.page === "mock" && <MockSetupPage />}
        {route.page === "session" && <SessionPage id={route.id} />}
        {route.page === "data" && <DataPage />}
        {route.page === "review" && <ReviewPage />}
        <Suspense fallback={<p className="page muted">Loading…</p>}>
          {route.page === "concepts" && <ConceptsPage />}
          {route.page === "concept" && <CardPage key={route.id} id={route.id} />}
          {route.page === "stories" && <StoriesPage />}
        </Suspense>
      </main>
    </div>
  );
}
