// The remaining functions of Go 1.19's math package with Go's own
// algorithms: error function and its inverse (erf.go, erfinv.go), Gamma and
// Lgamma (gamma.go, lgamma.go), Cbrt (cbrt.go), and the amd64 assembly
// versions of Hypot, Max and Min (hypot_amd64.s, dim_amd64.s); Mod and
// Remainder (mod.go, remainder.go).
import { exp, log, pow } from './expLog.js';
import { fromWords, hiWord, loWord, modf, signbit } from './floatBits.js';
import { cos, sin } from './trig.js';

const PI = Math.PI;
const LN2 = 0.6931471805599453;

// ---------------------------------------------------------------- erf.go

const erx = 8.45062911510467529297e-1;
const efx = 1.28379167095512586316e-1;
const efx8 = 1.02703333676410069053;
const pp0 = 1.28379167095512558561e-1;
const pp1 = -3.2504210724700149937e-1;
const pp2 = -2.84817495755985104766e-2;
const pp3 = -5.77027029648944159157e-3;
const pp4 = -2.37630166566501626084e-5;
const qq1 = 3.97917223959155352819e-1;
const qq2 = 6.50222499887672944485e-2;
const qq3 = 5.08130628187576562776e-3;
const qq4 = 1.32494738004321644526e-4;
const qq5 = -3.9602282787753681232e-6;
const pa0 = -2.36211856075265944077e-3;
const pa1 = 4.14856118683748331666e-1;
const pa2 = -3.72207876035701323847e-1;
const pa3 = 3.18346619901161753674e-1;
const pa4 = -1.10894694282396677476e-1;
const pa5 = 3.54783043256182359371e-2;
const pa6 = -2.166375594868790843e-3;
const qa1 = 1.06420880400844228286e-1;
const qa2 = 5.40397917702171048937e-1;
const qa3 = 7.18286544141962662868e-2;
const qa4 = 1.26171219808761642112e-1;
const qa5 = 1.36370839120290507362e-2;
const qa6 = 1.1984499846799107417e-2;
const ra0 = -9.86494403484714822705e-3;
const ra1 = -6.93858572707181764372e-1;
const ra2 = -1.05586262253232909814e1;
const ra3 = -6.23753324503260060396e1;
const ra4 = -1.62396669462573470355e2;
const ra5 = -1.84605092906711035994e2;
const ra6 = -8.12874355063065934246e1;
const ra7 = -9.81432934416914548592;
const sa1 = 1.96512716674392571292e1;
const sa2 = 1.376577541435190426e2;
const sa3 = 4.34565877475229228821e2;
const sa4 = 6.45387271733267880336e2;
const sa5 = 4.29008140027567833386e2;
const sa6 = 1.08635005541779435134e2;
const sa7 = 6.57024977031928170135;
const sa8 = -6.04244152148580987438e-2;
const rb0 = -9.86494292470009928597e-3;
const rb1 = -7.99283237680523006574e-1;
const rb2 = -1.77579549177547519889e1;
const rb3 = -1.60636384855821916062e2;
const rb4 = -6.37566443368389627722e2;
const rb5 = -1.02509513161107724954e3;
const rb6 = -4.83519191608651397019e2;
const sb1 = 3.03380607434824582924e1;
const sb2 = 3.25792512996573918826e2;
const sb3 = 1.53672958608443695994e3;
const sb4 = 3.19985821950859553908e3;
const sb5 = 2.55305040643316442583e3;
const sb6 = 4.74528541206955367215e2;
const sb7 = -2.24409524465858183362e1;
const INV_0_35 = 2.857142857142857; // float64(1/0.35)

/** exp(-x*x-0.5625+R/S)/x of erf.go's tails, with x split so -x*x is exact. */
function erfTail(x: number, R: number, S: number): number {
  const z = fromWords(hiWord(x), 0); // pseudo-single precision x
  return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / S);
}

