// Bessel functions of the first and second kinds (j0.go, j1.go, jn.go of
// Go 1.19, after FreeBSD's e_j0.c/e_j1.c/e_jn.c): rational approximations
// near zero, asymptotic forms with the pzero/qzero/pone/qone corrections
// beyond 2, recurrences for order n.
import { log } from './expLog.js';
import { cos, sincos } from './trig.js';

const INV_SQRTPI = 0.5641895835477563; // float64(1/SqrtPi)
const TWO_OVER_PI = 0.6366197723675814; // float64(2/Pi)
const HALF_MAX = Number.MAX_VALUE / 2;
const TWO129 = 2 ** 129;
const TWO_M27 = 2 ** -27;

// Coefficients of the asymptotic corrections, by range of x: [8, inf), [4.5454, 8), [2.8571, 4.5454), [2, 2.8571).
const p0R8 = [0.00000000000000000000e+00, -7.03124999999900357484e-02, -8.08167041275349795626e+00, -2.57063105679704847262e+02, -2.48521641009428822144e+03, -5.25304380490729545272e+03];
const p0S8 = [1.16534364619668181717e+02, 3.83374475364121826715e+03, 4.05978572648472545552e+04, 1.16752972564375915681e+05, 4.76277284146730962675e+04];
const p0R5 = [-1.14125464691894502584e-11, -7.03124940873599280078e-02, -4.15961064470587782438e+00, -6.76747652265167261021e+01, -3.31231299649172967747e+02, -3.46433388365604912451e+02];
const p0S5 = [6.07539382692300335975e+01, 1.05125230595704579173e+03, 5.97897094333855784498e+03, 9.62544514357774460223e+03, 2.40605815922939109441e+03];
const p0R3 = [-2.54704601771951915620e-09, -7.03119616381481654654e-02, -2.40903221549529611423e+00, -2.19659774734883086467e+01, -5.80791704701737572236e+01, -3.14479470594888503854e+01];
const p0S3 = [3.58560338055209726349e+01, 3.61513983050303863820e+02, 1.19360783792111533330e+03, 1.12799679856907414432e+03, 1.73580930813335754692e+02];
const p0R2 = [-8.87534333032526411254e-08, -7.03030995483624743247e-02, -1.45073846780952986357e+00, -7.63569613823527770791e+00, -1.11931668860356747786e+01, -3.23364579351335335033e+00];
const p0S2 = [2.22202997532088808441e+01, 1.36206794218215208048e+02, 2.70470278658083486789e+02, 1.53875394208320329881e+02, 1.46576176948256193810e+01];
const q0R8 = [0.00000000000000000000e+00, 7.32421874999935051953e-02, 1.17682064682252693899e+01, 5.57673380256401856059e+02, 8.85919720756468632317e+03, 3.70146267776887834771e+04];
const q0S8 = [1.63776026895689824414e+02, 8.09834494656449805916e+03, 1.42538291419120476348e+05, 8.03309257119514397345e+05, 8.40501579819060512818e+05, -3.43899293537866615225e+05];
const q0R5 = [1.84085963594515531381e-11, 7.32421766612684765896e-02, 5.83563508962056953777e+00, 1.35111577286449829671e+02, 1.02724376596164097464e+03, 1.98997785864605384631e+03];
const q0S5 = [8.27766102236537761883e+01, 2.07781416421392987104e+03, 1.88472887785718085070e+04, 5.67511122894947329769e+04, 3.59767538425114471465e+04, -5.35434275601944773371e+03];
const q0R3 = [4.37741014089738620906e-09, 7.32411180042911447163e-02, 3.34423137516170720929e+00, 4.26218440745412650017e+01, 1.70808091340565596283e+02, 1.66733948696651168575e+02];
const q0S3 = [4.87588729724587182091e+01, 7.09689221056606015736e+02, 3.70414822620111362994e+03, 6.46042516752568917582e+03, 2.51633368920368957333e+03, -1.49247451836156386662e+02];
const q0R2 = [1.50444444886983272379e-07, 7.32234265963079278272e-02, 1.99819174093815998816e+00, 1.44956029347885735348e+01, 3.16662317504781540833e+01, 1.62527075710929267416e+01];
const q0S2 = [3.03655848355219184498e+01, 2.69348118608049844624e+02, 8.44783757595320139444e+02, 8.82935845112488550512e+02, 2.12666388511798828631e+02, -5.31095493882666946917e+00];
const p1R8 = [0.00000000000000000000e+00, 1.17187499999988647970e-01, 1.32394806593073575129e+01, 4.12051854307378562225e+02, 3.87474538913960532227e+03, 7.91447954031891731574e+03];
const p1S8 = [1.14207370375678408436e+02, 3.65093083420853463394e+03, 3.69562060269033463555e+04, 9.76027935934950801311e+04, 3.08042720627888811578e+04];
const p1R5 = [1.31990519556243522749e-11, 1.17187493190614097638e-01, 6.80275127868432871736e+00, 1.08308182990189109773e+02, 5.17636139533199752805e+02, 5.28715201363337541807e+02];
const p1S5 = [5.92805987221131331921e+01, 9.91401418733614377743e+02, 5.35326695291487976647e+03, 7.84469031749551231769e+03, 1.50404688810361062679e+03];
const p1R3 = [3.02503916137373618024e-09, 1.17186865567253592491e-01, 3.93297750033315640650e+00, 3.51194035591636932736e+01, 9.10550110750781271918e+01, 4.85590685197364919645e+01];
const p1S3 = [3.47913095001251519989e+01, 3.36762458747825746741e+02, 1.04687139975775130551e+03, 8.90811346398256432622e+02, 1.03787932439639277504e+02];
const p1R2 = [1.07710830106873743082e-07, 1.17176219462683348094e-01, 2.36851496667608785174e+00, 1.22426109148261232917e+01, 1.76939711271687727390e+01, 5.07352312588818499250e+00];
const p1S2 = [2.14364859363821409488e+01, 1.25290227168402751090e+02, 2.32276469057162813669e+02, 1.17679373287147100768e+02, 8.36463893371618283368e+00];
const q1R8 = [0.00000000000000000000e+00, -1.02539062499992714161e-01, -1.62717534544589987888e+01, -7.59601722513950107896e+02, -1.18498066702429587167e+04, -4.84385124285750353010e+04];
const q1S8 = [1.61395369700722909556e+02, 7.82538599923348465381e+03, 1.33875336287249578163e+05, 7.19657723683240939863e+05, 6.66601232617776375264e+05, -2.94490264303834643215e+05];
const q1R5 = [-2.08979931141764104297e-11, -1.02539050241375426231e-01, -8.05644828123936029840e+00, -1.83669607474888380239e+02, -1.37319376065508163265e+03, -2.61244440453215656817e+03];
const q1S5 = [8.12765501384335777857e+01, 1.99179873460485964642e+03, 1.74684851924908907677e+04, 4.98514270910352279316e+04, 2.79480751638918118260e+04, -4.71918354795128470869e+03];
const q1R3 = [-5.07831226461766561369e-09, -1.02537829820837089745e-01, -4.61011581139473403113e+00, -5.78472216562783643212e+01, -2.28244540737631695038e+02, -2.19210128478909325622e+02];
const q1S3 = [4.76651550323729509273e+01, 6.73865112676699709482e+02, 3.38015286679526343505e+03, 5.54772909720722782367e+03, 1.90311919338810798763e+03, -1.35201191444307340817e+02];
const q1R2 = [-1.78381727510958865572e-07, -1.02517042607985553460e-01, -2.75220568278187460720e+00, -1.96636162643703720221e+01, -4.23253133372830490089e+01, -2.13719211703704061733e+01];
const q1S2 = [2.95333629060523854548e+01, 2.52981549982190529136e+02, 7.57502834868645436472e+02, 7.39393205320467245656e+02, 1.55949003336666123687e+02, -4.95949898822628210127e+00];

