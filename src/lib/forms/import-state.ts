/** What an import page shows after a check or an import, already in the editor's language. */
export type ImportState = {
  summary: string;
  /** Every invalid row: its line, the column at fault (when one is) and why. */
  errors: { line: number; field?: string; reason: string }[];
  committed: boolean;
} | null;