function tailRS(x: number, s: number): [number, number] {
  if (x < INV_0_35) {
    return [
      ra0 + s * (ra1 + s * (ra2 + s * (ra3 + s * (ra4 + s * (ra5 + s * (ra6 + s * ra7)))))),
      1 + s * (sa1 + s * (sa2 + s * (sa3 + s * (sa4 + s * (sa5 + s * (sa6 + s * (sa7 + s * sa8))))))),
    ];
  }
  return [
    rb0 + s * (rb1 + s * (rb2 + s * (rb3 + s * (rb4 + s * (rb5 + s * rb6))))),
    1 + s * (sb1 + s * (sb2 + s * (sb3 + s * (sb4 + s * (sb5 + s * (sb6 + s * sb7)))))),
  ];
}

export function erf(x: number): number {
  const VeryTiny = 2.848094538889218e-306;
  const Small = 2 ** -28;
  if (x !== x) return NaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x < 0.84375) {
    let temp: number;
    if (x < Small) temp = x < VeryTiny ? 0.125 * (8.0 * x + efx8 * x) : x + efx * x;
    else {
      const z = x * x;
      const r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
      const s = 1 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
      temp = x + x * (r / s);
    }
    return sign ? -temp : temp;
  }
  if (x < 1.25) {
    const s = x - 1;
    const P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
    const Q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
    return sign ? -erx - P / Q : erx + P / Q;
  }
  if (x >= 6) return sign ? -1 : 1;
  const [R, S] = tailRS(x, 1 / (x * x));
  const r = erfTail(x, R, S);
  return sign ? r / x - 1 : 1 - r / x;
}

export function erfc(x: number): number {
  const Tiny = 2 ** -56;
  if (x !== x) return NaN;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x < 0.84375) {
    let temp: number;
    if (x < Tiny) temp = x;
    else {
      const z = x * x;
      const r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
      const s = 1 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
      const y = r / s;
      temp = x < 0.25 ? x + x * y : 0.5 + (x * y + (x - 0.5));
    }
    return sign ? 1 + temp : 1 - temp;
  }
  if (x < 1.25) {
    const s = x - 1;
    const P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
    const Q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
    // the constants 1+erx and 1-erx are folded exactly by Go's compiler; both are exact in float64 too
    return sign ? 1 + erx + P / Q : 1 - erx - P / Q;
  }
  if (x < 28) {
    if (sign && x > 6 && x >= INV_0_35) return 2;
    const [R, S] = tailRS(x, 1 / (x * x));
    const r = erfTail(x, R, S);
    return sign ? 2 - r / x : r / x;
  }
  return sign ? 2 : 0;
}

// ---------------------------------------------------------------- erfinv.go

const EA = [1.1975323115670912564578, 4.7072688112383978012285e1, 6.9706266534389598238465e2, 4.8548868893843886794648e3, 1.6235862515167575384252e4, 2.3782041382114385731252e4, 1.1819493347062294404278e4, 8.87094069625455148302e2];
const EB = [1.0, 4.2313330701600911252e1, 6.871870074920579083e2, 5.3941960214247511077e3, 2.1213794301586595867e4, 3.930789580009271061e4, 2.8729085735721942674e4, 5.226495278852854561e3];
const EC = [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 2.4178072517745061177e-1, 2.27238449892691845833e-2, 7.7454501427834140764e-4];
const ED = [1.4142135623730950488016887, 2.9036514445419946173133295, 2.3707661626024532365971225, 9.7547832001787427186894837e-1, 2.0945065210512749128288442e-1, 2.1494160384252876777097297e-2, 7.7441459065157709165577218e-4, 1.4859850019840355905497876e-9];
const EE = [6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 2.9656057182850489123e-1, 2.6532189526576123093e-2, 1.2426609473880784386e-3, 2.71155556874348757815e-5, 2.01033439929228813265e-7];
const EF = [1.414213562373095048801689, 8.482908416595164588112026e-1, 1.936480946950659106176712e-1, 2.103693768272068968719679e-2, 1.112800997078859844711555e-3, 2.61108840508059362513802e-5, 2.010321207683943062279931e-7, 2.891024605872965461538222e-15];

/** c7*r^7 + ... + c0 by Horner, as erfinv.go writes it. */
const horner7 = (c: number[], r: number) => ((((((c[7] * r + c[6]) * r + c[5]) * r + c[4]) * r + c[3]) * r + c[2]) * r + c[1]) * r + c[0];

