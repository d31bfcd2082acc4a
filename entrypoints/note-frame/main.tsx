// The note editor frame: embedded by the in-page UI (components/inpage/NoteFrame.tsx) so that what
// the reader types stays in the extension's origin. It talks only to the background.
import { render } from 'preact';
import '@/components/theme.css';
import './style.css';
import { NoteFrameApp } from './App';
import { sessionFromHash } from './session';

render(<NoteFrameApp session={sessionFromHash(location.hash)} />, document.getElementById('app')!);
