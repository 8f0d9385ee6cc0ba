import { z } from 'zod';

import {
  FORM_LOCALES,
  zCheckbox,
  zIdList,
  zLocale,
  zOptionalSlug,
  zOptionalText,
  zRequiredDate,
  zVersion,
} from './form-fields';
import { zOptionalParam, ZSlugSchema } from './search-params';
import { checkTranslations, zTranslations } from './translations';

export const NEWS_PER_PAGE = 12;

/** Query string of /news. Invalid values are dropped, so a hand-edited URL never fails. */
export const ZNewsListQuerySchema = z.object({
  country: zOptionalParam(ZSlugSchema),
  mechanism: zOptionalParam(ZSlugSchema),
  theme: zOptionalParam(ZSlugSchema),
  year: zOptionalParam(z.coerce.number().int().min(1900).max(2200)),
  page: zOptionalParam(z.coerce.number().int().min(1).max(100_000)),
});
export type TNewsListQuerySchema = z.infer<typeof ZNewsListQuerySchema>;

export const NEWS_FILTER_KEYS = [
  'country',
  'mechanism',
  'theme',
  'year',
] as const satisfies readonly (keyof TNewsListQuerySchema)[];
export type TNewsFilterKey = (typeof NEWS_FILTER_KEYS)[number];

export const NEWS_TRANSLATED_FIELDS = ['title', 'summary', 'body', 'imageAlt'] as const;

/** Whether the form's `file` input carries a new image (the action stores the upload itself). */
const zChosenUpload = () => z.preprocess((value) => value instanceof Blob, z.boolean());

const ZNewsFields = z.object({
  slug: zOptionalSlug(),
  originalLocale: zLocale(),
  publishedOn: zRequiredDate(),
  translations: zTranslations({
    title: zOptionalText(300),
    summary: zOptionalText(1000),
    /** Markdown, rendered without raw HTML (see components/content/markdown-body.tsx). */
    body: zOptionalText(50_000),
    imageAlt: zOptionalText(300),
  }),
  countryIds: zIdList(),
  mechanismIds: zIdList(),
  documentIds: zIdList(),
  eventIds: zIdList(),
  themeIds: zIdList(),
  file: zChosenUpload(),
  /** Sent by the edit form when the item has an image, so the alt-text rule knows one stays. */
  hasImage: zCheckbox(),
  removeImage: zCheckbox(),
});

type NewsFields = Partial<z.infer<typeof ZNewsFields>>;

/**
 * Title in the original language (and in any language with text); with an image, its alt text in
 * every language that has a title. The save checks the image rule again on the stored item.
 */
const checkNews = (data: NewsFields, ctx: z.RefinementCtx) => {
  checkTranslations(data.translations, data.originalLocale, 'title', ctx);
  const withImage = data.file || (data.hasImage && !data.removeImage);
  if (!withImage) return;
  for (const locale of FORM_LOCALES) {
    const fields = data.translations?.[locale];
    if (!fields?.title || fields.imageAlt) continue;
    ctx.addIssue({
      code: 'custom',
      path: ['translations', locale, 'imageAlt'],
      message: 'required',
    });
  }
};

export const ZCreateNewsSchema = ZNewsFields.superRefine(checkNews);
export type TCreateNewsSchema = z.infer<typeof ZCreateNewsSchema>;

export const ZUpdateNewsSchema = ZNewsFields.extend({ version: zVersion() }).superRefine(checkNews);
export type TUpdateNewsSchema = z.infer<typeof ZUpdateNewsSchema>;
