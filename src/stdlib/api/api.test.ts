// Structural checks of the declared standard-library API: every package has a
// source whose package clause fits its import path (Go's rule, with the
// major-version suffix of math/rand/v2 skipped), every import names another
// api package, and the import graph has no cycle (the Go spec forbids import
// cycles; the checker loads these packages depth-first).
import { describe, expect, it } from 'vitest';
import { availablePackages, stdlibApi } from './index.js';

/** The package name Go expects for an import path: its last element, or the
 * one before it when the last is a major version suffix such as v2. */
function expectedPackageName(path: string): string {
  const parts = path.split('/');
  const last = parts[parts.length - 1];
  if (/^v[0-9]+$/.test(last) && parts.length > 1) return parts[parts.length - 2];
  return last;
}

/** Source text with comments blanked out, so that commented-out text cannot
 * match the clause patterns below (string literals in these files contain
 * neither comment markers nor import clauses). */
function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, '');
}

function packageClause(src: string): string | undefined {
  return /^\s*package\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(stripComments(src))?.[1];
}

/** Import paths of a source: single imports and parenthesized import groups. */
function importsOf(src: string): string[] {
  const text = stripComments(src);
  const paths: string[] = [];
  for (const m of text.matchAll(/^import\s+(?:[A-Za-z_.][A-Za-z0-9_]*\s+)?"([^"]+)"/gm)) paths.push(m[1]);
  for (const m of text.matchAll(/^import\s*\(([\s\S]*?)\)/gm)) {
    for (const q of m[1].matchAll(/"([^"]+)"/g)) paths.push(q[1]);
  }
  return paths;
}

/** Cycles of the import graph of sources, each as "a -> b -> a" (depth-first
 * search with on-stack marks). */
function findImportCycles(sources: ReadonlyMap<string, string>): string[] {
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[] = [];
  const visit = (path: string, stack: string[]): void => {
    const s = state.get(path);
    if (s === 'done') return;
    if (s === 'visiting') {
      cycles.push([...stack.slice(stack.indexOf(path)), path].join(' -> '));
      return;
    }
    state.set(path, 'visiting');
    for (const imp of importsOf(sources.get(path) ?? '')) {
      if (sources.has(imp)) visit(imp, [...stack, path]);
    }
    state.set(path, 'done');
  };
  for (const path of sources.keys()) visit(path, []);
  return cycles;
}

describe('stdlib api', () => {
  it('lists the packages the playground promises', () => {
    for (const path of [
      'fmt', 'time', 'sync', 'sync/atomic', 'context', 'errors', 'strings', 'strconv', 'sort',
      'slices', 'maps', 'cmp', 'math', 'math/rand', 'math/bits', 'runtime', 'os', 'io',
      'unicode', 'unicode/utf8', 'bytes', 'iter', 'golang.org/x/sync/errgroup',
      'golang.org/x/sync/semaphore', 'golang.org/x/time/rate',
    ]) {
      expect(availablePackages).toContain(path);
    }
    expect(new Set(availablePackages).size).toBe(availablePackages.length);
  });

  it('has a source for every available package', () => {
    expect(availablePackages.length).toBe(stdlibApi.size);
    for (const path of availablePackages) {
      const src = stdlibApi.get(path);
      expect(src, path).toBeTypeOf('string');
      expect((src as string).length, path).toBeGreaterThan(0);
    }
  });

  it('names each package after its import path', () => {
    for (const [path, src] of stdlibApi) {
      expect(packageClause(src), path).toBe(expectedPackageName(path));
    }
    expect(expectedPackageName('math/rand/v2')).toBe('rand');
    expect(expectedPackageName('golang.org/x/sync/errgroup')).toBe('errgroup');
  });

  it('imports only other api packages, and nothing the engine cannot run', () => {
    for (const [path, src] of stdlibApi) {
      for (const imp of importsOf(src)) {
        expect(stdlibApi.has(imp), `${path} imports ${imp}`).toBe(true);
        expect(['unsafe', 'reflect', 'C'], `${path} imports ${imp}`).not.toContain(imp);
      }
      expect(src.includes('//go:'), `${path} has a //go: directive`).toBe(false);
    }
  });

  it('finds the imports of a parenthesized import group', () => {
    expect(importsOf('package a\n\nimport (\n\t"errors"\n\tx "sync"\n)\n')).toEqual(['errors', 'sync']);
    expect(importsOf('package a\n\nimport "io"\n// import "fmt"\n')).toEqual(['io']);
  });

  it('has an acyclic import graph', () => {
    expect(findImportCycles(stdlibApi)).toEqual([]);
  });

  it('reports an import cycle', () => {
    const cyclic = new Map([
      ['a', 'package a\n\nimport "b"\n'],
      ['b', 'package b\n\nimport (\n\t"c"\n)\n'],
      ['c', 'package c\n\nimport "a"\n'],
    ]);
    expect(findImportCycles(cyclic)).toEqual(['a -> b -> c -> a']);
  });
});
