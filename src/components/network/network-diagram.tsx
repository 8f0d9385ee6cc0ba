import { getLocale, getTranslations } from 'next-intl/server';

import { getPathname } from '@/i18n/navigation';
import type { ExchangeNetwork } from '@/server/cooperations/find-exchange-network';

import { circlePositions, linkPath, NETWORK_SIZE } from './network-layout';

const KIND_STROKE = {
  AGREEMENT: { stroke: '#0072B2', dash: undefined },
  EXCHANGE: { stroke: '#B35C00', dash: '8 5' },
  OTHER: { stroke: '#5F6B7A', dash: '2 4' },
} as const;

/**
 * Mechanisms around a circle, one line per cooperation between two of them, drawn on the server.
 * Each mechanism is a link to its page, named by its name, country and number of cooperations;
 * the table below the diagram lists the same cooperations.
 */
export const NetworkDiagram = async ({ network }: { network: ExchangeNetwork }) => {
  const [t, tKind, locale] = await Promise.all([
    getTranslations('NetworkPage'),
    getTranslations('MechanismPage'),
    getLocale(),
  ]);
  const positions = circlePositions(network.mechanisms.length);
  const at = new Map(network.mechanisms.map((m, i) => [m.slug, positions[i]!]));
  const pairCount = new Map<string, number>();
  const links = network.cooperations.flatMap((cooperation) =>
    cooperation.mechanisms.flatMap((a, i) =>
      cooperation.mechanisms.slice(i + 1).map((b) => {
        const pair = `${a}|${b}`;
        const index = pairCount.get(pair) ?? 0;
        pairCount.set(pair, index + 1);
        return {
          key: `${cooperation.slug}:${pair}`,
          cooperation,
          d: linkPath(at.get(a)!, at.get(b)!, index),
        };
      }),
    ),
  );

  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${NETWORK_SIZE} ${NETWORK_SIZE}`}
        role="group"
        aria-labelledby="network-diagram-title"
        aria-describedby="network-diagram-desc"
        className="mx-auto h-auto w-full max-w-2xl"
      >
        <title id="network-diagram-title">{t('diagramTitle')}</title>
        <desc id="network-diagram-desc">{t('diagramDescription')}</desc>
        {links.map(({ key, cooperation, d }) => (
          <path
            key={key}
            d={d}
            fill="none"
            stroke={KIND_STROKE[cooperation.kind].stroke}
            strokeDasharray={KIND_STROKE[cooperation.kind].dash}
            strokeWidth={3}
            data-cooperation={cooperation.slug}
          >
            <title>
              {cooperation.title} ({tKind('cooperationKind', { kind: cooperation.kind })})
            </title>
          </path>
        ))}
        {network.mechanisms.map((mechanism) => {
          const p = at.get(mechanism.slug)!;
          const name = mechanism.name ?? mechanism.acronym ?? mechanism.slug;
          return (
            <a
              key={mechanism.slug}
              href={getPathname({ locale, href: `/mechanisms/${mechanism.slug}` })}
              className="group"
            >
              <title>
                {t('nodeLabel', {
                  mechanism: name,
                  country: mechanism.country.name,
                  count: mechanism.cooperations,
                })}
              </title>
              <circle
                cx={p.x}
                cy={p.y}
                r={14}
                fill="#fff"
                stroke="#0F2A4A"
                strokeWidth={3}
                className="group-hover:fill-brand-100 group-focus-visible:stroke-amber-600 group-focus-visible:[stroke-width:5px]"
              />
              <text
                x={p.labelX}
                y={p.labelY}
                textAnchor={p.anchor}
                className="fill-slate-900 text-[15px] font-semibold"
                aria-hidden="true"
              >
                {mechanism.acronym ?? name} ({mechanism.country.iso2})
              </text>
            </a>
          );
        })}
      </svg>
      <figcaption className="flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700">
        {(Object.keys(KIND_STROKE) as (keyof typeof KIND_STROKE)[]).map((kind) => (
          <span key={kind} className="inline-flex items-center gap-2">
            <svg width="32" height="10" aria-hidden="true">
              <line
                x1="0"
                y1="5"
                x2="32"
                y2="5"
                stroke={KIND_STROKE[kind].stroke}
                strokeDasharray={KIND_STROKE[kind].dash}
                strokeWidth={3}
              />
            </svg>
            {tKind('cooperationKind', { kind })}
          </span>
        ))}
      </figcaption>
    </figure>
  );
};
