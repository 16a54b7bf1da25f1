// What the timeline's tooltip says about an event or a state segment. Pure:
// plain strings from the event and the model's names.
import type { TraceEvent } from '../../../trace/schema.js';
import { formatDuration } from '../../formatDuration.js';
import { goroutineLabel, visualStates, type VisualState } from '../visualState.js';
import type { TimelineLane, TimelineModel, TimelineSegment } from './timelineModel.js';

export interface Description {
  title: string;
  /** A state colour for the title's swatch. */
  state?: VisualState;
  rows: [label: string, value: string][];
}

const MAX_VALUE = 60;

function clip(s: string, max = MAX_VALUE): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function gName(m: TimelineModel, g: number): string {
  if (g === 0) return 'runtime';
  const l = m.laneOf(g);
  return l >= 0 ? m.lanes[l].label : `goroutine ${g}`;
}

/** The event as one line: `send 3 on jobs`, `blocks: chan receive`. */
export function eventTitle(ev: TraceEvent, m: TimelineModel): string {
  switch (ev.kind) {
    case 'go.create':
      return `go ${goroutineLabel(ev.fn, ev.child)}`;
    case 'go.run':
      return 'runs';
    case 'go.block':
      return `blocks: ${ev.reason}`;
    case 'go.unblock':
      return `wakes ${gName(m, ev.target)}`;
    case 'go.yield':
      return ev.preempted ? 'preempted' : 'yields';
    case 'go.exit':
      return 'exits';
    case 'chan.make':
      return `make(chan ${ev.elem}${ev.cap > 0 ? `, ${ev.cap}` : ''}) ${ev.name ?? ''}`.trim();
    case 'chan.send':
      return `send ${clip(ev.value, 24)} on ${m.chanName(ev.chan)}`;
    case 'chan.recv':
      return ev.ok ? `receive ${clip(ev.value, 24)} from ${m.chanName(ev.chan)}` : `receive from closed ${m.chanName(ev.chan)}`;
    case 'chan.close':
      return `close(${m.chanName(ev.chan)})`;
    case 'select.begin':
      return `select (${ev.cases.length} case${ev.cases.length === 1 ? '' : 's'}${ev.hasDefault ? ' + default' : ''})`;
    case 'select.chosen':
      return ev.index < 0 ? 'select: default' : `select: case ${ev.index}`;
    case 'sync.make':
      return `new ${ev.type} ${ev.name ?? ''}`.trim();
    case 'mutex.lock':
      return `${m.objectName(ev.object)}.${ev.read ? 'RLock' : 'Lock'}()`;
    case 'mutex.unlock':
      return `${m.objectName(ev.object)}.${ev.read ? 'RUnlock' : 'Unlock'}()`;
    case 'wg.add':
      return ev.delta === -1 ? `${m.objectName(ev.object)}.Done() → ${ev.counter}` : `${m.objectName(ev.object)}.Add(${ev.delta}) → ${ev.counter}`;
    case 'wg.wait':
      return `${m.objectName(ev.object)}.Wait()`;
    case 'cond.signal':
      return `${m.objectName(ev.object)}.${ev.broadcast ? 'Broadcast' : 'Signal'}()`;
    case 'once.do':
      return `${m.objectName(ev.object)}.Do()`;
    case 'atomic':
      return `atomic ${ev.op} → ${clip(ev.value, 24)}`;
    case 'timer.start':
      return ev.purpose === 'sleep'
        ? `time.Sleep(${formatDuration(ev.when - ev.t)})`
        : ev.purpose === 'ticker'
          ? `ticker every ${formatDuration(ev.period)}`
          : `timer in ${formatDuration(ev.when - ev.t)}`;
    case 'timer.fire':
      return 'timer fires';
    case 'timer.stop':
      return 'timer stopped';
    case 'timer.reset':
      return `timer reset to ${formatDuration(ev.when)}`;
    case 'clock.advance':
      return `clock → ${formatDuration(ev.to)}`;
    case 'print':
      return `${ev.stream === 'stderr' ? 'stderr' : 'prints'} ${JSON.stringify(clip(ev.text.replace(/\n$/, ''), 40))}`;
    case 'panic':
      return `panic: ${clip(ev.message)}`;
    case 'fatal':
      return `fatal error: ${clip(ev.message)}`;
    case 'exit':
      return `exit ${ev.code} (${ev.reason})`;
  }
}

/** The tooltip for an event. */
export function describeEvent(ev: TraceEvent, m: TimelineModel): Description {
  const rows: [string, string][] = [];
  rows.push(['goroutine', gName(m, ev.g)]);
  switch (ev.kind) {
    case 'chan.send':
    case 'chan.recv':
      rows.push(['channel', m.chanName(ev.chan)]);
      rows.push(['value', clip(ev.value)]);
      if (ev.peer !== undefined) rows.push([ev.kind === 'chan.send' ? 'to' : 'from', gName(m, ev.peer)]);
      else if (ev.kind === 'chan.recv' && !ev.ok) rows.push(['ok', 'false (closed)']);
      else rows.push(['buffer', `${ev.len} after`]);
      break;
    case 'chan.close':
      rows.push(['channel', m.chanName(ev.chan)]);
      break;
    case 'go.block':
      if (ev.objects.length > 0) rows.push(['on', ev.objects.map((o) => m.objectName(o)).join(', ')]);
      break;
    case 'print':
      rows.push(['text', clip(ev.text, 80)]);
      break;
    case 'exit':
      if (ev.leaked && ev.leaked.length > 0) rows.push(['leaked', ev.leaked.map((g) => gName(m, g)).join(', ')]);
      break;
    default:
      break;
  }
  rows.push(['time', formatDuration(ev.t)]);
  rows.push(['event', `#${ev.seq}`]);
  if (ev.pos) rows.push(['line', String(ev.pos.line)]);
  return { title: eventTitle(ev, m), rows };
}

/** The tooltip for a stretch of one state on a lane. */
export function describeSegment(seg: TimelineSegment, lane: TimelineLane, m: TimelineModel): Description {
  const label = visualStates.find((s) => s.state === seg.state)?.label ?? seg.state;
  const t0 = m.timeAt(seg.from);
  const last = Math.max(seg.from, seg.to - 1);
  const t1 = seg.to >= m.count ? m.endTime : m.timeAt(seg.to);
  const rows: [string, string][] = [['goroutine', lane.label]];
  if (seg.reason) rows.push(['reason', seg.reason]);
  rows.push(['time', t1 > t0 ? `${formatDuration(t0)} → ${formatDuration(t1)} (${formatDuration(t1 - t0)})` : formatDuration(t0)]);
  rows.push(['events', last > seg.from ? `#${seg.from} – #${last}` : `#${seg.from}`]);
  return { title: label, state: seg.state, rows };
}
