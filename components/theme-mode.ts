// The shared theme (components/theme.css) follows the system's light or dark preference. Claimlight's
// in-page UI and its note frames follow the page instead (a dark card on a light page is hard to
// read): this rewrites the theme so its dark tokens apply under a selector of our choosing.

/** theme.css with `:root` renamed to `root`, and its dark tokens applied under `dark` instead of the system preference. */
export function themeFor(css: string, root: string, dark: string): string {
  return css.replace(/@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{/, `@media all { ${dark} {`).replaceAll(':root', root);
}

export type Theme = 'light' | 'dark';
