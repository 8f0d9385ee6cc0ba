import 'server-only';

import { promisify } from 'node:util';

import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** Why a ZIP is refused as a whole. */
export type ZipErrorReason = 'zipInvalid' | 'zipUnsafeName' | 'zipTooManyEntries' | 'zipTooLarge';

export class ZipFileError extends Error {
  constructor(readonly reason: ZipErrorReason) {
    super(reason);
  }
}

export type ZipLimits = {
  maxEntries: number;
  /** The sum of the entries' uncompressed sizes (a zip bomb declares far more than it weighs). */
  maxTotalBytes: number;
  maxEntryBytes: number;
};

export type ImportZip = {
  /** The entry a CSV's file name stands for: its path in the ZIP, or its name when unique. */
  find: (name: string) => Entry | undefined;
  read: (entry: Entry) => Promise<Uint8Array>;
};

const fromBuffer = promisify(
  yauzl.fromBuffer as (
    buffer: Buffer,
    options: yauzl.Options,
    callback: (error: Error | null, zip: ZipFile) => void,
  ) => void,
);

// yauzl's own name checks (folders above the ZIP's, absolute or drive paths) end the read with
// these messages: such a ZIP is refused rather than partly read.
const UNSAFE_NAME = /^(invalid relative path|absolute path|invalid characters in fileName)/;

const listEntries = (zip: ZipFile, limits: ZipLimits) =>
  new Promise<Entry[]>((resolve, reject) => {
    if (zip.entryCount > limits.maxEntries) return reject(new ZipFileError('zipTooManyEntries'));
    const entries: Entry[] = [];
    let total = 0;
    zip.on('entry', (entry: Entry) => {
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) return reject(new ZipFileError('zipTooLarge'));
      if (!entry.fileName.endsWith('/')) entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) =>
      reject(new ZipFileError(UNSAFE_NAME.test(error.message) ? 'zipUnsafeName' : 'zipInvalid')),
    );
    zip.readEntry();
  });

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * The files of an uploaded ZIP, checked before any is read: entry count, declared total size and
 * names. Reading an entry checks its real size against the declared one (yauzl), so a forged
 * header cannot inflate past the limits; an encrypted entry is refused.
 */
export const openImportZip = async (bytes: Uint8Array, limits: ZipLimits): Promise<ImportZip> => {
  let zip: ZipFile;
  try {
    zip = await fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      validateEntrySizes: true,
    });
  } catch {
    throw new ZipFileError('zipInvalid');
  }
  const entries = await listEntries(zip, limits);
  const byPath = new Map(entries.map((entry) => [entry.fileName, entry]));
  const byName = new Map<string, Entry | null>();
  for (const entry of entries) {
    const name = baseName(entry.fileName);
    byName.set(name, byName.has(name) ? null : entry);
  }
  const openReadStream = promisify(zip.openReadStream.bind(zip)) as (
    entry: Entry,
  ) => Promise<NodeJS.ReadableStream>;
  return {
    find: (name) => byPath.get(name) ?? byName.get(baseName(name)) ?? undefined,
    read: async (entry) => {
      if (entry.isEncrypted()) throw new ZipFileError('zipInvalid');
      if (entry.uncompressedSize > limits.maxEntryBytes) throw new ZipFileError('zipTooLarge');
      const chunks: Buffer[] = [];
      try {
        for await (const chunk of await openReadStream(entry)) chunks.push(chunk as Buffer);
      } catch {
        throw new ZipFileError('zipInvalid');
      }
      return new Uint8Array(Buffer.concat(chunks));
    },
  };
};
