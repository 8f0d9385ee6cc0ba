import 'server-only';

import { extractText, getDocumentProxy } from 'unpdf';

export type ExtractPdfTextOptions = { bytes: Uint8Array };

/** The PDF's text with pages joined, or null when it has none (scans) or cannot be read. */
export const extractPdfText = async ({ bytes }: ExtractPdfTextOptions): Promise<string | null> => {
  try {
    // PDF.js takes ownership of the buffer it is given: pass a copy so the caller's bytes stay usable.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    try {
      const { text } = await extractText(pdf, { mergePages: true });
      // PostgreSQL text cannot hold NUL characters.
      const clean = text.replaceAll('\u0000', '').trim();
      return clean === '' ? null : clean;
    } finally {
      await pdf.destroy();
    }
  } catch {
    return null;
  }
};
