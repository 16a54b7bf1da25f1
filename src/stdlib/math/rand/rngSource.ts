// Go 1.19's math/rand source (rng.go): an additive lagged Fibonacci
// generator over 607 uint64 words, x[n] = x[n-607] + x[n-273], seeded by
// seedrand (Park-Miller via Schrage) mixed with the rngCooked table. Words
// are kept as hi/lo 32-bit halves so no BigInt is needed per number drawn.
import { rngCookedHex } from './rngCooked.js';

const LEN = 607;
const TAP = 273;
const INT32MAX = 2147483647;

let cookedHi: Uint32Array | null = null;
let cookedLo: Uint32Array | null = null;

function cooked(): [Uint32Array, Uint32Array] {
  if (cookedHi === null || cookedLo === null) {
    cookedHi = new Uint32Array(LEN);
    cookedLo = new Uint32Array(LEN);
    for (let i = 0; i < LEN; i++) {
      cookedHi[i] = parseInt(rngCookedHex.substr(i * 16, 8), 16);
      cookedLo[i] = parseInt(rngCookedHex.substr(i * 16 + 8, 8), 16);
    }
  }
  return [cookedHi, cookedLo];
}

/** rng.go's seedrand: x*48271 mod (2**31-1). */
function seedrand(x: number): number {
  const hi = Math.trunc(x / 44488);
  const lo = x % 44488;
  x = 48271 * lo - 3399 * hi;
  if (x < 0) x += INT32MAX;
  return x;
}

export class RngSource {
  private readonly hi = new Uint32Array(LEN);
  private readonly lo = new Uint32Array(LEN);
  private tap = 0;
  private feed = 0;
  /** The last word drawn (Uint64), as halves. */
  outHi = 0;
  outLo = 0;

  constructor(seed: number | bigint) {
    this.seed(seed);
  }

  /** rngSource.Seed. */
  seed(seed: number | bigint): void {
    this.tap = 0;
    this.feed = LEN - TAP;
    let s = typeof seed === 'bigint' ? Number(seed % BigInt(INT32MAX)) : seed % INT32MAX;
    if (s < 0) s += INT32MAX;
    if (s === 0) s = 89482311;
    const [ch, cl] = cooked();
    let x = s;
    for (let i = -20; i < LEN; i++) {
      x = seedrand(x);
      if (i >= 0) {
        // u = x<<40 ^ x'<<20 ^ x'' ^ rngCooked[i], in 64 bits
        let hi = (x << 8) >>> 0;
        let lo = 0;
        x = seedrand(x);
        hi ^= x >>> 12;
        lo ^= (x << 20) >>> 0;
        x = seedrand(x);
        lo ^= x;
        this.hi[i] = (hi ^ ch[i]) >>> 0;
        this.lo[i] = (lo ^ cl[i]) >>> 0;
      }
    }
  }

  /** rngSource.Uint64: leaves the word in outHi/outLo. */
  next(): void {
    if (--this.tap < 0) this.tap += LEN;
    if (--this.feed < 0) this.feed += LEN;
    const f = this.feed;
    const t = this.tap;
    const lo = this.lo[f] + this.lo[t];
    const carry = lo > 0xffffffff ? 1 : 0;
    this.lo[f] = lo;
    this.hi[f] = this.hi[f] + this.hi[t] + carry;
    this.outHi = this.hi[f];
    this.outLo = this.lo[f];
  }

  /** Int63 as halves: outHi has the sign bit cleared. */
  next63(): void {
    this.next();
    this.outHi &= 0x7fffffff;
  }
}

/** An int64/uint64 from halves in the VM's canonical form (number when safe). */
export function int64Value(hi: number, lo: number): number | bigint {
  if (hi < 0x200000) return hi * 4294967296 + lo;
  return (BigInt(hi) << 32n) | BigInt(lo);
}