/** r/s of the correction tables chosen by x (the ranges of pzero, qzero, pone, qone). */
function pick<T>(x: number, t8: T, t5: T, t3: T, t2: T): T {
  if (x >= 8) return t8;
  if (x >= 4.5454) return t5;
  if (x >= 2.8571) return t3;
  return t2;
}

function ratio5(x: number, p: number[], q: number[]): number {
  const z = 1 / (x * x);
  const r = p[0] + z * (p[1] + z * (p[2] + z * (p[3] + z * (p[4] + z * p[5]))));
  const s = 1 + z * (q[0] + z * (q[1] + z * (q[2] + z * (q[3] + z * q[4]))));
  return r / s;
}

function ratio6(x: number, p: number[], q: number[]): number {
  const z = 1 / (x * x);
  const r = p[0] + z * (p[1] + z * (p[2] + z * (p[3] + z * (p[4] + z * p[5]))));
  const s = 1 + z * (q[0] + z * (q[1] + z * (q[2] + z * (q[3] + z * (q[4] + z * q[5])))));
  return r / s;
}

function pzero(x: number): number {
  return 1 + ratio5(x, pick(x, p0R8, p0R5, p0R3, p0R2), pick(x, p0S8, p0S5, p0S3, p0S2));
}

function qzero(x: number): number {
  return (-0.125 + ratio6(x, pick(x, q0R8, q0R5, q0R3, q0R2), pick(x, q0S8, q0S5, q0S3, q0S2))) / x;
}

