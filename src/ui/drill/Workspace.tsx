import type { CSSProperties, ReactNode } from "react";
import { TabList } from "../common/Tabs";
import { Divider } from "./Divider";
import { PANE_LIMITS, usePaneSizes } from "./pane-sizes";

export type MobileTab = "statement" | "code" | "results";

const MOBILE_TABS = [
  { id: "statement" as const, label: "Statement" },
  { id: "code" as const, label: "Code" },
  { id: "results" as const, label: "Results" },
];

/**
 * The drill page's frame, like LeetCode or VS Code: statement on the left, editor above the results
 * console on the right, with draggable dividers whose positions are remembered. Each pane scrolls
 * on its own. Narrow screens show one pane at a time under Statement / Code / Results tabs, with
 * Run and Submit in a bar that stays on screen.
 */
const panel = (narrow: boolean, id: MobileTab) =>
  narrow ? { role: "tabpanel", "aria-labelledby": `ws-tab-${id}` } : {};

export function Workspace(props: {
  narrow: boolean;
  header: ReactNode;
  banners: ReactNode;
  statement: ReactNode;
  editor: ReactNode;
  console: ReactNode;
  actions: ReactNode;
  mobileTab: MobileTab;
  onMobileTab(tab: MobileTab): void;
}) {
  const [sizes, setSize] = usePaneSizes();
  const style = { "--left": `${sizes.left * 100}%`, "--editor": `${sizes.editor * 100}%` } as CSSProperties;
  return (
    <div className="workspace" data-narrow={props.narrow} data-mobile-tab={props.mobileTab}>
      {props.header}
      {props.banners}
      {props.narrow && (
        <TabList
          label="Workspace"
          idPrefix="ws"
          className="mobile-tabs"
          tabs={MOBILE_TABS}
          selected={props.mobileTab}
          onSelect={props.onMobileTab}
        />
      )}
      <div className="ws-body" style={style}>
        <div className="ws-left" id="ws-panel-statement" {...panel(props.narrow, "statement")}>
          {props.statement}
        </div>
        {!props.narrow && (
          <Divider
            orientation="vertical"
            label="Resize the statement and editor"
            value={sizes.left}
            min={PANE_LIMITS.left[0]}
            max={PANE_LIMITS.left[1]}
            onChange={(v) => setSize("left", v)}
          />
        )}
        <div className="ws-right">
          <div className="ws-editor" id="ws-panel-code" {...panel(props.narrow, "code")}>
            {props.editor}
          </div>
          {!props.narrow && (
            <Divider
              orientation="horizontal"
              label="Resize the editor and results"
              value={sizes.editor}
              min={PANE_LIMITS.editor[0]}
              max={PANE_LIMITS.editor[1]}
              onChange={(v) => setSize("editor", v)}
            />
          )}
          <div className="ws-console" id="ws-panel-results" {...panel(props.narrow, "results")}>
            {props.console}
          </div>
        </div>
      </div>
      {props.narrow && <div className="action-bar">{props.actions}</div>}
    </div>
  );
}
