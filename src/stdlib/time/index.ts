// The natives of package time: every function and method that
// src/stdlib/api/time.ts declares without a body, by Go's linker name, over
// the virtual clock of the run (the Go Playground's fake time).
import type { NativeCtx, NativeImpl, PureNative } from '../../vm/native.js';
import { nilDeref } from '../../vm/runtimeErrors.js';
import type { Int64, Ref, Slice, Value } from '../../vm/value.js';
import { panicString } from '../goPanic.js';
import { appendByteString } from '../strings/sliceGrowth.js';
import { absDate, absOf, absWeekday, dateTime, isoWeek, timeRound, timeTruncate, type DateFields } from './calendar.js';
import { durationString, parseDuration } from './duration.js';
import { appendFormat, formatTime, monthString, timeGoString, timeString, weekdayString } from './format.js';
import {
  loadLocation, locationName, locationOf, normLoc, registerLocations, timeGlobals, zoneOf, type TimeGlobals,
} from './location.js';
import { parse, parseErrorText, type ParseErrorFields } from './parse.js';
import { errorsNew, parseError } from './timeErrors.js';
import {
  afterFuncNative, newTickerNative, newTimerNative, sleepNative, tickerReset, tickerStop, timerReset, timerStop,
} from './timers.js';
import {
  hasMono, monoOnlyNow, nowTime, nsecOf, stripMono, timeAdd, timeAfter, timeBefore, timeCompare, timeEqual, timeIsZero,
  timeSub, timeUnixMicro, timeUnixMilli, timeUnixNano, unixMicroTime, unixMilliTime, unixNorm, unixSecOf, zeroTime,
  type Loc, type Time,
} from './timeValue.js';
import { add as add64 } from '../../vm/int64.js';

function pure(fn: PureNative): NativeImpl {
  return { kind: 'pure', fn };
}

/** A method or function of a Time and the run's location globals. */
function onTime(fn: (g: TimeGlobals, t: Time, args: Value[], c: NativeCtx) => Value): NativeImpl {
  return pure((c, args) => fn(timeGlobals(c.rt), args[0] as Time, args, c));
}

/** Time.setLoc: UTC is stored as nil; the monotonic reading goes. */
function setLoc(g: TimeGlobals, t: Time, loc: Loc | null): Time {
  const s = stripMono(t);
  return [s[0], s[1], normLoc(g, loc)];
}

function currentLocal(g: TimeGlobals): Loc | null {
  return g.localVar.load() as Loc | null;
}

function currentUTC(g: TimeGlobals): Loc | null {
  return g.utcVar.load() as Loc | null;
}

/** time.Date: normalization, the zone offset and setLoc; a nil location panics. */
function dateIn(c: NativeCtx, g: TimeGlobals, f: DateFields, loc: Loc | null): Time {
  if (loc === null) panicString(c, 'time: missing Location in call to Date');
  const t = dateTime(f, zoneOf(g, loc).offset);
  return [t[0], t[1], normLoc(g, loc)];
}

/** The civil fields of t in its own zone. */
function civil(g: TimeGlobals, t: Time) {
  const abs = absOf(t, zoneOf(g, t[2]).offset);
  return { abs, date: absDate(abs.days) };
}

