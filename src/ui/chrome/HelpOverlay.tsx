// The keyboard shortcuts, from the same table that handles them.
import { shortcuts } from '../playback/shortcuts.js';
import { usePg, usePlayground } from '../store/context.js';

export function HelpOverlay() {
  const open = usePg((s) => s.helpOpen);
  const { store } = usePlayground();
  if (!open) return null;
  return (
    <div className="overlay" role="dialog" aria-label="Keyboard shortcuts" data-testid="help" onClick={() => store.getState().setHelpOpen(false)}>
      <div className="overlay-card" onClick={(e) => e.stopPropagation()}>
        <h2>Keyboard shortcuts</h2>
        <table>
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.label}>
                <td className="keys">{s.keys.map((k) => <kbd key={k}>{k}</kbd>)}</td>
                <td>{s.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">Playback shortcuts work when the editor does not have focus; Ctrl/⌘+Enter works everywhere.</p>
        <button onClick={() => store.getState().setHelpOpen(false)}>Close</button>
      </div>
    </div>
  );
}
