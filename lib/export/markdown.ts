// Markdown for Obsidian, Notion and friends: one section per page, each annotation a blockquote.
// Page text (titles, quoted words, names) is escaped so it shows as written; the reader's own notes
// keep the inline Markdown they may have typed (emphasis, lists, http(s) links), and nothing else
// that acts: see noteText.
import { formatReviewDate } from '../factcheck/display';
import type { FactCheckOf } from '../factcheck/for-export';
import type { FactCheckView } from '../factcheck/types';
import type { Annotation, PageRecord } from '../model';
import { localDay } from './file-name';
import { groupByPage } from './group';
import { isSourceUrl } from '../schema/records';

/** Escape characters Markdown (and Obsidian: #tags, $math$, ==marks==) would interpret. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()<>#+!|~$]/g, '\\$&')
    .replace(/==/g, '\\=\\=')
    .replace(/^(\s*)(\d+)([.)])(?=\s|$)/gm, '$1$2\\$3')
    .replace(/^(\s*)-(?=\s|$)/gm, '$1\\-')
    .replace(/^(\s*)=+\s*$/gm, (m) => m.replace(/=/g, '\\='));
}

/** A one-line version for headings and attributions. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** An inline link or image's destination that may stay live: an absolute http(s) address. */
const LIVE_TARGET = /^[ \t]*(?:\r?\n[ \t]*)?<?(?:https?:\/\/)/i;

