/** Linear scales and "nice" ticks for the hand-written SVG charts. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** Round steps (1, 2, 5 × 10^n) from 0 to at least `max`, about `count` of them. */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let v = 0; v < max + step / 2; v += step) ticks.push(Number(v.toFixed(6)));
  if ((ticks.at(-1) ?? 0) < max) ticks.push(Number(((ticks.at(-1) ?? 0) + step).toFixed(6)));
  return ticks;
}

/** About `count` evenly spaced dates between t0 and t1, on day boundaries. */
export function dateTicks(t0: number, t1: number, count: number): number[] {
  const day = 86_400_000;
  const days = Math.max(1, Math.round((t1 - t0) / day));
  const step = Math.max(1, Math.ceil(days / Math.max(1, count))) * day;
  const start = new Date(t0);
  start.setHours(0, 0, 0, 0);
  const ticks: number[] = [];
  for (let t = start.getTime() + (start.getTime() < t0 ? day : 0); t <= t1; t += step) ticks.push(t);
  return ticks;
}

export const shortDate = (t: number) => new Date(t).toLocaleDateString("en", { month: "short", day: "numeric" });
