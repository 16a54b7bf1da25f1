// The timeline view: one swimlane per goroutine over (warped) virtual time,
// bars coloured by state, send→receive arrows, spawn/close/timer/panic/exit
// markers, a playhead, d3-zoom for horizontal zoom and pan. Bars and arrows are
// drawn on a canvas, culled to what is visible; lane labels are DOM (only the
// rows in view). The model grows with the trace (timelineModel.ts).
//
// Navigation: wheel or pinch zooms around the mouse; drag pans (sideways in
// time, up/down through the lanes); Shift+wheel or the scrollbar scrolls the
// lanes; a sideways trackpad swipe pans. Click an event to jump the playhead
// just after it; click or drag on the axis to scrub.
import { select, zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type MouseEvent as ReactMouseEvent, type PointerEvent as ReactPointerEvent } from 'react';
import type { TraceEvent } from '../../../trace/schema.js';
import { stateColor, type VisualState } from '../visualState.js';
import { describeEvent, describeSegment, type Description } from './describe.js';
import {
  AXIS_H,
  drawAxis,
  drawPlot,
  fitScale,
  hitTest,
  LANE_H,
  MAX_PX_PER_UNIT,
  prepareCanvas,
  pxOfSeq,
  readPalette,
  seqAtPx,
  type Hit,
  type Palette,
  type Viewport,
} from './render.js';
import { segmentAt, TimelineBuilder, type TimelineModel } from './timelineModel.js';
import './timeline.css';

export interface TimelineViewProps {
  /** The whole trace so far (the same array instance grows while streaming; compare eventCount). */
  events: readonly TraceEvent[];
  eventCount: number;
  /** Float playhead in events (Math.floor(cursor) events applied). */
  cursor: number;
  finished: boolean;
  theme: 'light' | 'dark';
  hoveredG: number | null;
  onHoverG(g: number | null): void;
  /** n = number of events applied (0..eventCount). */
  onSeek(n: number): void;
}

/** Width of the lane-label column, px. */
const LABEL_W = 172;
/** Label rows rendered above and below the visible ones. */
const OVERSCAN = 12;

interface Tip {
  hit: Hit;
  /** Mouse position relative to the view's root. */
  x: number;
  y: number;
}

