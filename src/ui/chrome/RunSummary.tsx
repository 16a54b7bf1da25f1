// Goroutines created, max alive, events, virtual duration and exit status of the run.
import { formatDuration } from '../formatDuration.js';
import { usePg, useTrace } from '../store/context.js';

export function RunSummary() {
  const trace = useTrace();
  const run = usePg((s) => s.run);
  const sum = trace.summary;
  let status = '—';
  if (run.status === 'running') status = 'running…';
  else if (run.status === 'compile-error') status = 'build failed';
  else if (run.status === 'stopped') status = run.end?.kind === 'stopped' && run.end.reason !== 'stopped by the user' ? 'limit reached' : 'stopped';
  else if (sum.exit) status = sum.exit.reason === 'main returned' ? `exit ${sum.exit.code}` : `${sum.exit.reason} · exit ${sum.exit.code}`;
  return (
    <dl className="summary" data-testid="run-summary">
      <div><dt>goroutines</dt><dd data-testid="sum-goroutines">{sum.goroutinesCreated}</dd></div>
      <div><dt>max alive</dt><dd>{sum.maxAlive}</dd></div>
      <div><dt>events</dt><dd>{sum.events}</dd></div>
      <div><dt>virtual time</dt><dd>{formatDuration(sum.virtualTime)}</dd></div>
      <div><dt>status</dt><dd data-testid="sum-status" className={sum.exit && sum.exit.code !== 0 ? 'bad' : ''}>{status}</dd></div>
    </dl>
  );
}
