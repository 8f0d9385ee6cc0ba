/**
 * What the facets of an item are made of: a relation to many rows (`countries: { id }[]`) or one
 * column holding an id (`countryId`).
 */
export type Facet = { many: string } | { column: string };

export type FollowedType = {
  /** The Prisma model (also the audit log's entity type: `<model>.publish`). */
  model: string;
  /** The public page of an item is `/<locale><path>/<slug>`. */
  path: string;
  countries?: Facet;
  mechanisms?: Facet;
  themes?: Facet;
};

/**
 * The content types people can follow by e-mail, in the order the form lists them. Each model
 * needs `slug`, `status`, `originalLocale` and `translations` with `title` and `summary`.
 * Adding a type is one line here (as news was) plus its labels (`Subscribe.types.<key>`,
 * `SubscriptionMail.types.<key>`) in messages/.
 */
export const FOLLOWED_TYPES = {
  document: {
    model: 'document',
    path: '/documents',
    countries: { many: 'countries' },
    mechanisms: { many: 'mechanisms' },
    themes: { many: 'themes' },
  },
  event: {
    model: 'event',
    path: '/events',
    countries: { column: 'countryId' },
    mechanisms: { many: 'mechanisms' },
  },
  news: {
    model: 'news',
    path: '/news',
    countries: { many: 'countries' },
    mechanisms: { many: 'mechanisms' },
    themes: { many: 'themes' },
  },
} as const satisfies Record<string, FollowedType>;

export type TFollowedTypeKey = keyof typeof FOLLOWED_TYPES;

export const FOLLOWED_TYPE_KEYS = Object.keys(FOLLOWED_TYPES) as [
  TFollowedTypeKey,
  ...TFollowedTypeKey[],
];

export const isFollowedType = (value: string): value is TFollowedTypeKey =>
  Object.hasOwn(FOLLOWED_TYPES, value);
