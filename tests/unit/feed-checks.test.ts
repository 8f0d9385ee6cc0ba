// The feed and calendar checks that the feed tests rely on must themselves catch broken files.
import { describe, expect, it } from 'vitest';

import { readAtomFeed } from '../support/atom-checks';
import { readCalendar } from '../support/ical-checks';

const atom = (entry: string, head = '<author><name>P</name></author>') =>
  `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><id>https://x.test/f</id><title>F</title>
<updated>2030-01-01T00:00:00Z</updated>${head}${entry}</feed>`;
const goodEntry = `<entry><id>tag:x.test,2026:a</id><title>A</title>
<updated>2030-01-01T00:00:00Z</updated><link href="https://x.test/a"/></entry>`;

describe('readAtomFeed', () => {
  it('accepts a minimal valid feed', () => {
    expect(readAtomFeed(atom(goodEntry)).feed.items).toHaveLength(1);
  });

  it.each([
    ['a "<" in an attribute', goodEntry.replace('<title>', '<title type="<">')],
    ['an unescaped "&"', goodEntry.replace('<title>A', '<title>A & B')],
    ['an unclosed element', goodEntry.replace('</title>', '')],
    ['an entry without id', goodEntry.replace('<id>tag:x.test,2026:a</id>', '')],
    ['a relative link', goodEntry.replace('https://x.test/a', '/a')],
    ['a date that is not RFC 3339', goodEntry.replace('2030-01-01T00:00:00Z', '1 Jan 2030')],
    ['an entry without a link', goodEntry.replace('<link href="https://x.test/a"/>', '')],
  ])('rejects %s', (_, entry) => {
    expect(() => readAtomFeed(atom(entry))).toThrow();
  });

  it('rejects entries without any author', () => {
    expect(() => readAtomFeed(atom(goodEntry, ''))).toThrow(/author/);
  });
});

describe('readCalendar', () => {
  const calendar = (event: string) =>
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//x//y//EN', event, 'END:VCALENDAR'].join('\r\n');
  const event = [
    'BEGIN:VEVENT',
    'UID:a@x',
    'DTSTAMP:20300101T000000Z',
    'DTSTART;VALUE=DATE:20300102',
  ];

  it('reads an all-day event', () => {
    const [read] = readCalendar(calendar([...event, 'END:VEVENT'].join('\r\n'))).events;
    expect(read!.start.isDate).toBe(true);
    expect(read!.start.toString()).toBe('2030-01-02');
  });

  it('rejects a malformed line and an event without UID', () => {
    expect(() =>
      readCalendar(calendar([...event, 'NOT A LINE', 'END:VEVENT'].join('\r\n'))),
    ).toThrow();
    expect(() =>
      readCalendar(
        calendar([...event.filter((l) => !l.startsWith('UID')), 'END:VEVENT'].join('\r\n')),
      ),
    ).toThrow();
  });
});
