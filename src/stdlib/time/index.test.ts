// Every function and method that package time's declared API
// (src/stdlib/api/time.ts) leaves without a body has a native here, under
// Go's linker name; and every native answers to a declaration (or to the
// registration hook proposed for the API's init).
import { describe, expect, it } from 'vitest';
import { source } from '../api/time.js';
import { timeNatives } from './index.js';

/** Linker names of the body-less func declarations of a Go source (one-line signatures). */
function bodylessFuncs(pkg: string, src: string): string[] {
  const names: string[] = [];
  for (const line of src.split('\n')) {
    const l = line.trimEnd();
    // a declaration with a body ends its line with `{` (or `}` when it is a one-liner)
    if (l.endsWith('{') || l.endsWith('}')) continue;
    const m = /^func (?:\((\w+) (\*?)(\w+)\) )?(\w+)\(/.exec(l);
    if (!m) continue;
    const [, recv, star, recvType, name] = m;
    if (recv === undefined) names.push(`${pkg}.${name}`);
    else names.push(star ? `${pkg}.(*${recvType}).${name}` : `${pkg}.${recvType}.${name}`);
  }
  return names;
}

describe('timeNatives', () => {
  const declared = bodylessFuncs('time', source);

  it('covers every body-less function of api/time.ts', () => {
    expect(declared.length).toBeGreaterThan(50);
    expect(declared.filter((n) => !timeNatives.has(n))).toEqual([]);
  });

  it('has no native without a declaration (except the proposed location registration)', () => {
    const extra = [...timeNatives.keys()].filter((n) => !declared.includes(n));
    expect(extra.filter((n) => n !== 'time.registerLocations')).toEqual([]);
  });

  it('only Sleep blocks', () => {
    expect([...timeNatives].filter(([, impl]) => impl.kind === 'blocking').map(([n]) => n)).toEqual(['time.Sleep']);
  });
});
