import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../../electron/backend/export/index.ts';
import { setCompany } from '../../../electron/backend/export/pptxRepair.ts';
import type { PlanDocument } from '../../../shared/model.ts';
import { TODAY, node, sampleDocument } from '../../shared/document/fixtures.ts';
import { keep, officeToPdf, pdfText } from './readers.ts';

/** Every character XML must escape, in a name a customer might really have. */
const NAME = `AT&T <EMEA> "quoted" 'single'`;

/** The sample with NAME as account name, plan title, a node's label, the account's notes and a topic's note. */
function namedDocument(): PlanDocument {
  const document = sampleDocument();
  const root = document.nodes.find((item) => item.kind === 'account')!;
  return {
    ...document,
    account: { ...document.account, name: NAME, notes: `Account note: ${NAME}` },
    plan: { ...document.plan, title: NAME },
    nodes: [
      ...document.nodes,
      node('named', 'stakeholder', NAME, root.id, { title: 'Buyer' }, { internal: false, position: { x: 0, y: -400 } }),
      node('namedNote', 'topic', `Note on ${NAME}`, root.id, { text: `Topic note: ${NAME}` }, { internal: false, position: { x: 0, y: -500 } }),
    ],
  };
}

/** Where an ampersand does not start an entity reference: the part is not well-formed XML. */
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

async function xmlParts(base64: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const parts = new Map<string, string>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir && /\.(xml|rels)$/.test(file.name)) parts.set(file.name, await file.async('string'));
  }
  return parts;
}

describe('every text is escaped in Word and PowerPoint files, document properties included', () => {
  it.each(['docx', 'pptx'] as const)('writes %s that LibreOffice opens with the name as typed', async (format) => {
    const result = await exportDocument(namedDocument(), { planId: 'p', format, edition: 'internal', paper: 'a4', includeMap: true }, { today: TODAY });
    const parts = await xmlParts(result.base64);
    expect(parts.size).toBeGreaterThan(5);
    for (const [name, xml] of parts) {
      expect(xml, name).not.toMatch(BARE_AMPERSAND);
      expect(xml, name).not.toContain('<EMEA>');
    }
    const properties = [...parts].filter(([name]) => name.startsWith('docProps/')).map(([, xml]) => xml).join('\n');
    expect(properties).toMatch(/AT&amp;T &lt;EMEA&gt; (&quot;|")quoted(&quot;|") (&apos;|&#39;|')single(&apos;|&#39;|')/);
    if (format === 'pptx') expect(parts.get('docProps/app.xml')).toContain('<Company>AT&amp;T &lt;EMEA&gt; &quot;quoted&quot; &#39;single&#39;</Company>');

    const text = await pdfText(await officeToPdf(keep(result, `escaping.${format}`)));
    expect(text).toContain(NAME);
    expect(text).toContain(`Topic note: ${NAME}`);
    expect(text).toContain(`Account note: ${NAME}`);
  });

  it('sets the company of a deck whether pptxgenjs wrote the element empty, self-closing or not at all', () => {
    const escaped = '<Company>AT&amp;T &lt;EMEA&gt; &quot;quoted&quot; &#39;single&#39;</Company>';
    expect(setCompany('<Properties><Company></Company></Properties>', NAME)).toBe(`<Properties>${escaped}</Properties>`);
    expect(setCompany('<Properties><Company/></Properties>', NAME)).toBe(`<Properties>${escaped}</Properties>`);
    expect(setCompany('<Properties><Pages>1</Pages></Properties>', NAME)).toBe(`<Properties><Pages>1</Pages>${escaped}</Properties>`);
    expect(setCompany('<Properties><Company></Company></Properties>', '$& $1')).toBe('<Properties><Company>$&amp; $1</Company></Properties>');
  });
});
