// How a runtime operation that may block hands control back to the VM: it
// returns `null` when it completed, or a continuation. The goroutine is then
// parked; when it runs again the VM calls the continuation, which completes
// (null) or parks again and returns the next continuation. This keeps Go's
// retry loops (sync.Mutex.lockSlow, semacquire1) as plain code.
export type Continuation = () => Continuation | null;
