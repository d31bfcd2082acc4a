// Claimlight's data model: types and their constants; no logic.
//
// Offsets: `Finding.start/end` and everything inside the analysis are UTF-16 code-unit offsets
// into the analysed string (plain JS string indices). `TextPositionSelector.start/end` follow the
// W3C Web Annotation model and count Unicode code points of the annotated root's text content;
// lib/anchoring converts between the two.

/** What a highlight is about. `highlight` is the reader's plain highlight. */
export type Kind = 'quote' | 'disputed' | 'claim' | 'highlight';
/** The kinds the analysis finds on its own. */
export type FindingKind = Exclude<Kind, 'highlight'>;
export const KINDS: readonly Kind[] = ['quote', 'disputed', 'claim', 'highlight'];
export const FINDING_KINDS: readonly FindingKind[] = ['quote', 'disputed', 'claim'];

/** `auto`: found by the analysis (saved once the reader acted on it); `user`: made by the reader. */
export type Source = 'auto' | 'user';

/** W3C TextQuoteSelector: the exact text with (at least 32 characters of) context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: [start, end) in Unicode code points of the root's text content. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** The canonical identity of an article: see lib/page-key.ts. */
export type PageKey = string;

/** One saved annotation: the reader's own, or an auto-finding the reader acted on. */
export interface Annotation {
  id: string;
  pageKey: PageKey;
  url: string;
  title: string;
  kind: Kind;
  source: Source;
  /** The annotated words, as they were when saved. */
  exact: string;
  selectors: Selector[];
  note: string;
  tags: string[];
  /** A CSS colour chosen by the reader, or null for the kind's default. */
  color: string | null;
  /** Quotes: who said it (canonical name). */
  speaker: string | null;
  /** Disputed assertions: who disputes it. */
  disputedBy: string | null;
  /** Disputed assertions: who made the claim, where known. */
  claimant: string | null;
  /** Auto-findings: why the analysis flagged it. */
  reason: string | null;
  /** An auto-finding the reader marked as wrong: never painted again. */
  dismissed: boolean;
  createdAt: number;
  updatedAt: number;
  /**
   * Set only when the reader corrected who said it: what the analysis had named (null: no one).
   * Absent (undefined) while `speaker` is still the analysis's own.
   */
  originalSpeaker?: string | null;
  /** Set only when the reader corrected who disputes it: what the analysis had named (null: no one). */
  originalDisputedBy?: string | null;
}

/** One article the reader has visited or annotated. */
export interface PageRecord {
  pageKey: PageKey;
  url: string;
  title: string;
  siteName: string;
  /** The reader's note on the page as a whole. */
  note: string;
  firstSeen: number;
  lastSeen: number;
  /** When the page note last changed (ms); absent on pages without a note. */
  noteUpdatedAt?: number;
}

/**
 * Reading memory (opt-in, Settings.rememberReading): a finding the analysis made on a page the reader
 * read, kept as automatic — not an annotation, not "kept by me". One per page, kind and text.
 */
export interface Reading {
  /** `${pageKey}\u0000${kind}\u0000${text folded}`: the same finding read twice is one record. */
  id: string;
  pageKey: PageKey;
  url: string;
  title: string;
  siteName: string;
  kind: FindingKind;
  text: string;
  speaker: string | null;
  disputedBy: string | null;
  claimant: string | null;
  reason: string;
  /** Last time the reader's browser found it (ms); retention counts from here. */
  seenAt: number;
}

/** What the analysis returns: a span of the analysed text and why it matters. */
export interface Finding {
  kind: FindingKind;
  /** [start, end) in UTF-16 code units of the analysed text. */
  start: number;
  end: number;
  text: string;
  speaker?: string | null;
  disputedBy?: string | null;
  claimant?: string | null;
  /** Reader-facing, in plain words: "A figure: 175 prisoners", "Said by Donald Trump, named right after the quote", "Disputed by Volodymyr Zelensky: “has been disputed by”". */
  reason: string;
  /** The rule (attribution sieve, dispute cue, claim feature) that decided the finding: "cue-after", "denial-verb". */
  rule?: string;
  /** 0..1 */
  confidence: number;
}

/** Block structure of an article's text, so the analysis knows headings and paragraphs. */
export type BlockType = 'heading' | 'paragraph' | 'blockquote' | 'listitem';
export interface Block {
  type: BlockType;
  /** [start, end) in the analysed text. */
  start: number;
  end: number;
}

/** Input of the analysis: the article's text with its blocks (blocks are separated by "\n\n"). */
export interface ArticleInput {
  text: string;
  blocks: Block[];
  title?: string;
  /** The reader's aliases: a name the analysis gives is read as the reader's name (lib/analysis/aliases.ts). */
  aliases?: Alias[];
}

/** "Always read <from> as <to>": a reader's correction that applies on every page. */
export interface Alias {
  /** The name as the analysis gives it ("Mr Trump", "the ministry"). */
  from: string;
  /** The name the reader wants instead. */
  to: string;
}

/** Reader settings, kept in the store. */
export interface Settings {
  /** Analyse article pages automatically. */
  autoAnalyze: boolean;
  /** Hostnames where auto-analysis is off (overrides autoAnalyze = true). */
  disabledSites: string[];
  /** Hostnames where auto-analysis is on even when autoAnalyze = false. */
  enabledSites: string[];
  /** Which kinds are painted by default. */
  showKinds: Record<Kind, boolean>;
  /** Highlight colours per kind (CSS colours). */
  colors: Record<Kind, string>;
  /** The reader's personal aliases for names the analysis gives (never sent to pages). */
  aliases: Alias[];
  /** Reading memory: keep what the analysis finds on every page read (off by default). */
  rememberReading: boolean;
  /** Reading memory: forget findings not seen again for this many days. */
  readingRetentionDays: number;
}

/** Settings a page's content script gets: the reader's private lists stay in the extension. */
export type PageSettings = Omit<Settings, 'aliases' | 'rememberReading' | 'readingRetentionDays'>;

/** What a page's content script starts with, before the background answers. */
export const DEFAULT_PAGE_SETTINGS: PageSettings = {
  autoAnalyze: true,
  disabledSites: [],
  enabledSites: [],
  showKinds: { quote: true, disputed: true, claim: true, highlight: true },
  colors: { quote: '#7cc4ff', disputed: '#ff9c8a', claim: '#ffd866', highlight: '#b5f28c' },
};

export const DEFAULT_SETTINGS: Settings = {
  ...DEFAULT_PAGE_SETTINGS,
  aliases: [],
  rememberReading: false,
  readingRetentionDays: 30,
};

/** The retention periods Settings offers for reading memory, in days. */
export const RETENTION_DAYS: readonly number[] = [7, 30, 90, 365];
