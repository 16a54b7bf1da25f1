// Go's layout engine (time/format.go): nextStdChunk finds the next element of
// the reference time "Mon Jan 2 15:04:05 MST 2006" in a layout, and
// AppendFormat writes each element of a Time. Also Time.String (with the
// monotonic `m=±s.nnnnnnnnn` suffix), GoString, Month.String, Weekday.String.
import { absDate, absOf, absWeekday, type AbsTime } from './calendar.js';
import { quote, uint64String } from './duration.js';
import { locationKind, locationName, locationOf, zoneOf, type TimeGlobals } from './location.js';
import { hasMono, nsecOf, type Time } from './timeValue.js';

// The std codes of format.go (values matter only within this module and parse.ts).
export const stdNeedDate = 1 << 8;
export const stdNeedClock = 2 << 8;
export const stdArgShift = 16;
export const stdSeparatorShift = 28;
export const stdMask = (1 << stdArgShift) - 1;

export const stdLongMonth = 1 + stdNeedDate; // "January"
export const stdMonth = 2 + stdNeedDate; // "Jan"
export const stdNumMonth = 3 + stdNeedDate; // "1"
export const stdZeroMonth = 4 + stdNeedDate; // "01"
export const stdLongWeekDay = 5 + stdNeedDate; // "Monday"
export const stdWeekDay = 6 + stdNeedDate; // "Mon"
export const stdDay = 7 + stdNeedDate; // "2"
export const stdUnderDay = 8 + stdNeedDate; // "_2"
export const stdZeroDay = 9 + stdNeedDate; // "02"
export const stdUnderYearDay = 10 + stdNeedDate; // "__2"
export const stdZeroYearDay = 11 + stdNeedDate; // "002"
export const stdHour = 12 + stdNeedClock; // "15"
export const stdHour12 = 13 + stdNeedClock; // "3"
export const stdZeroHour12 = 14 + stdNeedClock; // "03"
export const stdMinute = 15 + stdNeedClock; // "4"
export const stdZeroMinute = 16 + stdNeedClock; // "04"
export const stdSecond = 17 + stdNeedClock; // "5"
export const stdZeroSecond = 18 + stdNeedClock; // "05"
export const stdLongYear = 19 + stdNeedDate; // "2006"
export const stdYear = 20 + stdNeedDate; // "06"
export const stdPM = 21 + stdNeedClock; // "PM"
export const stdpm = 22 + stdNeedClock; // "pm"
export const stdTZ = 23; // "MST"
export const stdISO8601TZ = 24; // "Z0700"  // prints Z for UTC
export const stdISO8601SecondsTZ = 25; // "Z070000"
export const stdISO8601ShortTZ = 26; // "Z07"
export const stdISO8601ColonTZ = 27; // "Z07:00" // prints Z for UTC
export const stdISO8601ColonSecondsTZ = 28; // "Z07:00:00"
export const stdNumTZ = 29; // "-0700"  // always numeric
export const stdNumSecondsTz = 30; // "-070000"
export const stdNumShortTZ = 31; // "-07"    // always numeric
export const stdNumColonTZ = 32; // "-07:00" // always numeric
export const stdNumColonSecondsTZ = 33; // "-07:00:00"
export const stdFracSecond0 = 34; // ".0", ".00", ... , trailing zeros included
export const stdFracSecond9 = 35; // ".9", ".99", ..., trailing zeros omitted

const std0x = [stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear];

export const longDayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const shortDayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const shortMonthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const longMonthNames = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** A layout element: the layout splits into layout[..start] (literal), the element, layout[end..]. */
export interface StdChunk {
  start: number;
  std: number; // 0: no element, the rest is literal
  end: number;
}

function startsWithLowerCase(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  return c >= 0x61 && c <= 0x7a;
}

function isDigitAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** time.nextStdChunk, scanning from `from`. */
export function nextStdChunk(layout: string, from: number): StdChunk {
  const n = layout.length;
  const at = (i: number, s: string): boolean => layout.startsWith(s, i);
  for (let i = from; i < n; i++) {
    const c = layout.charCodeAt(i);
    switch (c) {
      case 0x4a: // 'J': January, Jan
        if (at(i, 'Jan')) {
          if (at(i, 'January')) return { start: i, std: stdLongMonth, end: i + 7 };
          if (!startsWithLowerCase(layout, i + 3)) return { start: i, std: stdMonth, end: i + 3 };
        }
        break;
      case 0x4d: // 'M': Monday, Mon, MST
        if (i + 3 <= n) {
          if (at(i, 'Mon')) {
            if (at(i, 'Monday')) return { start: i, std: stdLongWeekDay, end: i + 6 };
            if (!startsWithLowerCase(layout, i + 3)) return { start: i, std: stdWeekDay, end: i + 3 };
          }
          if (at(i, 'MST')) return { start: i, std: stdTZ, end: i + 3 };
        }
        break;
      case 0x30: // '0': 01, 02, 03, 04, 05, 06, 002
        if (i + 2 <= n) {
          const c1 = layout.charCodeAt(i + 1);
          if (c1 >= 0x31 && c1 <= 0x36) return { start: i, std: std0x[c1 - 0x31], end: i + 2 };
        }
        if (i + 3 <= n && layout.charCodeAt(i + 1) === 0x30 && layout.charCodeAt(i + 2) === 0x32) {
          return { start: i, std: stdZeroYearDay, end: i + 3 };
        }
        break;
      case 0x31: // '1': 15, 1
        if (i + 2 <= n && layout.charCodeAt(i + 1) === 0x35) return { start: i, std: stdHour, end: i + 2 };
        return { start: i, std: stdNumMonth, end: i + 1 };
      case 0x32: // '2': 2006, 2
        if (at(i, '2006')) return { start: i, std: stdLongYear, end: i + 4 };
        return { start: i, std: stdDay, end: i + 1 };
      case 0x5f: // '_': _2, _2006, __2
        if (i + 2 <= n && layout.charCodeAt(i + 1) === 0x32) {
          // _2006 is really a literal _, followed by stdLongYear
          if (at(i + 1, '2006')) return { start: i + 1, std: stdLongYear, end: i + 5 };
          return { start: i, std: stdUnderDay, end: i + 2 };
        }
        if (i + 3 <= n && layout.charCodeAt(i + 1) === 0x5f && layout.charCodeAt(i + 2) === 0x32) {
          return { start: i, std: stdUnderYearDay, end: i + 3 };
        }
        break;
      case 0x33: // '3'
        return { start: i, std: stdHour12, end: i + 1 };
      case 0x34: // '4'
        return { start: i, std: stdMinute, end: i + 1 };
      case 0x35: // '5'
        return { start: i, std: stdSecond, end: i + 1 };
      case 0x50: // 'P': PM
        if (i + 2 <= n && layout.charCodeAt(i + 1) === 0x4d) return { start: i, std: stdPM, end: i + 2 };
        break;
      case 0x70: // 'p': pm
        if (i + 2 <= n && layout.charCodeAt(i + 1) === 0x6d) return { start: i, std: stdpm, end: i + 2 };
        break;
      case 0x2d: // '-': -070000, -07:00:00, -0700, -07:00, -07
        if (at(i, '-070000')) return { start: i, std: stdNumSecondsTz, end: i + 7 };
        if (at(i, '-07:00:00')) return { start: i, std: stdNumColonSecondsTZ, end: i + 9 };
        if (at(i, '-0700')) return { start: i, std: stdNumTZ, end: i + 5 };
        if (at(i, '-07:00')) return { start: i, std: stdNumColonTZ, end: i + 6 };
        if (at(i, '-07')) return { start: i, std: stdNumShortTZ, end: i + 3 };
        break;
      case 0x5a: // 'Z': Z070000, Z07:00:00, Z0700, Z07:00, Z07
        if (at(i, 'Z070000')) return { start: i, std: stdISO8601SecondsTZ, end: i + 7 };
        if (at(i, 'Z07:00:00')) return { start: i, std: stdISO8601ColonSecondsTZ, end: i + 9 };
        if (at(i, 'Z0700')) return { start: i, std: stdISO8601TZ, end: i + 5 };
        if (at(i, 'Z07:00')) return { start: i, std: stdISO8601ColonTZ, end: i + 6 };
        if (at(i, 'Z07')) return { start: i, std: stdISO8601ShortTZ, end: i + 3 };
        break;
      case 0x2e: // '.', ',': .000 .999 ,000 ,999 — repeated digits for fractional seconds
      case 0x2c:
        if (i + 1 < n) {
          const ch = layout.charCodeAt(i + 1);
          if (ch === 0x30 || ch === 0x39) {
            let j = i + 1;
            while (j < n && layout.charCodeAt(j) === ch) j++;
            // string of digits must end here - only fractional second if all digits
            if (!isDigitAt(layout, j)) {
              const code = ch === 0x39 ? stdFracSecond9 : stdFracSecond0;
              return { start: i, std: stdFracSecond(code, j - (i + 1), c), end: j };
            }
          }
        }
        break;
    }
  }
  return { start: n, std: 0, end: n };
}

function stdFracSecond(code: number, n: number, c: number): number {
  const std = code | ((n & 0xfff) << stdArgShift);
  return c === 0x2e ? std : std | (1 << stdSeparatorShift);
}

export function digitsLen(std: number): number {
  return (std >> stdArgShift) & 0xfff;
}

