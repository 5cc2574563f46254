// Prints every drill's validation line, then (last, so a log's tail always shows them) the
// failed vitest tests with their first message lines, the invalid drills with their problems,
// the time per phase, and one closing line: "tests: N passed, N failed".
import { readFileSync } from "node:fs";

// vitest's JSON reports, comma-separated (one per project run)
const [vitestFiles, validateFile, phasesFile] = process.argv.slice(2);
let passed = 0;
let failed = 0;
const failures = [];
for (const vitestFile of vitestFiles.split(",")) {
  try {
    const v = JSON.parse(readFileSync(vitestFile, "utf8"));
    passed += v.numPassedTests;
    failed += v.numFailedTests;
    for (const file of v.testResults) {
      const name = file.name.replace(`${process.cwd()}/`, "");
      const failedTests = file.assertionResults.filter((a) => a.status === "failed");
      for (const a of failedTests) {
        failures.push(`FAILED  ${name} > ${a.fullName} (${Math.round(a.duration ?? 0)} ms)`);
        failures.push(...firstLines(a.failureMessages.join("\n"), 6));
      }
      if (file.status === "failed" && failedTests.length === 0) {
        failures.push(`FAILED  ${name} (the file itself)`);
        failures.push(...firstLines(file.message ?? "", 6));
      }
    }
  } catch {
    failures.push(`vitest wrote no results to ${vitestFile}`);
    failed += 1;
  }
}
try {
  const d = JSON.parse(readFileSync(validateFile, "utf8"));
  for (const c of d.challenges) {
    console.log(`${c.ok ? "ok     " : "INVALID"} validate ${c.id} [${c.runtime}]`);
    if (c.ok) passed += 1;
    else {
      failed += 1;
      failures.push(`INVALID validate ${c.id} [${c.runtime}]`);
      for (const p of c.problems) failures.push(`    ${p}`);
    }
  }
  for (const line of d.invalid) failures.push(`INVALID ${line}`);
  failed += d.invalid.length;
} catch {
  failures.push("drill validate wrote no results");
  failed += 1;
}
if (failures.length > 0) {
  console.log("== what failed");
  for (const line of failures) console.log(line);
}
if (phasesFile) {
  try {
    console.log("== time per phase (s)");
    console.log(readFileSync(phasesFile, "utf8").trimEnd());
  } catch {}
}
console.log(`tests: ${passed} passed, ${failed} failed`);

function firstLines(text, count) {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .slice(0, count)
    .map((line) => `    ${line.slice(0, 300)}`);
}
