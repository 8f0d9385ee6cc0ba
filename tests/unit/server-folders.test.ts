import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const SERVER = path.resolve('src/server');

/** The folder (domain) of src/server a file belongs to; files at the top level are their own. */
const folderOf = (file: string) => path.relative(SERVER, file).split(path.sep)[0]!;

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });

/** Which src/server folders each folder imports (tests excluded: they may reach anywhere). */
const folderGraph = () => {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SERVER)) {
    const from = folderOf(file);
    const targets = graph.get(from) ?? new Set<string>();
    graph.set(from, targets);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) {
      const resolved = specifier!.startsWith('@/server/')
        ? path.join(SERVER, specifier!.slice('@/server/'.length))
        : specifier!.startsWith('.')
          ? path.resolve(path.dirname(file), specifier!)
          : null;
      if (!resolved || !resolved.startsWith(SERVER + path.sep)) continue;
      const to = folderOf(resolved);
      if (to !== from) targets.add(to);
    }
  }
  return graph;
};

/** Every cycle, as the path of folders that closes it (each reported once). */
const findCycles = (graph: Map<string, Set<string>>) => {
  const cycles = new Set<string>();
  const walk = (start: string, at: string, trail: string[]) => {
    for (const next of graph.get(at) ?? []) {
      if (next === start) {
        const rotated = [...trail];
        const smallest = rotated.indexOf([...rotated].sort()[0]!);
        cycles.add([...rotated.slice(smallest), ...rotated.slice(0, smallest)].join(' → '));
      } else if (!trail.includes(next) && next > start) {
        walk(start, next, [...trail, next]);
      }
    }
  };
  for (const folder of graph.keys()) walk(folder, folder, [folder]);
  return [...cycles].sort();
};

describe('src/server folders', () => {
  it('import one another without cycles, so each domain can be read and changed on its own', () => {
    expect(findCycles(folderGraph())).toEqual([]);
  });
});
