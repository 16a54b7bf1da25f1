// time.Parse and ParseInLocation (time/format.go: parse and its helpers),
// with Go's ParseError values and texts. Zone names are resolved against
// chanscope's fixed-zone locations (location.ts): a name the location does not
// know becomes a fixed zone of that name with offset 0 (or GMT±h), as in Go.
import type { DateFields } from './calendar.js';
import { daysIn, isLeap } from './calendar.js';
import { quote } from './duration.js';
import {
  digitsLen, longDayNames, longMonthNames, nextStdChunk, shortDayNames, shortMonthNames, stdDay, stdFracSecond0,
  stdFracSecond9, stdHour, stdHour12, stdISO8601ColonSecondsTZ, stdISO8601ColonTZ, stdISO8601SecondsTZ,
  stdISO8601ShortTZ, stdISO8601TZ, stdLongMonth, stdLongWeekDay, stdLongYear, stdMask, stdMinute, stdMonth,
  stdNumColonSecondsTZ, stdNumColonTZ, stdNumMonth, stdNumSecondsTz, stdNumShortTZ, stdNumTZ, stdPM, stdpm,
  stdSecond, stdTZ, stdUnderDay, stdUnderYearDay, stdWeekDay, stdYear, stdZeroDay, stdZeroHour12, stdZeroMinute,
  stdZeroMonth, stdZeroSecond, stdZeroYearDay,
} from './format.js';
import { lookupZoneName, normLoc, zoneOf, type TimeGlobals } from './location.js';
import { addSec, type Loc, type Time } from './timeValue.js';

/** The fields of a *time.ParseError: Layout, Value, LayoutElem, ValueElem, Message. */
export type ParseErrorFields = [layout: string, value: string, layoutElem: string, valueElem: string, message: string];

/** (*ParseError).Error */
export function parseErrorText(e: ParseErrorFields): string {
  const [layout, value, layoutElem, valueElem, message] = e;
  if (message === '') {
    return 'parsing time ' + quote(value) + ' as ' + quote(layout) + ': cannot parse ' + quote(valueElem) + ' as ' +
      quote(layoutElem);
  }
  return 'parsing time ' + quote(value) + message;
}

export type ParseResult = { ok: true; t: Time } | { ok: false; err: ParseErrorFields };

/** time.Date as the natives provide it (normalization, zone offset, setLoc; panics for a nil location). */
export type DateFn = (f: DateFields, loc: Loc | null) => Time;

/** errBad: a value that does not fit the layout element (never shown itself). */
const BAD = 1;

function isDigit(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

interface Num {
  n: number;
  rest: string;
  err: number;
}

/** time.getnum: one or two digits (exactly two when fixed). */
function getnum(s: string, fixed: boolean): Num {
  if (!isDigit(s, 0)) return { n: 0, rest: s, err: BAD };
  if (!isDigit(s, 1)) {
    if (fixed) return { n: 0, rest: s, err: BAD };
    return { n: s.charCodeAt(0) - 0x30, rest: s.substring(1), err: 0 };
  }
  return { n: (s.charCodeAt(0) - 0x30) * 10 + (s.charCodeAt(1) - 0x30), rest: s.substring(2), err: 0 };
}

/** time.getnum3: one to three digits (exactly three when fixed). */
function getnum3(s: string, fixed: boolean): Num {
  let n = 0;
  let i = 0;
  for (; i < 3 && isDigit(s, i); i++) n = n * 10 + (s.charCodeAt(i) - 0x30);
  if (i === 0 || (fixed && i !== 3)) return { n: 0, rest: s, err: BAD };
  return { n, rest: s.substring(i), err: 0 };
}

/** time.leadingInt: the leading decimal digits; err past 2^63 (only ever used on short texts here). */
function leadingInt(s: string): Num {
  let x = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    x = x * 10 + (c - 0x30);
    if (x > 9223372036854775808) return { n: 0, rest: '', err: BAD };
  }
  return { n: x, rest: s.substring(i), err: 0 };
}

/** time.atoi: an optionally signed decimal integer, all of s. */
function atoi(s: string): { n: number; err: number } {
  let neg = false;
  if (s !== '' && (s.charCodeAt(0) === 0x2d || s.charCodeAt(0) === 0x2b)) {
    neg = s.charCodeAt(0) === 0x2d;
    s = s.substring(1);
  }
  const r = leadingInt(s);
  if (r.err !== 0 || r.rest !== '') return { n: 0, err: BAD };
  return { n: neg ? -r.n : r.n, err: 0 };
}

