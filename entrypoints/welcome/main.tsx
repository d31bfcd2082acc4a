import { render } from 'preact';
import '@/components/theme.css';
import '@/lib/highlight/marks.css';
import './style.css';
import { Welcome } from './Welcome';

render(<Welcome />, document.getElementById('app')!);
