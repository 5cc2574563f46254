import { useState, useSyncExternalStore } from "react";
import { installState, isAppleMobile, onInstallStateChange, promptInstall } from "../../offline/install-prompt";

/** "Install app" where the browser offers it, and how to install where it does not (iOS: Add to Home Screen). */
export function InstallApp() {
  const state = useSyncExternalStore(onInstallStateChange, installState);
  const [dismissed, setDismissed] = useState(false);
  const install = async () => setDismissed(!(await promptInstall()));
  return (
    <section aria-labelledby="install-heading">
      <h2 id="install-heading">Install the app</h2>
      {state === "standalone" ? (
        <p>You are using the installed app. It opens where you left off, and works offline.</p>
      ) : state === "installed" ? (
        <p role="status">✓ Installed. Open AI Interview Drills from your apps or home screen.</p>
      ) : (
        <>
          <p>
            Installed, the app opens in its own window from an icon on your desktop or home screen, where you left off,
            and works offline.
          </p>
          {state === "available" && (
            <button type="button" onClick={() => void install()}>
              Install app
            </button>
          )}
          {dismissed && state !== "available" && <p role="status">Not installed. You can install it later.</p>}
          {state === "unavailable" && <InstallHowTo appleFirst={isAppleMobile()} />}
        </>
      )}
    </section>
  );
}

function InstallHowTo({ appleFirst }: { appleFirst: boolean }) {
  const apple = (
    <li key="apple">
      <strong>iPhone and iPad (Safari):</strong> tap the Share button, then <em>Add to Home Screen</em>, then{" "}
      <em>Add</em>.
    </li>
  );
  const others = [
    <li key="android">
      <strong>Android (Chrome, Edge, Samsung Internet):</strong> open the browser menu (⋮), then <em>Install app</em> or{" "}
      <em>Add to Home screen</em>.
    </li>,
    <li key="desktop">
      <strong>Desktop (Chrome, Edge):</strong> click the install icon at the right of the address bar, or open the menu
      and choose <em>Install AI Interview Drills</em>. Firefox on the desktop does not install web apps.
    </li>,
  ];
  // on an iPhone or iPad the Share menu is the only way: say so at once; elsewhere the browser may
  // simply have installed the app already, so the steps wait behind a summary
  return (
    <details open={appleFirst}>
      <summary>How to install from your browser's menu</summary>
      <ul>{appleFirst ? [apple, ...others] : [...others, apple]}</ul>
    </details>
  );
}
