import { describe, expect, it } from 'vitest';
import { ItemIds } from './tab-items';

describe('ItemIds', () => {
  it('maps a card key to the saved id after the first save and back', () => {
    const ids = new ItemIds();
    expect(ids.idFor('auto-quote-x')).toBe('auto-quote-x');
    ids.moved('auto-quote-x', 'uuid-1');
    expect(ids.idFor('auto-quote-x')).toBe('uuid-1');
    expect(ids.keyFor('uuid-1')).toBe('auto-quote-x');
    expect(ids.keyFor('other')).toBe('other');
  });
});
