// The ziggurat tables of math/rand's NormFloat64 (normal.go: kn, wn, fn) and
// ExpFloat64 (exp.go: ke, we, fe), rebuilt with Marsaglia & Tsang's
// construction ("The Ziggurat Method for Generating Random Variables",
// 2000) over Go's own Exp and Log, which reproduces all 1152 entries of Go
// 1.19's tables exactly (natives.test.ts compares them with hashes of Go's).
import { exp, log } from '../expLog.js';

export interface Ziggurat {
  k: Uint32Array;
  w: Float32Array;
  f: Float32Array;
}

let normal: Ziggurat | null = null;
let expo: Ziggurat | null = null;

export function normalTables(): Ziggurat {
  if (normal !== null) return normal;
  const k = new Uint32Array(128);
  const w = new Float32Array(128);
  const f = new Float32Array(128);
  let dn = 3.442619855899;
  let tn = dn;
  const vn = 9.91256303526217e-3;
  const m1 = 2147483648.0;
  const q = vn / exp(-0.5 * dn * dn);
  k[0] = Math.trunc((dn / q) * m1);
  k[1] = 0;
  w[0] = q / m1;
  w[127] = dn / m1;
  f[0] = 1;
  f[127] = exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * log(vn / dn + exp(-0.5 * dn * dn)));
    k[i + 1] = Math.trunc((dn / tn) * m1);
    tn = dn;
    f[i] = exp(-0.5 * dn * dn);
    w[i] = dn / m1;
  }
  normal = { k, w, f };
  return normal;
}

export function expTables(): Ziggurat {
  if (expo !== null) return expo;
  const k = new Uint32Array(256);
  const w = new Float32Array(256);
  const f = new Float32Array(256);
  let de = 7.697117470131487;
  let te = de;
  const ve = 3.949659822581572e-3;
  const m2 = 4294967296.0;
  const q = ve / exp(-de);
  k[0] = Math.trunc((de / q) * m2);
  k[1] = 0;
  w[0] = q / m2;
  w[255] = de / m2;
  f[0] = 1;
  f[255] = exp(-de);
  for (let i = 254; i >= 1; i--) {
    de = -log(ve / de + exp(-de));
    k[i + 1] = Math.trunc((de / te) * m2);
    te = de;
    f[i] = exp(-de);
    w[i] = de / m2;
  }
  expo = { k, w, f };
  return expo;
}
