// The popup: what Claimlight found and kept on the current tab, with notes, delete/undo,
// per-kind visibility, "Analyse this page", the page note and a way to the library.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Alias, Kind } from '@/lib/model';
import { KINDS } from '@/lib/model';
import { browser } from '@/lib/browser';
import type { PageSummaryItem } from '@/lib/messaging/contract';
import { sendToBackground, sendToTab } from '@/lib/messaging/client';
import { addAlias, foldText, getPage, getSettings, listAnnotationsByPage, listLinks, listReviews, listSpeakers, putNote, updateAnnotation, watch } from '@/lib/store';
import { buildExport } from '@/lib/export';
import { downloadFile } from '@/components/download';
import { UndoBar } from '@/components/UndoBar';
import { changeAnnouncer } from '@/components/change-announcer';
import { KIND_PLURAL } from '@/components/kinds';
import { MarkLegend } from '@/components/MarkLegend';
import { namesFrom, type NameField } from '@/components/names';
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
  run: () => Promise<void>;
}

/** A page with more items than this starts with its sections folded. */
const FOLD_ABOVE = 12;

/** Does an item match the filter box's words (its text, names, note or reason)? */
export function matchesFilter(item: PageSummaryItem, words: readonly string[]): boolean {
  if (!words.length) return true;
  const hay = foldText([item.text, item.speaker, item.disputedBy, item.claimant, item.note, item.reason].filter(Boolean).join('\n'));
  return words.every((w) => hay.includes(w));
}

export function App() {
  const { view, apply, reload, tab, records } = useTabState();
  const ids = useRef(new ItemIds()).current;
  const pageKeyRef = useRef<string | null>(null);
  pageKeyRef.current = view.status === 'ready' ? view.pageKey : null;
  const notes = useRef(
    new ItemNotes(ids, {
      keep: async (id, note) => {
        // The saved record's id (its item may not be listed yet: the page repaints after the save).
        const { id: saved } = await sendToTab(tabId(), 'tab/update', { id, patch: { note } });
        if (!saved) throw new Error('That item is no longer on the page.');
        return saved;
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
  const [filter, setFilter] = useState('');
  const [folds, setFolds] = useState<Partial<Record<Kind, boolean>>>({});
  const [savedNames, setSavedNames] = useState<string[]>([]);
  const [aliases, setAliases] = useState<readonly Alias[]>([]);
  useEffect(() => {
    listSpeakers().then((list) => setSavedNames(list.map((s) => s.speaker)), () => undefined);
    return watch(getSettings, (s) => setAliases(s.aliases));
  }, []);

  // A delete made in the page's card can be undone here too: the page may hide its own toast.
  const readyTab = view.status === 'ready' ? view.tab.id : null;
  useEffect(() => {
    if (readyTab === null) return;
    sendToBackground('undo/last', { tabId: readyTab }).then(
      (last) => {
        if (!last) return;
        const n = last.records.length;
        setUndo(
          (now) =>
            now ?? {
              message: `You deleted ${n === 1 ? '1 annotation' : `${n} annotations`} on this page.`,
              run: () => sendToTab(readyTab, 'tab/restore', { annotations: last.records }).then(() => undefined),
            },
        );
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
      setUndo({
        message: deleted.length === 1 ? 'Deleted 1 annotation.' : `Deleted ${deleted.length} annotations.`,
        run: () => sendToTab(tabId(), 'tab/restore', { annotations: deleted }).then(() => undefined),
      });
      await reload();
    } catch (e) {
      report(e);
    }
  };

  /** "Not right": hidden here and on later visits, out of every list and export. */
  const dismiss = async (item: PageSummaryItem) => {
    try {
      const before = item.saved ? (records.current.get(item.id) ?? null) : null;
      const { id } = await sendToTab(tabId(), 'tab/update', { id: item.id, patch: { dismissed: true } });
      setUndo({
        message: 'Dismissed: hidden here and on later visits, and left out of exports.',
        // A kept record goes back as it was; a finding dismissed for the first time is forgotten again.
        run: async () => {
          if (before) await sendToTab(tabId(), 'tab/restore', { annotations: [before] });
          else if (id) await sendToTab(tabId(), 'tab/delete', { id });
        },
      });
      await reload();
    } catch (e) {
      report(e);
    }
  };

  const restore = async () => {
    if (!undo) return;
    try {
      await undo.run();
      setUndo(null);
      setStatus('Restored.');
      await reload();
    } catch (e) {
      report(e);
    }
  };

  /** The reader corrects who said or disputes an item: saved through the page, whose marks follow at once. */
  const saveName = (key: string) => async (field: NameField, name: string | null) => {
    const { id: saved } = await sendToTab(tabId(), 'tab/update', { id: ids.idFor(key), patch: { [field]: name } });
    if (!saved) throw new Error('That item is no longer on the page.');
    ids.moved(key, saved);
    await reload();
    // A new speaker moves the item to another group (a new card): keep the keyboard's place.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`li[data-item-key="${CSS.escape(key)}"] .cl-who__fix`)?.focus());
  };

  const alias = async (from: string, to: string) => {
    await addAlias(from, to);
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

  const items = view.status === 'ready' ? view.state.items : [];
  const words = useMemo(() => foldText(filter).split(/\s+/).filter(Boolean), [filter]);
  const shown = useMemo(() => items.filter((i) => matchesFilter(i, words)), [items, words]);
  const names = useMemo(() => namesFrom(items, savedNames), [items, savedNames]);
  // The reader's choice first; else, with a filter, open what matches; else fold long pages.
  const isOpen = (k: Kind) => folds[k] ?? (words.length > 0 || items.length <= FOLD_ABOVE);

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
            <details class="cl-disclosure popup__legend">
              <summary>What the marks mean</summary>
              <MarkLegend />
            </details>
            <KindToggles visible={view.state.visible} counts={countByKind(view.state.items)} onChange={setVisible} />
            {items.length > 0 && (
              <label class="popup__filter">
                <span>Filter this page’s items</span>
                <input type="search" value={filter} placeholder="Words, a speaker, a note…" onInput={(e) => setFilter(e.currentTarget.value)} />
              </label>
            )}
            <ItemSections
              items={shown}
              keyFor={(id) => ids.keyFor(id)}
              onReveal={reveal}
              saveNote={saveNote}
              onDelete={(id) => void remove(id)}
              onDismiss={(item) => void dismiss(item)}
              saveName={saveName}
              onAlias={alias}
              aliases={aliases}
              names={names}
              open={isOpen}
              onToggle={(k, open) => setFolds((f) => ({ ...f, [k]: open }))}
              filtered={words.length > 0}
              more={(item) => <PopupFactCheck item={item} checks={factChecks} pageKey={view.pageKey} onStatus={setStatus} />}
            />
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
