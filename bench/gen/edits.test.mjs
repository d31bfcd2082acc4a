// node --test bench/ — the ground truth of the re-anchoring figure must itself be right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prng } from '../lib/stats.mjs';
import { annotationSpans, applyToText, mapSpan, randomEdits, selectorsFor } from './edits.mjs';
import { textOfWords } from './sentences.mjs';

const text = 'alpha beta gamma delta epsilon zeta';
//            0     6    11    17    23      31

test('edits before a span shift it; edits after leave it', () => {
  const edits = [{ p: 31, d: 4, r: 'ZETA' }, { p: 0, d: 0, r: 'new ' }];
  const { span, edited } = mapSpan([11, 22], edits);
  assert.equal(applyToText(text, edits).slice(...span), 'gamma delta');
  assert.equal(edited, false);
});

test('an insertion exactly at a boundary stays outside the span', () => {
  const atStart = [{ p: 11, d: 0, r: 'very ' }];
  assert.equal(applyToText(text, atStart).slice(...mapSpan([11, 22], atStart).span), 'gamma delta');
  const atEnd = [{ p: 22, d: 0, r: ' indeed' }];
  assert.equal(applyToText(text, atEnd).slice(...mapSpan([11, 22], atEnd).span), 'gamma delta');
});

test('edits inside a span travel with it and mark it edited', () => {
  const edits = [{ p: 17, d: 5, r: 'DELTA' }, { p: 12, d: 1, r: 'x' }];
  const { span, edited } = mapSpan([11, 22], edits);
  assert.equal(applyToText(text, edits).slice(...span), 'gxmma DELTA');
  assert.equal(edited, true);
});

test('deleting the last word with its space shrinks the span to the words left', () => {
  const edits = [{ p: 17, d: 6, r: '' }];
  const { span, edited } = mapSpan([11, 22], edits);
  assert.equal(applyToText(text, edits).slice(...span).trim(), 'gamma');
  assert.equal(edited, true);
});

test('random edits do not overlap, come in descending order and keep untouched spans intact', () => {
  const rand = prng(5);
  const t = textOfWords(rand, 3000);
  const starts = [...t.matchAll(/\n\n/g)].map((m) => m.index + 2);
  const edits = randomEdits(rand, t, starts, 200, 3);
  for (let i = 1; i < edits.length; i++) assert.ok(edits[i].p + edits[i].d <= edits[i - 1].p, 'descending, disjoint');
  const after = applyToText(t, edits);
  for (const s of annotationSpans(rand, t, 100)) {
    const { span, edited } = mapSpan(s, edits);
    if (!edited) assert.equal(after.slice(...span), t.slice(...s));
  }
});

test('selectors carry 32 characters of context and the span as position', () => {
  const t = 'x'.repeat(40) + 'target words' + 'y'.repeat(40);
  const [q, p] = selectorsFor(t, [40, 52]);
  assert.deepEqual(q, { type: 'TextQuoteSelector', exact: 'target words', prefix: 'x'.repeat(32), suffix: 'y'.repeat(32) });
  assert.deepEqual(p, { type: 'TextPositionSelector', start: 40, end: 52 });
});
