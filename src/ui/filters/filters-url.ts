/** The roadmap's filters in its URL (#/?q=numpy&track=numpy&tag=…): shareable, kept across reloads and Back. */
import { useEffect, useRef } from "react";
import { DIFFICULTIES, TRACKS } from "../../domain/challenge";
import { type Filters, NO_FILTERS, sameFilters } from "../../store/filters-slice";
import { useApp } from "../store-context";

const KEYS: Record<keyof Filters, string> = {
  query: "q",
  track: "track",
  difficulty: "difficulty",
  tag: "tag",
  status: "status",
};
const STATUSES = ["new", "attempted", "solved", "due"];

export function filtersFromHash(hash: string): Filters {
  const at = hash.indexOf("?");
  const params = new URLSearchParams(at === -1 ? "" : hash.slice(at + 1));
  const get = (k: keyof Filters) => params.get(KEYS[k]) ?? "";
  const oneOf = <T extends string>(value: string, allowed: readonly string[]) =>
    (allowed.includes(value) ? value : "") as T | "";
  return {
    query: get("query"),
    track: oneOf(get("track"), TRACKS),
    difficulty: oneOf(get("difficulty"), DIFFICULTIES),
    tag: get("tag"),
    status: oneOf(get("status"), STATUSES),
  };
}

export function hashWithFilters(hash: string, filters: Filters): string {
  const path = (hash.split("?")[0] ?? "") || "#/";
  const params = new URLSearchParams();
  for (const key of Object.keys(KEYS) as (keyof Filters)[]) {
    if (filters[key] !== NO_FILTERS[key]) params.set(KEYS[key], filters[key]);
  }
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** Reads the filters from the URL when the page opens or the URL changes; writes each change back. */
export function useFiltersInUrl(): void {
  const filters = useApp((s) => s.filters);
  const setFilters = useApp((s) => s.setFilters);
  const first = useRef(true);
  useEffect(() => {
    const read = () => setFilters(filtersFromHash(location.hash));
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, [setFilters]);
  useEffect(() => {
    // the first render shows the filters from before the URL was read: the URL wins
    if (first.current) {
      first.current = false;
      return;
    }
    if (sameFilters(filters, filtersFromHash(location.hash))) return;
    history.replaceState(history.state, "", hashWithFilters(location.hash, filters));
  }, [filters]);
}
