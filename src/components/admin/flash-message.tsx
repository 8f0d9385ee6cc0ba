/** The outcome of the previous step (after a redirect), announced politely. */
export const FlashMessage = ({ message }: { message?: string | null }) =>
  message ? (
    <p role="status" className="rounded border-l-4 border-brand-700 bg-brand-50 p-3">
      {message}
    </p>
  ) : null;
