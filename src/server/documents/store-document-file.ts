import 'server-only';

import { createHash } from 'node:crypto';

import { fileTypeFromBuffer } from 'file-type';

import { env } from '@/env';
import { prisma } from '@/server/db';
import { AppError } from '@/server/errors';
import type { FileStorage } from '@/server/storage/file-storage';
import { getFileStorage } from '@/server/storage/get-file-storage';

import { extractPdfText } from './extract-pdf-text';

/** Images a page shows inline (a news item's picture): never SVG, which can carry scripts. */
export const ALLOWED_IMAGE_FILE_TYPES: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
};

/** Detected by content, never by the file name or the browser's claim. */
export const ALLOWED_DOCUMENT_FILE_TYPES: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
  ...ALLOWED_IMAGE_FILE_TYPES,
};

export type StoreDocumentFileOptions = {
  bytes: Uint8Array;
  /** The uploader's file name, kept for the download. */
  filename: string;
  /** Defaults to the configured storage and UPLOAD_MAX_BYTES. */
  storage?: FileStorage;
  maxBytes?: number;
  /** Detected MIME type → extension; defaults to the document types. */
  allowedTypes?: Record<string, string>;
};

/** A display name without folders or control characters, with the extension of the real type. */
const cleanFilename = (filename: string, extension: string) => {
  const base = (filename.split(/[\\/]/).pop() ?? '')
    .toWellFormed()
    // eslint-disable-next-line no-control-regex -- control characters are what is removed here
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .replace(/\.[^.]*$/, '')
    .slice(0, 200);
  return `${base || 'document'}.${extension}`;
};

/**
 * The upload checks on their own (an import checks every file before storing any): the detected
 * type and its extension, or AppError EMPTY_FILE, PAYLOAD_TOO_LARGE or UNSUPPORTED_MEDIA_TYPE.
 */
export const checkDocumentFile = async (
  bytes: Uint8Array,
  {
    maxBytes = env.UPLOAD_MAX_BYTES,
    allowedTypes = ALLOWED_DOCUMENT_FILE_TYPES,
  }: Pick<StoreDocumentFileOptions, 'maxBytes' | 'allowedTypes'> = {},
) => {
  if (bytes.byteLength === 0) throw new AppError('EMPTY_FILE', 'The file is empty.');
  if (bytes.byteLength > maxBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', `The file exceeds ${maxBytes} bytes.`);
  }
  const detected = await fileTypeFromBuffer(bytes);
  const extension = detected && allowedTypes[detected.mime];
  if (!detected || !extension) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Unsupported file type: ${detected?.mime ?? 'unknown'}.`,
    );
  }
  return { mime: detected.mime, extension };
};

/** The key a stored file is kept under: the same bytes are stored once. */
export const fileKeyOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Stores an uploaded document file once per content (keyed by SHA-256) and returns its
 * StoredFile row. Throws AppError EMPTY_FILE, PAYLOAD_TOO_LARGE or UNSUPPORTED_MEDIA_TYPE for refused files, and
 * AppError STORAGE_UNAVAILABLE when the storage cannot keep the bytes.
 */
export const storeDocumentFile = async ({
  bytes,
  filename,
  storage = getFileStorage(),
  maxBytes = env.UPLOAD_MAX_BYTES,
  allowedTypes = ALLOWED_DOCUMENT_FILE_TYPES,
}: StoreDocumentFileOptions) => {
  const detected = await checkDocumentFile(bytes, { maxBytes, allowedTypes });
  const sha256 = fileKeyOf(bytes);
  await storage.put(sha256, bytes);

  const existing = await prisma.storedFile.findUnique({ where: { sha256 } });
  if (existing && (existing.extractedText !== null || detected.mime !== 'application/pdf')) {
    return existing;
  }
  const extractedText =
    detected.mime === 'application/pdf' ? await extractPdfText({ bytes }) : null;
  // Upsert: two uploads of the same bytes at once end with one row.
  return prisma.storedFile.upsert({
    where: { sha256 },
    create: {
      sha256,
      filename: cleanFilename(filename, detected.extension),
      contentType: detected.mime,
      size: bytes.byteLength,
      extractedText,
    },
    update: { extractedText },
  });
};

/** Stores a form's upload, if one was chosen, through the checks above; returns its id. */
export const storeUploadedFile = async (
  file: File | undefined,
  allowedTypes: Record<string, string> = ALLOWED_DOCUMENT_FILE_TYPES,
) => {
  if (!file) return undefined;
  const stored = await storeDocumentFile({
    bytes: new Uint8Array(await file.arrayBuffer()),
    filename: file.name,
    allowedTypes,
  });
  return stored.id;
};
