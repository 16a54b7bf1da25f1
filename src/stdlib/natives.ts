// Every native of chanscope's standard library, by Go's linker name
// (`fmt.Println`, `sync.(*Mutex).Lock`); see src/vm/native.ts.
import type { NativeImpl } from '../vm/native.js';
import { atomicNatives } from './atomic/natives.js';
import { bytesNatives } from './bytes/natives.js';
import { bitsNatives } from './math/bits/natives.js';
import { mathNatives } from './math/natives.js';
import { randNatives } from './math/rand/natives.js';
import { stringsNatives } from './strings/natives.js';
import { unicodeNatives } from './unicode/natives.js';
import { utf8Natives } from './unicode/utf8/natives.js';
import { fmtNatives } from './fmt/natives.js';
import { osNatives } from './os/natives.js';
import { reflectliteNatives } from './reflectlite/natives.js';
import { runtimeNatives } from './runtime/natives.js';
import { sortNatives } from './sort/natives.js';
import { strconvNatives } from './strconv/natives.js';
import { syncNatives } from './sync/natives.js';
import { timeNatives } from './time/index.js';

function merge(...maps: ReadonlyMap<string, NativeImpl>[]): Map<string, NativeImpl> {
  const out = new Map<string, NativeImpl>();
  for (const m of maps) {
    for (const [k, v] of m) {
      if (out.has(k)) throw new Error(`chanscope: native ${k} defined twice`);
      out.set(k, v);
    }
  }
  return out;
}

export const allNatives: ReadonlyMap<string, NativeImpl> = merge(syncNatives, runtimeNatives, osNatives, timeNatives, fmtNatives, atomicNatives, reflectliteNatives, strconvNatives, sortNatives,
  stringsNatives, bytesNatives, unicodeNatives, utf8Natives, mathNatives, bitsNatives, randNatives,
);
