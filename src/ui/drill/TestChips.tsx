import type { TestResult } from "../../domain/results";
import { STATUS_ICON, STATUS_TEXT } from "./test-status";

/** One chip per test, samples first, then hidden tests; the pressed chip's detail shows beside them. */
export function TestChips(props: { results: TestResult[]; selected: string | null; onSelect(id: string): void }) {
  const groups = [
    { label: "Sample", tests: props.results.filter((r) => r.sample) },
    { label: "Hidden", tests: props.results.filter((r) => !r.sample) },
  ].filter((g) => g.tests.length > 0);
  return (
    <div className="test-chips">
      {groups.map((g) => (
        <div key={g.label} className="chip-group" data-kind={g.label.toLowerCase()}>
          <h3 className="chip-group-label">
            {g.label}{" "}
            <span className="muted">
              {g.tests.filter((t) => t.status === "pass").length}/{g.tests.length}
            </span>
          </h3>
          <ul aria-label={`${g.label} tests`}>
            {g.tests.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  className={`chip chip-${r.status}`}
                  data-status={r.status}
                  data-kind={r.sample ? "sample" : "hidden"}
                  aria-pressed={props.selected === r.id}
                  aria-label={`${r.name}: ${STATUS_TEXT[r.status]}`}
                  title={`${r.name}: ${STATUS_TEXT[r.status]}`}
                  onClick={() => props.onSelect(r.id)}
                >
                  <span aria-hidden="true" className="chip-icon">
                    {STATUS_ICON[r.status]}
                  </span>
                  <span className="chip-name">{r.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
