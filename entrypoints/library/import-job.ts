// An import for the Library, run in a worker (./import-worker.ts): reading, checking and writing a
// large file are long tasks (decoding and JSON.parse of 20 MB, structured-cloning 16,000 records,
// IndexedDB's cloning of them) that would freeze the page; in the worker the page only hears
// progress. Between checking and writing, the page may ask the reader whether the file's settings
// should replace theirs. Where workers are not available (tests), the same steps run here.
import { readImportFile } from '@/lib/export';
import { importRecords, type ImportSummary } from '@/lib/store';
import { checkedFile, recordsToWrite, type CheckedFile, type ImportStage, type JobAnswer, type JobRequest } from './import-protocol';
import ImportWorker from './import-worker?worker';

export type { CheckedFile, ImportStage } from './import-protocol';
export type ImportProgress = (stage: ImportStage, done: number, total: number) => void;

export interface ImportJob {
  /** Resolves once the file is read and checked (nothing written yet). */
  checked: Promise<CheckedFile>;
  /** Write the file's records, with its settings or keeping the reader's. */
  write(withSettings: boolean): Promise<ImportSummary>;
  /** Stop before writing: nothing is written; pending promises reject with CANCELLED. */
  cancel(): void;
}

export const CANCELLED = 'Cancelled.';

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: Error): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

export function startImport(file: File, progress: ImportProgress): ImportJob {
  let worker: Worker;
  try {
    worker = new ImportWorker();
  } catch {
    return onThisPage(file, progress);
  }
  const checked = deferred<CheckedFile>();
  const written = deferred<ImportSummary>();
  const fail = (message: string) => {
    worker.terminate();
    checked.reject(new Error(message));
    written.reject(new Error(message));
  };
  // A written promise nobody asked for yet must not be reported as unhandled.
  written.promise.catch(() => undefined);
  worker.addEventListener('message', (e: MessageEvent<JobAnswer>) => {
    const a = e.data;
    if (a.type === 'progress') progress(a.stage, a.done, a.total);
    else if (a.type === 'checked') checked.resolve(a.file);
    else if (a.type === 'error') fail(a.message);
    else {
      worker.terminate();
      written.resolve(a.summary);
    }
  });
  worker.addEventListener('error', (e) => fail(e.message || 'Claimlight could not read the file.'));
  worker.postMessage({ type: 'read', file } satisfies JobRequest);
  return {
    checked: checked.promise,
    write(withSettings) {
      worker.postMessage({ type: 'write', withSettings } satisfies JobRequest);
      return written.promise;
    },
    cancel: () => fail(CANCELLED),
  };
}

/** The same steps on this page (no worker). */
function onThisPage(file: File, progress: ImportProgress): ImportJob {
  let cancelled = false;
  const parsed = readImportFile(file, { progress });
  return {
    checked: parsed.then(checkedFile),
    async write(withSettings) {
      const records = await parsed;
      if (cancelled) throw new Error(CANCELLED);
      return importRecords(recordsToWrite(records, withSettings), { progress: (done, total) => progress('saving', done, total) });
    },
    cancel: () => void (cancelled = true),
  };
}
