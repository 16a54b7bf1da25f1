// Regenerates math/rand's rngCooked table the way Go's gen_cooked.go defines
// it: the additive lagged Fibonacci generator (x[n] = x[n-607] + x[n-273]
// mod 2**64) seeded by srand(1), run for 7.8e12 steps; the table is its state
// vector afterwards. Running 7.8e12 steps is out of reach, so the state is
// computed by jumping ahead: x[m] = sum c_i x[i] where sum c_i t^i is
// t^m mod (t^607 - t^334 - 1), found by square-and-multiply over Z/2**64.
// writeRngCooked.ts stores the result in rngCooked.ts.

const LEN = 607;
const TAP = 273;
const M64 = (1n << 64n) - 1n;

/** gen_cooked.go's seedrand: x*48271 mod (2**31-1) by Schrage's method. */
function seedrand(x: number): number {
  const hi = Math.trunc(x / 44488);
  const lo = x % 44488;
  x = 48271 * lo - 3399 * hi;
  if (x < 0) x += 2147483647;
  return x;
}

/** gen_cooked.go's srand(1): the initial vector (its shifts are 20 and 10, unlike rng.go's Seed). */
export function cookedSeedVector(): bigint[] {
  const vec: bigint[] = new Array(LEN);
  let x = 1;
  for (let i = -20; i < LEN; i++) {
    x = seedrand(x);
    if (i >= 0) {
      let u = BigInt(x) << 20n;
      x = seedrand(x);
      u ^= BigInt(x) << 10n;
      x = seedrand(x);
      u ^= BigInt(x);
      vec[i] = u;
    }
  }
  return vec;
}

/** Reduces a polynomial (coefficients mod 2**64, degree < 2*LEN) modulo t^607 - t^334 - 1. */
function reduce(c: bigint[]): bigint[] {
  for (let d = c.length - 1; d >= LEN; d--) {
    const v = c[d];
    if (v !== 0n) {
      c[d - LEN + (LEN - TAP)] = (c[d - LEN + (LEN - TAP)] + v) & M64;
      c[d - LEN] = (c[d - LEN] + v) & M64;
    }
  }
  c.length = LEN;
  return c;
}

function square(a: bigint[]): bigint[] {
  const out: bigint[] = new Array(2 * LEN - 1).fill(0n);
  for (let i = 0; i < LEN; i++) {
    const ai = a[i];
    if (ai === 0n) continue;
    out[2 * i] += ai * ai;
    const twice = ai << 1n;
    for (let j = i + 1; j < LEN; j++) {
      const aj = a[j];
      if (aj !== 0n) out[i + j] += twice * aj;
    }
  }
  for (let k = 0; k < out.length; k++) out[k] &= M64;
  return reduce(out);
}

function timesT(a: bigint[]): bigint[] {
  const out = [0n, ...a];
  return reduce(out);
}

/** t^n mod (t^607 - t^334 - 1). */
function powT(n: bigint): bigint[] {
  let r: bigint[] = new Array(LEN).fill(0n);
  r[0] = 1n;
  for (let bit = BigInt(n.toString(2).length - 1); bit >= 0n; bit--) {
    r = square(r);
    if ((n >> bit) & 1n) r = timesT(r);
  }
  return r;
}

/**
 * The generator's vector after `steps` calls of vrand (gen_cooked.go), as
 * signed int64 values. Position p holds the value written by the last call
 * whose feed index was p.
 */
export function stateAfter(steps: bigint): bigint[] {
  const init = cookedSeedVector();
  // the sequence y[k] (k >= 1 written by call k) extends back to k in [-606, 0],
  // the initial values: call k writes at feed (334 - k) mod 607, so y[k] = init[(334 - k) mod 607];
  // z[i] = y[i - 606] numbers them from 0 and obeys z[m] = z[m-607] + z[m-273]
  const z = (i: number) => init[(((334 - (i - 606)) % LEN) + LEN) % LEN];
  const zs: bigint[] = Array.from({ length: LEN }, (_, i) => z(i));
  const out: bigint[] = new Array(LEN);
  // position p last received y[j] for the j in [steps-606, steps] with j = 334 - p (mod 607);
  // walk j upwards from steps-606, whose z index is steps: z[m] has coefficients t^m mod P
  let poly = powT(steps);
  for (let k = 0; k < LEN; k++) {
    const j = steps - BigInt(LEN - 1) + BigInt(k);
    let v = 0n;
    for (let i = 0; i < LEN; i++) if (poly[i] !== 0n) v += poly[i] * zs[i];
    const p = Number((((334n - j) % 607n) + 607n) % 607n);
    out[p] = BigInt.asIntN(64, v & M64);
    poly = timesT(poly);
  }
  return out;
}

/** Runs vrand directly (for checking stateAfter on small step counts). */
export function stateBySteps(steps: number): bigint[] {
  const vec = cookedSeedVector().map((v) => v & M64);
  let tap = 0;
  let feed = LEN - TAP;
  for (let k = 0; k < steps; k++) {
    if (--tap < 0) tap += LEN;
    if (--feed < 0) feed += LEN;
    vec[feed] = (vec[feed] + vec[tap]) & M64;
  }
  return vec.map((v) => BigInt.asIntN(64, v));
}

/** gen_cooked.go's step count. */
export const COOKED_STEPS = 7_800_000_000_000n;
