import type { ContactEncoding } from './fields.ts';

/** Decoded text, or why the bytes are not text in an encoding a contact file may use. */
export type DecodeResult = { ok: true; text: string; encoding: ContactEncoding } | { ok: false; message: string; line?: number };

// Control characters no text file holds (tab, line feed and carriage return are fine), C1 codes included.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * The text of a contact file: UTF-8 with or without BOM, UTF-16 (little or big endian, with a BOM or recognised
 * by its zero bytes), else Windows-1252. Bytes that are none of these (zero bytes, C1 control codes) are refused
 * with the line they sit on.
 */
export function decodeContactBytes(bytes: Uint8Array): DecodeResult {
  const encoding = guessEncoding(bytes);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: encoding !== 'windows-1252', ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, message: `The file is not valid ${encoding.toUpperCase()} text.` };
  }
  const bad = CONTROL.exec(text);
  if (bad) {
    const line = lineAt(text, bad.index);
    return {
      ok: false,
      message: `Line ${line} holds bytes that are not text in UTF-8, UTF-16 or Windows-1252: save the file as CSV (UTF-8) and try again.`,
      line,
    };
  }
  return { ok: true, text, encoding };
}

function guessEncoding(bytes: Uint8Array): ContactEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // UTF-16 without a BOM: ASCII letters come with a zero byte after (little endian) or before (big endian) them.
  const sample = Math.min(bytes.length, 4096) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let at = 0; at < sample; at += 2) {
    if (bytes[at] === 0) evenZeros += 1;
    if (bytes[at + 1] === 0) oddZeros += 1;
  }
  const pairs = sample / 2;
  if (pairs > 0 && oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (pairs > 0 && evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return isUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The 1-based line of a character offset in a text (a CR LF pair or a lone LF ends a line, as does a lone CR). */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = 0; at < offset && at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) line += 1;
  }
  return line;
}
