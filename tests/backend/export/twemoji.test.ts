import { describe, expect, it } from 'vitest';
import { isEmoji, twemojiFileName, twemojiPicture } from '../../../electron/backend/export/twemoji.ts';

const clusters = (text: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].map(({ segment }) => segment);

describe('twemoji pictures of emoji', () => {
  it('names the file of each emoji after its code points, with or without the emoji selector', () => {
    expect(twemojiFileName('🚀')).toBe('1f680');
    expect(twemojiFileName('👩🏽‍💻')).toBe('1f469-1f3fd-200d-1f4bb');
    expect(twemojiFileName('🇬🇷')).toBe('1f1ec-1f1f7');
    expect(twemojiFileName('❤️'), 'without the emoji selector').toBe('2764');
    expect(twemojiFileName('🏳️‍🌈'), 'with the emoji selector').toBe('1f3f3-fe0f-200d-1f308');
    expect(twemojiFileName('1️⃣')).toBe('31-20e3');
    expect(twemojiFileName('\u{1fc00}'), 'a pictograph twemoji has no picture of').toBeNull();
  });

  it('tells emoji from letters and from symbols the map font draws', () => {
    expect(clusters('Dana 🚀 👩🏽‍💻🇬🇷❤️ 1️⃣ ™ © Ω').filter(isEmoji)).toEqual(['🚀', '👩🏽‍💻', '🇬🇷', '❤️', '1️⃣']);
    expect(isEmoji('❤'), 'a heart without the emoji selector has no glyph in the map font').toBe(true);
  });

  it('reads the picture of an emoji, and none for what twemoji lacks', () => {
    for (const emoji of ['🚀', '👩🏽‍💻', '🇬🇷', '❤️', '1️⃣', '🏳️‍🌈']) expect(twemojiPicture(emoji), emoji).toMatch(/^<svg[^>]*viewBox="0 0 36 36"/);
    expect(twemojiPicture('❤️')).toBe(twemojiPicture('❤'));
    expect(twemojiPicture('\u{1fc00}')).toBeNull();
  });
});
