// Fact-check memory in the popup: the reviews linked to this page's words, read from the store and
// followed live; an item whose words make a kept review's claim says so, and "Not this claim" unlinks
// it (here, on the page and in the Library).
import { useEffect, useState } from 'preact/hooks';
import type { PageSummaryItem } from '@/lib/messaging/contract';
import { textKeyOf } from '@/lib/factcheck/text-key';
import type { FactCheckView } from '@/lib/factcheck/types';
import { factChecksForPage, unlinkFactCheck, watch } from '@/lib/store';
import { changeAnnouncer } from '@/components/change-announcer';
import { FactCheckLine } from '@/components/FactCheckLine';

const CHECKED = new Set(['claim', 'disputed', 'quote']);

export function usePageFactChecks(pageKey: string | null): Map<string, FactCheckView> {
  const [checks, setChecks] = useState(new Map<string, FactCheckView>());
  useEffect(() => {
    if (!pageKey) return;
    return watch(
      () => factChecksForPage(pageKey),
      (list) => setChecks(new Map(list.map((c) => [c.textKey, c]))),
    );
  }, [pageKey]);
  return checks;
}

export function PopupFactCheck({ item, checks, pageKey, onStatus }: { item: PageSummaryItem; checks: Map<string, FactCheckView>; pageKey: string; onStatus: (s: string) => void }) {
  const [busy, setBusy] = useState(false);
  const check = CHECKED.has(item.kind) && checks.size ? checks.get(textKeyOf(item.text)) : undefined;
  if (!check) return null;
  const unlink = async () => {
    setBusy(true);
    try {
      await unlinkFactCheck(check.reviewId, check.textKey);
      changeAnnouncer.changed([pageKey]);
      onStatus(`Unlinked ${check.org}'s fact-check from these words. The Library can link it again.`);
    } catch (e) {
      onStatus(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return <FactCheckLine check={check} busy={busy} onUnlink={() => void unlink()} />;
}
