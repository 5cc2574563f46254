import type { Challenge } from "../../domain/challenge";
import { TabList, TabPanel } from "../common/Tabs";
import { useApp } from "../store-context";
import { CustomInputPanel } from "./CustomInputPanel";
import { TestsTab, type TestsTabProps } from "./TestsTab";

export type ConsoleTab = "tests" | "output" | "custom";

/** The results console under the editor: Tests, Output and Try your own input. */
export function ConsolePane(
  props: TestsTabProps & { tab: ConsoleTab; onTab(tab: ConsoleTab): void; readOnly: boolean; challenge: Challenge },
) {
  const { tab, onTab, readOnly, ...tests } = props;
  const output = useApp((s) => s.output);
  const tabs = [
    { id: "tests" as const, label: "Tests" },
    { id: "output" as const, label: "Output" },
    ...(readOnly ? [] : [{ id: "custom" as const, label: "Try your own input" }]),
  ];
  const shown = tabs.some((t) => t.id === tab) ? tab : "tests";
  return (
    <section className="pane console-pane" aria-label="Results">
      <h2 className="visually-hidden">Results</h2>
      <div className="pane-header">
        <TabList label="Results" idPrefix="console" tabs={tabs} selected={shown} onSelect={onTab} />
      </div>
      <TabPanel idPrefix="console" id={shown} className="pane-body console-body">
        {shown === "tests" && <TestsTab {...tests} />}
        {shown === "output" &&
          (output ? (
            <pre className="console-output">{output}</pre>
          ) : (
            <div className="empty-state">
              <strong>Nothing printed yet</strong>
              <p>What your code prints with print() during a run appears here.</p>
            </div>
          ))}
        {shown === "custom" && <CustomInputPanel challenge={props.challenge} onGoToLine={props.onGoToLine} />}
      </TabPanel>
    </section>
  );
}