function separator(std: number): string {
  return std >> stdSeparatorShift === 0 ? '.' : ',';
}

/** Where AppendFormat's appends go: one call per Go `append` (AppendFormat's capacity growth follows them). */
export type Emit = (piece: string) => void;

/** time.appendInt: x in decimal, zero-padded to `width` digits, as Go's appends. */
function appendInt(emit: Emit, x: number, width: number): void {
  let u = x;
  if (x < 0) {
    emit('-');
    u = -x;
  }
  const digits = String(u);
  for (let w = digits.length; w < width; w++) emit('0');
  emit(digits);
}

/** time.formatNano: the fraction of a second for .000 / .999 elements. */
function formatNano(emit: Emit, nanosec: number, std: number): void {
  let n = digitsLen(std);
  const trim = (std & stdMask) === stdFracSecond9;
  const buf = String(nanosec).padStart(9, '0');
  if (n > 9) n = 9;
  if (trim) {
    while (n > 0 && buf.charCodeAt(n - 1) === 0x30) n--;
    if (n === 0) return;
  }
  emit(separator(std));
  emit(buf.substring(0, n));
}

/** Time.AppendFormat: the pieces of t formatted with layout, in Go's append order. */
export function appendFormat(g: TimeGlobals, t: Time, layout: string, emit: Emit): void {
  const zone = zoneOf(g, t[2]);
  const name = zone.name;
  const offset = zone.offset;
  const abs: AbsTime = absOf(t, offset);
  let year = -1;
  let month = 0;
  let day = 0;
  let yday = 0;
  let hour = -1;
  let min = 0;
  let sec = 0;
  let pos = 0;
  const n = layout.length;
  while (pos < n) {
    const ch = nextStdChunk(layout, pos);
    if (ch.start > pos) emit(layout.substring(pos, ch.start));
    const std = ch.std;
    if (std === 0) break;
    pos = ch.end;

    // compute the date and clock when first needed
    if (year < 0 && (std & stdNeedDate) !== 0) {
      const c = absDate(abs.days);
      year = c.year;
      month = c.month;
      day = c.day;
      yday = c.yday + 1;
    }
    if (hour < 0 && (std & stdNeedClock) !== 0) {
      hour = Math.floor(abs.secOfDay / 3600);
      min = Math.floor((abs.secOfDay % 3600) / 60);
      sec = abs.secOfDay % 60;
    }

    switch (std & stdMask) {
      case stdYear:
        appendInt(emit, Math.abs(year) % 100, 2);
        break;
      case stdLongYear:
        appendInt(emit, year, 4);
        break;
      case stdMonth:
        emit(shortMonthNames[month - 1]);
        break;
      case stdLongMonth:
        emit(longMonthNames[month - 1]);
        break;
      case stdNumMonth:
        appendInt(emit, month, 0);
        break;
      case stdZeroMonth:
        appendInt(emit, month, 2);
        break;
      case stdWeekDay:
        emit(shortDayNames[absWeekday(abs.days)]);
        break;
      case stdLongWeekDay:
        emit(longDayNames[absWeekday(abs.days)]);
        break;
      case stdDay:
        appendInt(emit, day, 0);
        break;
      case stdUnderDay:
        if (day < 10) emit(' ');
        appendInt(emit, day, 0);
        break;
      case stdZeroDay:
        appendInt(emit, day, 2);
        break;
      case stdUnderYearDay:
        if (yday < 100) {
          emit(' ');
          if (yday < 10) emit(' ');
        }
        appendInt(emit, yday, 0);
        break;
      case stdZeroYearDay:
        appendInt(emit, yday, 3);
        break;
      case stdHour:
        appendInt(emit, hour, 2);
        break;
      case stdHour12:
        appendInt(emit, hour % 12 === 0 ? 12 : hour % 12, 0);
        break;
      case stdZeroHour12:
        appendInt(emit, hour % 12 === 0 ? 12 : hour % 12, 2);
        break;
      case stdMinute:
        appendInt(emit, min, 0);
        break;
      case stdZeroMinute:
        appendInt(emit, min, 2);
        break;
      case stdSecond:
        appendInt(emit, sec, 0);
        break;
      case stdZeroSecond:
        appendInt(emit, sec, 2);
        break;
      case stdPM:
        emit(hour >= 12 ? 'PM' : 'AM');
        break;
      case stdpm:
        emit(hour >= 12 ? 'pm' : 'am');
        break;
      case stdISO8601TZ:
      case stdISO8601ColonTZ:
      case stdISO8601SecondsTZ:
      case stdISO8601ShortTZ:
      case stdISO8601ColonSecondsTZ:
      case stdNumTZ:
      case stdNumColonTZ:
      case stdNumSecondsTz:
      case stdNumShortTZ:
      case stdNumColonSecondsTZ: {
        // ugly special case: the ISO8601 forms print Z for UTC
        if (offset === 0 && (std === stdISO8601TZ || std === stdISO8601ColonTZ || std === stdISO8601SecondsTZ ||
          std === stdISO8601ShortTZ || std === stdISO8601ColonSecondsTZ)) {
          emit('Z');
          break;
        }
        let zoneMin = Math.trunc(offset / 60);
        let absoffset = offset;
        if (zoneMin < 0) {
          emit('-');
          zoneMin = -zoneMin;
          absoffset = -absoffset;
        } else {
          emit('+');
        }
        appendInt(emit, Math.trunc(zoneMin / 60), 2);
        if (std === stdISO8601ColonTZ || std === stdNumColonTZ || std === stdISO8601ColonSecondsTZ || std === stdNumColonSecondsTZ) {
          emit(':');
        }
        if (std !== stdNumShortTZ && std !== stdISO8601ShortTZ) appendInt(emit, zoneMin % 60, 2);
        // append seconds if appropriate
        if (std === stdISO8601SecondsTZ || std === stdNumSecondsTz || std === stdNumColonSecondsTZ || std === stdISO8601ColonSecondsTZ) {
          if (std === stdNumColonSecondsTZ || std === stdISO8601ColonSecondsTZ) emit(':');
          appendInt(emit, absoffset % 60, 2);
        }
        break;
      }
      case stdTZ: {
        // the zone abbreviation, or a numeric offset when the zone has no name (e.g. FixedZone("", 3600))
        if (name !== '') {
          emit(name);
          break;
        }
        let zoneMin = Math.trunc(offset / 60);
        if (zoneMin < 0) {
          emit('-');
          zoneMin = -zoneMin;
        } else {
          emit('+');
        }
        appendInt(emit, Math.trunc(zoneMin / 60), 2);
        appendInt(emit, zoneMin % 60, 2);
        break;
      }
      case stdFracSecond0:
      case stdFracSecond9:
        formatNano(emit, nsecOf(t), std);
        break;
    }
  }
}