/** time.match: ASCII case-insensitive equality of same-length s1 and s2. */
function match(s1: string, s2: string): boolean {
  for (let i = 0; i < s1.length; i++) {
    let c1 = s1.charCodeAt(i);
    let c2 = s2.charCodeAt(i);
    if (c1 !== c2) {
      // switch to lower-case; 'a'-'A' is known to be a single bit
      c1 |= 0x20;
      c2 |= 0x20;
      if (c1 !== c2 || c1 < 0x61 || c1 > 0x7a) return false;
    }
  }
  return true;
}

/** time.lookup: the index of the name in tab that val starts with. */
function lookup(tab: string[], val: string): Num {
  for (let i = 0; i < tab.length; i++) {
    const v = tab[i];
    if (val.length >= v.length && match(val.substring(0, v.length), v)) return { n: i, rest: val.substring(v.length), err: 0 };
  }
  return { n: -1, rest: val, err: BAD };
}

function cutspace(s: string): string {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) === 0x20) i++;
  return s.substring(i);
}

/** time.skip: removes the literal prefix from value; spaces match any run of spaces. */
function skip(value: string, prefix: string): { rest: string; err: number } {
  while (prefix.length > 0) {
    if (prefix.charCodeAt(0) === 0x20) {
      if (value.length > 0 && value.charCodeAt(0) !== 0x20) return { rest: value, err: BAD };
      prefix = cutspace(prefix);
      value = cutspace(value);
      continue;
    }
    if (value.length === 0 || value.charCodeAt(0) !== prefix.charCodeAt(0)) return { rest: value, err: BAD };
    prefix = prefix.substring(1);
    value = value.substring(1);
  }
  return { rest: value, err: 0 };
}

function commaOrPeriod(c: number): boolean {
  return c === 0x2e || c === 0x2c;
}

/** time.parseNanoseconds: the fraction value[0:nbytes] (separator included) in nanoseconds. */
function parseNanoseconds(value: string, nbytes: number): { ns: number; rangeErr: string; err: number } {
  if (!commaOrPeriod(value.charCodeAt(0))) return { ns: 0, rangeErr: '', err: BAD };
  if (nbytes > 10) {
    value = value.substring(0, 10);
    nbytes = 10;
  }
  const r = atoi(value.substring(1, nbytes));
  if (r.err !== 0) return { ns: 0, rangeErr: '', err: r.err };
  if (r.n < 0) return { ns: 0, rangeErr: 'fractional second', err: 0 };
  // we need nanoseconds, which means scaling by the number of missing digits in the format
  let ns = r.n;
  for (let i = 0; i < 10 - nbytes; i++) ns *= 10;
  return { ns, rangeErr: '', err: 0 };
}

/** time.parseSignedOffset: the length of a "+hh" or "-hh" offset (0 if none). */
function parseSignedOffset(value: string): number {
  const sign = value.charCodeAt(0);
  if (sign !== 0x2d && sign !== 0x2b) return 0;
  const r = leadingInt(value.substring(1));
  // fail if nothing was consumed, or the hour is out of range
  if (r.err !== 0 || value.substring(1) === r.rest) return 0;
  if (r.n > 23) return 0;
  return value.length - r.rest.length;
}

/** time.parseGMT: the length of "GMT" with an optional signed hour offset. */
function parseGMT(value: string): number {
  value = value.substring(3);
  if (value.length === 0) return 3;
  return 3 + parseSignedOffset(value);
}

/** time.parseTimeZone: the length of a zone abbreviation at the start of value (-1 if none). */
function parseTimeZone(value: string): number {
  if (value.length < 3) return -1;
  // special case 1: ChST and MeST
  if (value.length >= 4 && (value.startsWith('ChST') || value.startsWith('MeST'))) return 4;
  // special case 2: GMT may have an hour offset; treat it specially
  if (value.startsWith('GMT')) return parseGMT(value);
  // special case 3: some time zones are not named, but have +/-00 format
  if (value.charCodeAt(0) === 0x2b || value.charCodeAt(0) === 0x2d) {
    const n = parseSignedOffset(value);
    return n > 0 ? n : -1;
  }
  // how many upper-case letters are there? need at least three, at most five
  let nUpper = 0;
  for (; nUpper < 6; nUpper++) {
    if (nUpper >= value.length) break;
    const c = value.charCodeAt(nUpper);
    if (c < 0x41 || c > 0x5a) break;
  }
  switch (nUpper) {
    case 0: case 1: case 2: case 6:
      return -1;
    case 5: // must end in T to match
      return value.charCodeAt(4) === 0x54 ? 5 : -1;
    case 4: // must end in T, except one special case
      return value.charCodeAt(3) === 0x54 || value.startsWith('WITA') ? 4 : -1;
    case 3:
      return 3;
  }
  return -1;
}

