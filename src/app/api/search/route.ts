// GET /api/search – full-text search as JSON
import { z } from 'zod';

import { ZSearchApiQuerySchema } from '@/lib/validation/search';
import { logger } from '@/server/log/logger';
import { searchContent } from '@/server/search/search-content';

// The markers ts_headline puts around each match (see find-search-entries.ts).
const MARK_START = '\u0001';
const MARK_END = '\u0002';

/**
 * Plain text with highlight ranges ([start, end) in UTF-16 code units, as JavaScript counts):
 * `<mark>` markup would make every client parse HTML.
 */
const highlights = (marked: string) => {
  const ranges: [number, number][] = [];
  let text = '';
  for (const [index, part] of marked.split(MARK_START).entries()) {
    if (index === 0) {
      text += part.replaceAll(MARK_END, '');
      continue;
    }
    const [inside = '', ...after] = part.split(MARK_END);
    ranges.push([text.length, text.length + inside.length]);
    text += inside + after.join('').replaceAll(MARK_START, '');
  }
  return { text, highlights: ranges };
};

export const GET = async (request: Request) => {
  const parsed = ZSearchApiQuerySchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  if (!parsed.success)
    return Response.json(
      { error: 'Invalid search parameters', issues: z.flattenError(parsed.error).fieldErrors },
      { status: 400 },
    );
  const { locale, ...query } = parsed.data;
  try {
    const result = await searchContent({ locale, query });
    return Response.json(
      {
        ...result,
        items: result.items.map((item) => ({
          ...item,
          title: highlights(item.title),
          translatedTitle: item.translatedTitle && highlights(item.translatedTitle),
          snippet: highlights(item.snippet),
        })),
      },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    logger.error({ err: error }, 'search: failed');
    return Response.json({ error: 'Search is unavailable' }, { status: 503 });
  }
};
