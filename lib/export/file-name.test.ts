import { exportFileName, exportMimeType } from './file-name';

describe('exportFileName', () => {
  const day = new Date(2026, 10, 27, 23, 59); // local time
  it.each([
    ['markdown', 'claimlight-2026-11-27.md'],
    ['csv', 'claimlight-2026-11-27.csv'],
    ['web-annotation', 'claimlight-2026-11-27.jsonld'],
    ['backup', 'claimlight-backup-2026-11-27.json'],
  ] as const)('%s → %s', (kind, name) => {
    expect(exportFileName(kind, day)).toBe(name);
    expect(exportMimeType(kind)).toMatch(/charset=utf-8$/);
  });

  it('pads months and days', () => {
    expect(exportFileName('csv', new Date(2027, 0, 5))).toBe('claimlight-2027-01-05.csv');
  });
});
