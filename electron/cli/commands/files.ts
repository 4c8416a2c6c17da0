import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AtlasError } from '../../../shared/errors.ts';

/** One sentence for a file-system error the user can fix. */
function fileProblem(error: unknown, verb: string, path: string): AtlasError | unknown {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const reasons: Record<string, string> = {
    ENOENT: verb === 'read' ? 'there is no such file' : 'its folder does not exist',
    EISDIR: 'it is a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOTDIR: 'a part of the path is not a folder',
    EROFS: 'the disk is read-only',
    ENOSPC: 'the disk is full',
  };
  const reason = reasons[code];
  return reason ? new AtlasError('refused', `Cannot ${verb} "${path}": ${reason}.`) : error;
}

/** Reads a whole text file, turning the usual file-system errors into one clear sentence. */
export function readTextFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw fileProblem(error, 'read', path);
  }
}

/** Reads a whole file as bytes (a CSV whose encoding is worked out later), with the same clear sentences. */
export function readBinaryFile(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    throw fileProblem(error, 'read', path);
  }
}

/** Writes a file through a temporary file and a rename, so a failed write never leaves half a file. */
export function writeFileSafely(path: string, bytes: Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw fileProblem(error, 'write', path);
  }
}