/** Opening a block at a line's start (after list markers): heading, block quote, code fence, definition. */
const BLOCK_START = /^([ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*)(#|>|`{3,}|~{3,}|\[(?=[^\]]*\]:)|\[\^)/;
/** A line that is a thematic break or a setext heading's underline (---, ***, ___, ===). */
const RULE_LINE = /^([ \t]*)([-*_=])(?=[-*_= \t]*$)/;
/** A table's delimiter row (|---|:--:|), which turns the line above into a table: its pipes are escaped. */
const TABLE_ROW = /^(?=[^|]*\|)(?=[^-]*-)[ \t|:-]+$/;

/**
 * The reader's note (or a file's), readable as written and inert: it cannot carry raw HTML, a live
 * link to anything but an http(s) address (javascript:, data:, file:, a vault), an image or embed
 * that loads on its own, or structure that would reshape the export around it (headings, rules,
 * block quotes that look like our quotes, code fences that swallow what follows, reference and
 * footnote definitions, tables). Each is neutralised with a backslash or an entity, which Markdown
 * readers show as the character itself.
 */
export function noteText(note: string): string {
  const lines = note
    .replace(/</g, '&lt;')
    // Images and embeds (![alt](…), Obsidian ![[…]]) load by themselves: shown as links, never fetched.
    .replace(/!(?=\[)/g, '\\!')
    // Wikilinks and embeds point into the reader's vault, not at a page.
    .replace(/\[\[/g, '\\[\\[')
    // "](" starts an inline link's destination: kept live only for http(s).
    .replace(/\]\(/g, (m: string, at: number, all: string) => (LIVE_TARGET.test(all.slice(at + 2, at + 2 + 16)) ? m : '\\]('))
    .split('\n');
  return lines
    .map((line) => (TABLE_ROW.test(line) ? line.replace(/\|/g, '\\|') : line.replace(BLOCK_START, '$1\\$2').replace(RULE_LINE, '$1\\$2')))
    .join('\n')
    .trim();
}

/** Obsidian tags cannot hold spaces or most punctuation. */
export function tagToken(tag: string): string {
  const t = tag.trim().replace(/\s+/g, '-').replace(/[^\p{L}\p{N}_\-/]/gu, '');
  return t ? `#${t}` : '';
}

const safeUrl = (url: string) => url.replace(/[<>\s]/g, (c) => encodeURIComponent(c));
/** A page address as a live link only when it is one (http(s) or file); else as text. */
const pageLink = (url: string) => (isSourceUrl(url) ? `<${safeUrl(url)}>` : escapeMarkdown(oneLine(url)));

/** " (corrected by you; Claimlight had X)" for a name the reader corrected, else nothing. */
function corrected(original: string | null | undefined): string {
  if (original === undefined) return '';
  return original ? ` (corrected by you; Claimlight had ${escapeMarkdown(oneLine(original))})` : ' (named by you)';
}

function attribution(a: Annotation): string {
  if (a.kind === 'quote' && a.speaker) return `— **${escapeMarkdown(oneLine(a.speaker))}**${corrected(a.originalSpeaker)}`;
  if (a.kind === 'disputed' || a.disputedBy) {
    const by = a.disputedBy ? `disputed by **${escapeMarkdown(oneLine(a.disputedBy))}**${corrected(a.originalDisputedBy)}` : 'disputed';
    return a.claimant ? `${by} (claim by ${escapeMarkdown(oneLine(a.claimant))})` : by;
  }
  if (a.kind === 'claim') return '*check-worthy claim*';
  return '';
}

/** "Fact-checked by **Full Fact**: False (18 March 2025) — <https://…>" */
function factCheckMarkdown(c: FactCheckView): string {
  const date = formatReviewDate(c.date);
  const line = `Fact-checked by **${escapeMarkdown(oneLine(c.org))}**: ${escapeMarkdown(oneLine(c.rating))}${date ? ` (${date})` : ''}`;
  return c.url && /^https?:\/\//i.test(c.url) ? `${line} — <${safeUrl(c.url)}>` : line;
}

/** A note under its label, so it never reads as part of the article: "**Note:** …". */
const labelled = (label: string, note: string) => `**${label}:** ${noteText(note)}`;

function annotationBlock(a: Annotation, factCheckOf?: FactCheckOf): string {
  const quoted = escapeMarkdown(a.exact.trim())
    .split(/\r?\n/)
    .map((line) => (line ? `> ${line}` : '>'));
  const who = attribution(a);
  if (who) quoted.push('>', `> ${who}`);
  const parts = [quoted.join('\n')];
  const check = factCheckOf?.(a);
  if (check) parts.push(factCheckMarkdown(check));
  if (a.note.trim()) parts.push(labelled('Note', a.note));
  const tags = a.tags.map(tagToken).filter(Boolean);
  if (tags.length) parts.push(tags.join(' '));
  return parts.join('\n\n');
}

function pageSection(page: PageRecord, annotations: Annotation[], factCheckOf?: FactCheckOf): string {
  const title = oneLine(page.title) || page.url;
  const meta = [
    page.siteName && `Site: ${escapeMarkdown(page.siteName)}`,
    `URL: ${pageLink(page.url)}`,
    `Date: ${localDay(new Date(page.firstSeen))}`,
  ].filter(Boolean);
  const head = [`## ${escapeMarkdown(title)}`, meta.map((m) => `- ${m}`).join('\n')];
  if (page.note.trim()) head.push(labelled('Page note', page.note));
  return [...head, ...annotations.map((a) => annotationBlock(a, factCheckOf))].join('\n\n');
}

export interface MarkdownOptions {
  /** With a date, the file starts with a title and says when it was exported. */
  exportedAt?: Date;
  /** The fact-check matched to an annotation, if any (a line under it). */
  factCheckOf?: FactCheckOf;
}

/**
 * Markdown for the given annotations, grouped under their pages; pages with a page note and no
 * annotation get a section of their own.
 */
export function toMarkdown(annotations: readonly Annotation[], pages: readonly PageRecord[] = [], options: MarkdownOptions = {}): string {
  const groups = groupByPage(annotations, pages);
  const grouped = new Set(groups.map((g) => g.page.pageKey));
  const noteOnly = pages.filter((p) => p.note.trim() && !grouped.has(p.pageKey));
  const sections = [...groups.map((g) => pageSection(g.page, g.annotations, options.factCheckOf)), ...noteOnly.map((p) => pageSection(p, [], options.factCheckOf))];
  const body = sections.join('\n\n---\n\n');
  if (!options.exportedAt) return sections.length ? `${body}\n` : '';
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const summary = sections.length
    ? `${count(annotations.length, 'annotation', 'annotations')} and ${count(pages.filter((p) => p.note.trim()).length, 'page note', 'page notes')} from ${count(sections.length, 'page', 'pages')}.`
    : 'Nothing to export.';
  const head = `# Claimlight export\n\nExported on ${localDay(options.exportedAt)}. ${summary}`;
  return `${[head, body].filter(Boolean).join('\n\n---\n\n')}\n`;
}
