// What the check reads from a UN Treaty Collection status page (treaties.un.org, chapter IV).

export type UntcTreaty = 'CAT' | 'OPCAT';

/** How a State became bound: "a" marks an accession, "d" a succession, no marker a ratification. */
export type UntcAction = 'ratification' | 'accession' | 'succession';

export type UntcParticipant = {
  /** As UNTC writes it, footnote numbers left out: "Bolivia (Plurinational State of)". */
  name: string;
  /** Day of signature (YYYY-MM-DD); null when the State did not sign. */
  signedOn: string | null;
  /** Day the instrument was deposited, and which kind; null for a signatory only. */
  deposit: { on: string; by: UntcAction } | null;
};

export type UntcDeclaration = {
  participant: string;
  /** The declaration's or reservation's text, whitespace collapsed. */
  text: string;
};

/** An OPCAT art. 24 declaration postponing Part III or Part IV obligations. */
export type UntcPostponement = UntcDeclaration & {
  /** Part IV is the national preventive mechanism; Part III the Subcommittee's visits. */
  part: 'III' | 'IV';
  /** The period the declaration states ("for three years"); null when it states none. */
  years: number | null;
  /** What the period is added to: the art. 17 deadline, or the Protocol's entry into force. */
  countsFrom: 'art17' | 'entryIntoForce';
};

export type UntcStatusPage = {
  treaty: UntcTreaty;
  /** The "STATUS AS AT" stamp as a day (YYYY-MM-DD), and as printed. */
  statusAsAt: string;
  statusStamp: string;
  participants: UntcParticipant[];
  declarations: UntcDeclaration[];
  postponements: UntcPostponement[];
};

export const UNTC_PAGES: Record<UntcTreaty, { chapter: string; url: string; title: string }> = {
  CAT: {
    chapter: 'IV-9',
    url: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-9&chapter=4&clang=_en',
    title:
      'Status of treaties, chapter IV-9: Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
  },
  OPCAT: {
    chapter: 'IV-9-b',
    url: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=IV-9-b&chapter=4&clang=_en',
    title:
      'Status of treaties, chapter IV-9-b: Optional Protocol to the Convention against Torture',
  },
};
