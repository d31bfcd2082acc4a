// Export (Markdown, CSV, W3C Web Annotations, backup) of everything, one site or the current search,
// and import of a Claimlight backup, W3C Web Annotation JSON-LD or a Hypothesis export, with the
// outcome in a status region. Files are read and validated in a worker before anything is written
// (./read-import.ts, lib/export), with progress; a backup whose settings differ from the reader's
// says what would change and lets the reader choose; the write is one transaction (lib/store).
import { useEffect, useRef, useState } from 'preact/hooks';
import { buildExport, type ExportKind, type ImportFormat } from '@/lib/export';
import { dumpStore, getSettings, listLinks, listPages, listReviews, listSites, searchAnnotations, searchPageNotes } from '@/lib/store';
import { downloadFile } from '@/components/download';
import { announceChange } from '@/components/announce';
import { describeImport, FORMAT_NAMES } from './import-summary';
import { useWatch } from './use-watch';
import { toSearchQuery } from './filters';
import { currentFilters, isFiltered } from './selection';
import { CANCELLED, startImport, type ImportJob, type ImportStage } from './import-job';
import { settingsChanges, type SettingChange } from './settings-diff';

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
  // Fact-check memory: exports say which kept review an annotation's words make.
  const factChecks = Promise.all([listReviews(), listLinks()]).then(([factReviews, factLinks]) => ({ factReviews, factLinks }));
  if (site === CURRENT_SEARCH) {
    const query = toSearchQuery(currentFilters(), MAX_EXPORT);
    const [{ items }, notes] = await Promise.all([searchAnnotations(query), searchPageNotes(query)]);
    const keys = new Set([...items.map((a) => a.pageKey), ...notes.map((p) => p.pageKey)]);
    const pages = (await listPages()).filter((p) => keys.has(p.pageKey));
    return { annotations: items, pages, ...(await factChecks) };
  }
  const [{ items }, pages] = await Promise.all([searchAnnotations({ site, limit: MAX_EXPORT }), listPages({ site })]);
  return { annotations: items, pages, ...(await factChecks) };
}

/** Where an import is: reading and checking the file, the reader choosing settings, writing. */
type ImportStep =
  | { step: 'idle' }
  | { step: 'working'; file: string; stage: ImportStage; done: number; total: number; job: ImportJob }
  | { step: 'choose'; file: string; format: ImportFormat; changes: SettingChange[]; job: ImportJob };

const count = (n: number) => n.toLocaleString('en');
const mbOf = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function progressText(s: Extract<ImportStep, { step: 'working' }>): string {
  if (s.stage === 'saving') return `Saving ${count(s.done)} of ${count(s.total)} annotations from ${s.file}…`;
  if (s.stage === 'reading') return `Reading ${s.file} (${mbOf(s.total)})…`;
  return `Checking ${count(s.done)} of ${count(s.total)} records in ${s.file}…`;
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

  const [importing, setImporting] = useState<ImportStep>({ step: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);
  const failed = (name: string, e: unknown) => setStatus(`Nothing was imported from ${name}: ${e instanceof Error ? e.message : String(e)}`);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    setBusy(true);
    setStatus('');
    const job = startImport(file, (stage, done, total) => setImporting({ step: 'working', file: file.name, stage, done, total, job }));
    setImporting({ step: 'working', file: file.name, stage: 'reading', done: 0, total: file.size, job });
    try {
      const checked = await job.checked;
      const changes = checked.settings ? settingsChanges(await getSettings(), checked.settings) : [];
      // Settings only change when the reader says so; when the file's equal theirs there is nothing to ask.
      if (changes.length) setImporting({ step: 'choose', file: file.name, format: checked.format, changes, job });
      else await write(file.name, checked.format, job, false);
    } catch (e) {
      finish();
      if (e instanceof Error && e.message === CANCELLED) setStatus(`Import of ${file.name} cancelled; nothing was imported.`);
      else failed(file.name, e);
    }
  };

  const finish = () => {
    setImporting({ step: 'idle' });
    setBusy(false);
  };

  /** Write the records: with the file's settings only if the reader chose them (`keptMine`: they chose theirs). */
  const write = async (name: string, format: ImportFormat, job: ImportJob, withSettings: boolean, keptMine = false) => {
    setImporting({ step: 'working', file: name, stage: 'saving', done: 0, total: 0, job });
    try {
      const summary = await job.write(withSettings);
      await announceChange(null);
      const kept = keptMine ? "\nYour settings were kept; the file's were not imported." : '';
      setStatus(describeImport(summary, FORMAT_NAMES[format] ?? format) + kept);
    } catch (e) {
      failed(name, e);
    } finally {
      finish();
      fileInput.current?.focus();
    }
  };

  const choose = (useFile: boolean) => {
    if (importing.step === 'choose') void write(importing.file, importing.format, importing.job, useFile, !useFile);
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
          ref={fileInput}
          id="import-file"
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          disabled={busy}
          onChange={(e) => void importFile(e.currentTarget)}
        />
        <p class="settings__hint">A Claimlight backup, W3C Web Annotations (JSON-LD) or a Hypothesis export. Duplicates are skipped.</p>
      </div>
      {importing.step === 'working' ? (
        <div class="transfer__progress">
          <label for="import-progress">{progressText(importing)}</label>
          <progress id="import-progress" max={Math.max(1, importing.total)} value={importing.stage === 'reading' ? undefined : importing.done} />
          {importing.stage !== 'saving' ? (
            <button type="button" class="cl-button" onClick={() => importing.job.cancel()}>
              Cancel
            </button>
          ) : null}
        </div>
      ) : null}
      {importing.step === 'choose' ? (
        <SettingsChoice
          file={importing.file}
          changes={importing.changes}
          onChoose={choose}
          onCancel={() => {
            importing.job.cancel();
            finish();
            setStatus(`Import of ${importing.file} cancelled; nothing was imported.`);
            fileInput.current?.focus();
          }}
        />
      ) : null}
      <p class="transfer__status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}

/** The file's settings differ from the reader's: what would change, and the reader's choice. */
function SettingsChoice({ file, changes, onChoose, onCancel }: { file: string; changes: SettingChange[]; onChoose: (useFile: boolean) => void; onCancel: () => void }) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div class="transfer__choice" role="group" aria-labelledby="settings-choice-h">
      <h3 id="settings-choice-h">{file} has settings of its own</h3>
      <p>Its annotations will be imported either way. Importing its settings would change:</p>
      <table class="transfer__changes">
        <thead>
          <tr>
            <th scope="col">Setting</th>
            <th scope="col">Yours</th>
            <th scope="col">In the file</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.label}>
              <th scope="row">{c.label}</th>
              <td>{c.mine}</td>
              <td>{c.theirs}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="transfer__buttons">
        <button ref={first} type="button" class="cl-button cl-button--primary" onClick={() => onChoose(false)}>
          Keep my settings
        </button>
        <button type="button" class="cl-button" onClick={() => onChoose(true)}>
          Use the file's settings
        </button>
        <button type="button" class="cl-button cl-button--quiet" onClick={onCancel}>
          Cancel the import
        </button>
      </div>
    </div>
  );
}
