import { type PointerEvent, useState } from "react";
import { plural } from "../common/plural";
import { formatDuration } from "../common/use-now";
import type { TimePoint } from "../stats/stats-data";
import { dateTicks, linear, niceTicks, shortDate } from "./scale";
import { useWidth } from "./use-width";

const HEIGHT = 260;
const M = { top: 16, right: 16, bottom: 44, left: 52 };
const DAY = 86_400_000;

/** Time taken as a share of the target, one point per solve, over dates; the dashed line is the target. */
export function TimeScatter({ points }: { points: TimePoint[] }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const [hover, setHover] = useState<number | null>(null);
  if (points.length === 0) {
    return (
      <div className="empty-state">
        <strong>No solves yet</strong>
        <p>Each solved drill adds a point: your time against its target.</p>
      </div>
    );
  }
  const ratios = points.map((p) => (p.elapsedMs / p.targetMs) * 100);
  const t0 = Math.min(...points.map((p) => p.at)) - DAY / 2;
  const t1 = Math.max(...points.map((p) => p.at)) + DAY / 2;
  const yTicks = niceTicks(Math.max(150, ...ratios), 4);
  const yMax = yTicks.at(-1) ?? 150;
  const x = linear(t0, t1, M.left, width - M.right);
  const y = linear(0, yMax, HEIGHT - M.bottom, M.top);
  const within = ratios.filter((r) => r <= 100).length;
  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - box.left;
    const py = e.clientY - box.top;
    let best: number | null = null;
    let bestD = 24 * 24;
    points.forEach((p, i) => {
      const d = (x(p.at) - px) ** 2 + (y(ratios[i] as number) - py) ** 2;
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    });
    setHover(best);
  };
  const hovered = hover === null ? null : points[hover];
  return (
    <div className="chart" ref={ref}>
      <svg
        width={width}
        height={HEIGHT}
        role="img"
        aria-label={`Time against target: ${plural(points.length, "solve")}, ${within} within target.`}
        onPointerMove={onMove}
        onPointerLeave={() => setHover(null)}
      >
        {yTicks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={width - M.right} y1={y(t)} y2={y(t)} className="grid" />
            <text x={M.left - 8} y={y(t) + 4} textAnchor="end" className="tick">
              {t}%
            </text>
          </g>
        ))}
        {dateTicks(t0, t1, Math.max(2, Math.floor(width / 110))).map((t) => (
          <text key={t} x={x(t)} y={HEIGHT - M.bottom + 18} textAnchor="middle" className="tick">
            {shortDate(t)}
          </text>
        ))}
        <line x1={M.left} x2={width - M.right} y1={y(100)} y2={y(100)} className="target-line" />
        <text x={width - M.right} y={y(100) - 6} textAnchor="end" className="target-label">
          target (100%)
        </text>
        <text
          x={12}
          y={(HEIGHT - M.bottom + M.top) / 2}
          className="axis-label"
          transform={`rotate(-90 12 ${(HEIGHT - M.bottom + M.top) / 2})`}
          textAnchor="middle"
        >
          Time, % of target
        </text>
        <text x={(M.left + width - M.right) / 2} y={HEIGHT - 6} textAnchor="middle" className="axis-label">
          Date solved
        </text>
        {points.map((p, i) => {
          const r = ratios[i] as number;
          return (
            <circle
              key={`${p.at}-${p.label}`}
              cx={x(p.at)}
              cy={y(r)}
              r={hover === i ? 7 : 5}
              className={r <= 100 ? "point point-good" : "point point-over"}
            />
          );
        })}
      </svg>
      {hovered && hover !== null && (
        <div
          className="chart-tooltip"
          role="presentation"
          style={{ left: Math.min(x(hovered.at) + 10, width - 200), top: y(ratios[hover] as number) - 10 }}
        >
          <strong>{hovered.label}</strong>
          <span>{new Date(hovered.at).toLocaleString([], { dateStyle: "medium", timeStyle: "short" })}</span>
          <span>
            {formatDuration(hovered.elapsedMs)} of {formatDuration(hovered.targetMs)} (
            {Math.round(ratios[hover] as number)}%)
          </span>
        </div>
      )}
      <p className="chart-legend">
        <span className="legend-item">
          <span className="legend-dot point-good" aria-hidden="true" /> within target (filled)
        </span>
        <span className="legend-item">
          <span className="legend-dot point-over" aria-hidden="true" /> over target (ring)
        </span>
      </p>
      <details className="chart-data">
        <summary>Show the numbers</summary>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Drill</th>
              <th scope="col" className="num">
                Time / target
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={`${p.at}-${p.label}`}>
                <td>{new Date(p.at).toLocaleString([], { dateStyle: "medium", timeStyle: "short" })}</td>
                <td>{p.label}</td>
                <td className="num">
                  {formatDuration(p.elapsedMs)} / {formatDuration(p.targetMs)} ({Math.round(ratios[i] as number)}%)
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
