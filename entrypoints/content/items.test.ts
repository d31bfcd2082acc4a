import { describe, expect, it } from 'vitest';
import type { Annotation, Finding } from '@/lib/model';
import { findingIdsOf as findingIds } from '@/lib/finding-ids';
import { unsavedFindings } from './items';

const claim: Finding = { kind: 'claim', start: 0, end: 20, text: 'Exports rose 4.5% in May', reason: 'figure' } as Finding;
const quote: Finding = { kind: 'quote', start: 30, end: 50, text: 'It is a record', reason: 'quotation marks', speaker: 'Alan Price' } as Finding;

function savedFrom(f: Finding, id: string, patch: Partial<Annotation> = {}): Annotation {
  return { id: `${id}@page1`, kind: f.kind, source: 'auto', exact: f.text, note: '', tags: [], dismissed: false, ...patch } as Annotation;
}

describe('unsavedFindings', () => {
  it('lists every finding while nothing is saved', () => {
    expect(unsavedFindings([claim, quote], findingIds([claim, quote]), []).map((x) => x.finding)).toEqual([claim, quote]);
  });

  it('leaves out a finding the reader kept (same kind and words)', () => {
    const findings = [claim, quote];
    const [claimId] = findingIds(findings);
    expect(unsavedFindings(findings, findingIds(findings), [savedFrom(claim, claimId!)]).map((x) => x.finding)).toEqual([quote]);
  });

  it('leaves out a finding the reader re-classified: it does not come back under its old kind', () => {
    const findings = [claim, quote];
    const [claimId] = findingIds(findings);
    const reclassified = savedFrom(claim, claimId!, { kind: 'disputed' });
    expect(unsavedFindings(findings, findingIds(findings), [reclassified]).map((x) => x.finding)).toEqual([quote]);
  });

  it('a highlight of the reader\'s own on the same words does not hide the finding', () => {
    const own = { ...savedFrom(claim, 'user-1'), source: 'user', kind: 'highlight' } as Annotation;
    expect(unsavedFindings([claim], findingIds([claim]), [own]).map((x) => x.finding)).toEqual([claim]);
  });
});
