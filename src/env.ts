import { z } from 'zod';

import { configuredAuthSecret } from '@/server/auth/local-auth-secret';

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
  /**
   * Signs session cookies (next-auth's NEXTAUTH_SECRET; either name works). Required in production;
   * `npm start` keeps a generated one in .data/auth-secret when unset (src/server/auth/auth-secret.ts).
   */
  AUTH_SECRET: z.string().min(32).optional(),
  /** SMTP server for password-reset mail, e.g. smtp://user:pass@mail.example.org:587. */
  SMTP_URL: z.string().url().optional(),
  /** Sender of the portal's mail. */
  MAIL_FROM: z.string().min(3).default('Prevenir <no-reply@localhost>'),
  /** Facts not verified for this many months appear in the back office's "to re-check" list. */
  FACT_RECHECK_MONTHS: z.coerce.number().int().min(1).max(240).default(12),
});

export const env = ZEnvSchema.parse({
  DATABASE_URL: process.env.DATABASE_URL,
  SITE_URL: process.env.SITE_URL,
  STORAGE_DIR: process.env.STORAGE_DIR || undefined,
  UPLOAD_MAX_BYTES: process.env.UPLOAD_MAX_BYTES || undefined,
  AUTH_SECRET: configuredAuthSecret(),
  SMTP_URL: process.env.SMTP_URL || undefined,
  MAIL_FROM: process.env.MAIL_FROM || undefined,
  FACT_RECHECK_MONTHS: process.env.FACT_RECHECK_MONTHS || undefined,
});
