// The scrubber: a bar over the run (see timeAxis.ts) with a density strip of
// events, the playhead, and virtual-time read-outs. Dragging scrubs; the
// state at any position is a keyframe plus a short replay, so it is instant.
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatDuration } from '../formatDuration.js';
import { usePg, usePlayground, useTrace } from '../store/context.js';
import { TimeAxis } from './timeAxis.js';

export function TimeBar() {
  const trace = useTrace();
  const { store } = usePlayground();
  const count = usePg((s) => s.run.eventCount);
  const cursor = usePg((s) => s.cursor);
  const theme = usePg((s) => s.theme);
  const axis = useMemo(() => new TimeAxis(trace.events, count), [trace, count]);
  const canvas = useRef<HTMLCanvasElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<number | null>(null);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    const el = bar.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    setWidth(el.clientWidth);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const c = canvas.current;
    if (!c || width === 0) return;
    const dpr = window.devicePixelRatio || 1;
    const h = 14;
    c.width = Math.round(width * dpr);
    c.height = Math.round(h * dpr);
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, h);
    const buckets = Math.max(1, Math.floor(width / 2));
    const d = axis.density(buckets);
    let max = 1;
    for (const v of d) if (v > max) max = v;
    ctx.fillStyle = getComputedStyle(document.documentElement).getPropertyValue('--accent').trim() || '#2f6fde';
    const bw = width / buckets;
    for (let i = 0; i < buckets; i++) {
      if (d[i] === 0) continue;
      const bh = Math.max(1.5, (Math.sqrt(d[i]) / Math.sqrt(max)) * h);
      ctx.globalAlpha = 0.55;
      ctx.fillRect(i * bw, h - bh, Math.max(1, bw - 0.5), bh);
    }
  }, [axis, width, theme]);

  const posFromEvent = (clientX: number): number => {
    const el = bar.current;
    if (!el) return 0;
    const r = el.getBoundingClientRect();
    return axis.positionAt(Math.max(0, Math.min(1, (clientX - r.left) / r.width)));
  };

  const onPointerDown = (e: React.PointerEvent) => {
    (e.target as Element).setPointerCapture(e.pointerId);
    const s = store.getState();
    s.setPlaying(false);
    s.seek(posFromEvent(e.clientX));
  };
  const onPointerMove = (e: React.PointerEvent) => {
    setHover(posFromEvent(e.clientX));
    if (e.buttons & 1) store.getState().seek(posFromEvent(e.clientX));
  };

  const at = axis.x(cursor);
  const n = Math.floor(cursor);
  const tNow = n > 0 && n <= trace.length ? trace.events[n - 1].t : 0;
  const hoverT = hover !== null && hover > 0 && hover <= trace.length ? trace.events[hover - 1].t : 0;
  return (
    <div className="timebar">
      <span className="timebar-now" data-testid="virtual-time" title="virtual time at the playhead">{formatDuration(tNow)}</span>
      <div
        ref={bar}
        className="timebar-track"
        data-testid="timebar"
        role="slider"
        aria-label="playhead"
        aria-valuemin={0}
        aria-valuemax={count}
        aria-valuenow={n}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHover(null)}
      >
        <canvas ref={canvas} className="timebar-density" style={{ width: '100%', height: 14 }} />
        <div className="timebar-fill" style={{ width: `${at * 100}%` }} />
        <div className="timebar-head" style={{ left: `${at * 100}%` }} />
        {hover !== null && (
          <div className="timebar-hover" style={{ left: `${axis.x(hover) * 100}%` }}>
            event {hover} · {formatDuration(hoverT)}
          </div>
        )}
      </div>
      <span className="timebar-end" title="virtual duration of the run">{formatDuration(axis.duration)}</span>
    </div>
  );
}
