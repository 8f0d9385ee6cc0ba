import 'server-only';

import { Readable } from 'node:stream';

import { CsvError, parse } from 'csv-parse';

import { AppError } from '@/server/errors';

export type CsvRecord = { line: number; fields: string[] };

/** A file-level failure: the file cannot be read on from `line` (0: before any row). */
export class CsvFileError extends Error {
  constructor(
    readonly reason: 'encoding' | 'quotes' | 'tooLarge',
    readonly line: number,
  ) {
    super(reason);
  }
}

/** Bytes → text, refusing anything that is not UTF-8 (a Latin-1 export would garble names). */
async function* decodeUtf8(bytes: AsyncIterable<Uint8Array>, maxBytes: number) {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let size = 0;
  for await (const chunk of bytes) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new CsvFileError('tooLarge', 0);
    try {
      yield decoder.decode(chunk, { stream: true });
    } catch {
      throw new CsvFileError('encoding', 0);
    }
  }
  try {
    yield decoder.decode();
  } catch {
    throw new CsvFileError('encoding', 0);
  }
}

const newlines = (fields: string[]) =>
  fields.reduce((count, field) => count + (field.match(/\n/g)?.length ?? 0), 0);

/**
 * The records of a CSV stream one at a time, each with the line it starts on: memory stays
 * bounded by one record, whatever the file's size. Quoting errors end the read with their line.
 */
export async function* readCsvRecords(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): AsyncGenerator<CsvRecord> {
  const source = Readable.from(
    decodeUtf8(stream as unknown as AsyncIterable<Uint8Array>, maxBytes),
  );
  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true });
  // `pipe` does not pass errors on: a decoding failure must end the parse, not stall it.
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      yield { line: info.lines - newlines(record), fields: record };
    }
  } catch (error) {
    if (error instanceof CsvFileError) throw error;
    if (error instanceof CsvError) throw new CsvFileError('quotes', Number(error.lines) || 0);
    throw error instanceof Error ? error : new AppError('INVALID_INPUT', 'csv');
  } finally {
    source.destroy();
    parser.destroy();
  }
}
