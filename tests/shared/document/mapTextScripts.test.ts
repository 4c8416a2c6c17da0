import { describe, expect, it } from 'vitest';
import { textWidth, truncate } from '../../../shared/document/mapText.ts';

describe('text widths of every script', () => {
  it('counts Chinese letters a whole em and emoji a little more, as the Noto fonts draw them', () => {
    expect(textWidth('王小明', 10)).toBe(30);
    expect(textWidth('김민준', 10)).toBe(30);
    expect(textWidth('🚀', 10)).toBe(12);
  });

  it('cuts a long Chinese name to the width it is given', () => {
    const cut = truncate('北京物流集团华东区域运营中心总经理办公室', 100, 10);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 10)).toBeLessThanOrEqual(100);
    expect([...cut].length).toBeLessThan(11);
  });
});
