// The Library's import, off its main thread (see ./import-job.ts): read and check the file, report
// what it holds, then write it when the page says how (with the file's settings or not). The store
// is the same IndexedDB database the page uses; its live queries hear of the writes.
import { readImportFile, type ParsedRecords } from '@/lib/export';
import { importRecords } from '@/lib/store';
import { checkedFile, recordsToWrite, type JobAnswer, type JobRequest } from './import-protocol';

let parsed: ParsedRecords | null = null;
const post = (answer: JobAnswer) => postMessage(answer);
const failed = (err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) });

addEventListener('message', (e: MessageEvent<JobRequest>) => {
  const req = e.data;
  if (req.type === 'read') {
    readImportFile(req.file, { progress: (stage, done, total) => post({ type: 'progress', stage, done, total }) }).then((p) => {
      parsed = p;
      post({ type: 'checked', file: checkedFile(p) });
    }, failed);
  } else if (parsed) {
    const records = recordsToWrite(parsed, req.withSettings);
    parsed = null;
    importRecords(records, { progress: (done, total) => post({ type: 'progress', stage: 'saving', done, total }) }).then((summary) => post({ type: 'done', summary }), failed);
  }
});
