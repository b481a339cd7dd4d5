/** Where a refusal shows: always in the page, so screen readers hear it when it appears. */
export function RefusalMessage({ error }: { error: string | null }) {
  return (
    <p className="form-error" role="alert">
      {error}
    </p>
  );
}
