import { describe, expect, it } from 'vitest';
import { attributionText } from './attribution';

const page = { title: 'Talks  resume', url: 'https://news.example/a' };
const base = { speaker: null, disputedBy: null, claimant: null };

describe('attributionText', () => {
  it('formats an attributed quote with curly quotes, speaker, title and url', () => {
    expect(attributionText({ ...base, kind: 'quote', text: '“We will  meet soon,”', speaker: 'Jane Doe' }, page)).toBe(
      '“We will meet soon,” — Jane Doe, Talks resume https://news.example/a',
    );
  });

  it('names who disputes (and who claims) a disputed assertion', () => {
    expect(attributionText({ ...base, kind: 'disputed', text: 'The bridge is safe.', disputedBy: 'Engineers', claimant: 'The mayor' }, page)).toBe(
      'The bridge is safe. — claimed by The mayor, disputed by Engineers, Talks resume https://news.example/a',
    );
  });

  it('gives just the text and the page for other kinds and unattributed quotes', () => {
    expect(attributionText({ ...base, kind: 'claim', text: 'Sales rose 5%.' }, page)).toBe('Sales rose 5%. — Talks resume https://news.example/a');
    expect(attributionText({ ...base, kind: 'quote', text: 'begin immediately' }, { title: '', url: '' })).toBe('begin immediately');
  });
});
