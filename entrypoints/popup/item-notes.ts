// Where the popup's note edits go. A saved annotation's note is written here, in the extension's
// own IndexedDB: one transaction per keystroke, started at once, so the newest value is the one
// that stays and nothing waits on the tab or the background (a browser closed right after typing
// keeps every key). An auto-finding the reader has not kept yet is first saved by its tab, which
// anchors it in the page; values typed while that first save is in flight wait for it, and the
// newest of them is written to the new record as soon as it exists.
import type { ItemIds } from './tab-items';

export interface NoteTargets {
  /** Save an unsaved auto-finding (by its id on the page) with this note; resolves with its saved id. */
  keep(id: string, note: string): Promise<string>;
  /** Write a saved annotation's note; must start its write before returning (see NoteEditor's save). */
  write(id: string, note: string): Promise<void>;
}

export class ItemNotes {
  /** Card key → the first save of its auto-finding, resolving with the saved id. */
  private creating = new Map<string, Promise<string>>();
  /** Card key → number of the newest value waiting for that first save. */
  private newestWaiting = new Map<string, number>();
  private count = 0;

  constructor(
    private readonly ids: ItemIds,
    private readonly targets: NoteTargets,
  ) {}

  /** Save the note of the card with this key (`saved`: the item was saved when the card was drawn). */
  save(key: string, saved: boolean, note: string): Promise<void> {
    const creating = this.creating.get(key);
    if (creating) {
      const n = ++this.count;
      this.newestWaiting.set(key, n);
      // Older waiting values are skipped: the newest includes them.
      return creating.then((id) => (this.newestWaiting.get(key) === n ? this.targets.write(id, note) : undefined));
    }
    const id = this.ids.idFor(key);
    if (saved || id !== key) return this.targets.write(id, note);
    const first = this.targets.keep(key, note).then((savedId) => {
      this.ids.moved(key, savedId);
      return savedId;
    });
    this.creating.set(key, first);
    // If it fails, the next value tries again.
    const settle = () => {
      if (this.creating.get(key) === first) this.creating.delete(key);
    };
    first.then(settle, settle);
    return first.then(() => undefined);
  }
}