function clockOf(g: TimeGlobals, t: Time): [number, number, number] {
  const s = absOf(t, zoneOf(g, t[2]).offset).secOfDay;
  return [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
}

function parseNative(c: NativeCtx, layout: string, value: string, defaultLoc: Loc | null, local: Loc | null): Value[] {
  const g = timeGlobals(c.rt);
  const r = parse(g, (f, loc) => dateIn(c, g, f, loc), layout, value, defaultLoc, local, currentUTC(g));
  return r.ok ? [r.t, null] : [zeroTime(), parseError(c, r.err)];
}

export const timeNatives = new Map<string, NativeImpl>([
  // ---------------------------------------------------------------- Duration, Month, Weekday
  ['time.Duration.String', pure((_c, [d]) => durationString(d as Int64))],
  ['time.ParseDuration', pure((c, [s]) => {
    const r = parseDuration(s as string);
    return 'd' in r ? [r.d, null] : [0, errorsNew(c, r.err)];
  })],
  ['time.Month.String', pure((_c, [m]) => monthString(m as Int64))],
  ['time.Weekday.String', pure((_c, [d]) => weekdayString(d as Int64))],

  // ---------------------------------------------------------------- locations
  ['time.LoadLocation', pure((c, [name]) => {
    const r = loadLocation(timeGlobals(c.rt), name as string);
    return 'loc' in r ? [r.loc, null] : [null, errorsNew(c, r.err)];
  })],
  ['time.(*Location).String', pure((_c, [l]) => locationName(l as Loc | null))],
  ['time.registerLocations', pure((c, [utcLoc, utcVar, localVar]) => {
    registerLocations(c.rt, utcLoc as Loc, utcVar as Ref, localVar as Ref);
    return undefined;
  })],

  // ---------------------------------------------------------------- constructors
  ['time.Now', pure((c) => nowTime(c.rt.now, currentLocal(timeGlobals(c.rt))))],
  ['time.Unix', pure((c, [sec, nsec]) => unixNorm(sec as Int64, nsec as Int64, currentLocal(timeGlobals(c.rt))))],
  ['time.UnixMilli', pure((c, [ms]) => unixMilliTime(ms as Int64, currentLocal(timeGlobals(c.rt))))],
  ['time.UnixMicro', pure((c, [us]) => unixMicroTime(us as Int64, currentLocal(timeGlobals(c.rt))))],
  ['time.Date', pure((c, [year, month, day, hour, min, sec, nsec, loc]) => {
    const f = { year, month, day, hour, min, sec, nsec } as DateFields;
    return dateIn(c, timeGlobals(c.rt), f, loc as Loc | null);
  })],
  ['time.Parse', pure((c, [layout, value]) => {
    const g = timeGlobals(c.rt);
    return parseNative(c, layout as string, value as string, currentUTC(g), currentLocal(g));
  })],
  ['time.ParseInLocation', pure((c, [layout, value, loc]) =>
    parseNative(c, layout as string, value as string, loc as Loc | null, loc as Loc | null))],
  ['time.(*ParseError).Error', pure((_c, [e]) => {
    if (e === null) throw nilDeref();
    return parseErrorText(e as ParseErrorFields);
  })],

  // ---------------------------------------------------------------- the clock
  // Since and Until compare a monotonic Time with the monotonic clock only (time.Since)
  ['time.Since', pure((c, [t]) => {
    const tt = t as Time;
    const now = hasMono(tt) ? monoOnlyNow(c.rt.now) : nowTime(c.rt.now, currentLocal(timeGlobals(c.rt)));
    return timeSub(now, tt);
  })],
  ['time.Until', pure((c, [t]) => {
    const tt = t as Time;
    const now = hasMono(tt) ? monoOnlyNow(c.rt.now) : nowTime(c.rt.now, currentLocal(timeGlobals(c.rt)));
    return timeSub(tt, now);
  })],

  // ---------------------------------------------------------------- Time arithmetic and comparison
  ['time.Time.Add', onTime((_g, t, [, d]) => timeAdd(t, d as Int64))],
  ['time.Time.Sub', onTime((_g, t, [, u]) => timeSub(t, u as Time))],
  ['time.Time.AddDate', onTime((g, t, [, years, months, days], c) => {
    const { date } = civil(g, t);
    const [hour, min, sec] = clockOf(g, t);
    const f: DateFields = {
      year: add64(date.year, years as Int64),
      month: add64(date.month, months as Int64),
      day: add64(date.day, days as Int64),
      hour, min, sec, nsec: nsecOf(t),
    };
    return dateIn(c, g, f, locationOf(g, t[2]));
  })],
  ['time.Time.After', onTime((_g, t, [, u]) => timeAfter(t, u as Time))],
  ['time.Time.Before', onTime((_g, t, [, u]) => timeBefore(t, u as Time))],
  ['time.Time.Compare', onTime((_g, t, [, u]) => timeCompare(t, u as Time))],
  ['time.Time.Equal', onTime((_g, t, [, u]) => timeEqual(t, u as Time))],
  ['time.Time.IsZero', onTime((_g, t) => timeIsZero(t))],
  ['time.Time.Round', onTime((_g, t, [, d]) => timeRound(t, d as Int64))],
  ['time.Time.Truncate', onTime((_g, t, [, d]) => timeTruncate(t, d as Int64))],

  // ---------------------------------------------------------------- calendar fields
  ['time.Time.Date', onTime((g, t) => {
    const { date } = civil(g, t);
    return [date.year, date.month, date.day];
  })],
  ['time.Time.Clock', onTime((g, t) => clockOf(g, t))],
  ['time.Time.Year', onTime((g, t) => civil(g, t).date.year)],
  ['time.Time.Month', onTime((g, t) => civil(g, t).date.month)],
  ['time.Time.Day', onTime((g, t) => civil(g, t).date.day)],
  ['time.Time.Hour', onTime((g, t) => clockOf(g, t)[0])],
  ['time.Time.Minute', onTime((g, t) => clockOf(g, t)[1])],
  ['time.Time.Second', onTime((g, t) => clockOf(g, t)[2])],
  ['time.Time.Nanosecond', onTime((_g, t) => nsecOf(t))],
  ['time.Time.Weekday', onTime((g, t) => absWeekday(civil(g, t).abs.days))],
  ['time.Time.YearDay', onTime((g, t) => civil(g, t).date.yday + 1)],
  ['time.Time.ISOWeek', onTime((g, t) => isoWeek(absOf(t, zoneOf(g, t[2]).offset)))],

  // ---------------------------------------------------------------- Unix time
  ['time.Time.Unix', onTime((_g, t) => unixSecOf(t))],
  ['time.Time.UnixMilli', onTime((_g, t) => timeUnixMilli(t))],
  ['time.Time.UnixMicro', onTime((_g, t) => timeUnixMicro(t))],
  ['time.Time.UnixNano', onTime((_g, t) => timeUnixNano(t))],

  // ---------------------------------------------------------------- locations of a Time
  ['time.Time.UTC', onTime((_g, t) => {
    const s = stripMono(t);
    return [s[0], s[1], null];
  })],
  ['time.Time.Local', onTime((g, t) => setLoc(g, t, currentLocal(g)))],
  ['time.Time.In', onTime((g, t, [, loc], c) => {
    if (loc === null) panicString(c, 'time: missing Location in call to Time.In');
    return setLoc(g, t, loc as Loc);
  })],
  ['time.Time.Location', onTime((g, t) => locationOf(g, t[2]))],
  ['time.Time.Zone', onTime((g, t) => {
    const z = zoneOf(g, t[2]);
    return [z.name, z.offset];
  })],
  ['time.Time.IsDST', onTime(() => false)],

  // ---------------------------------------------------------------- formatting
  ['time.Time.Format', onTime((g, t, [, layout]) => formatTime(g, t, layout as string))],
  ['time.Time.AppendFormat', onTime((g, t, [, b, layout]) => {
    let s = b as Slice | null;
    appendFormat(g, t, layout as string, (piece) => {
      s = appendByteString(s, piece);
    });
    return s;
  })],
  ['time.Time.String', onTime((g, t) => timeString(g, t))],
  ['time.Time.GoString', onTime((g, t) => timeGoString(g, t))],

  // ---------------------------------------------------------------- timers
  ['time.Sleep', { kind: 'blocking', fn: (c, [d]) => sleepNative(c, d as Int64) }],
  ['time.NewTimer', pure((c, [d]) => newTimerNative(c, d as Int64))],
  ['time.AfterFunc', pure((c, [d, f]) => afterFuncNative(c, d as Int64, f))],
  ['time.(*Timer).Stop', pure((c, [t]) => timerStop(c, t))],
  ['time.(*Timer).Reset', pure((c, [t, d]) => timerReset(c, t, d as Int64))],
  ['time.NewTicker', pure((c, [d]) => newTickerNative(c, d as Int64))],
  ['time.(*Ticker).Stop', pure((c, [t]) => {
    tickerStop(c, t);
    return undefined;
  })],
  ['time.(*Ticker).Reset', pure((c, [t, d]) => {
    tickerReset(c, t, d as Int64);
    return undefined;
  })],
]);
