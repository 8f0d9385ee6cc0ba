import { routing } from '@/i18n/routing';

import messages from '../../messages/es.json';

// Reached only for paths the locale proxy skips (e.g. a missing file): no locale is known, so
// the default language's strings are used. Localized 404s live in src/app/[locale]/.
export default function GlobalNotFound() {
  const t = messages.NotFound;
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <main>
          <title>{t.title}</title>
          <h1>{t.title}</h1>
          <p>{t.description}</p>
          <p>
            <a href={`/${routing.defaultLocale}`}>{t.backHome}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
