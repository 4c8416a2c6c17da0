import { describe, expect, it } from 'vitest';
import { fixParagraphProperties } from '../../../electron/backend/export/pptxRepair.ts';

describe('PPTX paragraph repair', () => {
  it('keeps the first paragraph properties and drops those pptxgenjs writes between runs', () => {
    const xml =
      '<a:p><a:pPr marL="228600" indent="-228600"><a:buChar char="•"/></a:pPr><a:r><a:t>Sam</a:t></a:r>' +
      '<a:pPr indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:t> — CEO</a:t></a:r><a:pPr/><a:br/></a:p>' +
      '<a:p><a:r><a:t>plain</a:t></a:r></a:p>';
    expect(fixParagraphProperties(xml)).toBe(
      '<a:p><a:pPr marL="228600" indent="-228600"><a:buChar char="•"/></a:pPr><a:r><a:t>Sam</a:t></a:r><a:r><a:t> — CEO</a:t></a:r><a:br/></a:p>' +
        '<a:p><a:r><a:t>plain</a:t></a:r></a:p>',
    );
  });
});
