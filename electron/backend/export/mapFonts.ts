import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

type FontOptions = NonNullable<ResvgRenderOptions['font']>;

/** Regular and bold files of the maps' fonts ('Liberation Sans', then Arial), where systems usually install them. */
function candidates(env: NodeJS.ProcessEnv): { family: string; files: [string, string] }[] {
  const windows = join(env.WINDIR ?? 'C:\\Windows', 'Fonts');
  const liberation = ['/usr/share/fonts/truetype/liberation', '/usr/share/fonts/liberation-sans', '/usr/share/fonts/liberation-sans-fonts', '/usr/share/fonts/liberation', '/usr/share/fonts/TTF'];
  return [
    ...liberation.map((dir) => ({ family: 'Liberation Sans', files: [join(dir, 'LiberationSans-Regular.ttf'), join(dir, 'LiberationSans-Bold.ttf')] as [string, string] })),
    { family: 'Arial', files: ['/System/Library/Fonts/Supplemental/Arial.ttf', '/System/Library/Fonts/Supplemental/Arial Bold.ttf'] },
    { family: 'Arial', files: [join(windows, 'arial.ttf'), join(windows, 'arialbd.ttf')] },
  ];
}

// Characters both fonts have: Western and Central European Latin, modern Greek and Russian letters, and the usual
// dashes, quotes, bullets, ellipsis and currency signs.
const COVERED_TEXT = /^[\u0000-\u017f\u0384-\u03ce\u0400-\u045f\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]*$/;

// Where Linux distributions and Homebrew install the Noto fonts, and the files of the scripts the map font lacks.
// Noto Color Emoji is left out: resvg 2.6 draws no colour (CBDT) glyphs, so mapEmoji draws each emoji as its
// twemoji picture instead. Noto Sans Symbols 2 is left out too: it has some emoji in black, but resvg then takes it for
// the letters after the emoji, which it lacks (王 after 🚀 became a box).
const NOTO_DIRS = ['/usr/share/fonts/truetype/noto', '/usr/share/fonts/opentype/noto', '/usr/share/fonts/noto', '/usr/share/fonts/noto-cjk', '/usr/share/fonts/google-noto', '/usr/share/fonts/google-noto-cjk', '/opt/homebrew/share/fonts', '/usr/local/share/fonts'];
const NOTO_FILES = ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'NotoSansArabic-Regular.ttf', 'NotoSansArabic-Bold.ttf', 'NotoSansHebrew-Regular.ttf', 'NotoSansHebrew-Bold.ttf', 'NotoSansCJK-Regular.ttc', 'NotoSansCJK-Bold.ttc'];

/** The Noto files found on this system, each in the first folder that has it. */
function notoFiles(): string[] {
  return NOTO_FILES.flatMap((name) => {
    const dir = NOTO_DIRS.find((candidate) => existsSync(join(candidate, name)));
    return dir === undefined ? [] : [join(dir, name)];
  });
}

let found: { family: string; files: [string, string] } | null | undefined;
let noto: string[] | undefined;

/**
 * Fonts for rasterising a map picture. Loading every system font costs several milliseconds per picture (more on
 * a machine with hundreds of fonts), so a picture whose text the map font covers gets only that font's two files;
 * other text (Chinese, Arabic...) gets the Noto fonts of those scripts too, or, where none is installed, every
 * system font to fall back on.
 */
export function mapFontOptions(svg: string, env: NodeJS.ProcessEnv = process.env): FontOptions {
  found ??= candidates(env).find((candidate) => candidate.files.every((file) => existsSync(file))) ?? null;
  if (found && COVERED_TEXT.test(svg)) {
    return { loadSystemFonts: false, fontFiles: [...found.files], defaultFontFamily: found.family, sansSerifFamily: found.family };
  }
  noto ??= notoFiles();
  if (found && noto.length > 0) {
    return { loadSystemFonts: false, fontFiles: [...found.files, ...noto], defaultFontFamily: found.family, sansSerifFamily: found.family };
  }
  return { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' };
}