export function erfinv(x: number): number {
  if (x !== x || x <= -1 || x >= 1) {
    if (x === -1 || x === 1) return x * Infinity;
    return NaN;
  }
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let ans: number;
  if (x <= 0.85) {
    const r = 0.180625 - 0.25 * x * x;
    ans = (x * horner7(EA, r)) / horner7(EB, r);
  } else {
    let r = Math.sqrt(LN2 - log(1.0 - x));
    if (r <= 5.0) {
      r -= 1.6;
      ans = horner7(EC, r) / horner7(ED, r);
    } else {
      r -= 5.0;
      ans = horner7(EE, r) / horner7(EF, r);
    }
  }
  return sign ? -ans : ans;
}

export function erfcinv(x: number): number {
  return erfinv(1 - x);
}

// ---------------------------------------------------------------- gamma.go

const gamP = [1.60119522476751861407e-4, 1.19135147006586384913e-3, 1.04213797561761569935e-2, 4.76367800457137231464e-2, 2.0744822764843597515e-1, 4.94214826801497100753e-1, 9.99999999999999996796e-1];
const gamQ = [-2.31581873324120129819e-5, 5.39605580493303397842e-4, -4.45641913851797240494e-3, 1.18139785222060435552e-2, 3.58236398605498653373e-2, -2.34591795718243348568e-1, 7.14304917030273074085e-2, 1.0000000000000000032];
const gamS = [7.87311395793093628397e-4, -2.2954996161337812638e-4, -2.68132617805781232825e-3, 3.4722222160545866731e-3, 8.33333333333482257126e-2];

function stirling(x: number): [number, number] {
  if (x > 200) return [Infinity, 1];
  const SqrtTwoPi = 2.506628274631000502417;
  const MaxStirling = 143.01608;
  let w = 1 / x;
  w = 1 + w * ((((gamS[0] * w + gamS[1]) * w + gamS[2]) * w + gamS[3]) * w + gamS[4]);
  let y1 = exp(x);
  let y2 = 1.0;
  if (x > MaxStirling) {
    const v = pow(x, 0.5 * x - 0.25);
    y2 = v / y1;
    y1 = v;
  } else {
    y1 = pow(x, x - 0.5) / y1;
  }
  return [y1, SqrtTwoPi * w * y2];
}

function isNegInt(x: number): boolean {
  return x < 0 && modf(x)[1] === 0;
}

/** int64(p)&1 for a nonnegative integral p (>= 2**53 is even; >= 2**63 converts to MinInt64). */
const int64Odd = (p: number) => p < 9007199254740992 && p % 2 === 1;

export function gamma(x: number): number {
  const Euler = 0.57721566490153286060651209008240243104215933593992;
  if (isNegInt(x) || x === -Infinity || x !== x) return NaN;
  if (x === Infinity) return Infinity;
  if (x === 0) return signbit(x) ? -Infinity : Infinity;
  let q = Math.abs(x);
  let p = Math.floor(q);
  if (q > 33) {
    if (x >= 0) {
      const [y1, y2] = stirling(x);
      return y1 * y2;
    }
    const signgam = int64Odd(p) ? 1 : -1;
    let z = q - p;
    if (z > 0.5) {
      p = p + 1;
      z = q - p;
    }
    z = q * sin(PI * z);
    if (z === 0) return signgam * Infinity;
    const [sq1, sq2] = stirling(q);
    const absz = Math.abs(z);
    const d = absz * sq1 * sq2;
    z = d === Infinity || d === -Infinity ? PI / absz / sq1 / sq2 : PI / d;
    return signgam * z;
  }
  let z = 1.0;
  while (x >= 3) {
    x = x - 1;
    z = z * x;
  }
  let small = false;
  while (x < 0) {
    if (x > -1e-9) {
      small = true;
      break;
    }
    z = z / x;
    x = x + 1;
  }
  if (!small) {
    while (x < 2) {
      if (x < 1e-9) {
        small = true;
        break;
      }
      z = z / x;
      x = x + 1;
    }
  }
  if (small) {
    if (x === 0) return Infinity;
    return z / ((1 + Euler * x) * x);
  }
  if (x === 2) return z;
  x = x - 2;
  p = (((((x * gamP[0] + gamP[1]) * x + gamP[2]) * x + gamP[3]) * x + gamP[4]) * x + gamP[5]) * x + gamP[6];
  q = ((((((x * gamQ[0] + gamQ[1]) * x + gamQ[2]) * x + gamQ[3]) * x + gamQ[4]) * x + gamQ[5]) * x + gamQ[6]) * x + gamQ[7];
  return z * p / q;
}

