// Locations: chanscope's *time.Location is the struct {name string; offset
// int} of the declared API (a fixed zone), plus the two package variables UTC
// (&utcLoc) and Local (&localLoc). As in the Go Playground (and go-fake-run),
// Local is UTC: its zone abbreviation is "UTC", its offset 0, but it keeps its
// own identity and prints as "Local" (Location.String, GoString).
//
// Natives need the identities of &utcLoc (Time.setLoc stores UTC as nil) and
// the current values of the variables UTC and Local (Now, Unix, Location,
// GoString read them, as Go's code does). The package hands them over from its
// init function through the native time.registerLocations; until that runs
// (or if the API does not call it) a per-run stand-in is used and locations
// are recognised by name.
import type { Runtime } from '../../runtime/runtime.js';
import { Box, type Ref } from '../../vm/value.js';
import type { Loc } from './timeValue.js';

export interface TimeGlobals {
  /** &utcLoc */
  utcLoc: Loc;
  /** &localLoc, the initial value of Local (its zone is the Playground's UTC). */
  localLoc: Loc;
  /** The variables UTC and Local. */
  utcVar: Ref;
  localVar: Ref;
  /** False while the stand-ins are in use (locations are then also recognised by name). */
  registered: boolean;
}

const globalsByRun = new WeakMap<Runtime, TimeGlobals>();

export function timeGlobals(rt: Runtime): TimeGlobals {
  let g = globalsByRun.get(rt);
  if (g === undefined) {
    const utcLoc: Loc = ['UTC', 0];
    const localLoc: Loc = ['Local', 0];
    g = { utcLoc, localLoc, utcVar: new Box(utcLoc), localVar: new Box(localLoc), registered: false };
    globalsByRun.set(rt, g);
  }
  return g;
}

/** time.registerLocations(&utcLoc, &UTC, &Local), called from package time's init. */
export function registerLocations(rt: Runtime, utcLoc: Loc, utcVar: Ref, localVar: Ref): void {
  globalsByRun.set(rt, { utcLoc, localLoc: localVar.load() as Loc, utcVar, localVar, registered: true });
}

function isUTC(g: TimeGlobals, loc: Loc): boolean {
  return loc === g.utcLoc || (!g.registered && loc[0] === 'UTC' && Number(loc[1]) === 0);
}

function isLocal(g: TimeGlobals, loc: Loc): boolean {
  return loc === g.localLoc || (!g.registered && loc[0] === 'Local' && Number(loc[1]) === 0);
}

/** Time.setLoc's rule: &utcLoc is stored as nil. */
export function normLoc(g: TimeGlobals, loc: Loc | null): Loc | null {
  return loc !== null && isUTC(g, loc) ? null : loc;
}

/** Time.Location: nil means the current value of UTC. */
export function locationOf(g: TimeGlobals, loc: Loc | null): Loc | null {
  return loc ?? (g.utcVar.load() as Loc | null);
}

export interface Zone {
  name: string;
  offset: number;
}

const UTC_ZONE: Zone = { name: 'UTC', offset: 0 };

/** Location.lookup: the zone abbreviation and offset in effect (zones here are fixed). */
export function zoneOf(g: TimeGlobals, loc: Loc | null): Zone {
  if (loc === null || isUTC(g, loc) || isLocal(g, loc)) return UTC_ZONE;
  return { name: loc[0] as string, offset: Number(loc[1]) };
}

/** Location.lookupName: the offset of the zone abbreviated `name`, if the location has one. */
export function lookupZoneName(g: TimeGlobals, loc: Loc | null, name: string): number | undefined {
  if (loc === null || isUTC(g, loc)) return undefined; // utcLoc has no zones
  if (isLocal(g, loc)) return name === 'UTC' ? 0 : undefined;
  return loc[0] === name ? Number(loc[1]) : undefined;
}

/** Location.String: nil is UTC. */
export function locationName(loc: Loc | null): string {
  return loc === null ? 'UTC' : (loc[0] as string);
}

/** How GoString names a location: `time.UTC`, `time.Local` or neither. */
export function locationKind(g: TimeGlobals, loc: Loc | null): 'utc' | 'local' | 'other' {
  if (loc === null || loc === g.utcVar.load()) return 'utc';
  if (loc === g.localVar.load()) return 'local';
  if (!g.registered) {
    if (isUTC(g, loc)) return 'utc';
    if (isLocal(g, loc)) return 'local';
  }
  return 'other';
}

export type LoadResult = { loc: Loc | null } | { err: string };

/**
 * time.LoadLocation without a time zone database: "" and "UTC" give UTC,
 * "Local" gives Local; other names are unknown (Go's error texts).
 */
export function loadLocation(g: TimeGlobals, name: string): LoadResult {
  if (name === '' || name === 'UTC') return { loc: g.utcVar.load() as Loc | null };
  if (name === 'Local') return { loc: g.localVar.load() as Loc | null };
  if (containsDotDot(name) || name.charCodeAt(0) === 0x2f || name.charCodeAt(0) === 0x5c) {
    return { err: 'time: invalid location name' };
  }
  return { err: 'unknown time zone ' + name };
}

/** time.containsDotDot: whether s has a ".." path element. */
function containsDotDot(s: string): boolean {
  if (s.length < 2) return false;
  for (let i = 0; i < s.length - 1; i++) {
    if (s.charCodeAt(i) === 0x2e && s.charCodeAt(i + 1) === 0x2e) return true;
  }
  return false;
}
