// Every plural message of messages/*.json formatted as the site formats it (use-intl's translator
// over intl-messageformat, with the site's formats), with 0, 1, 2 and 1000 for each plural
// argument: no error, the number written the locale's way, and a singular only for one.
import { readFileSync } from 'node:fs';

import {
  type MessageFormatElement,
  parse,
  type PluralElement,
  TYPE,
} from '@formatjs/icu-messageformat-parser';
import { type AbstractIntlMessages, createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';

import { FORMATS, TIME_ZONE } from '@/i18n/formats';

const LOCALES = ['es', 'pt', 'en'] as const;
type Locale = (typeof LOCALES)[number];
const COUNTS = [0, 1, 2, 1000];

const load = (locale: Locale) =>
  JSON.parse(
    readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), 'utf8'),
  ) as AbstractIntlMessages;

const leaves = (value: unknown, prefix = ''): [string, string][] =>
  typeof value === 'string'
    ? [[prefix, value]]
    : Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
        leaves(child, prefix ? `${prefix}.${key}` : key),
      );

type Arg =
  { kind: 'plural' | 'number' | 'date' | 'text' | 'tag' } | { kind: 'select'; options: string[] };

/** Every argument of a message and what it takes, found in its syntax tree. */
const collectArgs = (elements: MessageFormatElement[], args = new Map<string, Arg>()) => {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        if (!args.has(element.value)) args.set(element.value, { kind: 'text' });
        break;
      case TYPE.number:
        args.set(element.value, { kind: 'number' });
        break;
      case TYPE.date:
      case TYPE.time:
        args.set(element.value, { kind: 'date' });
        break;
      case TYPE.tag:
        args.set(element.value, { kind: 'tag' });
        collectArgs(element.children, args);
        break;
      case TYPE.plural:
        args.set(element.value, { kind: 'plural' });
        for (const option of Object.values(element.options)) collectArgs(option.value, args);
        break;
      case TYPE.select:
        args.set(element.value, { kind: 'select', options: Object.keys(element.options) });
        for (const option of Object.values(element.options)) collectArgs(option.value, args);
        break;
      default:
    }
  }
  return args;
};

const pluralElements = (elements: MessageFormatElement[]): PluralElement[] =>
  elements.flatMap((element) => {
    if (element.type === TYPE.tag) return pluralElements(element.children);
    if (element.type !== TYPE.plural && element.type !== TYPE.select) return [];
    const nested = Object.values(element.options).flatMap((o) => pluralElements(o.value));
    return element.type === TYPE.plural ? [element, ...nested] : nested;
  });

/** The branch a plural element takes for `n`, as intl-messageformat picks it. */
const branchFor = (element: PluralElement, locale: Locale, n: number) => {
  if (element.options[`=${n}`]) return `=${n}`;
  const category = new Intl.PluralRules(locale, { type: element.pluralType }).select(
    n - element.offset,
  );
  return element.options[category] ? category : 'other';
};

/**
 * Whether formatting with `values` writes the number `name` holds: a `#` in the branch its plural
 * takes, or `{name}` / `{name, number}`, on the path the select and plural values lead through.
 */
const showsNumber = (
  elements: MessageFormatElement[],
  values: Record<string, unknown>,
  locale: Locale,
  name: string,
  inOwnPlural = false,
): boolean =>
  elements.some((element) => {
    switch (element.type) {
      case TYPE.pound:
        return inOwnPlural;
      case TYPE.argument:
      case TYPE.number:
        return element.value === name;
      case TYPE.tag:
        return showsNumber(element.children, values, locale, name, inOwnPlural);
      case TYPE.select: {
        const chosen = element.options[String(values[element.value])] ?? element.options.other!;
        return showsNumber(chosen.value, values, locale, name, inOwnPlural);
      }
      case TYPE.plural: {
        const branch = branchFor(element, locale, values[element.value] as number);
        const own = element.value === name;
        // A `#` belongs to the innermost plural around it.
        return showsNumber(element.options[branch]!.value, values, locale, name, own);
      }
      default:
        return false;
    }
  });

