// strings.Replacer.Replace (replace.go). Go picks one of four algorithms in
// NewReplacer, but they all give the generic replacer's answer: scanning s
// byte by byte, at each position the old string that matches there and comes
// first in the argument list wins (not the longest); an empty old string
// matches at every byte position, but not twice in a row at the same one.
import type { Slice, Value } from '../../vm/value.js';

interface Compiled {
  olds: string[];
  news: string[];
  /** first byte -> indexes of the non-empty olds starting with it, in argument order */
  byFirst: Map<number, number[]>;
  /** index of the first empty old, or -1 */
  empty: number;
}

/** Compiled per Replacer (its oldnew copy is private to it and never changes). */
const compiled = new WeakMap<object, Compiled>();

function compile(oldnew: Slice | null): Compiled {
  const olds: string[] = [];
  const news: string[] = [];
  const byFirst = new Map<number, number[]>();
  let empty = -1;
  const n = oldnew === null ? 0 : oldnew.len;
  for (let i = 0; i + 1 < n; i += 2) {
    const o = (oldnew as Slice).arr[(oldnew as Slice).off + i] as string;
    const k = olds.length;
    olds.push(o);
    news.push((oldnew as Slice).arr[(oldnew as Slice).off + i + 1] as string);
    if (o === '') {
      if (empty < 0) empty = k;
      continue;
    }
    const c = o.charCodeAt(0);
    let list = byFirst.get(c);
    if (list === undefined) byFirst.set(c, (list = []));
    list.push(k);
  }
  return { olds, news, byFirst, empty };
}

export function replacerReplace(r: Value, s: string): string {
  const rv = r as Value[];
  let m = compiled.get(rv);
  if (m === undefined) {
    m = compile(rv[0] as Slice | null);
    compiled.set(rv, m);
  }
  let out = '';
  let last = 0;
  let prevMatchEmpty = false;
  for (let i = 0; i <= s.length; ) {
    let best = -1;
    if (i < s.length) {
      const list = m.byFirst.get(s.charCodeAt(i));
      if (list !== undefined) {
        for (const k of list) {
          if (s.startsWith(m.olds[k], i)) {
            best = k;
            break;
          }
        }
      }
    }
    if (m.empty >= 0 && !prevMatchEmpty && (best < 0 || m.empty < best)) best = m.empty;
    if (best < 0) {
      prevMatchEmpty = false;
      i++;
      continue;
    }
    const keylen = m.olds[best].length;
    prevMatchEmpty = keylen === 0;
    out += s.substring(last, i) + m.news[best];
    i += keylen;
    last = i;
  }
  if (last === 0 && out === '') return s;
  return out + s.substring(last);
}
