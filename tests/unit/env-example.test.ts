import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

// Set by Node.js, Next.js or the test runner, not by whoever deploys the portal.
const NOT_SETTINGS = new Set(['NODE_ENV', 'NEXT_RUNTIME', 'TZ', 'NEXTAUTH_URL']);

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [file] : [];
  });

/** Every variable the portal's code reads: `process.env.X`, and `env.X` from src/env.ts. */
const settingsRead = () => {
  const files = ['src', 'scripts', 'prisma', 'tests/e2e'].flatMap(sourceFiles);
  files.push('next.config.ts', 'playwright.config.ts', 'prisma.config.ts');
  const names = new Set<string>();
  for (const file of files) {
    for (const [, name] of readFileSync(file, 'utf8').matchAll(/\benv\.([A-Z][A-Z0-9_]+)\b/g)) {
      if (!NOT_SETTINGS.has(name!)) names.add(name!);
    }
  }
  return [...names].sort();
};

describe('.env.example', () => {
  it('lists every setting the code reads', () => {
    const example = readFileSync('.env.example', 'utf8');
    const missing = settingsRead().filter((name) => !new RegExp(`\\b${name}\\b`).test(example));
    expect(missing).toEqual([]);
  });
});