const same = (a: MessageFormatElement[] | undefined, b: MessageFormatElement[] | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

/** Every combination of the select arguments' options (one value each when there are none). */
const selectChoices = (args: Map<string, Arg>): Record<string, string>[] =>
  [...args].reduce<Record<string, string>[]>(
    (combos, [name, arg]) =>
      arg.kind === 'select'
        ? combos.flatMap((combo) => arg.options.map((option) => ({ ...combo, [name]: option })))
        : combos,
    [{}],
  );

const baseValue = (arg: Arg): unknown => {
  switch (arg.kind) {
    case 'plural':
    case 'number':
      return 2;
    case 'date':
      return new Date(Date.UTC(2026, 5, 22));
    case 'tag':
      return (chunks: string) => chunks;
    case 'text':
      return 'X';
    case 'select':
      return 'other';
  }
};

const catalogues = LOCALES.map((locale) => {
  const messages = load(locale);
  const plurals = leaves(messages).flatMap(([key, message]) => {
    const ast = parse(message, { ignoreTag: false });
    return pluralElements(ast).length > 0 ? [{ key, message, ast }] : [];
  });
  const t = createTranslator({ locale, messages, formats: FORMATS, timeZone: TIME_ZONE });
  return { locale, plurals, t };
});

describe('plural messages', () => {
  it('exist in every catalogue', () => {
    for (const { plurals } of catalogues) expect(plurals.length).toBeGreaterThan(20);
  });

  describe.each(catalogues)('in $locale', ({ locale, plurals, t }) => {
    const number = new Intl.NumberFormat(locale);

    it('have a singular (`one` or `=1`) next to `other`, taken for 1 and for nothing else', () => {
      const problems = plurals.flatMap(({ key, ast }) =>
        pluralElements(ast).flatMap((element) => {
          const singular = element.options.one ?? element.options['=1'];
          if (!singular) return [`${key} (${element.value}): no \`one\` branch`];
          const plural = element.options.other?.value;
          // A branch worded like `other` (`{#}`) agrees with any count.
          const isSingular = (branch: string) =>
            (branch === 'one' || branch === '=1') && !same(element.options[branch]?.value, plural);
          return [
            ...(isSingular(branchFor(element, locale, 1)) || same(singular.value, plural)
              ? []
              : [`${key} (${element.value}): 1 does not take the singular`]),
            ...[0, 2]
              .filter((n) => isSingular(branchFor(element, locale, n)))
              .map((n) => `${key} (${element.value}): ${n} takes the singular`),
          ];
        }),
      );
      expect(problems).toEqual([]);
    });

    it('format 0, 1, 2 and 1000 without error, writing the number the locale’s way', () => {
      const problems: string[] = [];
      for (const { key, ast } of plurals) {
        const args = collectArgs(ast);
        const pluralArgs = [...args].filter(([, arg]) => arg.kind === 'plural');
        for (const choice of selectChoices(args)) {
          for (const [name] of pluralArgs) {
            for (const n of COUNTS) {
              const values: Record<string, unknown> = {
                ...Object.fromEntries([...args].map(([arg, spec]) => [arg, baseValue(spec)])),
                ...choice,
                [name]: n,
              };
              let output: string;
              try {
                // `markup` takes every kind of argument and tag and returns a string.
                output = t.markup(key as never, values as never);
              } catch (error) {
                problems.push(`${key} (${name}=${n}): ${String(error)}`);
                continue;
              }
              if (showsNumber(ast, values, locale, name) && !output.includes(number.format(n))) {
                problems.push(`${key} (${name}=${n}): “${output}” lacks ${number.format(n)}`);
              }
            }
          }
        }
      }
      expect(problems).toEqual([]);
    });
  });
});