export function TimelineView(props: TimelineViewProps) {
  const { events, eventCount, cursor, finished, theme, hoveredG } = props;
  const propsRef = useRef(props);
  propsRef.current = props;

  // the model follows the trace: appended to while the same trace grows, rebuilt for another one
  const builderRef = useRef<TimelineBuilder | null>(null);
  let model = builderRef.current;
  if (!model || !model.continues(events, eventCount)) {
    model = new TimelineBuilder();
    builderRef.current = model;
  }
  model.append(events, eventCount);

  const rootRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const plotColRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const axisRef = useRef<HTMLCanvasElement>(null);
  const zoomRef = useRef<ZoomBehavior<HTMLCanvasElement, unknown> | null>(null);

  const sizeRef = useRef({ w: 0, h: 0 });
  const [size, setSize] = useState({ w: 0, h: 0 });
  const scrollRef = useRef(0);
  const [scrollTop, setScrollTop] = useState(0);
  const transformRef = useRef({ k: 1, x: 0 });
  const paletteRef = useRef<Palette | null>(null);
  const hoverRef = useRef<Hit | null>(null);
  const hoverGRef = useRef<number | null>(null);
  const draggingRef = useRef(false);
  const [tip, setTip] = useState<Tip | null>(null);
  const tipRef = useRef<Tip | null>(null);
  tipRef.current = tip;

  const viewport = useCallback((): Viewport => {
    const m = builderRef.current!;
    const { w, h } = sizeRef.current;
    return { w, h, scrollTop: scrollRef.current, k: transformRef.current.k, tx: transformRef.current.x, fit: fitScale(m, w) };
  }, []);

  // --- drawing: one frame at most per animation frame -----------------------
  const draw = useCallback(() => {
    const m = builderRef.current;
    const canvas = canvasRef.current;
    const axis = axisRef.current;
    const { w, h } = sizeRef.current;
    if (!m || !canvas || !axis || w <= 0 || h <= 0) return;
    const pal = (paletteRef.current ??= readPalette());
    const p = propsRef.current;
    const vp = viewport();
    const hoveredLane = p.hoveredG === null ? -1 : m.laneOf(p.hoveredG);
    const ctx = prepareCanvas(canvas, w, h);
    if (ctx) drawPlot(ctx, m, vp, { cursor: p.cursor, hoveredLane, hoverSeq: hoverRef.current?.seq ?? -1, palette: pal });
    const actx = prepareCanvas(axis, w, AXIS_H);
    if (actx) drawAxis(actx, m, vp, p.cursor, pal);
  }, [viewport]);
  const rafRef = useRef(0);
  const requestDraw = useCallback(() => {
    if (rafRef.current) return;
    rafRef.current = requestAnimationFrame(() => {
      rafRef.current = 0;
      draw();
    });
  }, [draw]);
  useEffect(
    () => () => {
      cancelAnimationFrame(rafRef.current);
      rafRef.current = 0; // StrictMode mounts twice: the next mount must be able to schedule again
    },
    [],
  );
  // any prop change (new events, playhead, hover) redraws
  useEffect(() => requestDraw());
  // the theme's colours are read in the next frame, after the page has switched its variables
  useEffect(() => {
    paletteRef.current = null;
    requestDraw();
  }, [theme, requestDraw]);

  // --- size --------------------------------------------------------------------
  useLayoutEffect(() => {
    const body = bodyRef.current;
    const col = plotColRef.current;
    if (!body || !col) return;
    const measure = () => {
      const w = col.clientWidth;
      const h = body.clientHeight;
      if (w === sizeRef.current.w && h === sizeRef.current.h) return;
      sizeRef.current = { w, h };
      setSize({ w, h });
      draw();
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(body);
    ro.observe(col);
    return () => ro.disconnect();
  }, [draw]);

  // --- zoom and pan ------------------------------------------------------------
  useEffect(() => {
    const canvas = canvasRef.current!;
    const sel = select(canvas);
    const z = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([1, 1])
      .clickDistance(4)
      .filter((ev: Event) => {
        if (ev.type === 'wheel') {
          const w = ev as WheelEvent;
          return !w.shiftKey && Math.abs(w.deltaY) >= Math.abs(w.deltaX);
        }
        const me = ev as MouseEvent;
        return !me.ctrlKey && !me.button;
      })
      .on('start', (e: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        const t = e.sourceEvent?.type;
        if (t === 'mousedown' || t === 'touchstart') {
          draggingRef.current = true;
          canvas.classList.add('tl-grabbing');
        }
        if (tipRef.current) setTip(null);
      })
      .on('zoom', (e: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        const se = e.sourceEvent as MouseEvent | null;
        // dragging up and down scrolls the lanes (the zoom itself is horizontal only)
        if (se && se.type === 'mousemove' && bodyRef.current && se.movementY) bodyRef.current.scrollTop -= se.movementY;
        transformRef.current = { k: e.transform.k, x: e.transform.x };
        if (hoverRef.current && se && se.type === 'wheel') hoverRef.current = null;
        requestDraw();
      })
      .on('end', () => {
        draggingRef.current = false;
        canvas.classList.remove('tl-grabbing');
      });
    sel.call(z).on('dblclick.zoom', null);
    zoomRef.current = z;
    const onWheel = (ev: WheelEvent) => {
      if (ev.ctrlKey) return; // pinch: d3-zoom's
      const unit = ev.deltaMode === 1 ? 16 : ev.deltaMode === 2 ? sizeRef.current.h : 1;
      if (ev.shiftKey) {
        if (bodyRef.current) bodyRef.current.scrollTop += (ev.deltaY || ev.deltaX) * unit;
        ev.preventDefault();
      } else if (Math.abs(ev.deltaX) > Math.abs(ev.deltaY)) {
        z.translateBy(sel, (-ev.deltaX * unit) / transformRef.current.k, 0);
        ev.preventDefault();
      }
    };
    canvas.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      canvas.removeEventListener('wheel', onWheel);
      sel.on('.zoom', null);
      zoomRef.current = null;
    };
  }, [requestDraw]);

  // the zoom's limits follow the canvas size and the trace length; a new trace starts zoomed out
  const lastModel = useRef<TimelineModel | null>(null);
  const totalX = model.totalX;
  useEffect(() => {
    const z = zoomRef.current;
    const canvas = canvasRef.current;
    const m = builderRef.current;
    if (!z || !canvas || !m || size.w <= 0 || size.h <= 0) return;
    const maxK = Math.max(1, MAX_PX_PER_UNIT / fitScale(m, size.w));
    z.extent([[0, 0], [size.w, size.h]]).translateExtent([[0, 0], [size.w, size.h]]).scaleExtent([1, maxK]);
    const fresh = lastModel.current !== m;
    lastModel.current = m;
    select(canvas).call(z.transform, fresh ? zoomIdentity : zoomTransform(canvas));
  }, [size.w, size.h, totalX, model]);

  // follow the playhead while it plays out of a zoomed-in view (only if it was in view a step before)
  const prevCursor = useRef(cursor);
  useEffect(() => {
    const before = prevCursor.current;
    prevCursor.current = cursor;
    const z = zoomRef.current;
    const canvas = canvasRef.current;
    const m = builderRef.current;
    if (!z || !canvas || !m || transformRef.current.k <= 1.0001 || draggingRef.current) return;
    const vp = viewport();
    const was = pxOfSeq(m, vp, before);
    const now = pxOfSeq(m, vp, cursor);
    if (was < 0 || was > vp.w) return;
    if (now > vp.w - 16 || now < 0) z.translateBy(select(canvas), (vp.w * 0.2 - now) / transformRef.current.k, 0);
  }, [cursor, viewport]);

  const zoomBy = (f: number) => {
    const z = zoomRef.current;
    const canvas = canvasRef.current;
    const m = builderRef.current;
    if (!z || !canvas || !m) return;
    const vp = viewport();
    const ph = pxOfSeq(m, vp, propsRef.current.cursor);
    const anchor: [number, number] = [ph >= 0 && ph <= vp.w ? ph : vp.w / 2, 0];
    z.scaleBy(select(canvas).transition().duration(200), f, anchor);
  };
  const zoomFit = () => {
    const z = zoomRef.current;
    const canvas = canvasRef.current;
    if (z && canvas) z.transform(select(canvas).transition().duration(250), zoomIdentity);
  };

  // --- scrolling -------------------------------------------------------------
  const onScroll = () => {
    const body = bodyRef.current;
    if (!body) return;
    scrollRef.current = body.scrollTop;
    draw(); // now, so the canvas keeps pace with the natively scrolled labels
    setScrollTop(body.scrollTop);
  };

  // --- hover and click ---------------------------------------------------------
  const setHoverG = useCallback((g: number | null) => {
    if (g === hoverGRef.current) return;
    hoverGRef.current = g;
    propsRef.current.onHoverG(g);
  }, []);
  const hitAt = (e: ReactMouseEvent<HTMLCanvasElement>): Hit | null => {
    const r = e.currentTarget.getBoundingClientRect();
    return hitTest(builderRef.current!, viewport(), e.clientX - r.left, e.clientY - r.top);
  };
  const onMouseMove = (e: ReactMouseEvent<HTMLCanvasElement>) => {
    if (draggingRef.current) return;
    const hit = hitAt(e);
    const root = rootRef.current!.getBoundingClientRect();
    const prev = hoverRef.current;
    hoverRef.current = hit;
    setTip(hit && (hit.seq >= 0 || hit.segment >= 0) ? { hit, x: e.clientX - root.left, y: e.clientY - root.top } : null);
    const m = builderRef.current!;
    setHoverG(hit && hit.lane >= 0 ? m.lanes[hit.lane].g : null);
    if (prev?.seq !== hit?.seq) requestDraw();
  };
  const onMouseLeave = () => {
    hoverRef.current = null;
    setTip(null);
    setHoverG(null);
    requestDraw();
  };
  const onClick = (e: ReactMouseEvent<HTMLCanvasElement>) => {
    const m = builderRef.current!;
    const hit = hitAt(e);
    if (!hit) return;
    const n = hit.seq >= 0 ? hit.seq + 1 : Math.round(hit.at);
    propsRef.current.onSeek(Math.max(0, Math.min(m.count, n)));
  };

  // the axis scrubs
  const scrub = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    const m = builderRef.current!;
    const r = e.currentTarget.getBoundingClientRect();
    const n = Math.round(seqAtPx(m, viewport(), e.clientX - r.left));
    propsRef.current.onSeek(Math.max(0, Math.min(m.count, n)));
  };
  const onAxisDown = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    scrub(e);
  };
  const onAxisMove = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    if (e.buttons & 1) scrub(e);
  };

  // --- layout ------------------------------------------------------------------
  const laneCount = model.lanes.length;
  const contentH = laneCount * LANE_H;
  const first = Math.max(0, Math.floor(scrollTop / LANE_H) - OVERSCAN);
  const last = Math.min(laneCount - 1, Math.ceil((scrollTop + size.h) / LANE_H) + OVERSCAN);
  const applied = Math.max(0, Math.min(eventCount, Math.floor(cursor)));

  let tipBox: Description | null = null;
  if (tip) {
    const { hit } = tip;
    if (hit.seq >= 0 && hit.seq < model.count) tipBox = describeEvent(events[hit.seq], model);
    else if (hit.lane >= 0 && hit.segment >= 0) {
      const lane = model.lanes[hit.lane];
      const seg = lane?.segments[hit.segment];
      if (seg) tipBox = describeSegment(seg, lane, model);
    }
  }

  return (
    <div className="tl" data-testid="timeline" ref={rootRef} onMouseLeave={() => setTip(null)}>
      <div className="tl-head">
        <div className="tl-corner" style={{ width: LABEL_W }}>
          <span className="tl-count">
            {laneCount} goroutine{laneCount === 1 ? '' : 's'}
          </span>
          <span className="tl-tools">
            <button type="button" aria-label="Zoom out" title="Zoom out (wheel)" onClick={() => zoomBy(1 / 2)}>
              −
            </button>
            <button type="button" aria-label="Zoom in" title="Zoom in (wheel; drag to pan, Shift+wheel scrolls the lanes)" onClick={() => zoomBy(2)}>
              +
            </button>
            <button type="button" aria-label="Fit the whole run" title="Fit the whole run" onClick={zoomFit}>
              <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
                <path d="M1 4V1h3M8 1h3v3M11 8v3H8M4 11H1V8" fill="none" stroke="currentColor" strokeWidth="1.4" />
              </svg>
            </button>
          </span>
        </div>
        <canvas ref={axisRef} className="tl-axis" data-testid="timeline-axis" onPointerDown={onAxisDown} onPointerMove={onAxisMove} />
      </div>
      <div className="tl-body" ref={bodyRef} onScroll={onScroll}>
        <div className="tl-rows" style={{ height: Math.max(contentH, size.h) }}>
          <div className="tl-labels" style={{ width: LABEL_W }}>
            <LaneLabels model={model} count={model.count} first={first} last={last} applied={applied} hoveredG={hoveredG} finished={finished} setHoverG={setHoverG} />
          </div>
          <div className="tl-plotcol" ref={plotColRef}>
            <canvas ref={canvasRef} className="tl-canvas" data-testid="timeline-canvas" onMouseMove={onMouseMove} onMouseLeave={onMouseLeave} onClick={onClick} />
          </div>
        </div>
        {model.count === 0 && <div className="tl-empty">No events yet.</div>}
      </div>
      {tip && tipBox && <Tooltip tip={tip} box={tipBox} root={rootRef.current} />}
    </div>
  );
}

