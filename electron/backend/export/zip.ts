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
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(file.method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(file.crc, 14);
    local.writeUInt32LE(file.packed.length, 18);
    local.writeUInt32LE(file.size, 22);
    local.writeUInt16LE(file.name.length, 26);
    local.writeUInt16LE(0, 28);
    parts.push(local, file.name, file.packed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(file.method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(file.crc, 16);
    central.writeUInt32LE(file.packed.length, 20);
    central.writeUInt32LE(file.size, 24);
    central.writeUInt16LE(file.name.length, 28);
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
