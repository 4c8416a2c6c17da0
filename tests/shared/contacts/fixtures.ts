import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readContactFile } from '../../../shared/contacts/index.ts';
import type { ContactTable } from '../../../shared/contacts/index.ts';

/** The bytes of a file in tests/fixtures/contacts. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/contacts/${name}`, import.meta.url))));
}

/** The path of a file in tests/fixtures/contacts. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/contacts/${name}`, import.meta.url));
}

/** A fixture read as a contact table (fails the test when it does not read). */
export function fixtureTable(name: string): ContactTable {
  const result = readContactFile(fixtureBytes(name));
  if (!result.ok) throw new Error(`${name} does not read: ${result.message}`);
  return result.table;
}
