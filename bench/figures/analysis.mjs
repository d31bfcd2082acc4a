// Figure 4 — analysis grows linearly: analyze() in Node on 10,000 versus 100,000 words, and on
// adversarial strings compared with ordinary text of the same length.
import { prng, round, timeMedian } from '../lib/stats.mjs';
import { textOfWords } from '../gen/sentences.mjs';

/** Ordinary text of exactly `chars` characters. */
function ordinary(chars, seed) {
  let t = textOfWords(prng(seed), Math.ceil(chars / 5));
  while (t.length < chars) t += '\n\n' + t;
  return t.slice(0, chars);
}

function nestedQuotes(depth) {
  const open = ['“', '‘', '"', "'"];
  const close = ['”', '’', '"', "'"];
  let s = '';
  for (let i = 0; i < depth; i++) s += `He said ${open[i % 4]}`;
  s += 'the end';
  for (let i = depth - 1; i >= 0; i--) s += `${close[i % 4]} they said.`;
  return s;
}

export async function measureAnalysis({ analyze, smallWords, largeWords, reps, adversarialReps = reps, adversarialScale = 1 }) {
  const small = textOfWords(prng(1), smallWords);
  const large = textOfWords(prng(2), largeWords);
  analyze(small); // warm up the JIT
  const s = await timeMedian(reps, () => analyze(small));
  const l = await timeMedian(Math.max(1, reps - 2), () => analyze(large));
  // The cases with `versus` set a text against ten times less of it: linear is 10×, each quadratic search they were
  // written for was 60–100× and more; the bar is 20 because the smaller side is short enough for load to swing it.
  const cases = [
    { name: `${(50000 * adversarialScale).toLocaleString('en-US')} quotation marks`, text: '"“”'.repeat(Math.round((50000 * adversarialScale) / 3)).slice(0, 50000 * adversarialScale) },
    { name: `one ${adversarialScale} MB word`, text: 'a'.repeat(1_000_000 * adversarialScale) },
    { name: 'quotes nested 2,000 deep', text: nestedQuotes(2000 * adversarialScale) },
    // A paragraph per line and no quotation mark: each paragraph's search for marks once ran to the text's end
    // (quadratic). Set against ten times fewer such paragraphs: every paragraph is a sentence and costs its own
    // work, which ordinary text of the same length (forty times fewer sentences) would not show.
    {
      name: `${(100000 * adversarialScale).toLocaleString('en-US')} one-word paragraphs`,
      text: 'a\n'.repeat(100000 * adversarialScale),
      versus: { name: `${(10000 * adversarialScale).toLocaleString('en-US')} (10× fewer)`, text: 'a\n'.repeat(10000 * adversarialScale) },
      bar: 20,
    },
    // Long sentences full of reporting verbs: rules ask who reports a sentence once per word, and each ask once read
    // every verb of the paragraph back to its subject.
    {
      name: `${(200 * adversarialScale).toLocaleString('en-US')} sentences of 125 reporting verbs`,
      text: `The ${') claim false $'.repeat(126)}. `.repeat(200 * adversarialScale),
      versus: { name: `${(20 * adversarialScale).toLocaleString('en-US')} (10× fewer)`, text: `The ${') claim false $'.repeat(126)}. `.repeat(20 * adversarialScale) },
      bar: 20,
    },
    // Sentences with no word in them: counting a sentence's words once searched on to the next word in the text.
    {
      name: `${(100000 * adversarialScale).toLocaleString('en-US')} sentences without a word`,
      text: '— . '.repeat(100000 * adversarialScale),
      versus: { name: `${(10000 * adversarialScale).toLocaleString('en-US')} (10× fewer)`, text: '— . '.repeat(10000 * adversarialScale) },
      bar: 20,
    },
  ];
  const adversarial = [];
  for (const c of cases) {
    const same = c.versus?.text ?? ordinary(c.text.length, 3);
    const hostile = await timeMedian(adversarialReps, () => analyze(c.text));
    const plain = await timeMedian(adversarialReps, () => analyze(same));
    adversarial.push({ name: c.name, chars: c.text.length, ms: round(hostile.ms), ordinaryMs: round(plain.ms), ratio: round(hostile.ms / plain.ms, 2), versus: c.versus?.name ?? 'ordinary text', bar: c.bar ?? 2 });
  }
  return {
    small: { words: smallWords, chars: small.length, ms: round(s.ms), findings: analyze(small).length },
    large: { words: largeWords, chars: large.length, ms: round(l.ms), samples: l.samples.map((x) => round(x)) },
    ratio: round(l.ms / s.ms, 2),
    sizeRatio: round(large.length / small.length, 2),
    adversarial,
  };
}

