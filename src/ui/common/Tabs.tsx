import type { KeyboardEvent, ReactNode } from "react";

export interface TabDef<T extends string> {
  id: T;
  label: ReactNode;
  /** A small count after the label (hints opened, submissions). */
  count?: number | undefined;
}

/** An ARIA tab list: arrow keys, Home and End move between tabs; only the selected tab is in the Tab order. */
export function TabList<T extends string>(props: {
  label: string;
  idPrefix: string;
  tabs: TabDef<T>[];
  selected: T;
  onSelect(id: T): void;
  className?: string;
}) {
  const { tabs, selected, onSelect, idPrefix } = props;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((t) => t.id === selected);
    const to =
      e.key === "ArrowRight"
        ? (index + 1) % tabs.length
        : e.key === "ArrowLeft"
          ? (index - 1 + tabs.length) % tabs.length
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? tabs.length - 1
              : -1;
    const tab = tabs[to];
    if (!tab) return;
    e.preventDefault();
    onSelect(tab.id);
    document.getElementById(`${idPrefix}-tab-${tab.id}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={props.label} className={`tabs ${props.className ?? ""}`} onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          className="tab"
          id={`${idPrefix}-tab-${t.id}`}
          aria-selected={t.id === selected}
          aria-controls={`${idPrefix}-panel-${t.id}`}
          tabIndex={t.id === selected ? 0 : -1}
          onClick={() => onSelect(t.id)}
        >
          {t.label}
          {t.count !== undefined && t.count > 0 && <span className="tab-count">{t.count}</span>}
        </button>
      ))}
    </div>
  );
}

/** The panel of one tab; it scrolls on its own and is focusable so the keyboard can scroll it. */
export function TabPanel(props: { idPrefix: string; id: string; className?: string; children: ReactNode }) {
  return (
    <div
      role="tabpanel"
      id={`${props.idPrefix}-panel-${props.id}`}
      aria-labelledby={`${props.idPrefix}-tab-${props.id}`}
      className={props.className}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling tab panel must be reachable by keyboard
      tabIndex={0}
    >
      {props.children}
    </div>
  );
}
