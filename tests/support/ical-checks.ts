// Reads an iCalendar file with ical.js (Mozilla's RFC 5545 parser, which throws on malformed
// content lines) and fails on what RFC 5545 requires of a VCALENDAR and its VEVENTs.
import ICAL from 'ical.js';

export type CalendarEvent = {
  uid: string;
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
  categories: string[];
  sequence: number | null;
  /** DTSTART/DTEND as iCalendar wrote them: `isDate` for all-day values, `zone` for time zones. */
  start: ICAL.Time;
  end: ICAL.Time | null;
  lastModified: ICAL.Time | null;
  stamp: ICAL.Time;
};

const text = (component: ICAL.Component, name: string) => {
  const value = component.getFirstPropertyValue(name);
  return value === null ? null : String(value);
};

export const readCalendar = (ics: string) => {
  // ICAL.parse is typed `any`: its jCal array, which Component reads.
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  if (calendar.name !== 'vcalendar') throw new Error(`Root component is ${calendar.name}`);
  if (calendar.getFirstPropertyValue('version') !== '2.0') throw new Error('VERSION is not 2.0');
  if (!calendar.getFirstPropertyValue('prodid')) throw new Error('PRODID is missing');
  const events = calendar.getAllSubcomponents('vevent').map((vevent): CalendarEvent => {
    const uid = text(vevent, 'uid');
    const stamp = vevent.getFirstPropertyValue('dtstamp');
    const start = vevent.getFirstPropertyValue('dtstart');
    if (!uid || !(stamp instanceof ICAL.Time) || !(start instanceof ICAL.Time))
      throw new Error('A VEVENT lacks UID, DTSTAMP or DTSTART');
    const end = vevent.getFirstPropertyValue('dtend');
    const lastModified = vevent.getFirstPropertyValue('last-modified');
    const sequence = vevent.getFirstPropertyValue('sequence');
    return {
      uid,
      summary: text(vevent, 'summary') ?? '',
      description: text(vevent, 'description'),
      location: text(vevent, 'location'),
      url: text(vevent, 'url'),
      categories: vevent
        .getAllProperties('categories')
        .flatMap((property) => property.getValues().map(String)),
      sequence: typeof sequence === 'number' ? sequence : null,
      start,
      end: end instanceof ICAL.Time ? end : null,
      lastModified: lastModified instanceof ICAL.Time ? lastModified : null,
      stamp,
    };
  });
  return {
    calendar,
    name: text(calendar, 'x-wr-calname'),
    description: text(calendar, 'x-wr-caldesc'),
    timezones: calendar.getAllSubcomponents('vtimezone'),
    events,
  };
};
