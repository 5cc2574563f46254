import type { TestStatus } from "../../domain/results";

/** Every status has a word and an icon besides its colour. */
export const STATUS_TEXT: Record<TestStatus, string> = {
  pass: "Passed",
  fail: "Wrong answer",
  error: "Error",
  timeout: "Time limit",
};
export const STATUS_ICON: Record<TestStatus, string> = { pass: "✓", fail: "✗", error: "!", timeout: "◔" };
