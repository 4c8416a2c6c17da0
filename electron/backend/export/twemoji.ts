import { existsSync, readFileSync } from 'node:fs';
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

function codePoints(cluster: string): string {
  return [...cluster].map((char) => (char.codePointAt(0) ?? 0).toString(16)).join('-');
}

let folder: string | undefined;
const files = new Map<string, string | null>();
const pictures = new Map<string, string>();

function twemojiFile(name: string): string {
  folder ??= dirname(createRequire(import.meta.url).resolve('@twemoji/svg/package.json'));
  return join(folder, `${name}.svg`);
}

/**
 * The name of an emoji's twemoji file (🚀 → 1f680, 🇬🇷 → 1f1ec-1f1f7), or null when twemoji has none: its code
 * points in lower-case hex joined by "-". Twemoji leaves the emoji variation selector out of most names (❤️ is 2764)
 * but keeps it in some sequences, so both are tried.
 */
export function twemojiFileName(cluster: string): string | null {
  const cached = files.get(cluster);
  if (cached !== undefined) return cached;
  const candidates = [codePoints(cluster), codePoints(cluster.replaceAll('\uFE0F', ''))];
  const name = candidates.find((candidate) => existsSync(twemojiFile(candidate))) ?? null;
  files.set(cluster, name);
  return name;
}

/** The twemoji picture (SVG text) of an emoji, or null when twemoji has none; each file is read once. */
export function twemojiPicture(cluster: string): string | null {
  const name = twemojiFileName(cluster);
  if (name === null) return null;
  let picture = pictures.get(name);
  if (picture === undefined) {
    picture = readFileSync(twemojiFile(name), 'utf8');
    pictures.set(name, picture);
  }
  return picture;
}
