// Figure 2 — re-anchoring: saved annotations on a long article after random small edits, ours
// (anchorAll) versus dom-anchor-text-quote (toRange per annotation, with the old position as hint).
//
// Ground truth: each annotation's span is carried through the edits (mapSpan). A result is
// - correct: its text equals the annotated words at their edited location (whitespace-normalised)
//   and it overlaps that location (the same occurrence, not a twin elsewhere);
// - wrong: any other range;
// - orphaned: no range.
import { median, prng, round } from '../lib/stats.mjs';
import { pageWith } from '../lib/browser.mjs';
import { annotationSpans, applyToText, mapSpan, randomEdits, selectorsFor } from '../gen/edits.mjs';

const call = (page, fn, arg) => page.evaluate(([fn, arg]) => window.__anchorBench[fn](arg), [fn, arg]);
const norm = (s) => s.replace(/\s+/g, ' ').trim();

function judge(offsets, expected, text) {
  const out = { correct: 0, orphaned: 0, wrong: 0, exactBounds: 0, wrongExamples: [] };
  offsets.forEach((o, i) => {
    if (!o) return void out.orphaned++;
    const [s, e] = expected[i].span;
    const same = norm(text.slice(o[0], o[1])) === norm(text.slice(s, e)) && o[0] < e && s < o[1];
    if (same) out.correct++;
    else {
      out.wrong++;
      if (out.wrongExamples.length < 3) out.wrongExamples.push({ expected: text.slice(s, e), got: text.slice(o[0], o[1]), edited: expected[i].edited, moved: o[0] - s });
    }
    if (o[0] === s && o[1] === e) out.exactBounds++;
  });
  return out;
}

/**
 * `baselineSample`: dom-anchor-text-quote runs on every k-th annotation only (it is slow: it reads
 * root.textContent and runs diff-match-patch per call); its time is extrapolated to all annotations
 * and its accuracy is compared with ours on the same sample.
 */
export async function measureAnchoring({ context, url, script, annotations, edits, paragraphs, reps, baselineSample, seed = 42 }) {
  const rand = prng(seed);
  const page = await pageWith(context, url, script);
  const { text, paragraphStarts } = await call(page, 'text');
  if (/[\uD800-\uDFFF]/.test(text)) throw new Error('the generated article must be BMP-only (selectors are built in Node)');
  const spans = annotationSpans(rand, text, annotations);
  const selectors = spans.map((s) => selectorsFor(text, s));
  // Our describe() must agree with the selectors built here.
  const described = await call(page, 'describeSpans', spans.slice(0, 20));
  const agree = described.every((d, i) => JSON.stringify(d) === JSON.stringify(selectors[i]));

  const list = randomEdits(rand, text, paragraphStarts, edits, paragraphs);
  const expected = spans.map((s) => mapSpan(s, list));
  const newText = applyToText(text, list);
  await call(page, 'applyEdits', list);
  const pageText = (await call(page, 'text')).text;
  if (pageText !== newText) throw new Error('edits applied in the page differ from the expected text');

  const step = Math.max(1, Math.round(annotations / baselineSample));
  const sample = spans.map((_, i) => i).filter((i) => i % step === 0);
  const quotes = sample.map((i) => ({ exact: selectors[i][0].exact, prefix: selectors[i][0].prefix, suffix: selectors[i][0].suffix, hint: spans[i][0] }));
  const ours = [];
  for (let r = 0; r < reps; r++) ours.push(await call(page, 'anchorOurs', selectors));
  const theirs = [await call(page, 'anchorTheirs', quotes)];
  // Repeat the baseline only while it is cheap: a slow baseline's single run already dwarfs the noise.
  while (theirs.length < reps && theirs[0].ms < 5000) theirs.push(await call(page, 'anchorTheirs', quotes));
  // Where our time goes: annotations whose words were edited (fuzzy search) versus the rest.
  const editedIdx = expected.map((x, i) => (x.edited ? i : -1)).filter((i) => i >= 0);
  const intactIdx = expected.map((x, i) => (x.edited ? -1 : i)).filter((i) => i >= 0);
  const oursEdited = await call(page, 'anchorOurs', editedIdx.map((i) => selectors[i]));
  const oursIntact = await call(page, 'anchorOurs', intactIdx.map((i) => selectors[i]));
  await page.close();

  const edited = editedIdx.length;
  const result = (runs, idx) => ({
    ms: round(median(runs.map((r) => r.ms))),
    samples: runs.map((r) => round(r.ms)),
    ...judge(runs[0].offsets, idx.map((i) => expected[i]), newText),
  });
  const all = spans.map((_, i) => i);
  const oursOnSample = { offsets: sample.map((i) => ours[0].offsets[i]) };
  const theirsMs = median(theirs.map((r) => r.ms));
  return {
    textChars: text.length,
    annotations,
    edits: list.length,
    editTypes: list.reduce((m, e) => ((m[e.type] = (m[e.type] ?? 0) + 1), m), {}),
    annotationsWithEditInside: edited,
    selectorsMatchDescribe: agree,
    ours: result(ours, all),
    oursBreakdown: { editedCount: edited, editedMs: round(oursEdited.ms), intactCount: intactIdx.length, intactMs: round(oursIntact.ms) },
    baselineSample: sample.length,
    oursOnSample: judge(oursOnSample.offsets, sample.map((i) => expected[i]), newText),
    theirs: { ...result(theirs, sample), extrapolatedMs: round((theirsMs * annotations) / sample.length), extrapolated: sample.length !== annotations },
  };
}
