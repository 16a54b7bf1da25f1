// Playback controls under the stage: start, step back, play/pause, step
// forward, end, jumps for the selection, speed, loop, and the time bar.
import { speeds } from '../store/playgroundStore.js';
import { usePg, usePlayground } from '../store/context.js';
import { Icon } from './icons.js';
import { TimeBar } from './TimeBar.js';

export function Transport() {
  const { store } = usePlayground();
  const playing = usePg((s) => s.playing);
  const speed = usePg((s) => s.speed);
  const loop = usePg((s) => s.loop);
  const cursor = usePg((s) => s.cursor);
  const count = usePg((s) => s.run.eventCount);
  const selected = usePg((s) => s.selected);
  const a = () => store.getState();
  return (
    <div className="transport" data-testid="transport">
      <TimeBar />
      <div className="transport-row">
        <div className="transport-buttons">
          <button className="icon" title="Start (Home)" aria-label="start" onClick={() => { a().setPlaying(false); a().seek(0); }}><Icon name="start" /></button>
          <button className="icon" title="Previous event of the selection (Shift+←)" aria-label="previous of selection" disabled={!selected} onClick={() => a().jumpSelected(-1)}><Icon name="prevOf" /></button>
          <button className="icon" title="Step back (←)" aria-label="step back" data-testid="step-back" onClick={() => a().stepBack()}><Icon name="back" /></button>
          <button className="icon play" title="Play / pause (Space)" aria-label={playing ? 'pause' : 'play'} data-testid="play" onClick={() => a().togglePlay()}>
            <Icon name={playing ? 'pause' : 'play'} />
          </button>
          <button className="icon" title="Step forward (→)" aria-label="step forward" data-testid="step-forward" onClick={() => a().stepForward()}><Icon name="forward" /></button>
          <button className="icon" title="Next event of the selection (Shift+→)" aria-label="next of selection" disabled={!selected} onClick={() => a().jumpSelected(1)}><Icon name="nextOf" /></button>
          <button className="icon" title="End (End)" aria-label="end" data-testid="to-end" onClick={() => { a().setPlaying(false); a().seek(Number.MAX_SAFE_INTEGER); }}><Icon name="end" /></button>
        </div>
        <div className="transport-right">
          <span className="event-count" data-testid="event-position">{Math.floor(cursor)} / {count}</span>
          <select aria-label="speed" title="Playback speed (+/−)" value={speed} onChange={(e) => a().setSpeed(Number(e.target.value))}>
            {speeds.map((x) => <option key={x} value={x}>{x}x</option>)}
          </select>
          <label className="toggle" title="Loop (L)">
            <input type="checkbox" checked={loop} onChange={(e) => a().setLoop(e.target.checked)} /> loop
          </label>
        </div>
      </div>
    </div>
  );
}
