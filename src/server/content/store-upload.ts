import 'server-only';

import { storeDocumentFile } from '@/server/documents/store-document-file';

/** Stores the form's `file` upload, if any, through the library's checks; returns its id. */
export const storeUpload = async (file: File | undefined) => {
  if (!file) return undefined;
  const stored = await storeDocumentFile({
    bytes: new Uint8Array(await file.arrayBuffer()),
    filename: file.name,
  });
  return stored.id;
};
