export type DecisionButtonsProps = {
  /** The value and label of the positive decision (`accept`, `approve`…). */
  accept: { value: string; label: string };
  rejectLabel: string;
};

const BUTTON = 'rounded px-4 py-2 font-semibold text-white';

/** A review's two submit buttons: the form's action reads which one was pressed as `decision`. */
export const DecisionButtons = ({ accept, rejectLabel }: DecisionButtonsProps) => (
  <div className="flex flex-wrap gap-4">
    <button
      type="submit"
      name="decision"
      value={accept.value}
      className={`${BUTTON} bg-brand-700 hover:bg-brand-900`}
    >
      {accept.label}
    </button>
    <button
      type="submit"
      name="decision"
      value="reject"
      className={`${BUTTON} bg-alert-700 hover:bg-red-900`}
    >
      {rejectLabel}
    </button>
  </div>
);
