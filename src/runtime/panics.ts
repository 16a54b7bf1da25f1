// Errors the runtime raises into the running goroutine. The VM turns a
// GoRuntimePanic into a Go panic (recoverable, printed `panic: <message>`; a
// runtime.Error prints with the `runtime error: ` prefix), and a GoFatalError
// into an unrecoverable `fatal error: <message>` (runtime.throw / fatal).

export class GoRuntimePanic {
  constructor(
    readonly message: string,
    /** runtime.Error (e.g. index out of range) vs plainError (e.g. send on closed channel). */
    readonly isRuntimeError: boolean,
  ) {}
}

export class GoFatalError {
  constructor(readonly message: string) {}
}
