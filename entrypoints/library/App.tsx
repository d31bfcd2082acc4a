// The library: every annotation across pages, who said what, disputed assertions, settings,
// export and import. Sections are addressed by the URL hash; deletes anywhere offer Undo here.
import { useEffect, useState } from 'preact/hooks';
import { KINDS } from '@/lib/model';
import { getSettings, watch } from '@/lib/store';
import { UndoBar } from '@/components/UndoBar';
import { routeFromHash, ROUTES, type Route } from './route';
import { SearchView } from './SearchView';
import { SpeakersView } from './SpeakersView';
import { DisputedView } from './DisputedView';
import { FactChecksView } from './FactChecksView';
import { SettingsView } from './SettingsView';
import { ExportImport } from './ExportImport';
import { DismissedView } from './DismissedView';
import { PAGE_NOTE_ID } from './page-rows';
import { deleteItemsAndAnnounce, describeDeleted, restoreItemsAndAnnounce, type Deleted } from './store-actions';

export function App() {
  const [route, setRoute] = useState<Route>(routeFromHash(location.hash));
  const [undo, setUndo] = useState<Deleted | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const onHash = () => setRoute(routeFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // The reader's highlight colours tint the kind badges here too.
  useEffect(
    () =>
      watch(getSettings, (s) => {
        for (const k of KINDS) document.documentElement.style.setProperty(`--cl-${k}`, s.colors[k]);
      }),
    [],
  );

  const remove = async (ids: string[]) => {
    try {
      const deleted = await deleteItemsAndAnnounce(ids, PAGE_NOTE_ID);
      setUndo(deleted);
      setStatus('');
    } catch (e) {
      setStatus(`Not deleted: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const restore = async () => {
    if (!undo) return;
    try {
      await restoreItemsAndAnnounce(undo);
      setStatus(describeDeleted(undo, 'Restored'));
      setUndo(null);
    } catch (e) {
      setStatus(`Not restored: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div class="library">
      <header class="library__header">
        <h1>Claimlight Library</h1>
        <nav aria-label="Library sections">
          <ul>
            {ROUTES.map((r) => (
              <li key={r.route}>
                <a href={`#${r.route}`} aria-current={route === r.route ? 'page' : undefined}>
                  {r.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="library__main">
        {undo && (
          <UndoBar
            message={describeDeleted(undo)}
            onUndo={() => void restore()}
            onDismiss={() => setUndo(null)}
          />
        )}
        <p class="library__status" role="status" aria-live="polite">
          {status}
        </p>
        {route === 'annotations' && <SearchView onDelete={(ids) => void remove(ids)} />}
        {route === 'who' && <SpeakersView />}
        {route === 'disputed' && <DisputedView />}
        {route === 'factchecks' && <FactChecksView />}
        {route === 'dismissed' && <DismissedView />}
        {route === 'settings' && <SettingsView />}
        {route === 'export' && <ExportImport />}
      </main>
    </div>
  );
}
