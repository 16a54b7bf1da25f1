// The state colours, always visible so a colour is never a guess.
import { stateColor, visualStates } from '../stage/visualState.js';

export function Legend() {
  return (
    <ul className="legend" aria-label="goroutine states">
      {visualStates.map(({ state, label }) => (
        <li key={state}>
          <span className="swatch" style={{ background: stateColor(state) }} />
          {label}
        </li>
      ))}
    </ul>
  );
}
