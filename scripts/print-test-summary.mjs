// Prints the validation problems and one closing line: "tests: N passed, N failed".
import { readFileSync } from "node:fs";

const [vitestFile, validateFile] = process.argv.slice(2);
let passed = 0;
let failed = 0;
try {
  const v = JSON.parse(readFileSync(vitestFile, "utf8"));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
} catch {
  console.log("vitest wrote no results");
  failed += 1;
}
try {
  const d = JSON.parse(readFileSync(validateFile, "utf8"));
  for (const line of d.invalid) console.log(`INVALID ${line}`);
  for (const c of d.challenges) {
    console.log(`${c.ok ? "ok     " : "INVALID"} validate ${c.id} [${c.runtime}]`);
    for (const p of c.problems) console.log(`    ${p}`);
    if (c.ok) passed += 1;
    else failed += 1;
  }
  failed += d.invalid.length;
} catch {
  console.log("drill validate wrote no results");
  failed += 1;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