/** Time.Format */
export function formatTime(g: TimeGlobals, t: Time, layout: string): string {
  let out = '';
  appendFormat(g, t, layout, (p) => {
    out += p;
  });
  return out;
}

/** Time.String: Format("2006-01-02 15:04:05.999999999 -0700 MST"), then ` m=±<value>` when t has a monotonic reading. */
export function timeString(g: TimeGlobals, t: Time): string {
  let s = formatTime(g, t, '2006-01-02 15:04:05.999999999 -0700 MST');
  if (hasMono(t)) {
    const ext = t[1];
    let m2 = BigInt(ext);
    let sign = '+';
    if (m2 < 0n) {
      sign = '-';
      m2 = BigInt.asUintN(64, -m2);
    }
    const m1 = m2 / 1000000000n;
    const frac = m2 % 1000000000n;
    const m0 = m1 / 1000000000n;
    const secs = m1 % 1000000000n;
    let buf = ' m=' + sign;
    let secText = String(secs);
    if (m0 !== 0n) {
      buf += String(m0);
      secText = secText.padStart(9, '0');
    }
    buf += secText + '.' + String(frac).padStart(9, '0');
    s += buf;
  }
  return s;
}

/** Time.GoString: `time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)`. */
export function timeGoString(g: TimeGlobals, t: Time): string {
  const zone = zoneOf(g, t[2]);
  const abs = absOf(t, zone.offset);
  const c = absDate(abs.days);
  const hour = Math.floor(abs.secOfDay / 3600);
  const min = Math.floor((abs.secOfDay % 3600) / 60);
  const sec = abs.secOfDay % 60;
  let s = 'time.Date(' + c.year + ', time.' + longMonthNames[c.month - 1] + ', ' + c.day + ', ' + hour + ', ' + min + ', ' +
    sec + ', ' + nsecOf(t) + ', ';
  const loc = locationOf(g, t[2]);
  switch (locationKind(g, loc)) {
    case 'utc':
      s += 'time.UTC';
      break;
    case 'local':
      s += 'time.Local';
      break;
    default:
      s += 'time.Location(' + quote(locationName(loc)) + ')';
  }
  return s + ')';
}

/** Month.String: `January`, or `%!Month(13)` out of range. */
export function monthString(m: number | bigint): string {
  if (m >= 1 && m <= 12) return longMonthNames[Number(m) - 1];
  return '%!Month(' + uint64String(m) + ')';
}

/** Weekday.String: `Sunday`, or `%!Weekday(7)` out of range. */
export function weekdayString(d: number | bigint): string {
  if (d >= 0 && d <= 6) return longDayNames[Number(d)];
  return '%!Weekday(' + uint64String(d) + ')';
}
