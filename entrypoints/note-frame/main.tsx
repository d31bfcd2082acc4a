// The note editor frame: embedded by the in-page UI (components/inpage/NoteFrame.tsx) so that what
// the reader types stays in the extension's origin. It talks only to the background.
import { render } from 'preact';
import '@/components/theme.css';
import themeCss from '@/components/theme.css?raw';
import { themeFor } from '@/components/theme-mode';
import './style.css';
import { NoteFrameApp } from './App';
import { sessionFromHash } from './session';

// The card around this frame follows the page's light or dark (?theme=…), not the system's: so does the frame.
const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'dark' || theme === 'light') {
  document.documentElement.dataset.theme = theme;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `${themeFor(themeCss, ':root[data-theme]', ':root[data-theme="dark"]')}\n:root[data-theme="light"] { color-scheme: light; }\n:root[data-theme="dark"] { color-scheme: dark; }`,
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

render(<NoteFrameApp session={sessionFromHash(location.hash)} />, document.getElementById('app')!);
