import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zipArchive } from '../../../electron/backend/export/zip.ts';

const run = promisify(execFile);

describe('zip archives of office files', () => {
  it('writes entries that Info-ZIP tests clean and JSZip reads back unchanged, compressed or stored', async () => {
    const text = Buffer.from('<p:sld>Zoë — 北京 ✓</p:sld>'.repeat(2000), 'utf8');
    const binary = new Uint8Array(5000).map((_, at) => (at * 7919) % 256);
    const entries = [
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'ppt/', data: new Uint8Array(0), store: true },
      { name: 'ppt/slides/slide1.xml', data: text },
      { name: 'ppt/media/café.png', data: binary, store: true },
      { name: 'empty.txt', data: new Uint8Array(0) },
    ];
    const archive = await zipArchive(entries);
    expect(archive.length).toBeLessThan(text.length / 10 + binary.length + 1000);

    const folder = mkdtempSync(join(tmpdir(), 'atlas-zip-'));
    try {
      const path = join(folder, 'deck.pptx');
      writeFileSync(path, archive);
      const { stdout } = await run('unzip', ['-t', path]);
      expect(stdout).toContain('No errors detected');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }

    const zip = await JSZip.loadAsync(archive, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(entries.map((entry) => entry.name));
    for (const entry of entries) expect(await zip.file(entry.name)?.async('uint8array') ?? new Uint8Array(0), entry.name).toEqual(new Uint8Array(entry.data));
  });
});
