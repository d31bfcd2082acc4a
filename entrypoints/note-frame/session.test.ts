import { describe, expect, it } from 'vitest';
import { loadEditor, sessionFromHash } from './session';

const ID = '0b6f3f1e-3c1a-4f6e-9d2b-7a8c9e0f1a2b';

describe('sessionFromHash', () => {
  it('takes only a well-formed session id', () => {
    expect(sessionFromHash(`#${ID}`)).toBe(ID);
    expect(sessionFromHash(ID)).toBe(ID);
    expect(sessionFromHash('')).toBeNull();
    expect(sessionFromHash('#abc')).toBeNull();
    expect(sessionFromHash(`#${ID}&text=hello`)).toBeNull();
  });
});

describe('loadEditor', () => {
  it('asks again while the session is still on its way, then gives up with the error', async () => {
    let asked = 0;
    const start = await loadEditor(ID, {
      delayMs: 1,
      init: async (s) => {
        expect(s).toBe(ID);
        if (++asked < 3) throw new Error('This note editor is closed.');
        return { text: 'old note', label: 'Note' };
      },
    });
    expect(start).toEqual({ text: 'old note', label: 'Note' });
    expect(asked).toBe(3);

    asked = 0;
    await expect(
      loadEditor(ID, { tries: 4, delayMs: 1, init: async () => { asked++; throw new Error('This note editor is closed.'); } }),
    ).rejects.toThrow('closed');
    expect(asked).toBe(4);
  });
});
