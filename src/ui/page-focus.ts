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
    // a page loaded on demand (React.lazy) has no heading until its code arrives, and meanwhile the
    // previous page may stay in the DOM hidden: look for a visible heading for a few seconds
    let frame = 0;
    let tries = 180;
    const focusHeading = () => {
      const heading = [...document.querySelectorAll<HTMLElement>("main h1")].find((h) => h.getClientRects().length > 0);
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      }
      if (document.activeElement !== heading && --tries > 0) frame = requestAnimationFrame(focusHeading);
    };
    frame = requestAnimationFrame(focusHeading);
    return () => cancelAnimationFrame(frame);
  }, [route]);
}

/** Sets document.title to "<name> · AI Interview Drills" while mounted. */
export function useDocumentTitle(name: string | null): void {
  useEffect(() => {
    document.title = name ? `${name} · AI Interview Drills` : "AI Interview Drills";
  }, [name]);
}
