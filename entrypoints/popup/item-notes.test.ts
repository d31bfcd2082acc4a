import { describe, expect, it } from 'vitest';
import { ItemNotes, type NoteTargets } from './item-notes';
import { ItemIds } from './tab-items';

function targets() {
  const kept: { id: string; note: string; resolve: (id: string) => void; reject: (e: Error) => void }[] = [];
  const written: [string, string][] = [];
  const t: NoteTargets = {
    keep: (id, note) => new Promise((resolve, reject) => kept.push({ id, note, resolve, reject })),
    write: async (id, note) => void written.push([id, note]),
  };
  return { t, kept, written };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('ItemNotes', () => {
  it('writes a saved item’s note directly, every value, in order', async () => {
    const { t, kept, written } = targets();
    const notes = new ItemNotes(new ItemIds(), t);
    await Promise.all(['a', 'ab', 'abc'].map((n) => notes.save('uuid-1', true, n)));
    expect(kept).toEqual([]);
    expect(written).toEqual([['uuid-1', 'a'], ['uuid-1', 'ab'], ['uuid-1', 'abc']]);
  });

  it('keeps an auto-finding once through its tab; values typed meanwhile wait and the newest is written to the new record', async () => {
    const { t, kept, written } = targets();
    const ids = new ItemIds();
    const notes = new ItemNotes(ids, t);
    const first = notes.save('auto-1', false, 'E');
    const waiting = ['Ev', 'Eve', 'Ever'].map((n) => notes.save('auto-1', false, n));
    expect(kept.map((k) => [k.id, k.note])).toEqual([['auto-1', 'E']]);
    expect(written).toEqual([]);
    kept[0]!.resolve('uuid-9');
    await Promise.all([first, ...waiting]);
    expect(written).toEqual([['uuid-9', 'Ever']]);
    expect(ids.idFor('auto-1')).toBe('uuid-9');
    // Later values go straight to the saved record, even from a card drawn before it was saved.
    await notes.save('auto-1', false, 'Every');
    expect(written.at(-1)).toEqual(['uuid-9', 'Every']);
    expect(kept).toHaveLength(1);
  });

  it('when the first save fails, waiting values fail with it and the next value tries again', async () => {
    const { t, kept, written } = targets();
    const notes = new ItemNotes(new ItemIds(), t);
    const first = notes.save('auto-2', false, 'x');
    const waiting = notes.save('auto-2', false, 'xy');
    kept[0]!.reject(new Error('That item is no longer on the page.'));
    await expect(first).rejects.toThrow('no longer on the page');
    await expect(waiting).rejects.toThrow('no longer on the page');
    await settle();
    const retry = notes.save('auto-2', false, 'xyz');
    expect(kept.map((k) => k.note)).toEqual(['x', 'xyz']);
    kept[1]!.resolve('uuid-3');
    await retry;
    expect(written).toEqual([]);
  });
});
