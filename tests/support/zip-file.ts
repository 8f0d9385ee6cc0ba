// ZIP files built byte by byte, so tests can make the hostile ones a ZIP library refuses to write:
// names with `..`, sizes that lie, thousands of entries.
import { crc32, deflateRawSync } from 'node:zlib';

export type ZipEntryInput = {
  name: string;
  bytes: Uint8Array;
  /** Deflate the bytes (method 8) rather than store them. */
  deflate?: boolean;
  /** The uncompressed size the headers claim, when it should lie. */
  declaredSize?: number;
};

const u16 = (n: number) => Buffer.from([n & 0xff, (n >>> 8) & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** A ZIP (no Zip64, UTF-8 names) of the entries, in order. */
export const zipFile = (entries: ZipEntryInput[]) => {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = entry.deflate ? deflateRawSync(entry.bytes) : Buffer.from(entry.bytes);
    const method = entry.deflate ? 8 : 0;
    const crc = crc32(entry.bytes);
    const size = entry.declaredSize ?? entry.bytes.byteLength;
    const common = [
      u16(0x0800),
      u16(method),
      u16(0),
      u16(0x21),
      u32(crc),
      u32(data.length),
      u32(size),
    ];
    const local = Buffer.concat([
      u32(0x04034b50),
      u16(20),
      ...common,
      u16(name.length),
      u16(0),
      name,
      data,
    ]);
    centrals.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        u16(20),
        ...common,
        u16(name.length),
        u16(0),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(offset),
        name,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(entries.length),
    u16(entries.length),
    u32(central.length),
    u32(offset),
    u16(0),
  ]);
  return new Uint8Array(Buffer.concat([...locals, central, end]));
};