function pone(x: number): number {
  return 1 + ratio5(x, pick(x, p1R8, p1R5, p1R3, p1R2), pick(x, p1S8, p1S5, p1S3, p1S2));
}

function qone(x: number): number {
  return (0.375 + ratio6(x, pick(x, q1R8, q1R5, q1R3, q1R2), pick(x, q1S8, q1S5, q1S3, q1S2))) / x;
}

/** ss, cc of j0.go/j1.go for x >= 2: sin(x) -/+ cos(x) with the cancelling one recomputed from cos(2x). */
function phases(x: number, order1: boolean): [number, number] {
  const [s, c] = sincos(x);
  let ss = order1 ? -s - c : s - c;
  let cc = order1 ? s - c : s + c;
  if (x < HALF_MAX) {
    const z = order1 ? cos(x + x) : -cos(x + x);
    if (order1 ? s * c > 0 : s * c < 0) cc = z / ss;
    else ss = z / cc;
  }
  return [ss, cc];
}

export function j0(x: number): number {
  const TwoM13 = 2 ** -13;
  const R02 = 1.56249999999999947958e-2;
  const R03 = -1.89979294238854721751e-4;
  const R04 = 1.8295404953270066567e-6;
  const R05 = -4.61832688532103189199e-9;
  const S01 = 1.56191029464890010492e-2;
  const S02 = 1.1692678466333745026e-4;
  const S03 = 5.13546550207318111446e-7;
  const S04 = 1.16614003333790000205e-9;
  if (x !== x) return x;
  if (x === Infinity || x === -Infinity) return 0;
  if (x === 0) return 1;
  x = Math.abs(x);
  if (x >= 2) {
    const [ss, cc] = phases(x, false);
    if (x > TWO129) return INV_SQRTPI * cc / Math.sqrt(x);
    const u = pzero(x);
    const v = qzero(x);
    return INV_SQRTPI * (u * cc - v * ss) / Math.sqrt(x);
  }
  if (x < TwoM13) {
    if (x < TWO_M27) return 1;
    return 1 - 0.25 * x * x;
  }
  const z = x * x;
  const r = z * (R02 + z * (R03 + z * (R04 + z * R05)));
  const s = 1 + z * (S01 + z * (S02 + z * (S03 + z * S04)));
  if (x < 1) return 1 + z * (-0.25 + r / s);
  const u = 0.5 * x;
  return (1 + u) * (1 - u) + z * (r / s);
}