// ---------------------------------------------------------------- lgamma.go

const lgamA = [7.72156649015328655494e-2, 3.22467033424113591611e-1, 6.73523010531292681824e-2, 2.05808084325167332806e-2, 7.38555086081402883957e-3, 2.89051383673415629091e-3, 1.19270763183362067845e-3, 5.10069792153511336608e-4, 2.20862790713908385557e-4, 1.08011567247583939954e-4, 2.52144565451257326939e-5, 4.4864094961891516015e-5];
const lgamR = [1.0, 1.39200533467621045958, 7.21935547567138069525e-1, 1.71933865632803078993e-1, 1.86459191715652901344e-2, 7.77942496381893596434e-4, 7.32668430744625636189e-6];
const lgamS = [-7.72156649015328655494e-2, 2.14982415960608852501e-1, 3.25778796408930981787e-1, 1.46350472652464452805e-1, 2.6642270303363860956e-2, 1.84028451407337715652e-3, 3.19475326584100867617e-5];
const lgamT = [4.83836122723810047042e-1, -1.47587722994593911752e-1, 6.46249402391333854778e-2, -3.27885410759859649565e-2, 1.79706750811820387126e-2, -1.0314224129834143745e-2, 6.10053870246291332635e-3, -3.6845201678113825676e-3, 2.2596478090061247225e-3, -1.40346469989232843813e-3, 8.81081882437654011382e-4, -5.38595305356740546715e-4, 3.15632070903625950361e-4, -3.12754168375120860518e-4, 3.35529192635519073543e-4];
const lgamU = [-7.72156649015328655494e-2, 6.32827064025093366517e-1, 1.45492250137234768737, 9.77717527963372745603e-1, 2.28963728064692451092e-1, 1.33810918536787660377e-2];
const lgamV = [1.0, 2.45597793713041134822, 2.12848976379893395361, 7.69285150456672783825e-1, 1.04222645593369134254e-1, 3.2170924228242391181e-3];
const lgamW = [4.18938533204672725052e-1, 8.33333333333329678849e-2, -2.7777777772877553647e-3, 7.936505586430195585e-4, -5.95187557450339963135e-4, 8.36339918996282139126e-4, -1.63092934096575273989e-3];

/** sinPi of lgamma.go: sin(Pi*x) with the argument reduced exactly first. */
function sinPi(x: number): number {
  const Two52 = 4503599627370496;
  const Two53 = 9007199254740992;
  if (x < 0.25) return -sin(PI * x);
  let z = Math.floor(x);
  let n: number;
  if (z !== x) {
    x = x % 2;
    n = Math.trunc(x * 4);
  } else if (x >= Two53) {
    x = 0;
    n = 0;
  } else {
    if (x < Two52) z = x + Two52; // exact
    n = loWord(z) & 1;
    x = n;
    n <<= 2;
  }
  switch (n) {
    case 0: x = sin(PI * x); break;
    case 1: case 2: x = cos(PI * (0.5 - x)); break;
    case 3: case 4: x = sin(PI * (1 - x)); break;
    case 5: case 6: x = -cos(PI * (x - 1.5)); break;
    default: x = sin(PI * (x - 2)); break;
  }
  return -x;
}

