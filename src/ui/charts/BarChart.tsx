import type { BarDatum } from "../stats/stats-data";
import { linear, niceTicks } from "./scale";
import { useWidth } from "./use-width";

const ROW = 30;
const M = { top: 8, right: 72, bottom: 40 };

/** Horizontal bars with an axis, the value written after each bar, and a hover title per bar. */
export function BarChart(props: { title: string; bars: BarDatum[]; axisLabel: string; unit?: string; max?: number }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const narrow = width < 480;
  const labelWidth = narrow ? Math.min(150, width * 0.4) : 200;
  const max = props.max ?? Math.max(1, ...props.bars.map((b) => b.max));
  const ticks = props.max !== undefined ? [0, 25, 50, 75, 100] : niceTicks(max, 4);
  const top = ticks.at(-1) ?? max;
  const height = M.top + props.bars.length * ROW + M.bottom;
  const x = linear(0, top, labelWidth, Math.max(labelWidth + 40, width - M.right));
  const plotBottom = M.top + props.bars.length * ROW;
  return (
    <div className="chart" ref={ref}>
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={`${props.title}: ${props.bars.map((b) => `${b.label} ${b.text}`).join(", ")}`}
      >
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={M.top} y2={plotBottom} className="grid" />
            <text x={x(t)} y={plotBottom + 16} textAnchor="middle" className="tick">
              {t}
              {props.unit ?? ""}
            </text>
          </g>
        ))}
        {props.bars.map((b, i) => {
          const y = M.top + i * ROW + 6;
          return (
            <g key={b.label}>
              <title>{`${b.label}: ${b.text}`}</title>
              <text x={labelWidth - 10} y={y + 13} textAnchor="end" className="bar-label">
                {clip(b.label, narrow ? 18 : 28)}
              </text>
              <rect
                x={labelWidth}
                y={y}
                width={Math.max(0, x(Math.min(b.value, top)) - labelWidth)}
                height={18}
                rx={3}
                className="bar"
              />
              <text x={x(Math.min(b.value, top)) + 6} y={y + 13} className="bar-value">
                {b.text}
              </text>
            </g>
          );
        })}
        <text x={(labelWidth + width - M.right) / 2} y={height - 4} textAnchor="middle" className="axis-label">
          {props.axisLabel}
        </text>
      </svg>
    </div>
  );
}

const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
