// Reading an import file: size check, decoding, JSON parse, structure check, format detection,
// validation. Pure (no store): the result goes to the store's importRecords, which writes it in one
// transaction. The Library runs this in a worker (entrypoints/library/import-worker.ts), so a large
// file never freezes the page; `progress` reports how far it has got.
import { BACKUP_FORMAT, parseBackup } from './backup';
import { hypothesisRows, parseHypothesis } from './hypothesis';
import type { ParsedRecords, Progress } from './parsed';
import { ValidationError, checkStructure, isPlainObject } from '../schema/validate';
import { isWebAnnotationJson, parseWebAnnotations } from './web-annotation';

/** Files over this size are refused before they are read (a backup of 100,000 annotations is about 60 MB). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/** Refuse files over the limit before reading them. */
export function checkFileSize(bytes: number): void {
  if (bytes > MAX_FILE_BYTES) throw new ValidationError('', `file is ${mb(bytes)} MB; the limit is ${MAX_FILE_BYTES / (1024 * 1024)} MB`);
}

/** UTF-8 size of a string (counted, not encoded: no copy of a large file). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte code point
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const NOT_TEXT = 'this is not a text file (it contains binary data); expected a JSON export';

/**
 * A file's bytes as text: UTF-8 (what every JSON exporter writes, ours included), or UTF-16 when it
 * starts with a byte-order mark. Bytes that are not valid UTF-8 mean binary data (or a legacy
 * encoding), never text we could read right: refused, rather than read with "�" in it. Text that
 * merely contains U+FFFD (a page's own mojibake, saved as it was) is valid UTF-8 and reads as is.
 */
export function decodeImport(bytes: Uint8Array): string {
  const [b0, b1] = bytes;
  const encoding = b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationError('', NOT_TEXT);
  }
}

function parseJson(text: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new ValidationError('', 'the file is empty');
  // NUL and other C0 controls never appear raw in a JSON text file (JSON escapes them in strings).
  if (/[\u0000-\u0008\u000E-\u001F]/.test(body.slice(0, 4096))) throw new ValidationError('', NOT_TEXT);
  try {
    return JSON.parse(body) as unknown;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const position = Number(/position (\d+)/.exec(detail)?.[1] ?? Number.NaN);
    const atEnd = /end of (JSON )?(input|data)|Unterminated/i.test(detail) || position >= body.trimEnd().length;
    const truncated = atEnd ? ' (the file looks cut off)' : '';
    throw new ValidationError('', `not valid JSON${truncated}: ${detail}`);
  }
}

const UNKNOWN_FORMAT = 'unknown format: expected a Claimlight backup, W3C Web Annotation JSON-LD or a Hypothesis export';

export type ImportPhase = 'reading' | 'checking';

export interface ImportOptions {
  now?: number;
  /** Called as the work goes: reading the file, then checking its records (`done` of `total`). */
  progress?: (phase: ImportPhase, done: number, total: number) => void;
}

/** Validate a file's text and return the records to import. Throws ValidationError with a clear message. */
export function parseImport(text: string, { now = Date.now(), progress }: ImportOptions = {}): ParsedRecords {
  checkFileSize(utf8Bytes(text));
  const json = parseJson(text);
  checkStructure(json);
  const checking: Progress | undefined = progress ? (done, total) => progress('checking', done, total) : undefined;
  if (isPlainObject(json) && 'format' in json) {
    if (json.format === BACKUP_FORMAT) return parseBackup(json, checking);
    throw new ValidationError('format', `"${String(json.format).slice(0, 60)}" is not a format Claimlight reads; ${UNKNOWN_FORMAT}`);
  }
  if (isWebAnnotationJson(json)) return parseWebAnnotations(json, now, checking);
  if (hypothesisRows(json)) return parseHypothesis(json, now, checking);
  if (Array.isArray(json) && json.length === 0) throw new ValidationError('', 'the file holds an empty list: nothing to import');
  throw new ValidationError('', UNKNOWN_FORMAT);
}

/** Read a chosen file (size checked before reading, bytes decoded strictly) and validate it. */
export async function readImportFile(file: Pick<Blob, 'size' | 'arrayBuffer'>, options: ImportOptions = {}): Promise<ParsedRecords> {
  checkFileSize(file.size);
  options.progress?.('reading', 0, file.size);
  const text = decodeImport(new Uint8Array(await file.arrayBuffer()));
  options.progress?.('reading', file.size, file.size);
  return parseImport(text, options);
}
