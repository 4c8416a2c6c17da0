import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../electron/cli/build.ts';

const config = parse(readFileSync(join(PROJECT_ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, any>;
const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));

describe('electron-builder configuration', () => {
  it("is valid against electron-builder's own schema", () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check can fail (a misspelt option is caught)', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate({ ...config, npmRebiuld: false })).toBe(false);
  });

  it('does not rebuild native modules and unpacks better-sqlite3 from the asar', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBe(false);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**/*');
  });

  it('names the product as the app and the library folder expect, and packages the build', () => {
    expect(config.productName).toBe('Account Atlas');
    expect(manifest.productName).toBe('Account Atlas');
    expect(config.files).toContain('out/**/*');
    expect(manifest.main).toBe('out/main/main.js');
    expect(config.directories.output).toBe('release');
  });

  it('flips the Electron fuses of the security checklist', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate({ ...config, electronFuses: { ...config.electronFuses, runAsNod: false } })).toBe(false);
  });

  it('targets AppImage and deb on Linux, NSIS on Windows and a DMG on macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/\S+/);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.category).toBe('public.app-category.business');
  });
});
