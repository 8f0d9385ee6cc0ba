import 'server-only';

import type { MailKind } from '@/generated/prisma/client';
import type { AppLocale } from '@/i18n/routing';

import type { MailItem } from './load-mail-items';
import {
  escapeHtml,
  langAttribute,
  mailButton,
  mailDocument,
  mailLink,
  mailParagraph,
} from './mail-html';
import { getMailTranslator, type MailTranslator } from './mail-translator';
import type { SubscriptionLinks } from './subscription-links';

export type ComposeMailOptions = {
  kind: MailKind;
  locale: AppLocale;
  links: SubscriptionLinks;
  /** ITEM: the one item; DIGEST: the week's items (at least one). */
  items?: MailItem[];
  /** DIGEST: the period the items were published in. */
  period?: { since: Date; until: Date };
  /** The zone a digest's dates are shown in (DIGEST_TIMEZONE). */
  timeZone?: string;
};

export type ComposedMail = { subject: string; text: string; html: string };

type Part = {
  subject: string;
  heading: string;
  headingLang?: AppLocale;
  /** Plain-text paragraphs and the HTML body, saying the same. */
  text: string[];
  html: string;
};

const languageNote = ({ t }: MailTranslator, locale: AppLocale, item: MailItem) =>
  item.textLocale === locale
    ? null
    : t('otherLanguage', {
        language: new Intl.DisplayNames([locale], { type: 'language' }).of(item.textLocale) ?? '',
      });

const actionPart = (
  { t }: MailTranslator,
  key: 'confirm' | 'already' | 'link',
  url: string,
): Part => {
  const notes = key === 'confirm' ? [t('confirm.expiry'), t('confirm.ignore')] : [t(`${key}.note`)];
  return {
    subject: t(`${key}.subject`),
    heading: t(`${key}.heading`),
    text: [t(`${key}.intro`), `${t(`${key}.action`)}:\n${url}`, ...notes],
    html:
      mailParagraph(t(`${key}.intro`)) +
      mailButton(url, t(`${key}.action`)) +
      notes.map((note) => mailParagraph(note, true)).join('\n'),
  };
};

const itemPart = (translator: MailTranslator, locale: AppLocale, item: MailItem): Part => {
  const { t } = translator;
  const note = languageNote(translator, locale, item);
  return {
    subject: t('item.subject', { title: item.title }),
    heading: item.title,
    headingLang: item.textLocale,
    text: [
      t('item.intro', { kind: item.type }),
      ...(note ? [note] : []),
      ...(item.summary ? [item.summary] : []),
      `${t('item.read')}:\n${item.url}`,
    ],
    html:
      mailParagraph(t('item.intro', { kind: item.type })) +
      (note ? mailParagraph(note, true) : '') +
      (item.summary
        ? `<p${langAttribute(locale, item.textLocale)} style="margin:0 0 16px">${escapeHtml(item.summary)}</p>`
        : '') +
      mailButton(item.url, t('item.read')),
  };
};

const digestPart = (
  translator: MailTranslator,
  locale: AppLocale,
  items: MailItem[],
  period: { since: Date; until: Date },
): Part => {
  const { t, format } = translator;
  const dates = {
    since: format.dateTime(period.since, { dateStyle: 'long' }),
    until: format.dateTime(period.until, { dateStyle: 'long' }),
  };
  const entries = items.map((item) => ({ item, type: t(`types.${item.type}`) }));
  return {
    subject: t('digest.subject', { count: items.length }),
    heading: t('digest.heading'),
    text: [
      t('digest.intro', { count: items.length, ...dates }),
      ...entries.map(({ item, type }) =>
        [
          `* ${item.title}`,
          `  ${type}${languageNote(translator, locale, item) ? ` – ${languageNote(translator, locale, item)}` : ''}`,
          ...(item.summary ? [`  ${item.summary}`] : []),
          `  ${item.url}`,
        ].join('\n'),
      ),
    ],
    html:
      mailParagraph(t('digest.intro', { count: items.length, ...dates })) +
      entries
        .map(({ item, type }) => {
          const lang = langAttribute(locale, item.textLocale);
          const note = languageNote(translator, locale, item);
          return (
            `<h2${lang} style="margin:24px 0 4px;font-size:18px;line-height:1.3">${mailLink(item.url, item.title)}</h2>` +
            `<p style="margin:0 0 8px;color:#475569;font-size:14px">${escapeHtml(note ? `${type} – ${note}` : type)}</p>` +
            (item.summary
              ? `<p${lang} style="margin:0 0 16px">${escapeHtml(item.summary)}</p>`
              : '')
          );
        })
        .join('\n'),
  };
};

/**
 * A subscription mail in the subscriber's language, as plain text and accessible HTML, each with
 * the footer's manage and unsubscribe links. Null when there is nothing to say (no items).
 */
export const composeMail = ({
  kind,
  locale,
  links,
  items = [],
  period,
  timeZone,
}: ComposeMailOptions): ComposedMail | null => {
  const translator = getMailTranslator(locale, timeZone);
  const { t } = translator;
  let part: Part;
  if (kind === 'CONFIRM') part = actionPart(translator, 'confirm', links.confirm);
  else if (kind === 'ALREADY_SUBSCRIBED') part = actionPart(translator, 'already', links.manage);
  else if (kind === 'MANAGE_LINK') part = actionPart(translator, 'link', links.manage);
  else if (kind === 'ITEM' && items[0]) part = itemPart(translator, locale, items[0]);
  else if (kind === 'DIGEST' && items.length > 0 && period) {
    part = digestPart(translator, locale, items, period);
  } else return null;

  const footerText = [
    '—',
    t('footer.why'),
    `${t('footer.manage')}: ${links.manage}`,
    `${t('footer.unsubscribe')}: ${links.unsubscribe}`,
  ].join('\n');
  const footerHtml =
    mailParagraph(t('footer.why'), true) +
    `<p style="margin:0 0 8px;font-size:14px">${mailLink(links.manage, t('footer.manage'))}</p>` +
    `<p style="margin:0;font-size:14px">${mailLink(links.unsubscribe, t('footer.unsubscribe'))}</p>`;
  // A title is one line on a form, but a subject must be one line whatever the database holds.
  const subject = part.subject.replace(/\s+/g, ' ').trim().slice(0, 250);
  return {
    subject,
    text: `${part.heading}\n\n${part.text.join('\n\n')}\n\n${footerText}\n`,
    html: mailDocument({
      locale,
      subject,
      heading: part.heading,
      headingLang: part.headingLang,
      body: part.html,
      footer: footerHtml,
    }),
  };
};
