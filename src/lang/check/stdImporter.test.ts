// Every standard package chanscope provides (src/stdlib/api) must parse and
// type-check cleanly with this checker, and imports of it must resolve.
import { describe, expect, it } from 'vitest';
import { stdlibApi } from '../../stdlib/api/index.js';
import { loadStdPackage, stdImporter } from './stdImporter.js';

describe('declared standard library API', () => {
  for (const path of stdlibApi.keys()) {
    it(`${path} type-checks without diagnostics`, () => {
      const l = loadStdPackage(path);
      expect(l).toBeDefined();
      const msgs = l!.diagnostics.map((d) => {
        const p = d.file.position(d.offset);
        return `${p.filename}:${p.line}:${p.column}: ${d.message}`;
      });
      expect(msgs).toEqual([]);
      expect(l!.pkg.complete).toBe(true);
    });
  }

  it('resolves imports to the same package object and unknown paths to undefined', () => {
    expect(stdImporter.importPackage('sync')).toBe(stdImporter.importPackage('sync'));
    expect(stdImporter.importPackage('net/http')).toBeUndefined();
  });

  it('exports the declared API (sync.WaitGroup has Add, Done, Wait)', () => {
    const sync = stdImporter.importPackage('sync')!;
    const wg = sync.scope.lookup('WaitGroup')!;
    expect(wg.kind).toBe('type');
    const t = wg.type!;
    expect(t.tag).toBe('Named');
    if (t.tag === 'Named') expect(t.methods.map((m) => m.name).sort()).toEqual(expect.arrayContaining(['Add', 'Done', 'Wait']));
  });
});
