// The page tools' answers to the popup and the background: "tab/update" answers a save only once
// the store has it, and says so when nothing was saved.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '@/lib/model';
import type { TabSession } from './session-api';
import { tabRequest } from './tab-tools';

const sessionKeeping = (saved: Pick<Annotation, 'id'> | null): TabSession =>
  ({ keep: async () => saved, summary: () => null }) as unknown as TabSession;

describe('tab/update', () => {
  it('is an error, not a success without a record, when nothing was saved', async () => {
    await expect(tabRequest({ type: 'tab/update', id: 'q1', patch: { note: 'x' } }, sessionKeeping(null))).rejects.toThrow(/nothing was saved/);
  });

  it("names the saved record, even before the page lists it (its item may still be repainting)", async () => {
    await expect(tabRequest({ type: 'tab/update', id: 'q1', patch: { note: 'x' } }, sessionKeeping({ id: 'q1@abc' }))).resolves.toEqual({ item: null, id: 'q1@abc' });
  });
});
