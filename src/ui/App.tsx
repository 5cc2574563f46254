import { ChallengeList } from "./ChallengeList";
import { ChallengeView } from "./ChallengeView";
import { PythonStatus } from "./PythonStatus";

export function App() {
  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">AI Interview Drills</span>
        <PythonStatus />
      </header>
      <ChallengeList />
      <ChallengeView />
    </div>
  );
}