function Tooltip({ tip, box, root }: { tip: Tip; box: Description; root: HTMLDivElement | null }) {
  const rw = root?.clientWidth ?? 1e9;
  const rh = root?.clientHeight ?? 1e9;
  const left = tip.x > rw - 300;
  const up = tip.y > rh - 170;
  // anchored by the corner nearest the mouse, so it never runs off the view
  const style: CSSProperties = {
    ...(left ? { right: rw - tip.x + 14 } : { left: tip.x + 14 }),
    ...(up ? { bottom: rh - tip.y + 12 } : { top: tip.y + 16 }),
  };
  return (
    <div className="tl-tip" role="tooltip" data-testid="timeline-tooltip" style={style}>
      <div className="tl-tip-title">
        {box.state && <span className="tl-swatch" style={{ background: stateColor(box.state) }} />}
        {box.title}
      </div>
      <dl>
        {box.rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <div className="tl-tip-hint">click to move the playhead here</div>
    </div>
  );
}

interface LaneLabelsProps {
  model: TimelineModel;
  /** Events in the model (it grows in place; this makes the memo see it). */
  count: number;
  first: number;
  last: number;
  /** Events applied at the playhead. */
  applied: number;
  hoveredG: number | null;
  finished: boolean;
  setHoverG(g: number | null): void;
}

const LaneLabels = memo(function LaneLabels({ model, first, last, applied, hoveredG, finished, setHoverG }: LaneLabelsProps) {
  const rows = [];
  for (let i = first; i <= last; i++) {
    const lane = model.lanes[i];
    // the state after `applied` events is the one of the segment holding event applied-1
    let st: VisualState | null = null;
    if (applied > lane.created) {
      const si = segmentAt(lane, applied - 1);
      if (si >= 0) st = lane.segments[si].state;
    }
    const cls = ['tl-lane'];
    if (i % 2 === 1) cls.push('tl-odd');
    if (hoveredG === lane.g) cls.push('tl-hovered');
    if (st === null) cls.push('tl-unborn');
    else if (st === 'exited') cls.push('tl-gone');
    const parent = lane.parent > 0 ? model.lanes[model.laneOf(lane.parent)]?.label : undefined;
    const title = `${lane.fn} — goroutine ${lane.g}${parent ? `, started by ${parent}` : ''}${lane.createdAt ? ` at line ${lane.createdAt.line}` : ''}`;
    rows.push(
      <div
        key={lane.g}
        className={cls.join(' ')}
        data-lane-gid={lane.g}
        style={{ top: i * LANE_H, height: LANE_H }}
        title={title}
        onMouseEnter={() => setHoverG(lane.g)}
        onMouseLeave={() => setHoverG(null)}
      >
        <span className={st === null ? 'tl-dot tl-dot-none' : 'tl-dot'} style={st === null ? undefined : { background: stateColor(st) }} />
        <span className="tl-name">{lane.label}</span>
        {finished && lane.leaked && <span className="tl-badge">leaked</span>}
      </div>,
    );
  }
  return <>{rows}</>;
});
