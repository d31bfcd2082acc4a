// "Delete all my data": every annotation, page note, setting, alias and the reading memory, from
// this browser. A modal dialog offers a backup first; nothing goes until the reader confirms.
import { useEffect, useRef, useState } from 'preact/hooks';
import { buildExport } from '@/lib/export';
import { clearStore, dumpStore } from '@/lib/store';
import { downloadFile } from '@/components/download';
import { announceChange } from '@/components/announce';

export function DeleteAllData() {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [backedUp, setBackedUp] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };

  const backup = async () => {
    setBusy(true);
    try {
      const file = buildExport('backup', await dumpStore(), new Date());
      downloadFile(file.text, file.fileName, file.mimeType);
      setBackedUp(file.fileName);
    } catch (e) {
      setBackedUp(null);
      setStatus(`The backup failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const deleteAll = async () => {
    setBusy(true);
    try {
      await clearStore();
      await announceChange(null);
      setStatus('Everything was deleted from this browser.');
      setBackedUp(null);
      close();
    } catch (e) {
      setStatus(`Nothing was deleted: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset class="settings__group settings__danger">
      <legend>Your data</legend>
      <p class="settings__hint">
        Everything Claimlight keeps is in this browser only (the extension’s own storage): no account, no server. Removing the extension
        removes it too.
      </p>
      <button
        ref={opener}
        type="button"
        class="cl-button cl-button--danger"
        onClick={() => {
          setStatus('');
          setOpen(true);
        }}
      >
        Delete all my data…
      </button>
      <p class="settings__status" role="status" aria-live="polite">
        {status}
      </p>
      <dialog ref={dialog} class="cl-dialog" aria-labelledby="delete-all-h" aria-describedby="delete-all-d" onCancel={(e) => {
        e.preventDefault();
        close();
      }}>
        <h2 id="delete-all-h">Delete all your Claimlight data?</h2>
        <p id="delete-all-d">
          This deletes every annotation and note, every page note, your settings and aliases, and the reading memory from this browser. It
          cannot be undone. Download a backup first to keep a copy you can import later.
        </p>
        <p class="settings__hint" role="status" aria-live="polite">
          {backedUp ? `Backup downloaded: ${backedUp}.` : ''}
        </p>
        <div class="cl-dialog__actions">
          <button type="button" class="cl-button cl-button--primary" disabled={busy} onClick={() => void backup()} autoFocus>
            Download a backup first
          </button>
          <button type="button" class="cl-button cl-button--danger" disabled={busy} onClick={() => void deleteAll()}>
            Delete everything
          </button>
          <button type="button" class="cl-button" disabled={busy} onClick={close}>
            Cancel
          </button>
        </div>
      </dialog>
    </fieldset>
  );
}
