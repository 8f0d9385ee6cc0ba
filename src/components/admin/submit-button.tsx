'use client';

import { useFormStatus } from 'react-dom';

export type SubmitButtonProps = {
  label: string;
  pendingLabel: string;
  tone?: 'primary' | 'danger';
};

export const SubmitButton = ({ label, pendingLabel, tone = 'primary' }: SubmitButtonProps) => {
  const { pending } = useFormStatus();
  const colors =
    tone === 'danger' ? 'bg-alert-700 hover:bg-red-900' : 'bg-brand-700 hover:bg-brand-900';
  return (
    <button
      type="submit"
      aria-disabled={pending || undefined}
      className={`rounded px-4 py-2 font-semibold text-white ${colors}`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
};
