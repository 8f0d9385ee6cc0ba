import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';

import { AdminPageHeader } from '@/components/admin/admin-page-header';
import { ContentStatusBar } from '@/components/admin/content-status-bar';
import { EventForm } from '@/components/admin/events/event-form';
import { FlashMessage } from '@/components/admin/flash-message';
import type { DONE_KEYS } from '@/lib/validation/admin-list';
import { missingLocales } from '@/lib/validation/translations';
import type { RelationKind, RelationOption } from '@/server/content/find-relation-options';
import { publishEventAction, updateEventAction } from '@/server/events/actions';
import type { EventForEdit } from '@/server/events/event-type';
import { toEventFormValues } from '@/server/events/to-event-form-values';

export type EventEditViewProps = {
  locale: Locale;
  event: EventForEdit;
  options: Record<RelationKind, RelationOption[]>;
  done?: (typeof DONE_KEYS)[number];
};

export const EventEditView = async ({ locale, event, options, done }: EventEditViewProps) => {
  const [t, tForm] = await Promise.all([
    getTranslations('AdminEvents'),
    getTranslations('AdminForm'),
  ]);
  const path = `/admin/events/${event.id}`;
  const missing = missingLocales(event.translations, 'title');
  return (
    <div className="space-y-6">
      <AdminPageHeader
        title={t('editHeading')}
        back={{ href: '/admin/events', label: tForm('backToList') }}
      >
        <ContentStatusBar
          status={event.status}
          missing={missing}
          previewHref={`/admin/preview/events/${event.slug}`}
          deleteHref={`${path}/delete`}
          publish={publishEventAction.bind(null, locale, event.id, true)}
          unpublish={publishEventAction.bind(null, locale, event.id, false)}
        />
      </AdminPageHeader>
      <FlashMessage message={done && tForm(done)} />
      <EventForm
        key={event.version}
        action={updateEventAction.bind(null, locale, event.id)}
        initialValues={toEventFormValues(event)}
        options={options}
        mode="save"
        missing={missing}
        reloadHref={path}
      />
    </div>
  );
};
