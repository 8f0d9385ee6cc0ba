import type { AppLocale } from '@/i18n/routing';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text (titles and summaries come from the database) made safe for HTML text and attributes. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

// Inline styles: many mail clients drop <style>. Colours meet WCAG AA on white (link #1d4ed8
// 6.7:1, text #0f172a 17:1, muted #475569 7.6:1; white on #1e3a8a 10:1).
const LINK = 'color:#1d4ed8;text-decoration:underline';

/** A link whose text says where it goes (no "click here"). */
export const mailLink = (url: string, text: string) =>
  `<a href="${escapeHtml(url)}" style="${LINK}">${escapeHtml(text)}</a>`;

/** The one action of a mail, shaped as a button but a plain link (works in every client). */
export const mailButton = (url: string, text: string) =>
  `<p style="margin:24px 0"><a href="${escapeHtml(url)}" style="display:inline-block;background:#1e3a8a;color:#ffffff;padding:12px 20px;border-radius:4px;font-weight:bold;text-decoration:none">${escapeHtml(text)}</a></p>`;

export const mailParagraph = (text: string, muted = false) =>
  `<p style="margin:0 0 16px;${muted ? 'color:#475569;font-size:14px' : ''}">${escapeHtml(text)}</p>`;

/** ` lang="pt"` on text in another language than the mail's, else nothing. */
export const langAttribute = (mailLocale: AppLocale, textLocale: AppLocale | undefined) =>
  textLocale && textLocale !== mailLocale ? ` lang="${textLocale}"` : '';

export type MailDocumentOptions = {
  locale: AppLocale;
  subject: string;
  heading: string;
  /** The heading's language when it differs from the mail's (an untranslated title). */
  headingLang?: AppLocale;
  /** Already-escaped HTML (built with the helpers above). */
  body: string;
  footer: string;
};

/**
 * A complete, accessible HTML mail: its language, a title, one h1, a readable single column
 * that fits a phone, no images, and the footer with the subscription's links.
 */
export const mailDocument = ({
  locale,
  subject,
  heading,
  headingLang,
  body,
  footer,
}: MailDocumentOptions) =>
  `<!doctype html>
<html lang="${locale}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background:#ffffff;color:#0f172a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<div role="article" aria-roledescription="email" aria-label="${escapeHtml(subject)}" lang="${locale}" style="max-width:600px;margin:0 auto;padding:24px 16px">
<p style="margin:0 0 16px;font-weight:bold;color:#1e3a8a">Prevenir</p>
<h1${langAttribute(locale, headingLang)} style="margin:0 0 16px;font-size:22px;line-height:1.3">${escapeHtml(heading)}</h1>
${body}
<hr style="border:0;border-top:1px solid #cbd5e1;margin:32px 0 16px">
${footer}
</div>
</body>
</html>
`;
