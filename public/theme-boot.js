// The saved theme before first paint, so a dark page never flashes light (src/ui/common/theme.ts
// keeps it current). A file, not an inline script: the Content-Security-Policy allows no inline code.
(() => {
  let theme = "system";
  try {
    theme = JSON.parse(localStorage.getItem("drills.ui.theme") || '"system"');
  } catch {}
  const dark = theme === "dark" || (theme !== "light" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
})();
