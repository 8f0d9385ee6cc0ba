export type ActionButtonProps = {
  /** A bound server action that redirects when done. */
  action: () => Promise<void>;
  label: string;
  tone?: 'primary' | 'secondary';
};

/** A one-button POST form (publish, unpublish): works without JavaScript. */
export const ActionButton = ({ action, label, tone = 'secondary' }: ActionButtonProps) => (
  <form action={action} className="inline">
    <button
      type="submit"
      className={
        tone === 'primary'
          ? 'rounded bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-900'
          : 'rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-800 hover:bg-brand-50'
      }
    >
      {label}
    </button>
  </form>
);
