// Test support: the input stream of testdata/gen_hashes.go (splitmix64 over
// specials, raw bit patterns, uniform, log-uniform and quarter-integer
// values) and its FNV-1a result hash, so natives.test.ts compares with Go
// over thousands of inputs per function.
import { fromWords, ldexp } from './floatBits.js';

const M64 = (1n << 64n) - 1n;

export class SplitMix64 {
  constructor(private s: bigint) {}
  next(): bigint {
    this.s = (this.s + 0x9e3779b97f4a7c15n) & M64;
    let z = this.s;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M64;
    return z ^ (z >> 31n);
  }
}

export const specials = [0, -0, Infinity, -Infinity, NaN, 1, -1, 0.5, -0.5, 2, -2, 3, -3, Math.PI, -Math.PI, Math.PI / 2,
  Math.PI / 4, 1e-310, -1e-310, 5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324, 1e300, -1e300, 2 ** 29, 2 ** 52,
  2 ** 53, 1e22, 0.1, 0.7071067811865476, 21, 33, 34, 171, 172];

export function inputs(seed: bigint, n: number, r: number, emax: number): number[] {
  const g = new SplitMix64(seed);
  const out = specials.slice();
  for (let i = 0; i < n; i++) {
    const u = g.next();
    let x: number;
    switch (i % 4) {
      case 0:
        x = fromWords(Number(u >> 32n), Number(u & 0xffffffffn));
        break;
      case 1:
        x = (Number(u >> 11n) * 2 ** -53 * 2 - 1) * r;
        break;
      case 2: {
        const e = Number((u >> 53n) % BigInt(2 * emax + 1)) - emax;
        x = ldexp(1 + Number(u & ((1n << 52n) - 1n)) / 2 ** 52, e);
        if (u >> 63n === 1n) x = -x;
        break;
      }
      default:
        x = (Number((u >> 40n) % 41n) - 20) * 0.25;
    }
    out.push(x);
  }
  return out;
}

/** FNV-1a 64 over the bits of each result (all NaNs hash as Go's NaN()). */
export class Fnv64 {
  h = 14695981039346656037n;
  private readonly buf = new DataView(new ArrayBuffer(8));
  u64(v: bigint): void {
    for (let i = 0n; i < 8n; i++) this.h = ((this.h ^ ((v >> (8n * i)) & 0xffn)) * 1099511628211n) & M64;
  }
  f(x: number): void {
    if (x !== x) {
      this.u64(0x7ff8000000000001n);
      return;
    }
    this.buf.setFloat64(0, x);
    this.u64(this.buf.getBigUint64(0));
  }
  hex(): string {
    return this.h.toString(16).padStart(16, '0');
  }
}
