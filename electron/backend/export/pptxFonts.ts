import { ARABIC_FONT, CJK_FONT } from '../../../shared/document/fonts.ts';
import { PPTX_FONT } from './pptxFlow.ts';

const typefaceOf = (script: 'ea' | 'cs', font: string) => new RegExp(`<a:${script} typeface="(?:${font})"`, 'g');
const RUN_EAST_ASIAN = typefaceOf('ea', PPTX_FONT);
const RUN_COMPLEX = typefaceOf('cs', PPTX_FONT);
const THEME_EAST_ASIAN = typefaceOf('ea', '');
const THEME_COMPLEX = typefaceOf('cs', '');

/**
 * Gives a slide's runs (or the theme's fonts) the Chinese and Arabic fonts: pptxgenjs writes one font face for the
 * Latin, East Asian and complex-script fonts alike, and Arial has no Chinese or Arabic letters, so PowerPoint and
 * LibreOffice would fall back to whatever font they find first.
 */
export function setScriptFonts(xml: string): string {
  return xml
    .replace(RUN_EAST_ASIAN, `<a:ea typeface="${CJK_FONT}"`)
    .replace(RUN_COMPLEX, `<a:cs typeface="${ARABIC_FONT}"`)
    .replace(THEME_EAST_ASIAN, `<a:ea typeface="${CJK_FONT}"`)
    .replace(THEME_COMPLEX, `<a:cs typeface="${ARABIC_FONT}"`);
}
