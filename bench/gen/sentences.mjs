// Realistic news sentences from a seeded PRNG: direct quotes with speakers, disputed assertions,
// figures and dates. Varied enough that long spans rarely repeat, repetitive enough to be newsy.
import { pick, randInt } from '../lib/stats.mjs';

const FIRST = ['Maria', 'Tom', 'Aisha', 'Jonas', 'Priya', 'Olek', 'Sofia', 'Daniel', 'Hana', 'Kwame', 'Lucia', 'Pavel', 'Ines', 'Marcus', 'Yuki', 'Amara', 'Niels', 'Rosa', 'Ahmed', 'Greta'];
const LAST = ['Lopez', 'Barker', 'Haddad', 'Lindqvist', 'Raman', 'Kowalski', 'Moretti', 'Okafor', 'Tanaka', 'Fischer', 'Duarte', 'Novak', 'Mensah', 'Vogel', 'Castillo', 'Brennan', 'Sato', 'Ivanova', 'Kaur', 'Ferreira'];
const ROLES = ['the housing minister', 'the mayor', 'a spokesperson for the ministry', 'the opposition leader', 'the chief executive', 'the union representative', 'a senior economist', 'the health secretary', 'the police commissioner', 'the regional governor'];
const ORGS = ['the Ministry of Energy', 'the city council', 'the central bank', 'the national statistics office', 'the transport authority', 'the teachers’ union', 'the World Health Organization', 'the Port Authority', 'the state railway', 'the European Commission'];
const PLACES = ['the northern district', 'the harbour', 'the old town', 'three coastal villages', 'the capital', 'the border region', 'the industrial zone', 'the university campus'];
const NOUNS = ['families', 'workers', 'patients', 'students', 'homes', 'flights', 'schools', 'households', 'trains', 'businesses'];
const VERBS = ['evacuated', 'affected', 'delayed', 'closed', 'reopened', 'connected', 'compensated', 'inspected', 'relocated', 'vaccinated'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const CUES = ['has been disputed by', 'was rejected by', 'is contested by', 'was denied by', 'has been called false by'];
const SAID = ['told reporters', 'said on Tuesday', 'added', 'wrote in a statement', 'said in an interview'];
const QUOTES = [
  'We will not accept any deal that leaves {n} {noun} without support',
  'This is the worst crisis {place} has seen in {y} years',
  'Nobody should have to wait {n} days for an answer',
  'The numbers speak for themselves: {p} percent of {noun} were {verb}',
  'We warned {org} about this on {day}, and nothing happened',
  'I have asked for a full review of every decision taken since {day}',
  'Our teams have {verb} more than {n} {noun} overnight',
  'It is simply not true that {n} {noun} were {verb}',
  'We expect the work in {place} to cost about {m} million euros',
  'There is no evidence that {org} knew about the problem before {day}',
];

function name(rand) {
  return `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
}

function number(rand) {
  const n = randInt(rand, 12, 98000);
  return n >= 1000 ? n.toLocaleString('en-US') : String(n);
}

function fill(rand, template) {
  return template
    .replace('{n}', () => number(rand))
    .replace('{m}', () => String(randInt(rand, 2, 950)))
    .replace('{p}', () => String(randInt(rand, 3, 97)))
    .replace('{y}', () => String(randInt(rand, 10, 80)))
    .replace('{noun}', () => pick(rand, NOUNS))
    .replace('{verb}', () => pick(rand, VERBS))
    .replace('{place}', () => pick(rand, PLACES))
    .replace('{org}', () => pick(rand, ORGS))
    .replace('{day}', () => pick(rand, DAYS));
}

const FORMS = [
  (r) => `“${fill(r, pick(r, QUOTES))},” said ${name(r)}, ${pick(r, ROLES)}.`,
  (r) => `“${fill(r, pick(r, QUOTES))},” ${name(r)}, ${pick(r, ROLES)}, ${pick(r, SAID)}.`,
  (r) => `${name(r)}, ${pick(r, ROLES)}, said: “${fill(r, pick(r, QUOTES))}.”`,
  (r) => `${capital(pick(r, ORGS))} said ${number(r)} ${pick(r, NOUNS)} had been ${pick(r, VERBS)} in ${pick(r, PLACES)} by ${pick(r, DAYS)}.`,
  (r) => `The claim that ${number(r)} ${pick(r, NOUNS)} were ${pick(r, VERBS)} ${pick(r, CUES)} ${name(r)}, ${pick(r, ROLES)}.`,
  (r) => `According to ${pick(r, ORGS)}, prices in ${pick(r, PLACES)} rose by ${randInt(r, 2, 40)}.${randInt(r, 0, 9)} percent in ${randInt(r, 2019, 2025)}.`,
  (r) => `Crews worked through the night in ${pick(r, PLACES)}, where ${number(r)} ${pick(r, NOUNS)} remain ${pick(r, VERBS)}.`,
  (r) => `“${fill(r, pick(r, QUOTES))},” ${name(r)} said, “${fill(r, pick(r, QUOTES)).toLowerCase()}.”`,
  (r) => `${name(r)} denied that ${pick(r, ORGS)} had ${pick(r, VERBS)} ${number(r)} ${pick(r, NOUNS)} without notice.`,
];

function capital(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function sentence(rand) {
  return pick(rand, FORMS)(rand);
}

/** A paragraph of `min`..`max` sentences. */
export function paragraph(rand, min = 2, max = 3) {
  const out = [];
  for (let i = randInt(rand, min, max); i > 0; i--) out.push(sentence(rand));
  return out.join(' ');
}

export function headline(rand) {
  return `${capital(pick(rand, ORGS))} ${pick(rand, ['defends', 'reviews', 'delays', 'expands'])} plan for ${pick(rand, PLACES)}`;
}

/** Plain text of about `words` words, paragraphs separated by blank lines (analysis input). */
export function textOfWords(rand, words) {
  const paras = [];
  let count = 0;
  while (count < words) {
    const p = paragraph(rand);
    count += p.split(/\s+/).length;
    paras.push(p);
  }
  return paras.join('\n\n');
}
