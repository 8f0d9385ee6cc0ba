import 'server-only';

import { prisma } from '@/server/db';
import type { FileStorage } from '@/server/storage/file-storage';
import { getFileStorage } from '@/server/storage/get-file-storage';

export type GetPublishedFileOptions = { id: string; storage?: FileStorage };

/**
 * A stored file with its bytes, only when at least one published document, news item (its
 * image) or recommendation follow-up (its evidence) links to it: drafts' files stay private. Null otherwise, or when the bytes are missing.
 */
export const getPublishedFile = async ({
  id,
  storage = getFileStorage(),
}: GetPublishedFileOptions) => {
  const file = await prisma.storedFile.findFirst({
    where: {
      id,
      OR: [
        { documents: { some: { status: 'PUBLISHED' } } },
        { news: { some: { status: 'PUBLISHED' } } },
        { followUpEvidence: { some: { status: 'PUBLISHED' } } },
      ],
    },
    select: { sha256: true, filename: true, contentType: true },
  });
  if (!file) return null;
  const bytes = await storage.get(file.sha256);
  return bytes ? { ...file, bytes } : null;
};
