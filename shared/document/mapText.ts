/** Escapes text for XML and HTML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const NARROW = new Set([...'iljtfrI.,;:!|\'" ()[]-']);
const WIDE = new Set([...'mwMW@%']);
// Chinese, Japanese and Korean letters and full-width forms take a whole em; colour emoji a little more.
const FULL_WIDTH = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
const EMOJI = /\p{Extended_Pictographic}/u;

/** Rough width of text in a sans-serif font (no font metrics in pure code; errs on the wide side). */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const char of text) {
    if (NARROW.has(char)) units += 0.32;
    else if (WIDE.has(char)) units += 0.86;
    else if (char >= 'A' && char <= 'Z') units += 0.68;
    else if (FULL_WIDTH.test(char)) units += 1;
    else if (EMOJI.test(char)) units += 1.2;
    else units += 0.56;
  }
  return units * fontSize;
}

/** Cuts text to fit a width, ending with an ellipsis when cut. */
export function truncate(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  let out = '';
  for (const char of text) {
    if (textWidth(`${out}${char}…`, fontSize) > width) break;
    out += char;
  }
  return `${out.trimEnd()}…`;
}

/** Wraps text into at most `maxLines` lines of `width`; the last line ends with an ellipsis when text is left over. */
export function wrapText(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, fontSize) <= width) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    if (lines.length === maxLines - 1) {
      const rest = words.slice(i).join(' ');
      lines.push(truncate(rest, width, fontSize));
      return lines;
    }
    if (textWidth(current, fontSize) > width) current = truncate(current, width, fontSize);
  }
  if (current) lines.push(current);
  return lines.length > maxLines ? [...lines.slice(0, maxLines - 1), truncate(lines.slice(maxLines - 1).join(' '), width, fontSize)] : lines;
}
