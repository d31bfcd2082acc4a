// Export (Markdown, CSV, W3C Web Annotations, backup) of everything, one site or the current search,
// and import of a Claimlight backup, W3C Web Annotation JSON-LD or a Hypothesis export, with the
// outcome in a status region. Files are validated before anything is written (lib/export), the write is one
// transaction (lib/store).
import { useState } from 'preact/hooks';
import { buildExport, readImportFile, type ExportKind } from '@/lib/export';
import { dumpStore, importRecords, listPages, listSites, searchAnnotations, searchPageNotes } from '@/lib/store';
import { downloadFile } from '@/components/download';
import { announceChange } from '@/components/announce';
import { describeImport, FORMAT_NAMES } from './import-summary';
import { useWatch } from './use-watch';
import { toSearchQuery } from './filters';
import { currentFilters, isFiltered } from './selection';

const EVERYTHING = '';
/** Scope value for "the Annotations view's current search and filters". */
const CURRENT_SEARCH = '\u0000search';
const MAX_EXPORT = 1_000_000;

const BUTTONS: { kind: ExportKind; label: string }[] = [
  { kind: 'markdown', label: 'Export Markdown' },
  { kind: 'csv', label: 'Export CSV' },
  { kind: 'web-annotation', label: 'Export Web Annotations' },
  { kind: 'backup', label: 'Export backup' },
];

async function contentFor(kind: ExportKind, site: string) {
  if (kind === 'backup' || site === EVERYTHING) return dumpStore();
  if (site === CURRENT_SEARCH) {
    const query = toSearchQuery(currentFilters(), MAX_EXPORT);
    const [{ items }, notes] = await Promise.all([searchAnnotations(query), searchPageNotes(query)]);
    const keys = new Set([...items.map((a) => a.pageKey), ...notes.map((p) => p.pageKey)]);
    const pages = (await listPages()).filter((p) => keys.has(p.pageKey));
    return { annotations: items, pages };
  }
  const [{ items }, pages] = await Promise.all([searchAnnotations({ site, limit: MAX_EXPORT }), listPages({ site })]);
  return { annotations: items, pages };
}

export function ExportImport() {
  const sites = useWatch(listSites, []).value ?? [];
  const filtered = isFiltered(currentFilters());
  const [site, setSite] = useState(filtered ? CURRENT_SEARCH : EVERYTHING);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const exportAs = async (kind: ExportKind) => {
    setBusy(true);
    try {
      const content = await contentFor(kind, site);
      const file = buildExport(kind, content, new Date());
      downloadFile(file.text, file.fileName, file.mimeType);
      // Dismissed findings are never exported (a backup keeps them, still dismissed).
      const n = kind === 'backup' ? content.annotations.length : content.annotations.filter((a) => !a.dismissed).length;
      setStatus(`Exported ${n} annotation${n === 1 ? '' : 's'} to ${file.fileName}.`);
    } catch (e) {
      setStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setStatus(`Reading ${file.name}…`);
    try {
      const parsed = await readImportFile(file);
      const summary = await importRecords(parsed);
      await announceChange(null);
      setStatus(describeImport(summary, FORMAT_NAMES[parsed.format] ?? parsed.format));
    } catch (e) {
      setStatus(`Nothing was imported from ${file.name}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      input.value = '';
      setBusy(false);
    }
  };

  return (
    <section class="view transfer" aria-labelledby="transfer-h">
      <h2 id="transfer-h">Export</h2>
      <label class="view__find">
        <span>Export which annotations</span>
        <select value={site} onChange={(e) => setSite(e.currentTarget.value)}>
          <option value={EVERYTHING}>Everything</option>
          {filtered && <option value={CURRENT_SEARCH}>The current search in Annotations</option>}
          {sites.map((s) => (
            <option key={s.site} value={s.site}>
              {s.site} ({s.annotations})
            </option>
          ))}
        </select>
      </label>
      <div class="transfer__buttons">
        {BUTTONS.map((b) => (
          <button key={b.kind} type="button" class="cl-button" disabled={busy} onClick={() => void exportAs(b.kind)}>
            {b.label}
          </button>
        ))}
      </div>
      <p class="settings__hint">
        Page notes are exported with their pages. Findings you dismissed are never exported. A backup always holds everything (annotations,
        page notes, settings and aliases), dismissed findings included, so they stay dismissed after a restore.
      </p>
      <h2 class="transfer__subhead">Bring annotations in</h2>
      <div class="transfer__import">
        <label for="import-file">Import</label>
        <input
          id="import-file"
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          disabled={busy}
          onChange={(e) => void importFile(e.currentTarget)}
        />
        <p class="settings__hint">A Claimlight backup, W3C Web Annotations (JSON-LD) or a Hypothesis export. Duplicates are skipped.</p>
      </div>
      <p class="transfer__status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
