// For tests only: complete sample records.
import type { Annotation, PageRecord } from '../model';

export function sampleAnnotation(over: Partial<Annotation> = {}): Annotation {
  const url = over.url ?? 'https://news.example/world/story';
  return {
    id: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
    pageKey: url,
    url,
    title: 'A story',
    kind: 'quote',
    source: 'auto',
    exact: 'We will not back down',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'We will not back down', prefix: 'The minister said: "', suffix: '," she added.' },
      { type: 'TextPositionSelector', start: 120, end: 141 },
    ],
    note: 'Check against the transcript',
    tags: ['politics', 'follow up'],
    color: null,
    speaker: 'Jane Doe',
    disputedBy: null,
    claimant: null,
    reason: 'quote attributed by "said"',
    dismissed: false,
    createdAt: Date.UTC(2026, 10, 27, 9, 30),
    updatedAt: Date.UTC(2026, 10, 27, 10, 0),
    ...over,
  };
}

export function samplePage(over: Partial<PageRecord> = {}): PageRecord {
  const url = over.url ?? 'https://news.example/world/story';
  return {
    pageKey: url,
    url,
    title: 'A story',
    siteName: 'news.example',
    note: '',
    firstSeen: Date.UTC(2026, 10, 27, 9, 0),
    lastSeen: Date.UTC(2026, 10, 27, 11, 0),
    ...over,
  };
}
