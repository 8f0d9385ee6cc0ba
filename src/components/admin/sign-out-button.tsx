import { getTranslations } from 'next-intl/server';

import { signOutAction } from '@/server/auth/actions';

/** A POST form (a server action): sign-out cannot be triggered by a link or an image. */
export const SignOutButton = async ({ locale }: { locale: string }) => {
  const t = await getTranslations('Auth');
  return (
    <form action={signOutAction.bind(null, locale)}>
      <button
        type="submit"
        className="rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-800 hover:bg-brand-50"
      >
        {t('signOut')}
      </button>
    </form>
  );
};
