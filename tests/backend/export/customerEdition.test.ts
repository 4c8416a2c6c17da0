import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../../../electron/backend/export/index.ts';
import { closeSharedChromium } from '../../../electron/backend/export/sharedChromium.ts';
import type { ExportFormat } from '../../../shared/api.ts';
import { formatMoney } from '../../../shared/document/format.ts';
import { SAMPLE_GROWTH_TARGET } from '../../../shared/sample/index.ts';
import { TODAY, sampleDocument } from '../../shared/document/fixtures.ts';
import { forbiddenValues, leaksIn, normaliseText } from './forbiddenValues.ts';
import { keep, officeToPdf, pdfText } from './readers.ts';

type DocumentFormat = Exclude<ExportFormat, 'json'>;

const document = sampleDocument();
const { forbidden, skipped } = forbiddenValues(document, TODAY);

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&nbsp;', '\u00a0')
    .replaceAll('&amp;', '&');
}

/** The text of HTML or SVG markup: the content between tags, and the attributes people hear or see as text. */
function markupText(markup: string): string {
  const withoutStyle = markup.replace(/<style[\s\S]*?<\/style>/g, ' ');
  const attributes = [...withoutStyle.matchAll(/\s(?:aria-label|title|alt)="([^"]*)"/g)].map((match) => match[1]);
  return decodeEntities([withoutStyle.replace(/<[^>]*>/g, ' '), ...attributes].join(' | '));
}

/** The text of Office XML: runs of one paragraph joined as they are, paragraphs, cells and breaks apart. */
function officeXmlText(xml: string): string {
  const spaced = xml.replace(/<\/(w:p|a:p|w:tc|a:tc)>|<(w:tab|w:br|a:br)\b[^>]*\/>/g, ' ');
  return decodeEntities(spaced.replace(/<[^>]*>/g, ''));
}

/** Every text inside an Office file: its XML parts and the SVG pictures it carries. */
async function officeFileText(base64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const parts: string[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue;
    if (name.endsWith('.xml')) parts.push(officeXmlText(await file.async('string')));
    if (name.endsWith('.svg')) parts.push(markupText(await file.async('string')));
  }
  return parts.join(' | ');
}

/** The customer edition of the sample in a format, as its real readers read it. */
async function readCustomerEdition(format: DocumentFormat): Promise<string> {
  const exported = await exportDocument(document, { planId: 'p', format, edition: 'customer', paper: 'a4', includeMap: true }, { today: TODAY });
  const path = keep(exported, `customer-scan.${format}`);
  const bytes = Buffer.from(exported.base64, 'base64');
  switch (format) {
    case 'md': {
      const markdown = bytes.toString('utf8');
      // Markdown escapes and emphasis marks sit between words: read it with them and without them.
      return `${markdown} | ${markdown.replace(/\\(.)/g, '$1').replace(/\*+/g, '')}`;
    }
    case 'html':
      return markupText(bytes.toString('utf8'));
    case 'pdf':
      return pdfText(path);
    case 'docx':
    case 'pptx':
      return `${await pdfText(await officeToPdf(path))} | ${await officeFileText(exported.base64)}`;
  }
}

describe('the customer edition of the sample, read back from every format', () => {
  afterAll(closeSharedChromium);

  it('looks for every value of every internal field and item, as documents print them', async () => {
    const texts = forbidden.map((value) => value.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Would hate to lose (large revenue)',
        normaliseText(formatMoney(SAMPLE_GROWTH_TARGET, document.plan.currency)),
        '+2 Mentor',
        'Trusted advisor',
        'Blocker',
        '70%',
        'USD 840,000',
        'RouteMax Systems',
        'Budget freeze if freight volumes fall in Q3',
        'Qualified pipeline for the year',
        'Lena Fischer influences Sam Ortiz',
      ]),
    );
    expect(forbidden.length).toBeGreaterThan(100);
    // Each skipped value says why; only a few are skipped.
    for (const value of skipped) expect(value.reason, value.text).not.toBe('');
    expect(skipped.length).toBeLessThan(forbidden.length / 5);

    // The scan can fail: the internal edition, read the same way, prints the forbidden values. (SWOT quadrants
    // print as plural titles, "Strengths", so the singular labels are not found in it.)
    const internal = await exportDocument(document, { planId: 'p', format: 'html', edition: 'internal', paper: 'a4', includeMap: true }, { today: TODAY });
    const internalText = markupText(Buffer.from(internal.base64, 'base64').toString('utf8'));
    const found = new Set(leaksIn(internalText, forbidden));
    const unprinted = forbidden.filter((value) => !found.has(value));
    expect(unprinted.filter((value) => !value.source.endsWith(': Quadrant'))).toEqual([]);
  });

  it.each(['md', 'html', 'pdf', 'docx', 'pptx'] as const)(
    'the %s file contains none of them',
    async (format) => {
      const text = await readCustomerEdition(format);
      expect(text).toContain('Customer edition');
      expect(text).toContain('Dana Whitfield');
      expect(leaksIn(text, forbidden)).toEqual([]);
    },
    180_000,
  );
});
