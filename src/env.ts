import { z } from 'zod';

import { DATA_LICENCE_IDS, DEFAULT_DATA_LICENCE } from '@/lib/data-licence';
import { configuredAuthSecret } from '@/server/auth/local-auth-secret';

const ZEnvSchema = z.object({
  DATABASE_URL: z.string().url(),
  /**
   * Connections the app's query pool may open to PostgreSQL, per instance (node-postgres's
   * default is 10). Instances × pool size must stay under the server's max_connections.
   */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  /** Public origin used for canonical URLs, hreflang alternates and the sitemap. */
  SITE_URL: z.string().url().default('http://localhost:3000'),
  /** Folder for uploaded files, outside the web root; relative paths start at the working directory. */
  STORAGE_DIR: z.string().min(1).default('.data/storage'),
  /** Where uploaded files live: `local` (STORAGE_DIR) or `s3` (a bucket every instance shares). */
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  /** The bucket (created beforehand) for STORAGE_DRIVER=s3. */
  S3_BUCKET: z.string().min(3).max(63).optional(),
  /** An S3-compatible server's URL (MinIO, Garage…); unset: AWS. */
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  /** Unset: the AWS SDK's default credential chain (e.g. an instance role). */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** `true`: the bucket in the URL's path, as most self-hosted S3 servers need. */
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('false'),
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
  /** `off`: this process runs no mail jobs (it still queues them); another instance must. */
  MAIL_WORKER: z.enum(['on', 'off']).default('on'),
  /** Subscription mails sent per minute, across every instance (shared counter in PostgreSQL). */
  MAIL_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(60),
  /** When the weekly digest goes out (cron: minute hour day-of-month month day-of-week). */
  DIGEST_CRON: z
    .string()
    .regex(/^\S+( \S+){4}$/)
    .default('0 8 * * 1'),
  /** The time zone DIGEST_CRON is read in (an IANA name). */
  DIGEST_TIMEZONE: z
    .string()
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    })
    .default('UTC'),
  /** When the treaty-status check runs against UNTC (cron, read in DIGEST_TIMEZONE); unset: never. */
  TREATY_CHECK_CRON: z
    .string()
    .regex(/^\S+( \S+){4}$/)
    .optional(),
  /** What the scheduled check reads instead of UNTC's addresses: URLs or saved files, comma-separated. */
  TREATY_CHECK_SOURCES: z
    .string()
    .transform((list) =>
      list
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string()).min(1).max(2))
    .optional(),
  /** Facts not verified for this many months appear in the back office's "to re-check" list. */
  FACT_RECHECK_MONTHS: z.coerce.number().int().min(1).max(240).default(12),
  /**
   * A mechanism's latest follow-up of a recommendation older than this many days is flagged on its
   * focal point's action list and listed in their reminder mail (at most one per this period).
   */
  FOLLOW_UP_REMINDER_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /**
   * When focal points' follow-up reminders are queued (cron, read in DIGEST_TIMEZONE): each
   * focal point gets at most one every FOLLOW_UP_REMINDER_DAYS. `off`: never.
   */
  FOLLOW_UP_REMINDER_CRON: z
    .string()
    .regex(/^(off|\S+( \S+){4})$/)
    .default('0 7 * * 1'),
  /** The licence the data is published under, shown on /data (an id of src/lib/data-licence.ts). */
  DATA_LICENCE: z.enum(DATA_LICENCE_IDS).default(DEFAULT_DATA_LICENCE),
  /** The full data download is rebuilt once public content has stayed unchanged this long. */
  DATA_DOWNLOAD_QUIET_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  /** Requests per minute each client may send to the open-data API (/api/v1). */
  API_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(120),
  /** Where the contact form's messages go. Unset: the contact page has no form and says why. */
  CONTACT_EMAIL: z.email().max(320).optional(),
  /** Who runs this installation, named on the about and contact pages. Unset: not named. */
  OPERATOR_NAME: z.string().trim().min(1).max(200).optional(),
});

const ZCheckedEnvSchema = ZEnvSchema.superRefine((env, context) => {
  if (env.STORAGE_DRIVER === 's3' && !env.S3_BUCKET) {
    context.addIssue({
      code: 'custom',
      path: ['S3_BUCKET'],
      message: 'Required for STORAGE_DRIVER=s3',
    });
  }
  if (!env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY) {
    context.addIssue({
      code: 'custom',
      path: ['S3_SECRET_ACCESS_KEY'],
      message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together',
    });
  }
});

export const env = ZCheckedEnvSchema.parse({
  DATABASE_URL: process.env.DATABASE_URL,
  DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE || undefined,
  SITE_URL: process.env.SITE_URL,
  STORAGE_DIR: process.env.STORAGE_DIR || undefined,
  STORAGE_DRIVER: process.env.STORAGE_DRIVER || undefined,
  S3_BUCKET: process.env.S3_BUCKET || undefined,
  S3_ENDPOINT: process.env.S3_ENDPOINT || undefined,
  S3_REGION: process.env.S3_REGION || undefined,
  S3_ACCESS_KEY_ID: process.env.S3_ACCESS_KEY_ID || undefined,
  S3_SECRET_ACCESS_KEY: process.env.S3_SECRET_ACCESS_KEY || undefined,
  S3_FORCE_PATH_STYLE: process.env.S3_FORCE_PATH_STYLE || undefined,
  UPLOAD_MAX_BYTES: process.env.UPLOAD_MAX_BYTES || undefined,
  AUTH_SECRET: configuredAuthSecret(),
  SMTP_URL: process.env.SMTP_URL || undefined,
  MAIL_FROM: process.env.MAIL_FROM || undefined,
  MAIL_WORKER: process.env.MAIL_WORKER || undefined,
  MAIL_PER_MINUTE: process.env.MAIL_PER_MINUTE || undefined,
  DIGEST_CRON: process.env.DIGEST_CRON || undefined,
  DIGEST_TIMEZONE: process.env.DIGEST_TIMEZONE || undefined,
  TREATY_CHECK_CRON: process.env.TREATY_CHECK_CRON?.trim() || undefined,
  TREATY_CHECK_SOURCES: process.env.TREATY_CHECK_SOURCES?.trim() || undefined,
  FACT_RECHECK_MONTHS: process.env.FACT_RECHECK_MONTHS || undefined,
  FOLLOW_UP_REMINDER_DAYS: process.env.FOLLOW_UP_REMINDER_DAYS || undefined,
  FOLLOW_UP_REMINDER_CRON: process.env.FOLLOW_UP_REMINDER_CRON?.trim() || undefined,
  DATA_LICENCE: process.env.DATA_LICENCE || undefined,
  DATA_DOWNLOAD_QUIET_SECONDS: process.env.DATA_DOWNLOAD_QUIET_SECONDS || undefined,
  API_RATE_LIMIT: process.env.API_RATE_LIMIT || undefined,
  CONTACT_EMAIL: process.env.CONTACT_EMAIL?.trim() || undefined,
  OPERATOR_NAME: process.env.OPERATOR_NAME?.trim() || undefined,
});
