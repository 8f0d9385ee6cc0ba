import type { createFormatter } from 'use-intl/core';

type Formatter = Pick<ReturnType<typeof createFormatter>, 'number'>;

/** A file's size in the reader's language: kB under a megabyte, MB with one decimal above. */
export const formatFileSize = (format: Formatter, bytes: number) =>
  bytes < 1024 * 1024
    ? format.number(Math.max(1, Math.round(bytes / 1024)), { style: 'unit', unit: 'kilobyte' })
    : format.number(bytes / (1024 * 1024), {
        style: 'unit',
        unit: 'megabyte',
        maximumFractionDigits: 1,
      });
