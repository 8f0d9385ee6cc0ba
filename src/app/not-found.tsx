import { routing } from '@/i18n/routing';

// Reached only for requests the locale proxy does not handle; localized 404s live in [locale].
export default function GlobalNotFound() {
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <main>
          <h1>404</h1>
          <p>
            <a href={`/${routing.defaultLocale}`}>Prevenir</a>
          </p>
        </main>
      </body>
    </html>
  );
}
