// Markdown for Obsidian, Notion and friends: one section per page, each annotation a blockquote.
// Page text (titles, quoted words, names) is escaped so it shows as written; the reader's own notes
// are kept as Markdown they may have typed, with raw HTML neutralised.
import type { Annotation, PageRecord } from '../model';
import { localDay } from './file-name';
import { groupByPage } from './group';

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

/** The reader's note: their Markdown, but never raw HTML. */
const noteText = (note: string) => note.replace(/</g, '&lt;').trim();

/** Obsidian tags cannot hold spaces or most punctuation. */
export function tagToken(tag: string): string {
  const t = tag.trim().replace(/\s+/g, '-').replace(/[^\p{L}\p{N}_\-/]/gu, '');
  return t ? `#${t}` : '';
}

const safeUrl = (url: string) => url.replace(/[<>\s]/g, (c) => encodeURIComponent(c));

function attribution(a: Annotation): string {
  if (a.kind === 'quote' && a.speaker) return `— **${escapeMarkdown(oneLine(a.speaker))}**`;
  if (a.kind === 'disputed' || a.disputedBy) {
    const by = a.disputedBy ? `disputed by **${escapeMarkdown(oneLine(a.disputedBy))}**` : 'disputed';
    return a.claimant ? `${by} (claim by ${escapeMarkdown(oneLine(a.claimant))})` : by;
  }
  if (a.kind === 'claim') return '*check-worthy claim*';
  return '';
}

function annotationBlock(a: Annotation): string {
  const quoted = escapeMarkdown(a.exact.trim())
    .split(/\r?\n/)
    .map((line) => (line ? `> ${line}` : '>'));
  const who = attribution(a);
  if (who) quoted.push('>', `> ${who}`);
  const parts = [quoted.join('\n')];
  if (a.note.trim()) parts.push(noteText(a.note));
  const tags = a.tags.map(tagToken).filter(Boolean);
  if (tags.length) parts.push(tags.join(' '));
  return parts.join('\n\n');
}

function pageSection(page: PageRecord, annotations: Annotation[]): string {
  const title = oneLine(page.title) || page.url;
  const meta = [
    page.siteName && `Site: ${escapeMarkdown(page.siteName)}`,
    `URL: <${safeUrl(page.url)}>`,
    `Date: ${localDay(new Date(page.firstSeen))}`,
  ].filter(Boolean);
  const head = [`## ${escapeMarkdown(title)}`, meta.map((m) => `- ${m}`).join('\n')];
  if (page.note.trim()) head.push(noteText(page.note));
  return [...head, ...annotations.map(annotationBlock)].join('\n\n');
}

/** Markdown for the given annotations, grouped under their pages. */
export function toMarkdown(annotations: readonly Annotation[], pages: readonly PageRecord[] = []): string {
  const sections = groupByPage(annotations, pages).map((g) => pageSection(g.page, g.annotations));
  return sections.length ? `${sections.join('\n\n---\n\n')}\n` : '';
}
