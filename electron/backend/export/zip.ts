import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';

const deflateRawAsync = promisify(deflateRaw);

/** A file to put in a zip archive; `store` keeps it as it is (for data compressed already, such as PNG). */
export interface ZipEntry {
  name: string;
  data: Uint8Array;
  store?: boolean;
}

// 1 January 1980, the earliest DOS date: the archive is the same for the same entries.
const DOS_DATE = (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const LIMIT = 0xffffffff;

/**
 * The fields the local header and the central directory share, from "version needed" to the name's length:
 * version 2.0, UTF-8 names, method, the fixed date, CRC, sizes (the extra field's length stays 0).
 */
function writeEntryFields(header: Buffer, at: number, file: { name: Buffer; packed: Uint8Array; size: number; crc: number; method: number }): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(UTF8_NAMES, at + 2);
  header.writeUInt16LE(file.method, at + 4);
  header.writeUInt16LE(0, at + 6);
  header.writeUInt16LE(DOS_DATE, at + 8);
  header.writeUInt32LE(file.crc, at + 10);
  header.writeUInt32LE(file.packed.length, at + 14);
  header.writeUInt32LE(file.size, at + 18);
  header.writeUInt16LE(file.name.length, at + 22);
}

/**
 * A zip archive of the entries, in their order. The entries are compressed on the libuv threadpool, in parallel
 * and off the main thread, where JSZip deflates one entry after another in JavaScript.
 */
export async function zipArchive(entries: readonly ZipEntry[]): Promise<Uint8Array> {
  if (entries.length > 0xffff) throw new Error(`A zip archive without Zip64 holds at most 65,535 entries, not ${entries.length}.`);
  const files = await Promise.all(
    entries.map(async (entry) => {
      const packed = entry.store ? entry.data : await deflateRawAsync(entry.data);
      if (entry.data.length > LIMIT || packed.length > LIMIT) throw new Error(`${entry.name} is too large for a zip archive without Zip64.`);
      return { name: Buffer.from(entry.name, 'utf8'), packed, size: entry.data.length, crc: crc32(entry.data), method: entry.store ? 0 : 8 };
    }),
  );
  const parts: Uint8Array[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, file);
    parts.push(local, file.name, file.packed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    writeEntryFields(central, 6, file);
    central.writeUInt32LE(offset, 42);
    directory.push(central, file.name);
    offset += local.length + file.name.length + file.packed.length;
  }
  if (offset > LIMIT) throw new Error('The zip archive is too large without Zip64.');
  const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, ...directory, end]));
}
