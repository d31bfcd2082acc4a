// The popup: what Claimlight found and kept on the current tab, with notes, delete/undo,
// per-kind visibility, "Analyse this page", the page note and a way to the library.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Annotation, Kind } from '@/lib/model';
import { KINDS } from '@/lib/model';
import { browser } from '@/lib/browser';
import { sendToBackground, sendToTab } from '@/lib/messaging/client';
import { getPage, listAnnotationsByPage, listLinks, listReviews, putNote, updateAnnotation } from '@/lib/store';
import { buildExport } from '@/lib/export';
import { downloadFile } from '@/components/download';
import { UndoBar } from '@/components/UndoBar';
import { changeAnnouncer } from '@/components/change-announcer';
import { KIND_PLURAL } from '@/components/kinds';
import { countByKind } from './group-items';
import { ItemIds } from './tab-items';
import { ItemNotes } from './item-notes';
import { ItemSections } from './ItemSections';
import { KindToggles } from './KindToggles';
import { PageNote } from './PageNote';
import { RememberSite } from './RememberSite';
import { useTabState } from './use-tab-state';
import { PopupFactCheck, usePageFactChecks } from './PopupFactCheck';

interface Undo {
  message: string;
  records: Annotation[];
}

export function App() {
  const { view, apply, reload, tab, records } = useTabState();
  const ids = useRef(new ItemIds()).current;
  const pageKeyRef = useRef<string | null>(null);
  pageKeyRef.current = view.status === 'ready' ? view.pageKey : null;
  const notes = useRef(
    new ItemNotes(ids, {
      keep: async (id, note) => {
        const { item } = await sendToTab(tabId(), 'tab/update', { id, patch: { note } });
        if (!item) throw new Error('That item is no longer on the page.');
        return item.id;
      },
      // Saved annotations: straight to the store, then the page repaints (its hover card too). A
      // blind put onto the live record leaves within the keystroke's task; without the record
      // (not seen by the live query yet) a read-then-write transaction does.
      // Announced when the write starts too, so a popup closed mid-burst still announces it.
      write: (id, note) => {
        const base = records.current.get(id);
        const pageKey = base?.pageKey ?? pageKeyRef.current;
        if (pageKey) changeAnnouncer.changed([pageKey]);
        return (base ? putNote(base, note) : updateAnnotation(id, { note })).then((a) => changeAnnouncer.changed([a.pageKey]));
      },
    }),
  ).current;
  const [status, setStatus] = useState('');
  const factChecks = usePageFactChecks(view.status === 'ready' ? view.pageKey : null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [busy, setBusy] = useState(false);

  // A delete made in the page's card can be undone here too: the page may hide its own toast.
  const readyTab = view.status === 'ready' ? view.tab.id : null;
  useEffect(() => {
    if (readyTab === null) return;
    sendToBackground('undo/last', { tabId: readyTab }).then(
      (last) => {
        if (!last) return;
        const n = last.records.length;
        setUndo((now) => now ?? { message: `You deleted ${n === 1 ? '1 annotation' : `${n} annotations`} on this page.`, records: last.records });
      },
      () => undefined,
    );
  }, [readyTab]);

  const tabId = () => {
    const t = tab.current;
    if (!t) throw new Error('No tab.');
    return t.id;
  };
  const report = (e: unknown) => setStatus(e instanceof Error ? e.message : String(e));

  const reveal = (id: string) => {
    sendToTab(tabId(), 'tab/reveal', { id })
      .then(({ found }) => setStatus(found ? '' : 'Not found on the page: the words may have changed or be hidden.'))
      .catch(report);
  };

  const saveNote = (key: string, saved: boolean) => (note: string) => notes.save(key, saved, note);

  const remove = async (id: string) => {
    try {
      const { deleted } = await sendToTab(tabId(), 'tab/delete', { id });
      setUndo({ message: deleted.length === 1 ? 'Deleted 1 annotation.' : `Deleted ${deleted.length} annotations.`, records: deleted });
      await reload();
    } catch (e) {
      report(e);
    }
  };

  const restore = async () => {
    if (!undo) return;
    try {
      await sendToTab(tabId(), 'tab/restore', { annotations: undo.records });
      setUndo(null);
      setStatus('Restored.');
      await reload();
    } catch (e) {
      report(e);
    }
  };

  const setVisible = (kind: Kind | 'all', visible: boolean) => {
    sendToTab(tabId(), 'tab/visibility', { kind, visible })
      .then((state) => tab.current && apply(tab.current, state))
      .catch(report);
  };

  /** The reader pressed "Analyse this page": offer to remember it for the site. */
  const [analysedByHand, setAnalysedByHand] = useState(false);
  const analyse = async () => {
    setBusy(true);
    setStatus('Analysing…');
    try {
      const state = await sendToTab(tabId(), 'tab/analyze', {});
      if (tab.current) apply(tab.current, state);
      setStatus(`Analysed: ${state.items.filter((i) => i.source === 'auto').length} findings.`);
      setAnalysedByHand(true);
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  /** The page's saved annotations and page note as a Markdown file. */
  const exportPage = async (pageKey: string) => {
    try {
      const [annotations, page, factReviews, factLinks] = await Promise.all([listAnnotationsByPage(pageKey), getPage(pageKey), listReviews(), listLinks()]);
      const live = annotations.filter((a) => !a.dismissed);
      if (!live.length && !page?.note) return setStatus('Nothing kept on this page yet: keep a highlight or write a note first.');
      const file = buildExport('markdown', { annotations: live, pages: page ? [page] : [], factReviews, factLinks }, new Date());
      downloadFile(file.text, file.fileName, file.mimeType);
      setStatus(`Exported ${live.length} annotation${live.length === 1 ? '' : 's'} to ${file.fileName}.`);
    } catch (e) {
      setStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const openLibrary = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }).then(() => window.close());
  };

  return (
    <div class="popup">
      <header class="popup__header">
        <h1>Claimlight</h1>
        <button type="button" class="cl-button" onClick={openLibrary}>
          Open Library
        </button>
      </header>
      <main class="popup__main">
        {view.status === 'loading' && <p class="popup__muted">Loading…</p>}
        {view.status === 'unavailable' && (
          <p class="popup__unavailable" role="note">
            {view.message}
          </p>
        )}
        {view.status === 'ready' && (
          <>
            <p class="popup__title" title={view.state.url}>
              {view.state.title || view.state.url}
            </p>
            <Summary counts={countByKind(view.state.items)} />
            {!view.state.analysed && (
              <div class="popup__analyse">
                <p class="popup__muted">
                  {view.state.isArticle ? 'This page was not analysed automatically.' : 'This page does not look like an article.'}
                </p>
                <button type="button" class="cl-button cl-button--primary" disabled={busy} onClick={() => void analyse()}>
                  Analyse this page
                </button>
              </div>
            )}
            <RememberSite url={view.state.url} offer={analysedByHand || !view.state.analysed} />
            {undo && <UndoBar message={undo.message} onUndo={() => void restore()} onDismiss={() => setUndo(null)} />}
            <KindToggles visible={view.state.visible} counts={countByKind(view.state.items)} onChange={setVisible} />
            <ItemSections items={view.state.items} keyFor={(id) => ids.keyFor(id)} onReveal={reveal} saveNote={saveNote} onDelete={(id) => void remove(id)} more={(item) => <PopupFactCheck item={item} checks={factChecks} pageKey={view.pageKey} onStatus={setStatus} />} />
            <PageNote pageKey={view.pageKey} url={view.state.url} title={view.state.title} />
            <button type="button" class="cl-button" onClick={() => void exportPage(view.pageKey)}>
              Export this page (Markdown)
            </button>
          </>
        )}
        <p class="popup__status" role="status" aria-live="polite">
          {status}
        </p>
      </main>
    </div>
  );
}

function Summary({ counts }: { counts: Record<Kind, number> }) {
  return (
    <ul class="popup__counts" aria-label="On this page">
      {KINDS.map((k) => (
        <li key={k} class={`popup__count-${k}`}>
          <strong>{counts[k]}</strong> {KIND_PLURAL[k].toLowerCase()}
        </li>
      ))}
    </ul>
  );
}
