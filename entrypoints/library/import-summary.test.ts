import { describe, expect, it } from 'vitest';
import { describeImport } from './import-summary';

const none = { duplicateId: 0, duplicateContent: 0, unsupported: 0, refused: 0 };

describe('describeImport', () => {
  it('says what was added and why anything was skipped', () => {
    expect(describeImport({ added: 1, skipped: 0, reasons: none, refused: [], pagesAdded: 1, settingsReplaced: false }, 'Hypothesis')).toBe(
      'Imported 1 annotation from a Hypothesis file; 1 new page.',
    );
    const text = describeImport({ added: 3, skipped: 3, reasons: { ...none, duplicateId: 2, duplicateContent: 1 }, refused: [], pagesAdded: 0, settingsReplaced: false }, 'Claimlight backup');
    expect(text).toContain('Imported 3 annotations');
    expect(text).toContain('0 new pages');
    expect(text).toContain('Skipped 3: 2 already here (same id); 1 already here (same page, words and note).');
  });

  it('lists refused records by where and why, and says when settings were replaced', () => {
    const refused = Array.from({ length: 7 }, (_, i) => `annotations[${i}].url: javascript: addresses are not accepted`);
    const text = describeImport({ added: 1, skipped: 7, reasons: { ...none, refused: 7 }, refused, pagesAdded: 1, settingsReplaced: true }, 'Claimlight backup');
    expect(text).toContain('Skipped 7: 7 refused.');
    expect(text).toContain('Refused: annotations[0].url: javascript: addresses are not accepted; ');
    expect(text).toContain('annotations[4].url');
    expect(text).not.toContain('annotations[5].url');
    expect(text).toContain('; and 2 more.');
    expect(text).toContain("Your settings were replaced by the file's.");
  });
});
