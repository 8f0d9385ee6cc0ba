import { z } from 'zod';

const ZEnvSchema = z.object({
  DATABASE_URL: z.string().url(),
  /** Public origin used for canonical URLs, hreflang alternates and the sitemap. */
  SITE_URL: z.string().url().default('http://localhost:3000'),
});

export const env = ZEnvSchema.parse({
  DATABASE_URL: process.env.DATABASE_URL,
  SITE_URL: process.env.SITE_URL,
});
