import { setTheme, THEME_CHOICES, type ThemeChoice, useThemeChoice } from "./theme";

const LABEL: Record<ThemeChoice, string> = { system: "System", light: "Light", dark: "Dark" };

const ICON: Record<ThemeChoice, string> = {
  system: "M3 5h18v11H3zM8 20h8M12 16v4",
  light:
    "M12 7a5 5 0 1 0 0 10 5 5 0 0 0 0-10zM12 1v2M12 21v2M4.2 4.2l1.4 1.4M18.4 18.4l1.4 1.4M1 12h2M21 12h2M4.2 19.8l1.4-1.4M18.4 5.6l1.4-1.4",
  dark: "M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z",
};

/** One button that cycles System → Light → Dark; its name says the current theme. */
export function ThemeSwitch() {
  const choice = useThemeChoice();
  const next = THEME_CHOICES[(THEME_CHOICES.indexOf(choice) + 1) % THEME_CHOICES.length] as ThemeChoice;
  return (
    <button
      type="button"
      className="btn-ghost btn-icon"
      aria-label={`Theme: ${LABEL[choice]}`}
      title={`Theme: ${LABEL[choice]} (switch to ${LABEL[next]})`}
      data-theme-choice={choice}
      onClick={() => setTheme(next)}
    >
      <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2">
        <path d={ICON[choice]} strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </button>
  );
}
