// The canvas renderer against a recording stub context (no DOM): a frame's work
// is bounded by the canvas size, not the trace length, and the hit test finds
// the event under the mouse.
import { describe, expect, it } from 'vitest';
import { Session } from '../../../engine/session.js';
import type { TraceEvent } from '../../../trace/schema.js';
import type { VisualState } from '../visualState.js';
import { drawAxis, drawPlot, fitScale, hitTest, laneCenter, LANE_H, pxOfSeq, seqAtPx, type Palette, type Viewport } from './render.js';
import { buildTimeline } from './timelineModel.js';

function traceOf(src: string): TraceEvent[] {
  const events: TraceEvent[] = [];
  const s = Session.start([{ name: 'prog.go', text: src }], { onEvent: (e) => events.push(e) });
  expect(s.runToEnd().kind).toBe('exited');
  return events;
}

/** A 2D context that counts the calls that cost: path pieces, fills, text. */
function stubContext() {
  const calls: Record<string, number> = {};
  const ctx = new Proxy(
    {},
    {
      get(_t, name: string) {
        if (name === 'measureText') return (s: string) => ({ width: s.length * 6.5 });
        if (name === 'calls') return calls;
        return (..._args: unknown[]) => {
          calls[name] = (calls[name] ?? 0) + 1;
        };
      },
      set() {
        return true; // fillStyle, font, globalAlpha…
      },
    },
  );
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const states: Record<VisualState, string> = { running: '#0', runnable: '#1', chan: '#2', select: '#3', lock: '#4', sleep: '#5', wg: '#6', cond: '#7', exited: '#8' };
const palette: Palette = { states, panel: '#fff', panel2: '#eee', border: '#ddd', text: '#111', text2: '#555', text3: '#888', accent: '#00f', accentSoft: '#ccf', danger: '#f00', edge: '#999', fontMono: 'monospace', fontUi: 'sans-serif' };

const many = `package main

import (
	"sync"
	"time"
)

func main() {
	jobs := make(chan int, 4)
	results := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < 200; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j%100 == 0 {
					time.Sleep(time.Millisecond)
				}
				results <- j
			}
		}()
	}
	go func() {
		for j := 0; j < 6000; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()
	for range results {
	}
}
`;

describe('timeline rendering', () => {
  const events = traceOf(many);
  const m = buildTimeline(events);
  const w = 1000;
  const h = 600;
  const fitted: Viewport = { w, h, scrollTop: 0, k: 1, tx: 0, fit: fitScale(m, w) };

  it('maps the whole run onto the canvas at k = 1 and inverts', () => {
    expect(events.length).toBeGreaterThan(40_000);
    expect(pxOfSeq(m, fitted, 0)).toBeGreaterThanOrEqual(0);
    expect(pxOfSeq(m, fitted, m.count)).toBeLessThanOrEqual(w);
    for (const seq of [0, 10, 1234, m.count - 1]) expect(seqAtPx(m, fitted, pxOfSeq(m, fitted, seq))).toBeCloseTo(seq, 6);
  });

  it('draws a zoomed-out frame of a long trace with work bounded by the canvas size', () => {
    const { ctx, calls } = stubContext();
    drawPlot(ctx, m, fitted, { cursor: m.count / 2, hoveredLane: -1, hoverSeq: -1, palette });
    const visibleLanes = Math.ceil(h / LANE_H) + 1;
    expect(calls.rect ?? 0).toBeLessThan(visibleLanes * w + 1000);
    // too many arrows to read: none drawn unless a goroutine is hovered
    expect(calls.bezierCurveTo ?? 0).toBe(0);
    const hovered = stubContext();
    drawPlot(hovered.ctx, m, fitted, { cursor: m.count, hoveredLane: 5, hoverSeq: -1, palette });
    expect((hovered.calls.lineTo ?? 0) + (hovered.calls.bezierCurveTo ?? 0)).toBeGreaterThan(0);
    const axis = stubContext();
    drawAxis(axis.ctx, m, fitted, m.count / 2, palette);
    expect(axis.calls.fillText ?? 0).toBeLessThan(60);
  });

  it('draws only what is in view when zoomed in', () => {
    const k = 200;
    const zoomed: Viewport = { ...fitted, k, tx: -(k - 1) * (w / 2) };
    const { ctx, calls } = stubContext();
    drawPlot(ctx, m, zoomed, { cursor: m.count, hoveredLane: -1, hoverSeq: -1, palette });
    expect(calls.rect ?? 0).toBeLessThan(2000);
    expect(calls.fillRect ?? 0).toBeLessThan(200);
  });

  it('finds the event under the mouse, else the state there', () => {
    const zoomed: Viewport = { ...fitted, k: 60, tx: 0 };
    const lane = m.lanes[3];
    const seq = lane.events[2];
    const x = pxOfSeq(m, zoomed, seq);
    const y = laneCenter(zoomed, 3);
    expect(hitTest(m, zoomed, x + 1, y)).toMatchObject({ lane: 3, seq });
    // between two events far apart on the lane: its state there
    const seg = lane.segments.findIndex((s) => pxOfSeq(m, zoomed, s.to) - pxOfSeq(m, zoomed, s.from) > 40 && pxOfSeq(m, zoomed, s.to) < w);
    expect(seg).toBeGreaterThanOrEqual(0);
    const mid = (pxOfSeq(m, zoomed, lane.segments[seg].from) + pxOfSeq(m, zoomed, lane.segments[seg].to)) / 2;
    const hit = hitTest(m, zoomed, mid, y)!;
    if (hit.seq < 0) expect(hit).toMatchObject({ lane: 3, segment: seg });
    else expect(lane.events).toContain(hit.seq); // another goroutine's event on this lane (a wake-up)
    expect(hitTest(m, zoomed, 100, -5)).toBeNull();
    expect(hitTest(m, zoomed, 100, m.lanes.length * LANE_H + 5)).toBeNull();
  });
});