export function lgamma(x: number): [number, number] {
  const YMIN_M1_P027 = 0.7316321449683623; // float64(Ymin - 1 + 0.27)
  const YMIN_M1_M027 = 0.19163214496836226; // float64(Ymin - 1 - 0.27)
  const YMIN_P027 = 1.7316321449683623; // float64(Ymin + 0.27)
  const YMIN_M027 = 1.1916321449683622; // float64(Ymin - 0.27)
  const TC_M1 = 0.46163214496836225; // float64(Tc - 1)
  const Two52 = 4503599627370496;
  const Two58 = 2 ** 58;
  const Tiny = 2 ** -70;
  const Tc = 1.46163214496836224576;
  const Tf = -1.21486290535849611461e-1;
  const Tt = -3.63867699703950536541e-18;
  let sign = 1;
  if (x !== x) return [x, sign];
  if (x === Infinity || x === -Infinity) return [x, sign];
  if (x === 0) return [Infinity, sign];
  let neg = false;
  if (x < 0) {
    x = -x;
    neg = true;
  }
  if (x < Tiny) {
    if (neg) sign = -1;
    return [-log(x), sign];
  }
  let nadj = 0;
  if (neg) {
    if (x >= Two52) return [Infinity, sign];
    const t = sinPi(x);
    if (t === 0) return [Infinity, sign];
    nadj = log(PI / Math.abs(t * x));
    if (t < 0) sign = -1;
  }
  let lg: number;
  if (x === 1 || x === 2) return [0, sign];
  if (x < 2) {
    let y: number;
    let i: number;
    if (x <= 0.9) {
      lg = -log(x);
      if (x >= YMIN_M1_P027) {
        y = 1 - x;
        i = 0;
      } else if (x >= YMIN_M1_M027) {
        y = x - TC_M1;
        i = 1;
      } else {
        y = x;
        i = 2;
      }
    } else {
      lg = 0;
      if (x >= YMIN_P027) {
        y = 2 - x;
        i = 0;
      } else if (x >= YMIN_M027) {
        y = x - Tc;
        i = 1;
      } else {
        y = x - 1;
        i = 2;
      }
    }
    if (i === 0) {
      const z = y * y;
      const p1 = lgamA[0] + z * (lgamA[2] + z * (lgamA[4] + z * (lgamA[6] + z * (lgamA[8] + z * lgamA[10]))));
      const p2 = z * (lgamA[1] + z * (lgamA[3] + z * (lgamA[5] + z * (lgamA[7] + z * (lgamA[9] + z * lgamA[11])))));
      const p = y * p1 + p2;
      lg += p - 0.5 * y;
    } else if (i === 1) {
      const z = y * y;
      const w = z * y;
      const p1 = lgamT[0] + w * (lgamT[3] + w * (lgamT[6] + w * (lgamT[9] + w * lgamT[12])));
      const p2 = lgamT[1] + w * (lgamT[4] + w * (lgamT[7] + w * (lgamT[10] + w * lgamT[13])));
      const p3 = lgamT[2] + w * (lgamT[5] + w * (lgamT[8] + w * (lgamT[11] + w * lgamT[14])));
      const p = z * p1 - (Tt - w * (p2 + y * p3));
      lg += Tf + p;
    } else {
      const p1 = y * (lgamU[0] + y * (lgamU[1] + y * (lgamU[2] + y * (lgamU[3] + y * (lgamU[4] + y * lgamU[5])))));
      const p2 = 1 + y * (lgamV[1] + y * (lgamV[2] + y * (lgamV[3] + y * (lgamV[4] + y * lgamV[5]))));
      lg += -0.5 * y + p1 / p2;
    }
  } else if (x < 8) {
    const i = Math.trunc(x);
    const y = x - i;
    const p = y * (lgamS[0] + y * (lgamS[1] + y * (lgamS[2] + y * (lgamS[3] + y * (lgamS[4] + y * (lgamS[5] + y * lgamS[6]))))));
    const q = 1 + y * (lgamR[1] + y * (lgamR[2] + y * (lgamR[3] + y * (lgamR[4] + y * (lgamR[5] + y * lgamR[6])))));
    lg = 0.5 * y + p / q;
    let z = 1.0;
    // Lgamma(1+s) = Log(s) + Lgamma(s), falling through from i down to 3
    if (i >= 7) z *= y + 6;
    if (i >= 6) z *= y + 5;
    if (i >= 5) z *= y + 4;
    if (i >= 4) z *= y + 3;
    if (i >= 3) {
      z *= y + 2;
      lg += log(z);
    }
  } else if (x < Two58) {
    const t = log(x);
    const z = 1 / x;
    const y = z * z;
    const w = lgamW[0] + z * (lgamW[1] + y * (lgamW[2] + y * (lgamW[3] + y * (lgamW[4] + y * (lgamW[5] + y * lgamW[6])))));
    lg = (x - 0.5) * (t - 1) + w;
  } else {
    lg = x * (log(x) - 1);
  }
  if (neg) lg = nadj - lg;
  return [lg, sign];
}

