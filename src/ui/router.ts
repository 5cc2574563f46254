/**
 * Hash routes, so every page has a URL on any static host: #/, #/stage/<id>, #/drill/<id>, #/stats, #/mock,
 * #/data, #/review, #/concepts, #/concepts/<id>, #/stories. The roadmap's filters follow a "?" (#/?q=numpy&track=numpy), see filters-url.ts.
 */
import { useEffect, useState } from "react";

export type Route =
  | { page: "home" }
  | { page: "stage"; id: string }
  | { page: "drill"; id: string }
  | { page: "stats" }
  | { page: "mock" }
  | { page: "session"; id: string }
  | { page: "data" }
  | { page: "review" }
  | { page: "concepts" }
  | { page: "concept"; id: string }
  | { page: "stories" };

export function parseRoute(hash: string): Route {
  const parts = (hash.replace(/^#\/?/, "").split("?")[0] ?? "").split("/").filter(Boolean).map(decodeURIComponent);
  const [page, id] = parts;
  if (page === "drill" && id) return { page: "drill", id };
  if (page === "session" && id) return { page: "session", id };
  if (page === "stage" && id) return { page: "stage", id };
  if (page === "concepts" && id) return { page: "concept", id };
  if (page === "concepts" || page === "stories") return { page };
  if (page === "stats" || page === "mock" || page === "data" || page === "review") return { page };
  return { page: "home" };
}

export function href(route: Route): string {
  if (route.page === "home") return "#/";
  if (route.page === "concept") return `#/concepts/${encodeURIComponent(route.id)}`;
  if (route.page === "drill" || route.page === "session" || route.page === "stage")
    return `#/${route.page}/${encodeURIComponent(route.id)}`;
  return `#/${route.page}`;
}

export function navigate(route: Route): void {
  location.hash = href(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}
