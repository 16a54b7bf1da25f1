// Errors the runtime raises into the running goroutine. The VM turns a
// GoRuntimePanic into a Go panic (recoverable, printed `panic: <message>`; a
// runtime.Error prints with the `runtime error: ` prefix), and a GoFatalError
// into an unrecoverable `fatal error: <message>` (runtime.throw / fatal).

export class GoRuntimePanic {
  constructor(
    readonly message: string,
    /** runtime.Error (e.g. index out of range) vs plainError (e.g. send on closed channel). */
    readonly isRuntimeError: boolean,
    /** The Go type of the value recover() returns (runtime.boundsError for index and slice errors). */
    readonly goType: 'errorString' | 'boundsError' | 'TypeAssertionError' = 'errorString',
  ) {}
}

export class GoFatalError {
  constructor(readonly message: string) {}
}

/** A run limit was hit inside an operation (e.g. the heap estimate): the run stops with this message. */
export class EngineLimit {
  constructor(readonly message: string) {}
}
