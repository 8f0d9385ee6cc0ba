import { type ChildNode, type Element, isTag, isText } from 'domhandler';
import { findAll, findOne, getAttributeValue } from 'domutils';
import { parseDocument } from 'htmlparser2';

import { cleanText, parseUntcDate, UntcPageError } from './parse-untc-date';
import { readPostponement } from './read-postponement';
import type { UntcDeclaration, UntcParticipant, UntcStatusPage, UntcTreaty } from './untc-page';

// Footnote numbers (<sup>) and the grid's hidden copy of the participant's name are not text.
const SKIPPED = new Set(['sup', 'superscript', 'script', 'style']);

const textOf = (node: ChildNode): string => {
  if (isText(node)) return node.data;
  if (!isTag(node) || SKIPPED.has(node.name)) return '';
  if (node.name === 'br') return ' ';
  if (node.name === 'p' && getAttributeValue(node, 'class') === 'invisible') return '';
  return node.children.map(textOf).join(' ');
};

const text = (node: ChildNode) => cleanText(textOf(node));

const childTags = (node: Element, names: string[]) =>
  node.children.filter((child): child is Element => isTag(child) && names.includes(child.name));

const rowsOf = (table: Element) => [
  ...childTags(table, ['tr']),
  ...childTags(table, ['tbody', 'thead']).flatMap((part) => childTags(part, ['tr'])),
];

const cellsOf = (row: Element) => childTags(row, ['td', 'th']);

/** The table headed "Participant | Signature | … Ratification": the only one with that header. */
const findParticipantsTable = (tables: Element[]) =>
  tables.find((table) => {
    const header = rowsOf(table)[0];
    const cells = header ? cellsOf(header).map(text) : [];
    return (
      cells.length >= 3 &&
      /^Participant/i.test(cells[0]!) &&
      /Signature/i.test(cells[1]!) &&
      /Ratification|Accession/i.test(cells[2]!)
    );
  });

const readParticipants = (table: Element): UntcParticipant[] =>
  rowsOf(table)
    .slice(1)
    .map(cellsOf)
    .filter((cells) => cells.length >= 3 && text(cells[0]!) !== '')
    .map((cells) => {
      const name = text(cells[0]!);
      const signature = parseUntcDate(textOf(cells[1]!), `${name}, signature`);
      return {
        name,
        signedOn: signature?.on ?? null,
        deposit: parseUntcDate(textOf(cells[2]!), `${name}, ratification or accession`),
      };
    });

/** "STATUS AS AT : 03-02-2026 10:16:18 EDT" (day-month-year) → 2026-02-03. */
const readStamp = (root: ChildNode[]) => {
  const element = findOne(
    (el) => el.children.some((child) => isText(child) && /STATUS AS AT/i.test(child.data)),
    root,
  );
  const stamp = element ? text(element) : '';
  const match = /STATUS AS AT\s*:\s*(\d{2})-(\d{2})-(\d{4})/i.exec(stamp);
  if (!element || !match)
    throw new UntcPageError('No "STATUS AS AT" stamp: not a UNTC status page');
  return { statusAsAt: `${match[3]}-${match[2]}-${match[1]}`, statusStamp: stamp };
};

/** The treaty is named in the header that follows the stamp. */
const readTreaty = (bodyText: string): UntcTreaty => {
  const header = bodyText.slice(bodyText.search(/STATUS AS AT/i)).slice(0, 800);
  if (/Optional Protocol to the Convention against Torture/i.test(header)) return 'OPCAT';
  if (/Convention against Torture and Other Cruel/i.test(header)) return 'CAT';
  throw new UntcPageError('Neither the CAT (IV-9) nor the OPCAT (IV-9-b) status page');
};

/** The "Declarations and Reservations" grid: a participant heading, then its texts. */
const readDeclarations = (root: ChildNode[]): UntcDeclaration[] => {
  const grid = findOne((el) => /_dgDec$/.test(getAttributeValue(el, 'id') ?? ''), root);
  if (!grid) return [];
  return findAll((el) => getAttributeValue(el, 'class') === 'heading-two', [grid]).flatMap(
    (heading) => {
      const body = findOne(
        (el) => getAttributeValue(el, 'class') === 'content-two',
        heading.parent ? [heading.parent] : [],
      );
      const content = body ? text(body) : '';
      // A withdrawn declaration leaves only its footnote: no text.
      return content ? [{ participant: text(heading), text: content }] : [];
    },
  );
};

/**
 * Reads a UNTC status page of CAT or OPCAT as saved from treaties.un.org (the site's HTML, with its
 * navigation and scripts). Throws UntcPageError when the page has no participants table or stamp.
 */
export const parseUntcPage = (html: string): UntcStatusPage => {
  const document = parseDocument(html);
  const root = document.children;
  const { statusAsAt, statusStamp } = readStamp(root);
  const treaty = readTreaty(cleanText(root.map(textOf).join(' ')));
  const table = findParticipantsTable(findAll((el) => el.name === 'table', root));
  if (!table) throw new UntcPageError(`No participants table on the ${treaty} status page`);
  const participants = readParticipants(table);
  if (participants.length === 0) {
    throw new UntcPageError(`The participants table of the ${treaty} status page is empty`);
  }
  const declarations = readDeclarations(root);
  const postponements =
    treaty === 'OPCAT' ? declarations.flatMap((d) => readPostponement(d) ?? []) : [];
  return { treaty, statusAsAt, statusStamp, participants, declarations, postponements };
};
