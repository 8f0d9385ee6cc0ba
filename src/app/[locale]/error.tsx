'use client';

import { useErrorMessages } from '@/components/layout/error-messages';

export default function LocaleError({ reset }: { error: Error; reset: () => void }) {
  const t = useErrorMessages();
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p>{t.description}</p>
      <button
        type="button"
        onClick={reset}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
      >
        {t.retry}
      </button>
    </div>
  );
}
