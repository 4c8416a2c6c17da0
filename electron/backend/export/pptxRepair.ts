import JSZip from 'jszip';

/**
 * Moves pptxgenjs 4's paragraph properties back where PowerPoint expects them. pptxgenjs writes an `<a:pPr>`
 * before every run of a paragraph, but the schema allows one, first: PowerPoint then asks to repair the file.
 * Keeps the first `<a:pPr>` of each paragraph and drops the ones after a run.
 */
export function fixParagraphProperties(slideXml: string): string {
  return slideXml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (paragraph, body: string) => {
    const firstRun = body.search(/<a:(r|br|fld)[\s>]/);
    if (firstRun < 0) return paragraph;
    const head = body.slice(0, firstRun);
    const rest = body.slice(firstRun).replace(/<a:pPr(?:\s[^>]*)?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, '');
    return `<a:p>${head}${rest}</a:p>`;
  });
}

/** Applies the paragraph fix to every slide, layout and master of a PPTX file. */
export async function repairPptx(data: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  const parts = Object.keys(zip.files).filter((name) => /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name));
  for (const name of parts) {
    const xml = await zip.file(name)?.async('string');
    if (xml !== undefined) zip.file(name, fixParagraphProperties(xml));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
