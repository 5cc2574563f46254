import { plural } from "../common/plural";
import { dayKey } from "../stats/stats-data";
import { useWidth } from "./use-width";

const CELL = 12;
const GAP = 3;
const LEFT = 30;
const TOP = 18;
const DAY = 86_400_000;

const level = (n: number) => (n === 0 ? 0 : n === 1 ? 1 : n <= 3 ? 2 : n <= 6 ? 3 : 4);

/** Practice days as a calendar, one column per week up to today, darker for more submissions. */
export function PracticeCalendar({ days, now }: { days: Map<string, number>; now: number }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const weeks = Math.max(8, Math.min(53, Math.floor((width - LEFT) / (CELL + GAP))));
  const today = new Date(now);
  today.setHours(12, 0, 0, 0);
  const weekday = (today.getDay() + 6) % 7; // Monday first
  const start = today.getTime() - (weeks - 1) * 7 * DAY - weekday * DAY;
  const cells: { at: number; key: string; count: number; col: number; row: number }[] = [];
  for (let col = 0; col < weeks; col++) {
    for (let row = 0; row < 7; row++) {
      const at = start + (col * 7 + row) * DAY;
      if (at > today.getTime()) continue;
      const key = dayKey(at);
      cells.push({ at, key, count: days.get(key) ?? 0, col, row });
    }
  }
  const months = cells.filter((c) => c.row === 0 && new Date(c.at).getDate() <= 7);
  const active = cells.filter((c) => c.count > 0).length;
  const svgWidth = LEFT + weeks * (CELL + GAP);
  return (
    <div className="chart calendar" ref={ref}>
      <svg
        width={svgWidth}
        height={TOP + 7 * (CELL + GAP)}
        role="img"
        aria-label={`Practice calendar: ${plural(active, "day")} with submissions in the last ${weeks} weeks.`}
      >
        {months.map((m) => (
          <text key={m.key} x={LEFT + m.col * (CELL + GAP)} y={11} className="tick">
            {new Date(m.at).toLocaleDateString("en", { month: "short" })}
          </text>
        ))}
        {["Mon", "Wed", "Fri"].map((d, i) => (
          <text key={d} x={0} y={TOP + i * 2 * (CELL + GAP) + CELL - 2} className="tick">
            {d}
          </text>
        ))}
        {cells.map((c) => (
          <rect
            key={c.key}
            x={LEFT + c.col * (CELL + GAP)}
            y={TOP + c.row * (CELL + GAP)}
            width={CELL}
            height={CELL}
            rx={2}
            className={`heat heat-${level(c.count)}`}
          >
            <title>{`${new Date(c.at).toLocaleDateString("en", { weekday: "short", month: "short", day: "numeric" })}: ${plural(c.count, "submission")}`}</title>
          </rect>
        ))}
      </svg>
      <p className="chart-legend heat-legend">
        Less
        {[0, 1, 2, 3, 4].map((l) => (
          <span key={l} className={`heat-swatch heat-${l}`} aria-hidden="true" />
        ))}
        More
      </p>
    </div>
  );
}
