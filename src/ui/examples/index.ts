// The playground's starter examples, in gallery order. Each program's expected
// output from real Go sits beside it (X.out, and X.err / X.exit when it fails);
// examples.test.ts checks that the engine prints the same.
import workerpool from './workerpool.go?raw';
import pipeline from './pipeline.go?raw';
import fanin from './fanin.go?raw';
import mutex from './mutex.go?raw';
import deadlock from './deadlock.go?raw';
import context from './context.go?raw';

export interface Example {
  id: string;
  title: string;
  summary: string;
  code: string;
}

export const examples: Example[] = [
  {
    id: 'workerpool',
    title: 'Worker pool',
    summary: 'Three workers take jobs from a buffered channel and report results, with a WaitGroup to know when all are done.',
    code: workerpool,
  },
  {
    id: 'pipeline',
    title: 'Pipeline',
    summary: 'Numbers flow through gen and sq stages connected by unbuffered channels, one value at a time.',
    code: pipeline,
  },
  {
    id: 'fanin',
    title: 'Fan-in with timeout',
    summary: 'A select merges a fast and a slow producer until a time.After timeout fires.',
    code: fanin,
  },
  {
    id: 'mutex',
    title: 'Mutex counter',
    summary: 'Four goroutines increment a shared counter, taking turns through a sync.Mutex.',
    code: mutex,
  },
  {
    id: 'deadlock',
    title: 'Deadlock',
    summary: 'main and a worker each wait for the other on unbuffered channels until Go reports a deadlock.',
    code: deadlock,
  },
  {
    id: 'context',
    title: 'Context cancellation',
    summary: 'Workers step on their own timers until main cancels their context and ctx.Done() stops them all.',
    code: context,
  },
];

export const defaultExampleId = 'workerpool';
