import type { ReactNode } from 'react';

export type ContentSectionProps = {
  /** The heading's id, which names the section for assistive technology. */
  id: string;
  heading: string;
  /** Secondary sections (notes, sources) get a smaller heading. */
  minor?: boolean;
  className?: string;
  children: ReactNode;
};

/** A titled section of a public content page. */
export const ContentSection = ({
  id,
  heading,
  minor = false,
  className = 'space-y-2',
  children,
}: ContentSectionProps) => (
  <section aria-labelledby={id} className={className}>
    <h2 id={id} className={minor ? 'text-xl font-semibold' : 'text-2xl font-semibold'}>
      {heading}
    </h2>
    {children}
  </section>
);
