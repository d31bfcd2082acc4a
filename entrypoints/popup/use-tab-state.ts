// The popup's view of its tab: load the content script's state, act on it, and follow changes
// made elsewhere (the store signals a write; the tab is asked again once it has repainted).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Annotation } from '@/lib/model';
import type { TabState } from '@/lib/messaging/contract';
import { sendToTab } from '@/lib/messaging/client';
import { pageKeyFor } from '@/lib/page-key';
import { listAnnotationsByPage, onTablesChanged } from '@/lib/store';
import { resolveTargetTab, type TargetTab } from './target-tab';

export type TabView =
  | { status: 'loading' }
  | { status: 'unavailable'; message: string }
  | { status: 'ready'; tab: TargetTab; state: TabState; pageKey: string };

export const NO_CONTENT_SCRIPT =
  'Claimlight works on web pages such as news articles. It can’t read this page (browser pages, the new tab page and extension stores are off limits).';

/** Quiet time after a store change before re-reading the page's records. */
const QUIET_MS = 120;
/** Delays after a store change before asking the tab again: it repaints once the background tells it. */
const REFETCH_DELAYS = [250, 900];

export function useTabState() {
  const [view, setView] = useState<TabView>({ status: 'loading' });
  const tabRef = useRef<TargetTab | null>(null);
  /** The page's saved annotations as the store has them now (kept current by the live query). */
  const records = useRef(new Map<string, Annotation>());

  const apply = useCallback((tab: TargetTab, state: TabState) => {
    setView({ status: 'ready', tab, state, pageKey: state.pageKey ?? pageKeyFor(state.url) });
  }, []);

  const reload = useCallback(async () => {
    const tab = tabRef.current;
    if (!tab) return;
    try {
      apply(tab, await sendToTab(tab.id, 'tab/state', {}));
    } catch {
      setView({ status: 'unavailable', message: NO_CONTENT_SCRIPT });
    }
  }, [apply]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const tab = await resolveTargetTab().catch(() => null);
      if (cancelled) return;
      if (!tab) {
        setView({ status: 'unavailable', message: 'No tab to show: open an article and try again.' });
        return;
      }
      tabRef.current = tab;
      await reload();
    })();
    return () => {
      cancelled = true;
    };
  }, [reload]);

  // Live: any write to the annotations (here, on the page via the background, in the library,
  // another tab) reaches this page through Dexie's cross-context broadcast. Re-read once writes
  // pause: a read per keystroke while the reader types would hold back the note's own writes.
  const pageKey = view.status === 'ready' ? view.pageKey : null;
  useEffect(() => {
    if (!pageKey) return;
    const timers: ReturnType<typeof setTimeout>[] = [];
    const readRecords = () =>
      listAnnotationsByPage(pageKey).then(
        (list) => void (records.current = new Map(list.map((a) => [a.id, a]))),
        (e: unknown) => console.warn('[Claimlight] could not read the page annotations', e),
      );
    void readRecords();
    const stop = onTablesChanged(['annotations'], () => {
      timers.splice(0).forEach(clearTimeout);
      timers.push(setTimeout(() => void readRecords(), QUIET_MS));
      for (const ms of REFETCH_DELAYS) timers.push(setTimeout(() => void reload(), ms));
    });
    return () => {
      stop();
      timers.forEach(clearTimeout);
    };
  }, [pageKey, reload]);

  return { view, apply, reload, tab: tabRef, records };
}