export function y0(x: number): number {
  const U00 = -7.38042951086872317523e-2;
  const U01 = 1.76666452509181115538e-1;
  const U02 = -1.38185671945596898896e-2;
  const U03 = 3.47453432093683650238e-4;
  const U04 = -3.81407053724364161125e-6;
  const U05 = 1.95590137035022920206e-8;
  const U06 = -3.98205194132103398453e-11;
  const V01 = 1.27304834834123699328e-2;
  const V02 = 7.60068627350353253702e-5;
  const V03 = 2.59150851840457805467e-7;
  const V04 = 4.41110311332675467403e-10;
  if (x < 0 || x !== x) return NaN;
  if (x === Infinity) return 0;
  if (x === 0) return -Infinity;
  if (x >= 2) {
    const [ss, cc] = phases(x, false);
    if (x > TWO129) return INV_SQRTPI * ss / Math.sqrt(x);
    const u = pzero(x);
    const v = qzero(x);
    return INV_SQRTPI * (u * ss + v * cc) / Math.sqrt(x);
  }
  if (x <= TWO_M27) return U00 + TWO_OVER_PI * log(x);
  const z = x * x;
  const u = U00 + z * (U01 + z * (U02 + z * (U03 + z * (U04 + z * (U05 + z * U06)))));
  const v = 1 + z * (V01 + z * (V02 + z * (V03 + z * V04)));
  return u / v + TWO_OVER_PI * j0(x) * log(x);
}

export function j1(x: number): number {
  const R00 = -6.25e-2;
  const R01 = 1.40705666955189706048e-3;
  const R02 = -1.5995563108403559752e-5;
  const R03 = 4.96727999609584448412e-8;
  const S01 = 1.91537599538363460805e-2;
  const S02 = 1.8594678558863091556e-4;
  const S03 = 1.17718464042623683263e-6;
  const S04 = 5.04636257076217042715e-9;
  const S05 = 1.23542274426137913908e-11;
  if (x !== x) return x;
  if (x === Infinity || x === -Infinity || x === 0) return 0;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x >= 2) {
    const [ss, cc] = phases(x, true);
    let z: number;
    if (x > TWO129) z = INV_SQRTPI * cc / Math.sqrt(x);
    else {
      const u = pone(x);
      const v = qone(x);
      z = INV_SQRTPI * (u * cc - v * ss) / Math.sqrt(x);
    }
    return sign ? -z : z;
  }
  if (x < TWO_M27) return 0.5 * x;
  let z = x * x;
  let r = z * (R00 + z * (R01 + z * (R02 + z * R03)));
  const s = 1.0 + z * (S01 + z * (S02 + z * (S03 + z * (S04 + z * S05))));
  r *= x;
  z = 0.5 * x + r / s;
  return sign ? -z : z;
}

export function y1(x: number): number {
  const TwoM54 = 2 ** -54;
  const U00 = -1.9605709064623894067e-1;
  const U01 = 5.04438716639811282616e-2;
  const U02 = -1.91256895875763547298e-3;
  const U03 = 2.35252600561610495928e-5;
  const U04 = -9.19099158039878874504e-8;
  const V00 = 1.99167318236649903973e-2;
  const V01 = 2.02552581025135171496e-4;
  const V02 = 1.35608801097516229404e-6;
  const V03 = 6.22741452364621501295e-9;
  const V04 = 1.66559246207992079114e-11;
  if (x < 0 || x !== x) return NaN;
  if (x === Infinity) return 0;
  if (x === 0) return -Infinity;
  if (x >= 2) {
    const [ss, cc] = phases(x, true);
    if (x > TWO129) return INV_SQRTPI * ss / Math.sqrt(x);
    const u = pone(x);
    const v = qone(x);
    return INV_SQRTPI * (u * ss + v * cc) / Math.sqrt(x);
  }
  if (x <= TwoM54) return -TWO_OVER_PI / x;
  const z = x * x;
  const u = U00 + z * (U01 + z * (U02 + z * (U03 + z * U04)));
  const v = 1 + z * (V00 + z * (V01 + z * (V02 + z * (V03 + z * V04))));
  return x * (u / v) + TWO_OVER_PI * (j1(x) * log(x) - 1 / x);
}

