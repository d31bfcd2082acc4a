// Every tunable number of the analysis, in one place. Confidences are 0..1; distances count stream
// elements (words, quotations and punctuation marks of one sentence-like unit).

/** Quote attribution: the confidence of each sieve (lib/analysis/sieves.ts) and how far a cue may be. */
export const ATTRIBUTION = {
  label: 0.9,
  dashCredit: 0.85,
  afterQuote: 0.9,
  beforeQuote: 0.85,
  accordingTo: 0.85,
  sentenceCue: 0.75,
  continued: 0.8,
  sameSentence: 0.8,
  nextSentence: 0.75,
  sentenceSubject: 0.65,
  paragraphSpeaker: 0.7,
  previousSentence: 0.7,
  previousParagraph: 0.6,
  /** A quote with no speaker found. */
  unknown: 0.5,
  /** Elements between a quotation and the reporting verb that belongs to it. */
  maxVerbDistance: 12,
  /** Reporting verbs of the quotation's sentence tried, nearest first. */
  maxSentenceCues: 6,
} as const;
