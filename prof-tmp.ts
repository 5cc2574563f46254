import { loadPyodide } from "pyodide";
import { readHarnessFiles } from "./src/cli/harness-files";
import { loadCatalog } from "./src/cli/load-challenges";
import { gradeJob } from "./src/runner/grade-job";
import { PYODIDE_DIR } from "./src/cli/paths";

const cat = loadCatalog();
const ch = (cat as any).challenges.find((c: any) => c.id === (process.env.DRILL ?? "two-sum"));
const py = await loadPyodide({ indexURL: PYODIDE_DIR + "/" });
py.FS.mkdirTree("/drill-harness/drill");
for (const [n, t] of Object.entries(readHarnessFiles())) py.FS.writeFile(`/drill-harness/drill/${n}`, t);
py.runPython(`import sys; sys.path.insert(0, "/drill-harness")`);
py.runPython("import drill.grade; drill.grade.warm_up()");
const job = gradeJob(ch, ch.solution, (process.env.MODE as any) ?? "run");
py.globals.set("job_text", JSON.stringify(job));
py.globals.set("prof", process.env.PROF === "1");
const out = py.runPython(`
def _main():
    import cProfile, pstats, io, time, json, os
    from drill.grade import run_job_json, prepare_json
    from drill import integrity
    base=integrity.baseline()
    tp=time.perf_counter(); prepare_json(job_text); tp=(time.perf_counter()-tp)*1000
    from drill import sandbox
    prev = sandbox._latest[0]
    import drill.sandbox as sb
    orig = sb._Namespaces.__init__
    def spy(self, modules, previous):
        if previous is not None:
            a = {id(m): m.__name__ for m in previous.modules}; b = {id(m): m.__name__ for m in modules}
            print("SPY new", [b[k] for k in b if k not in a], "gone", [a[k] for k in a if k not in b], "unchanged", previous.unchanged())
            for c in previous.namespaces + previous.classes:
                if not c.unchanged():
                    cur = c._mapping()
                    diff = [k for k in set(cur) | set(c.saved) if cur.get(k, 1) is not c.saved.get(k, 1)]
                    print("SPY changed", c.saved.get("__name__", c.owner), diff[:10])
        orig(self, modules, previous)
    
    rec=integrity.cache_record()
    events=[]
    pr = cProfile.Profile()
    t=time.perf_counter()
    if prof: pr.enable()
    run_job_json(job_text, events.append)
    if prof: pr.disable()
    t1=(time.perf_counter()-t)*1000
    tc=time.perf_counter(); c1=integrity.changed(base); c2=integrity.changed(rec); tc=(time.perf_counter()-tc)*1000
    s=io.StringIO()
    if prof: pstats.Stats(pr, stream=s).sort_stats("tottime").print_stats(25)
    return f"prepare {tp:.1f}; run {t1:.1f} ms; changed {tc:.1f} {c1} {c2}, last={events[-1][:120]}\\n" + s.getvalue()
_main()
`);
console.log(out);
