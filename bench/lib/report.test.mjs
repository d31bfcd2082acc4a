// node --test bench/ — table rows: ratios read the right way round and goals decide "met?".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atLeast, atMost, markdownTable, row, textTable } from './report.mjs';
import { median, prng } from './stats.mjs';

test('a speedup row divides baseline by ours', () => {
  const r = row('paint', 100, 600, { goal: atLeast(5) });
  assert.equal(r.ratio, 6);
  assert.equal(r.met, true);
  assert.equal(row('paint', 200, 600, { goal: atLeast(5) }).met, false);
});

test('a ratio row divides ours by baseline', () => {
  const r = row('size', 64_000, 60_000, { unit: 'bytes', kind: 'ratio', goal: atMost(1) });
  assert.ok(Math.abs(r.ratio - 64 / 60) < 1e-9);
  assert.equal(r.met, false);
});

test('tables show every row, with NO for a missed goal and — without a goal', () => {
  const rows = [row('a', 1, 10, { goal: atLeast(5) }), row('b', 5, 1, { kind: 'ratio', goal: atMost(2) }), row('c', 1, 2)];
  const text = textTable(rows);
  assert.match(text, /\| yes/);
  assert.match(text, /\| NO/);
  const md = markdownTable(rows).split('\n');
  assert.equal(md.length, 2 + rows.length);
  assert.match(md[4], /\| — \|$/);
});

test('median and the seeded PRNG', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 2, 3]), 2.5);
  const a = prng(9);
  const b = prng(9);
  const xs = Array.from({ length: 5 }, () => a());
  assert.deepEqual(xs, Array.from({ length: 5 }, () => b()));
  assert.ok(xs.every((x) => x >= 0 && x < 1));
});
