import { readFileSync, readdirSync } from "node:fs";
import { parseChallenge } from "/work/main/src/catalog/parse-challenge";
import { gradeJob } from "/work/main/src/runner/grade-job";
import { PythonRunner } from "/work/main/src/runner/python-runner";
import { pyodideThreadFactory, nativeFactory } from "/work/main/src/cli/node-ports";
import { PYODIDE_DIR } from "/work/main/src/cli/paths";
const dir = "/work/main/challenges/python/two-sum";
const files = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(`${dir}/${f}`, "utf8")]));
const ch = parseChallenge("challenges/python/two-sum", files);
const runner = new PythonRunner(process.argv[2] === "native" ? nativeFactory() : pyodideThreadFactory(), { indexURL: PYODIDE_DIR + "/" });
let t = performance.now();
await runner.start();
console.log("booted", runner.pythonVersion, Math.round(performance.now() - t));
for (const code of [ch.solution, "def two_sum(nums, target):\n    while True:\n        try:\n            pass\n        except BaseException:\n            pass\n", "def two_sum(n, t):\n    return two_sum(n, t)\n", ch.solution]) {
  t = performance.now();
  const r = await runner.run(gradeJob(ch, code, "submit"));
  console.log(Math.round(performance.now() - t), JSON.stringify(r.summary), r.notices, r.problem, r.results.slice(0,2).map(x => x.status + " " + x.message));
}
runner.dispose();
