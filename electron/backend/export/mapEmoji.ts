import { escapeXml } from '../../../shared/document/mapText.ts';
import { TextMeter } from './textMeter.ts';
import { isEmoji, twemojiPicture } from './twemoji.ts';

// resvg draws no colour emoji fonts, so each emoji of a map picture's text becomes a twemoji picture in its place.
const ANY_EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;
const TEXT_ELEMENT = /<text\b([^>]*)>([^<]*)<\/text>/g;
const ATTRIBUTE = /\s([\w:-]+)="([^"]*)"/g;
const FONT_ATTRIBUTES = ['font-family', 'font-size', 'font-weight', 'font-style', 'font-stretch', 'font-variant', 'letter-spacing', 'word-spacing'];
// Placed as twemoji's own style sheet places its pictures beside text: an em square with a little room either side,
// its bottom a little below the baseline.
const EMOJI_ADVANCE = 1.2;
const EMOJI_LEFT = 0.1;
const EMOJI_TOP = 0.85;
const DEFAULT_FONT_SIZE = 16;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

type Part = { text: string } | { emoji: string; picture: string };

function attributesOf(tag: string): Map<string, string> {
  return new Map([...tag.matchAll(ATTRIBUTE)].map((match) => [match[1] ?? '', match[2] ?? ''] as const));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/gi, (entity, hex?: string, decimal?: string, name?: string) => {
    if (hex !== undefined) return String.fromCodePoint(Number.parseInt(hex, 16));
    if (decimal !== undefined) return String.fromCodePoint(Number(decimal));
    return ENTITIES[name?.toLowerCase() ?? ''] ?? entity;
  });
}

/** Text and emoji in order, as SVG lays the text out by default (no newlines, spaces collapsed and trimmed). */
function partsOf(content: string): Part[] {
  const text = content.replace(/\n/g, '').replace(/\t/g, ' ').replace(/ {2,}/g, ' ').replace(/^ | $/g, '');
  const parts: Part[] = [];
  for (const { segment } of graphemes.segment(text)) {
    const picture = isEmoji(segment) ? twemojiPicture(segment) : null;
    const last = parts.at(-1);
    if (picture !== null) parts.push({ emoji: segment, picture });
    else if (last && 'text' in last) last.text += segment;
    else parts.push({ text: segment });
  }
  return parts;
}

function number(value: string | undefined): number | undefined {
  return value !== undefined && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : undefined;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** A `<text>` element holding emoji as text runs and twemoji pictures, or null to keep it as it is. */
function textWithEmoji(attributeText: string, content: string, root: Map<string, string>, meter: TextMeter): string | null {
  const parts = partsOf(unescapeXml(content));
  if (!parts.some((part) => 'emoji' in part)) return null;
  const attributes = attributesOf(attributeText);
  const x = number(attributes.get('x'));
  const y = number(attributes.get('y'));
  if (x === undefined || y === undefined) return null;
  const size = number(attributes.get('font-size') ?? root.get('font-size')) ?? DEFAULT_FONT_SIZE;
  const font = FONT_ATTRIBUTES.flatMap((name) => {
    const value = attributes.get(name) ?? root.get(name);
    return value === undefined ? [] : [` ${name}="${value}"`];
  }).join('');
  const kept = [...attributes].filter(([name]) => !['x', 'y', 'text-anchor'].includes(name)).map(([name, value]) => ` ${name}="${value}"`).join('');

  const widths = parts.map((part) => ('text' in part ? meter.advance(part.text, font) : size * EMOJI_ADVANCE));
  const total = widths.reduce((sum, width) => sum + width, 0);
  const anchor = attributes.get('text-anchor') ?? root.get('text-anchor');
  let pen = anchor === 'middle' ? x - total / 2 : anchor === 'end' ? x - total : x;
  const out: string[] = [];
  parts.forEach((part, at) => {
    if ('emoji' in part) {
      const href = `data:image/svg+xml;base64,${Buffer.from(part.picture).toString('base64')}`;
      out.push(`<image x="${round(pen + size * EMOJI_LEFT)}" y="${round(y - size * EMOJI_TOP)}" width="${round(size)}" height="${round(size)}" href="${href}"/>`);
    } else {
      // A run's leading space would be trimmed from its own <text>: its letters start after that space.
      const trimmed = part.text.replace(/^ /, '');
      const start = pen + meter.advance(part.text.slice(0, part.text.length - trimmed.length), font);
      if (trimmed.replace(/ $/, '') !== '') out.push(`<text x="${round(start)}" y="${round(y)}"${kept}>${escapeXml(trimmed)}</text>`);
    }
    pen += widths[at] ?? 0;
  });
  return out.join('');
}

/**
 * A map picture's SVG with every emoji in its text drawn as its twemoji picture, at the font size on the text's
 * baseline, the text around it kept as text and placed by the map font's real advances. Emoji twemoji has no
 * picture of stay text. A picture without emoji is returned as it is after one regular-expression test.
 */
export function drawEmojiAsPictures(svg: string): string {
  if (!ANY_EMOJI.test(svg)) return svg;
  const root = attributesOf(/<svg\b[^>]*>/.exec(svg)?.[0] ?? '');
  const meter = new TextMeter(root.get('font-family') ?? 'sans-serif');
  return svg.replace(TEXT_ELEMENT, (element, attributeText: string, content: string) =>
    ANY_EMOJI.test(content) ? (textWithEmoji(attributeText, content, root, meter) ?? element) : element,
  );
}
