/** The font for Chinese (simplified first: the names most plans hold), wherever a format names one font per script. */
export const CJK_FONT = 'Noto Sans CJK SC';
/** The font for Arabic, wherever a format names one font for complex scripts. */
export const ARABIC_FONT = 'Noto Sans Arabic';

/** Fonts for the scripts a Latin font lacks, tried in this order after it (Debian's fonts-noto-core and fonts-noto-cjk). */
export const SCRIPT_FONTS = [
  'Noto Sans',
  ARABIC_FONT,
  'Noto Sans Hebrew',
  'Noto Sans Devanagari',
  'Noto Sans Thai',
  CJK_FONT,
  'Noto Sans CJK TC',
  'Noto Sans CJK JP',
  'Noto Sans CJK KR',
] as const;

// Last, so that an emoji font never draws digits, '#' or '*' (they have emoji forms): macOS and Windows use their own.
/** Colour emoji fonts of macOS, Windows and Linux. */
export const EMOJI_FONTS = ['Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji'] as const;

/** A CSS font-family list: the given fonts, then the script fonts, the emoji fonts and `sans-serif`. */
export function fontStack(fonts: readonly string[]): string {
  return [...fonts, ...SCRIPT_FONTS, ...EMOJI_FONTS].map((font) => `'${font}'`).concat('sans-serif').join(', ');
}

/** The font-family of the documents and their pictures: Liberation Sans (Arial's metrics), then every script and emoji. */
export const DOCUMENT_FONTS = fontStack(['Liberation Sans', 'Arial', 'Helvetica']);