const DAYS_BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

/**
 * time.parse: value read with layout. `defaultLoc` is the location of a value
 * without zone information, `local` the one whose zones are tried first (Parse:
 * UTC and Local; ParseInLocation: loc and loc). `utc` is the current value of UTC.
 */
export function parse(
  g: TimeGlobals, date: DateFn, layout: string, value: string, defaultLoc: Loc | null, local: Loc | null, utc: Loc | null,
): ParseResult {
  const alayout = layout;
  const avalue = value;
  let rangeErrString = ''; // set if a value is out of range
  let amSet = false; // do we need to subtract 12 from the hour for midnight?
  let pmSet = false; // do we need to add 12 to the hour?

  let year = 0;
  let month = -1;
  let day = -1;
  let yday = -1;
  let hour = 0;
  let min = 0;
  let sec = 0;
  let nsec = 0;
  let z: Loc | null | undefined; // set to UTC by "Z" or "UTC"
  let zoneOffset = -1;
  let zoneName = '';

  const fail = (layoutElem: string, valueElem: string, message: string): ParseResult => ({
    ok: false, err: [alayout, avalue, layoutElem, valueElem, message],
  });

  // each iteration processes one std value
  for (;;) {
    const ch = nextStdChunk(layout, 0);
    const prefix = layout.substring(0, ch.start);
    const stdstr = layout.substring(ch.start, ch.end);
    const std = ch.std;
    const sk = skip(value, prefix);
    value = sk.rest;
    if (sk.err !== 0) return fail(prefix, value, '');
    if (std === 0) {
      if (value.length !== 0) return fail('', value, ': extra text: ' + quote(value));
      break;
    }
    layout = layout.substring(ch.end);
    let err = 0;
    switch (std & stdMask) {
      case stdYear: {
        if (value.length < 2) {
          err = BAD;
          break;
        }
        const hold = value;
        const p = value.substring(0, 2);
        value = value.substring(2);
        const r = atoi(p);
        year = r.n;
        err = r.err;
        if (err !== 0) value = hold;
        else if (year >= 69) year += 1900; // Unix time starts Dec 31 1969 in some time zones
        else year += 2000;
        break;
      }
      case stdLongYear: {
        if (value.length < 4 || !isDigit(value, 0)) {
          err = BAD;
          break;
        }
        const p = value.substring(0, 4);
        value = value.substring(4);
        const r = atoi(p);
        year = r.n;
        err = r.err;
        break;
      }
      case stdMonth: {
        const r = lookup(shortMonthNames, value);
        month = r.n + 1;
        value = r.rest;
        err = r.err;
        break;
      }
      case stdLongMonth: {
        const r = lookup(longMonthNames, value);
        month = r.n + 1;
        value = r.rest;
        err = r.err;
        break;
      }
      case stdNumMonth:
      case stdZeroMonth: {
        const r = getnum(value, std === stdZeroMonth);
        month = r.n;
        value = r.rest;
        err = r.err;
        if (err === 0 && (month <= 0 || month > 12)) rangeErrString = 'month';
        break;
      }
      case stdWeekDay: {
        // ignore weekday except for error checking
        const r = lookup(shortDayNames, value);
        value = r.rest;
        err = r.err;
        break;
      }
      case stdLongWeekDay: {
        const r = lookup(longDayNames, value);
        value = r.rest;
        err = r.err;
        break;
      }
      case stdDay:
      case stdUnderDay:
      case stdZeroDay: {
        if (std === stdUnderDay && value.length > 0 && value.charCodeAt(0) === 0x20) value = value.substring(1);
        const r = getnum(value, std === stdZeroDay);
        day = r.n;
        value = r.rest;
        err = r.err;
        // Note that we allow any one- or two-digit day here; the month, day, year combination is validated after parsing
        break;
      }
      case stdUnderYearDay:
      case stdZeroYearDay: {
        for (let i = 0; i < 2; i++) {
          if (std === stdUnderYearDay && value.length > 0 && value.charCodeAt(0) === 0x20) value = value.substring(1);
        }
        const r = getnum3(value, std === stdZeroYearDay);
        yday = r.n;
        value = r.rest;
        err = r.err;
        // Note that we allow any one-, two-, or three-digit year-day here
        break;
      }
      case stdHour: {
        const r = getnum(value, false);
        hour = r.n;
        value = r.rest;
        err = r.err;
        if (hour < 0 || hour >= 24) rangeErrString = 'hour';
        break;
      }
      case stdHour12:
      case stdZeroHour12: {
        const r = getnum(value, std === stdZeroHour12);
        hour = r.n;
        value = r.rest;
        err = r.err;
        if (hour < 0 || hour > 12) rangeErrString = 'hour';
        break;
      }
      case stdMinute:
      case stdZeroMinute: {
        const r = getnum(value, std === stdZeroMinute);
        min = r.n;
        value = r.rest;
        err = r.err;
        if (min < 0 || min >= 60) rangeErrString = 'minute';
        break;
      }
      case stdSecond:
      case stdZeroSecond: {
        const r = getnum(value, std === stdZeroSecond);
        sec = r.n;
        value = r.rest;
        err = r.err;
        if (sec < 0 || sec >= 60) {
          rangeErrString = 'second';
          break;
        }
        // special case: do we have a fractional second but no fractional second in the format?
        if (value.length >= 2 && commaOrPeriod(value.charCodeAt(0)) && isDigit(value, 1)) {
          const next = nextStdChunk(layout, 0).std & stdMask;
          if (next === stdFracSecond0 || next === stdFracSecond9) {
            // fractional second in the layout; proceed normally
            break;
          }
          // no fractional second in the layout but we have one in the input
          let n = 2;
          for (; n < value.length && isDigit(value, n); n++);
          const pn = parseNanoseconds(value, n);
          nsec = pn.ns;
          rangeErrString = pn.rangeErr;
          err = pn.err;
          value = value.substring(n);
        }
        break;
      }
      case stdPM:
      case stdpm: {
        if (value.length < 2) {
          err = BAD;
          break;
        }
        const p = value.substring(0, 2);
        value = value.substring(2);
        const [pm, am] = std === stdPM ? ['PM', 'AM'] : ['pm', 'am'];
        if (p === pm) pmSet = true;
        else if (p === am) amSet = true;
        else err = BAD;
        break;
      }
      case stdISO8601TZ:
      case stdISO8601ColonTZ:
      case stdISO8601SecondsTZ:
      case stdISO8601ShortTZ:
      case stdISO8601ColonSecondsTZ:
      case stdNumTZ:
      case stdNumShortTZ:
      case stdNumColonTZ:
      case stdNumSecondsTz:
      case stdNumColonSecondsTZ: {
        if ((std === stdISO8601TZ || std === stdISO8601ShortTZ || std === stdISO8601ColonTZ) && value.length >= 1 &&
          value.charCodeAt(0) === 0x5a) {
          value = value.substring(1);
          z = utc;
          break;
        }
        let sign: string;
        let hh: string;
        let mm: string;
        let ss: string;
        if (std === stdISO8601ColonTZ || std === stdNumColonTZ) {
          if (value.length < 6 || value.charCodeAt(3) !== 0x3a) {
            err = BAD;
            break;
          }
          [sign, hh, mm, ss, value] = [value.substring(0, 1), value.substring(1, 3), value.substring(4, 6), '00', value.substring(6)];
        } else if (std === stdNumShortTZ || std === stdISO8601ShortTZ) {
          if (value.length < 3) {
            err = BAD;
            break;
          }
          [sign, hh, mm, ss, value] = [value.substring(0, 1), value.substring(1, 3), '00', '00', value.substring(3)];
        } else if (std === stdISO8601ColonSecondsTZ || std === stdNumColonSecondsTZ) {
          if (value.length < 9 || value.charCodeAt(3) !== 0x3a || value.charCodeAt(6) !== 0x3a) {
            err = BAD;
            break;
          }
          [sign, hh, mm, ss, value] = [value.substring(0, 1), value.substring(1, 3), value.substring(4, 6), value.substring(7, 9), value.substring(9)];
        } else if (std === stdISO8601SecondsTZ || std === stdNumSecondsTz) {
          if (value.length < 7) {
            err = BAD;
            break;
          }
          [sign, hh, mm, ss, value] = [value.substring(0, 1), value.substring(1, 3), value.substring(3, 5), value.substring(5, 7), value.substring(7)];
        } else {
          if (value.length < 5) {
            err = BAD;
            break;
          }
          [sign, hh, mm, ss, value] = [value.substring(0, 1), value.substring(1, 3), value.substring(3, 5), '00', value.substring(5)];
        }
        const hr = atoi(hh);
        let mmv = { n: 0, err: 0 };
        let ssv = { n: 0, err: 0 };
        err = hr.err;
        if (err === 0) {
          mmv = atoi(mm);
          err = mmv.err;
        }
        if (err === 0) {
          ssv = atoi(ss);
          err = ssv.err;
        }
        zoneOffset = (hr.n * 60 + mmv.n) * 60 + ssv.n; // offset is in seconds
        const sc = sign.charCodeAt(0);
        if (sc === 0x2d) zoneOffset = -zoneOffset;
        else if (sc !== 0x2b) err = BAD;
        break;
      }
      case stdTZ: {
        // does it look like a time zone?
        if (value.length >= 3 && value.startsWith('UTC')) {
          z = utc;
          value = value.substring(3);
          break;
        }
        const n = parseTimeZone(value);
        if (n < 0) {
          err = BAD;
          break;
        }
        zoneName = value.substring(0, n);
        value = value.substring(n);
        break;
      }
      case stdFracSecond0: {
        // stdFracSecond0 requires the exact number of digits as specified in the layout
        const ndigit = 1 + digitsLen(std);
        if (value.length < ndigit) {
          err = BAD;
          break;
        }
        const pn = parseNanoseconds(value, ndigit);
        nsec = pn.ns;
        rangeErrString = pn.rangeErr;
        err = pn.err;
        value = value.substring(ndigit);
        break;
      }
      case stdFracSecond9: {
        if (value.length < 2 || !commaOrPeriod(value.charCodeAt(0)) || !isDigit(value, 1)) {
          // fractional second omitted
          break;
        }
        // take any number of digits, even more than asked for, because it is what the stdSecond case would do
        let i = 0;
        while (i < 9 && i + 1 < value.length && isDigit(value, i + 1)) i++;
        const pn = parseNanoseconds(value, 1 + i);
        nsec = pn.ns;
        rangeErrString = pn.rangeErr;
        err = pn.err;
        value = value.substring(1 + i);
        break;
      }
    }
    if (rangeErrString !== '') return fail(stdstr, value, ': ' + rangeErrString + ' out of range');
    if (err !== 0) return fail(stdstr, value, '');
  }
  if (pmSet && hour < 12) hour += 12;
  else if (amSet && hour === 12) hour = 0;

  // convert yday to day, month
  if (yday >= 0) {
    let d = 0;
    let m = 0;
    if (isLeap(year)) {
      if (yday === 31 + 29) {
        m = 2;
        d = 29;
      } else if (yday > 31 + 29) {
        yday--;
      }
    }
    if (yday < 1 || yday > 365) return fail('', value, ': day-of-year out of range');
    if (m === 0) {
      m = Math.floor((yday - 1) / 31) + 1;
      if (DAYS_BEFORE[m] < yday) m++;
      d = yday - DAYS_BEFORE[m - 1];
    }
    // if month, day already seen, yday's m, d must match
    if (month >= 0 && month !== m) return fail('', value, ': day-of-year does not match month');
    month = m;
    if (day >= 0 && day !== d) return fail('', value, ': day-of-year does not match day');
    day = d;
  } else {
    if (month < 0) month = 1;
    if (day < 0) day = 1;
  }

  // validate the day of the month
  if (day < 1 || day > daysIn(month, year)) return fail('', value, ': day out of range');

  const fields: DateFields = { year, month, day, hour, min, sec, nsec };
  if (z !== undefined) return { ok: true, t: date(fields, z) };

  if (zoneOffset !== -1) {
    let t = date(fields, utc);
    t = addSec(t, -zoneOffset);
    // look for local zone with the given offset; if that zone was in effect at the given time, use it
    const zone = zoneOf(g, local); // zones here are fixed: the instant does not matter
    if (zone.offset === zoneOffset && (zoneName === '' || zone.name === zoneName)) {
      return { ok: true, t: [t[0], t[1], normLoc(g, local)] };
    }
    // otherwise create fake zone to record offset
    return { ok: true, t: [t[0], t[1], [zoneName, zoneOffset]] };
  }

  if (zoneName !== '') {
    let t = date(fields, utc);
    // look for local zone with the given name; if that zone was in effect at the given time, use it
    const offset = lookupZoneName(g, local, zoneName);
    if (offset !== undefined) {
      t = addSec(t, -offset);
      return { ok: true, t: [t[0], t[1], normLoc(g, local)] };
    }
    // otherwise, create fake zone with unknown offset
    let off = 0;
    if (zoneName.length > 3 && zoneName.startsWith('GMT')) {
      off = atoi(zoneName.substring(3)).n * 3600; // guaranteed OK by parseGMT
    }
    return { ok: true, t: [t[0], t[1], [zoneName, off]] };
  }

  // otherwise, fall back to default
  return { ok: true, t: date(fields, defaultLoc) };
}
