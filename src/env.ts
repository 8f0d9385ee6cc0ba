import { z } from 'zod';

const ZEnvSchema = z.object({
  DATABASE_URL: z.string().url(),
  /** Public origin used for canonical URLs, hreflang alternates and the sitemap. */
  SITE_URL: z.string().url().default('http://localhost:3000'),
  /** Folder for uploaded files, outside the web root; relative paths start at the working directory. */
  STORAGE_DIR: z.string().min(1).default('.data/storage'),
  /** Largest accepted upload, in bytes (25 MB by default). */
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(25 * 1024 * 1024),
});

export const env = ZEnvSchema.parse({
  DATABASE_URL: process.env.DATABASE_URL,
  SITE_URL: process.env.SITE_URL,
  STORAGE_DIR: process.env.STORAGE_DIR || undefined,
  UPLOAD_MAX_BYTES: process.env.UPLOAD_MAX_BYTES || undefined,
});
