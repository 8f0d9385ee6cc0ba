import { getTranslations } from 'next-intl/server';

import { LicenceSection } from '@/components/open-data/licence-section';
import { Link } from '@/i18n/link';
import type { DataLicence } from '@/lib/data-licence';
import { API_MAX_PER_PAGE } from '@/lib/validation/open-data';
import type { EndpointDescription } from '@/server/open-data/describe-endpoints';
import { PROBLEM_TYPES } from '@/server/open-data/problem';

const linkClass = 'text-brand-700 underline';
const headingClass = 'text-xl font-semibold text-brand-900';
const codeClass = 'rounded bg-slate-100 px-1 font-mono text-sm break-all';

export type ApiReferenceViewProps = {
  licence: DataLicence;
  endpoints: EndpointDescription[];
  baseUrl: string;
  rateLimit: number;
};

/** The API reference: conventions, endpoints and problems; the OpenAPI document has the rest. */
export const ApiReferenceView = async ({
  licence,
  endpoints,
  baseUrl,
  rateLimit,
}: ApiReferenceViewProps) => {
  const t = await getTranslations('ApiReferencePage');
  const sections = [
    { id: 'languages', text: t('languages') },
    { id: 'paging', text: t('paging', { max: String(API_MAX_PER_PAGE) }) },
    { id: 'caching', text: t('caching') },
    { id: 'limits', text: t('limits', { limit: rateLimit }) },
  ] as const;
  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t('title')}</h1>
        <p className="text-lg">{t('intro')}</p>
        <p>
          {t('baseUrlLabel')}: <code className={codeClass}>{baseUrl}</code>
        </p>
        <p>
          {t.rich('openapi', {
            link: (chunks) => (
              <a href="/api/v1/openapi.json" type="application/json" className={linkClass}>
                {chunks}
              </a>
            ),
          })}
        </p>
      </header>
      <LicenceSection
        namespace="ApiReferencePage"
        licence={licence}
        headingClass={headingClass}
        linkClass={linkClass}
      />
      <section aria-labelledby="full-download" className="space-y-3">
        <h2 id="full-download" className={headingClass}>
          {t('downloadHeading')}
        </h2>
        <p>
          {t.rich('download', {
            code: (chunks) => <code className={codeClass}>{chunks}</code>,
            link: (chunks) => (
              <Link href="/data#download" className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      </section>
      <section aria-labelledby="endpoints" className="space-y-3">
        <h2 id="endpoints" className={headingClass}>
          {t('endpointsHeading')}
        </h2>
        <dl className="space-y-4">
          {endpoints.map(({ name, path, parameters }) => (
            <div key={name} className="space-y-1">
              <dt>
                <code className={codeClass}>GET {path}</code>
              </dt>
              <dd>{t(`endpoint.${name}`)}</dd>
              <dd className="text-sm text-slate-700">
                {t('columnParameters')}:{' '}
                {parameters.map((parameter, index) => (
                  <span key={parameter}>
                    {index > 0 && ', '}
                    <code className={codeClass}>{parameter}</code>
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      {sections.map(({ id, text }) => (
        <section key={id} aria-labelledby={id} className="space-y-3">
          <h2 id={id} className={headingClass}>
            {t(`${id}Heading`)}
          </h2>
          <p>{text}</p>
        </section>
      ))}
      <section aria-labelledby="errors" className="space-y-3">
        <h2 id="errors" className={headingClass}>
          {t('errorsHeading')}
        </h2>
        <p>{t('errors')}</p>
        <ul className="list-disc space-y-1 pl-6">
          {Object.values(PROBLEM_TYPES).map((type) => (
            <li key={type} id={type}>
              <code className={codeClass}>{type}</code>: {t(`problem.${type}`)}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
};
