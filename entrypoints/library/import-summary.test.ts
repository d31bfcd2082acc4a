import { describe, expect, it } from 'vitest';
import { describeImport } from './import-summary';

describe('describeImport', () => {
  it('says what was added and why anything was skipped', () => {
    expect(describeImport({ added: 1, skipped: 0, reasons: { duplicateId: 0, duplicateContent: 0, unsupported: 0 }, pagesAdded: 1 }, 'Hypothesis')).toBe(
      'Imported 1 annotation from a Hypothesis file; 1 new page.',
    );
    const text = describeImport({ added: 3, skipped: 3, reasons: { duplicateId: 2, duplicateContent: 1, unsupported: 0 }, pagesAdded: 0 }, 'Claimlight backup');
    expect(text).toContain('Imported 3 annotations');
    expect(text).toContain('0 new pages');
    expect(text).toContain('Skipped 3: 2 already here (same id); 1 already here (same page, words and note).');
  });
});
