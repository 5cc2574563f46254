import { useEffect, useRef } from "react";
import type { Route } from "./router";

/**
 * After each navigation (not the first load), focus moves to the page's <h1>, as a screen-reader
 * user expects from a page change; the page scrolls back to its top.
 */
export function useFocusHeadingOnNavigate(route: Route): void {
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per route change
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    const frame = requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>("main h1");
      if (!heading) return;
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [route]);
}

/** Sets document.title to "<name> · AI Interview Drills" while mounted. */
export function useDocumentTitle(name: string | null): void {
  useEffect(() => {
    document.title = name ? `${name} · AI Interview Drills` : "AI Interview Drills";
  }, [name]);
}
