import { useEffect } from "react";
import { AppBanners } from "./common/AppBanners";
import { StorageBanner } from "./common/StorageBanner";
import { PythonStatus } from "./PythonStatus";
import { DataPage } from "./pages/DataPage";
import { DrillPage } from "./pages/DrillPage";
import { MockSetupPage } from "./pages/MockSetupPage";
import { ReviewPage } from "./pages/ReviewPage";
import { RoadmapPage } from "./pages/RoadmapPage";
import { SessionPage } from "./pages/SessionPage";
import { StatsPage } from "./pages/StatsPage";
import { href, type Route, useRoute } from "./router";
import { useApp } from "./store-context";

const NAV: { route: Route; label: string }[] = [
  { route: { page: "home" }, label: "Roadmap" },
  { route: { page: "review" }, label: "Review" },
  { route: { page: "mock" }, label: "Mock interview" },
  { route: { page: "stats" }, label: "Stats" },
  { route: { page: "data" }, label: "Your data" },
];

export function App() {
  const route = useRoute();
  const select = useApp((s) => s.select);
  const flushDrafts = useApp((s) => s.flushDrafts);
  const mirrorDrafts = useApp((s) => s.mirrorDrafts);
  const expireSessions = useApp((s) => s.expireSessions);
  const refreshOffline = useApp((s) => s.refreshOffline);
  const online = useApp((s) => s.online);
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
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <a className="brand" href="#/">
          AI Interview Drills
        </a>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li key={n.label}>
                <a href={href(n.route)} aria-current={route.page === n.route.page ? "page" : undefined}>
                  {n.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <PythonStatus />
      </header>
      <StorageBanner />
      <AppBanners />
      <main id="main" tabIndex={-1}>
        {route.page === "home" && <RoadmapPage />}
        {route.page === "drill" && <DrillPage id={route.id} />}
        {route.page === "stats" && <StatsPage />}
        {route.page === "mock" && <MockSetupPage />}
        {route.page === "session" && <SessionPage id={route.id} />}
        {route.page === "data" && <DataPage />}
        {route.page === "review" && <ReviewPage />}
      </main>
    </div>
  );
}
