import { describe, expect, it } from "vitest";
import type { Attempt } from "../../src/domain/progress";
import { plural } from "../../src/ui/common/plural";
import { currentStreak, dayKey, longestStreak, practiceDays } from "../../src/ui/stats/stats-data";

const DAY = 86_400_000;
const NOW = new Date(2026, 11, 3, 15, 0).getTime();
const at = (daysAgo: number) => ({ at: NOW - daysAgo * DAY }) as Attempt;

describe("practice days and streaks", () => {
  it("counts submissions per local day", () => {
    const days = practiceDays([at(0), at(0), at(2)]);
    expect(days.get(dayKey(NOW))).toBe(2);
    expect(days.size).toBe(2);
  });

  it("counts the current streak up to today, or up to yesterday before today's practice", () => {
    expect(currentStreak(practiceDays([at(0), at(1), at(2), at(4)]), NOW)).toBe(3);
    expect(currentStreak(practiceDays([at(1), at(2)]), NOW)).toBe(2);
    expect(currentStreak(practiceDays([at(2), at(3)]), NOW)).toBe(0);
    expect(currentStreak(new Map(), NOW)).toBe(0);
  });

  it("finds the longest run of consecutive days", () => {
    expect(longestStreak(practiceDays([at(0), at(5), at(6), at(7), at(9)]))).toBe(3);
    expect(longestStreak(new Map())).toBe(0);
  });
});

describe("plural", () => {
  it("says 1 drill and 0 or 2 drills", () => {
    expect(plural(1, "drill")).toBe("1 drill");
    expect(plural(0, "drill")).toBe("0 drills");
    expect(plural(2, "match", "matches")).toBe("2 matches");
    expect(plural(1200, "submission")).toBe("1,200 submissions");
  });
});