// ---------------------------------------------------------------- cbrt.go

export function cbrt(x: number): number {
  const B1 = 715094163;
  const B2 = 696219795;
  const C = 5.42857142857142815906e-1;
  const D = -7.0530612244897961105e-1;
  const E = 1.41428571428571436819;
  const F = 1.6071428571428572063;
  const G = 3.57142857142857150787e-1;
  const SmallestNormal = 2.22507385850720138309e-308;
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  // Float64bits(x)/3 + B<<32: a 64-bit division by 3, done on the two words
  const div3PlusB = (v: number, b: number) => {
    const big = ((BigInt(hiWord(v)) << 32n) | BigInt(loWord(v))) / 3n + (BigInt(b) << 32n);
    return fromWords(Number(big >> 32n), Number(big & 0xffffffffn));
  };
  let t = div3PlusB(x, B1);
  if (x < SmallestNormal) {
    t = 18014398509481984; // 2**54
    t *= x;
    t = div3PlusB(t, B2);
  }
  let r = t * t / x;
  let s = C + r * t;
  t *= G + F / (s + E + D / s);
  // round t away from zero to 20 bits: bits & (0xFFFFFFFFC << 28) + 1 << 30
  t = fromWords((hiWord(t) + (loWord(t) >= 0xc0000000 ? 1 : 0)) >>> 0, (loWord(t) & 0xc0000000) + 0x40000000);
  s = t * t;
  r = x / s;
  const w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}

// ---------------------------------------------------------------- amd64 assembly: Hypot, Max, Min

export function hypot(p: number, q: number): number {
  p = Math.abs(p);
  q = Math.abs(q);
  if (p === Infinity || q === Infinity) return Infinity;
  if (p !== p || q !== q) return NaN;
  if (p === 0 && q === 0) return 0;
  const big = p > q ? p : q; // MAXSD
  let small = q < p ? q : p; // MINSD
  small = small / big;
  small = small * small;
  small += 1;
  return big * Math.sqrt(small);
}

export function max(x: number, y: number): number {
  if (x === Infinity || y === Infinity) return Infinity;
  if (x !== x || y !== y) return NaN;
  if (x === 0 && y === 0) return signbit(x) ? y : x;
  return x > y ? x : y;
}

export function min(x: number, y: number): number {
  if (x === -Infinity || y === -Infinity) return -Infinity;
  if (x !== x || y !== y) return NaN;
  if (x === 0 && y === 0) return signbit(x) ? x : y;
  return x < y ? x : y;
}

export function dim(x: number, y: number): number {
  const v = x - y;
  return v <= 0 ? 0 : v;
}

// ---------------------------------------------------------------- mod.go, remainder.go

/** math.Mod: the exact remainder with the sign of x (JS's % is IEEE fmod, which mod.go computes). */
export function mod(x: number, y: number): number {
  if (y === 0 || x === Infinity || x === -Infinity || x !== x || y !== y) return NaN;
  return x % y;
}

export function remainder(x: number, y: number): number {
  const Tiny = 4.45014771701440276618e-308;
  const HalfMax = Number.MAX_VALUE / 2;
  if (x !== x || y !== y || x === Infinity || x === -Infinity || y === 0) return NaN;
  if (y === Infinity || y === -Infinity) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (y < 0) y = -y;
  if (x === y) return sign ? -0 : 0;
  if (y <= HalfMax) x = mod(x, y + y);
  if (y < Tiny) {
    if (x + x > y) {
      x -= y;
      if (x + x >= y) x -= y;
    }
  } else {
    const yHalf = 0.5 * y;
    if (x > yHalf) {
      x -= y;
      if (x >= yHalf) x -= y;
    }
  }
  return sign ? -x : x;
}
