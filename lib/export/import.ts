// Reading an import file: size check, JSON parse, structure check, format detection, validation.
// Pure (no store): the result goes to the store's importRecords, which writes it in one transaction.
import { BACKUP_FORMAT, parseBackup } from './backup';
import { hypothesisRows, parseHypothesis } from './hypothesis';
import type { ParsedRecords } from './parsed';
import { ValidationError, checkStructure, isPlainObject } from '../schema/validate';
import { isWebAnnotationJson, parseWebAnnotations } from './web-annotation';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

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

function parseJson(text: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new ValidationError('', 'the file is empty');
  // NUL and other C0 controls never appear raw in a JSON text file.
  if (/[\u0000-\u0008\u000E-\u001F]/.test(body.slice(0, 4096)) || body.includes('\uFFFD\uFFFD')) {
    throw new ValidationError('', 'this is not a text file (it contains binary data); expected a JSON export');
  }
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

/** Validate a file's text and return the records to import. Throws ValidationError with a clear message. */
export function parseImport(text: string, now: number = Date.now()): ParsedRecords {
  checkFileSize(utf8Bytes(text));
  const json = parseJson(text);
  checkStructure(json);
  if (isPlainObject(json) && 'format' in json) {
    if (json.format === BACKUP_FORMAT) return parseBackup(json);
    throw new ValidationError('format', `"${String(json.format).slice(0, 60)}" is not a format Claimlight reads; ${UNKNOWN_FORMAT}`);
  }
  if (isWebAnnotationJson(json)) return parseWebAnnotations(json, now);
  if (hypothesisRows(json)) return parseHypothesis(json, now);
  if (Array.isArray(json) && json.length === 0) throw new ValidationError('', 'the file holds an empty list: nothing to import');
  throw new ValidationError('', UNKNOWN_FORMAT);
}

/** Read a chosen file (size checked before reading) and validate it. */
export async function readImportFile(file: Pick<Blob, 'size' | 'text'>, now: number = Date.now()): Promise<ParsedRecords> {
  checkFileSize(file.size);
  return parseImport(await file.text(), now);
}
