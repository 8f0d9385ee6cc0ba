import 'server-only';

import { createTranslator } from 'use-intl/core';

import { env } from '@/env';
import { getPathname } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import type { TPreparedMailPayloadSchema } from '@/lib/validation/subscriptions';
import type { MechanismRecommendation } from '@/server/recommendations/find-mechanism-recommendations';
import {
  escapeHtml,
  mailButton,
  mailDocument,
  mailLink,
  mailParagraph,
} from '@/server/subscriptions/mail-html';
import { MAIL_MESSAGES } from '@/server/subscriptions/mail-translator';

export type ComposeFollowUpReminderOptions = {
  locale: AppLocale;
  name: string;
  /** The recommendations due, as the action list shows them (at least one). */
  due: MechanismRecommendation[];
  days: number;
};

/** Texts longer than this are cut in the list: the action list has the whole of each. */
const EXCERPT_CHARS = 240;

const excerpt = (text: string) =>
  text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS).trimEnd()}…` : text;

/**
 * A focal point's reminder, in their language, as plain text and accessible HTML: the
 * recommendations that lack a recent follow-up, each linking to its page of the action list.
 */
export const composeFollowUpReminder = ({
  locale,
  name,
  due,
  days,
}: ComposeFollowUpReminderOptions): TPreparedMailPayloadSchema => {
  const t = createTranslator({
    locale,
    messages: MAIL_MESSAGES[locale],
    namespace: 'FollowUpReminderMail',
    // Follow-ups are reported on calendar days, stored as UTC midnights.
    timeZone: 'UTC',
  });
  const url = (href: string) => new URL(getPathname({ href, locale }), env.SITE_URL).toString();
  const listUrl = url('/admin/my-recommendations');
  const entries = due.map((item) => ({
    title: item.citation,
    status: item.latest ? t('lastFollowUp', { date: item.latest.reportedOn }) : t('noFollowUp'),
    text: item.text ? excerpt(item.text.text) : null,
    lang: item.text && item.text.locale !== locale ? item.text.locale : null,
    url: url(`/admin/my-recommendations/${item.id}`),
  }));
  const subject = t('subject', { count: due.length });
  const intro = t('intro', { name, count: due.length, days });
  const text = [
    subject,
    intro,
    ...entries.map((entry) =>
      [`* ${entry.title} – ${entry.status}`, entry.text && `  ${entry.text}`, `  ${entry.url}`]
        .filter(Boolean)
        .join('\n'),
    ),
    `${t('action')}:\n${listUrl}`,
    `—\n${t('why', { days })}`,
  ].join('\n\n');
  const html = mailDocument({
    locale,
    subject,
    heading: subject,
    body:
      mailParagraph(intro) +
      entries
        .map(
          (entry) =>
            `<h2 style="margin:24px 0 4px;font-size:18px;line-height:1.3">${mailLink(entry.url, entry.title)}</h2>` +
            `<p style="margin:0 0 8px;color:#475569;font-size:14px">${escapeHtml(entry.status)}</p>` +
            (entry.text
              ? `<p${entry.lang ? ` lang="${entry.lang}"` : ''} style="margin:0 0 16px">${escapeHtml(entry.text)}</p>`
              : ''),
        )
        .join('\n') +
      mailButton(listUrl, t('action')),
    footer: mailParagraph(t('why', { days }), true),
  });
  return { subject, text: `${text}\n`, html };
};
