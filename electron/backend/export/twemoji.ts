import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const FLAG = /^\p{Regional_Indicator}{2}$/u;
const KEYCAP = /^[0-9#*]\uFE0F?\u20E3$/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
// Pictographs shown as text unless a variation selector asks for emoji, which the map font draws in black (as
// Chromium does in the app): ©, ®, ‼, ™, ↔, ↕, ▪, ▫, ☺, ☻, ☼, ♀, ♂, ♠, ♣, ♥, ♦.
const TEXT_STYLE = /^[\u00a9\u00ae\u203c\u2122\u2194\u2195\u25aa\u25ab\u263a-\u263c\u2640\u2642\u2660\u2663\u2665\u2666]$/u;

/** Whether a grapheme cluster is an emoji: a pictograph, a flag or a keycap. */
export function isEmoji(cluster: string): boolean {
  if (FLAG.test(cluster) || KEYCAP.test(cluster)) return true;
  return PICTOGRAPHIC.test(cluster) && !TEXT_STYLE.test(cluster);
}

/** The name twemoji gives an emoji's picture: its code points in lower-case hex joined by "-" (🚀 → 1f680). */
export function twemojiName(cluster: string): string {
  return [...cluster].map((char) => (char.codePointAt(0) ?? 0).toString(16)).join('-');
}

let folder: string | undefined;
const pictures = new Map<string, string | null>();

function readPicture(name: string): string | null {
  folder ??= dirname(createRequire(import.meta.url).resolve('@twemoji/svg/package.json'));
  try {
    return readFileSync(join(folder, `${name}.svg`), 'utf8');
  } catch {
    return null;
  }
}

/**
 * The twemoji picture (SVG text) of an emoji, or null when twemoji has none. Twemoji names most pictures without
 * the emoji variation selector (❤️ is 2764) but keeps it in some sequences, so both names are tried. Files are read
 * once.
 */
export function twemojiPicture(cluster: string): string | null {
  const cached = pictures.get(cluster);
  if (cached !== undefined) return cached;
  const name = twemojiName(cluster);
  const bare = twemojiName(cluster.replaceAll('\uFE0F', ''));
  const picture = readPicture(name) ?? (bare === name ? null : readPicture(bare));
  pictures.set(cluster, picture);
  return picture;
}