const TWO302 = 2 ** 302;

/** Go's `n&1 == 1` for an int n that fits a double. */
const odd = (n: number) => Math.abs(n) % 2 === 1;

export function jn(n: number, x: number): number {
  const TwoM29 = 2 ** -29;
  if (x !== x) return x;
  if (x === Infinity || x === -Infinity) return 0;
  if (n === 0) return j0(x);
  if (x === 0) return 0;
  if (n < 0) {
    n = -n;
    x = -x;
  }
  if (n === 1) return j1(x);
  let sign = false;
  if (x < 0) {
    x = -x;
    if (odd(n)) sign = true;
  }
  let b: number;
  if (n <= x) {
    if (x >= TWO302) {
      const [s, c] = sincos(x);
      let temp = 0;
      switch (n % 4) {
        case 0: temp = c + s; break;
        case 1: temp = -c + s; break;
        case 2: temp = -c - s; break;
        case 3: temp = c - s; break;
      }
      b = INV_SQRTPI * temp / Math.sqrt(x);
    } else {
      b = j1(x);
      for (let i = 1, a = j0(x); i < n; i++) {
        const t = b;
        b = b * ((i + i) / x) - a;
        a = t;
      }
    }
  } else if (x < TwoM29) {
    if (n > 33) b = 0;
    else {
      const temp = x * 0.5;
      b = temp;
      let a = 1.0;
      for (let i = 2; i <= n; i++) {
        a *= i;
        b *= temp;
      }
      b /= a;
    }
  } else {
    const w = (n + n) / x;
    const h = 2 / x;
    let q0 = w;
    let z = w + h;
    let q1 = w * z - 1;
    let k = 1;
    while (q1 < 1e9) {
      k++;
      z += h;
      const t = q1;
      q1 = z * q1 - q0;
      q0 = t;
    }
    const m = n + n;
    let t = 0.0;
    for (let i = 2 * (n + k); i >= m; i -= 2) t = 1 / (i / x - t);
    let a = t;
    b = 1;
    let tmp = n;
    const v = 2 / x;
    tmp = tmp * log(Math.abs(v * tmp));
    if (tmp < 7.09782712893383973096e2) {
      for (let i = n - 1; i > 0; i--) {
        const di = i + i;
        const nb = b * di / x - a;
        a = b;
        b = nb;
      }
    } else {
      for (let i = n - 1; i > 0; i--) {
        const di = i + i;
        const nb = b * di / x - a;
        a = b;
        b = nb;
        if (b > 1e100) {
          a /= b;
          t /= b;
          b = 1;
        }
      }
    }
    b = t * j0(x) / b;
  }
  return sign ? -b : b;
}

export function yn(n: number, x: number): number {
  if (x < 0 || x !== x) return NaN;
  if (x === Infinity) return 0;
  if (n === 0) return y0(x);
  if (x === 0) return n < 0 && odd(n) ? Infinity : -Infinity;
  let sign = false;
  if (n < 0) {
    n = -n;
    if (odd(n)) sign = true;
  }
  if (n === 1) return sign ? -y1(x) : y1(x);
  let b: number;
  if (x >= TWO302) {
    const [s, c] = sincos(x);
    let temp = 0;
    switch (n % 4) {
      case 0: temp = s - c; break;
      case 1: temp = -s - c; break;
      case 2: temp = -s + c; break;
      case 3: temp = s + c; break;
    }
    b = INV_SQRTPI * temp / Math.sqrt(x);
  } else {
    let a = y0(x);
    b = y1(x);
    for (let i = 1; i < n && b !== -Infinity; i++) {
      const nb = ((i + i) / x) * b - a;
      a = b;
      b = nb;
    }
  }
  return sign ? -b : b;
}
