import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { ContentStatusBar } from '@/components/admin/content-status-bar';
import { FlashMessage } from '@/components/admin/flash-message';
import { NewsForm } from '@/components/admin/news/news-form';
import type { DONE_KEYS } from '@/lib/validation/admin-list';
import { missingLocales } from '@/lib/validation/translations';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';
import { publishNewsAction, updateNewsAction } from '@/server/news/actions';
import type { NewsForEdit } from '@/server/news/news-type';
import { toNewsFormValues } from '@/server/news/to-news-form-values';

export type NewsEditViewProps = {
  locale: Locale;
  news: NewsForEdit;
  options: Record<RelationKind, RelationOption[]>;
  done?: (typeof DONE_KEYS)[number];
};

export const NewsEditView = async ({ locale, news, options, done }: NewsEditViewProps) => {
  const [t, tForm] = await Promise.all([
    getTranslations('AdminNews'),
    getTranslations('AdminForm'),
  ]);
  const path = `/admin/news/${news.id}`;
  const missing = missingLocales(news.translations, 'title');
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('editHeading')}
        back={{ href: '/admin/news', label: tForm('backToList') }}
      >
        <ContentStatusBar
          status={news.status}
          missing={missing}
          previewHref={`/admin/preview/news/${news.slug}`}
          deleteHref={`${path}/delete`}
          publish={publishNewsAction.bind(null, locale, news.id, true)}
          unpublish={publishNewsAction.bind(null, locale, news.id, false)}
        />
      </AdminPageHeader>
      <FlashMessage message={done && tForm(done)} />
      <NewsForm
        key={news.version}
        action={updateNewsAction.bind(null, locale, news.id)}
        initialValues={toNewsFormValues(news)}
        options={options}
        mode="save"
        missing={missing}
        currentImage={news.image?.filename}
        reloadHref={path}
      />
    </div>
  );
};
