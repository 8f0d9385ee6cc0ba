import { getFormatter } from 'next-intl/server';

/**
 * Date AND time of an audit entry, in UTC like every date on the site. FormattedDate shows
 * days only; an audit log needs the time too.
 */
export const AuditTime = async ({ date }: { date: Date }) => {
  const format = await getFormatter();
  return (
    <time dateTime={date.toISOString()}>
      {format.dateTime(date, {
        dateStyle: 'medium',
        timeStyle: 'medium',
        timeZone: 'UTC',
      })}{' '}
      UTC
    </time>
  );
};
