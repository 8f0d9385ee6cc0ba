import type { TApiProblemSchema } from '@/lib/validation/open-data';

import { siteUrl } from './api-urls';
import { CORS_HEADERS } from './cors';

export const PROBLEM_TYPES = {
  400: 'invalid-parameters',
  404: 'not-found',
  429: 'too-many-requests',
  500: 'internal-error',
} as const;

type ProblemStatus = keyof typeof PROBLEM_TYPES;

const TITLES: Record<ProblemStatus, string> = {
  400: 'Invalid query parameters',
  404: 'Not found',
  429: 'Too many requests',
  500: 'Internal error',
};

export type ProblemOptions = {
  status: ProblemStatus;
  detail?: string;
  errors?: TApiProblemSchema['errors'];
  headers?: Record<string, string>;
};

/** An RFC 9457 problem; `type` is its explanation on the API reference page (any language). */
export const problemResponse = ({ status, detail, errors, headers }: ProblemOptions) => {
  const body: TApiProblemSchema = {
    type: siteUrl(`/data/api#${PROBLEM_TYPES[status]}`),
    title: TITLES[status],
    status,
    ...(detail ? { detail } : {}),
    ...(errors ? { errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      ...CORS_HEADERS,
      ...headers,
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Cache-Control': 'no-store',
    },
  });
};
