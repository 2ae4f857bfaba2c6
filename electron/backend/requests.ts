/**
 * Requests to live sources that the user can cancel from the UI: a channel that talks to a
 * source takes an optional `requestId`, and 'request.cancel' aborts it, which closes the
 * connection (fetchWithLimits listens to the signal).
 */
export class RequestRegistry {
  private readonly controllers = new Map<string, AbortController>()

  /** Runs `work` with a signal that 'request.cancel' with the same id will abort. */
  async run<T>(
    requestId: string | undefined,
    work: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const controller = new AbortController()
    if (requestId) {
      this.controllers.get(requestId)?.abort()
      this.controllers.set(requestId, controller)
    }
    try {
      return await work(controller.signal)
    } finally {
      if (requestId && this.controllers.get(requestId) === controller)
        this.controllers.delete(requestId)
    }
  }

  /** True when a request with that id was running and is now cancelled. */
  cancel(requestId: string): boolean {
    const controller = this.controllers.get(requestId)
    if (!controller) return false
    controller.abort()
    this.controllers.delete(requestId)
    return true
  }

  get running(): number {
    return this.controllers.size
  }
}
