import type { HostBackend } from './server'

/** A backend the host opens when it chooses, or as soon as the bridge is used. */
export interface LazyBackend<B extends HostBackend> extends HostBackend {
  /** Starts opening the backend unless it is opening already; settles when it is open. */
  open(): Promise<B>
  /** The opening backend, or null when nothing has asked for it yet (nothing to close). */
  readonly opening: Promise<B> | null
}

/** Bridge calls made before the backend is open wait for it; events flow once it is open. */
export function lazyBackend<B extends HostBackend>(load: () => Promise<B>): LazyBackend<B> {
  let opening: Promise<B> | null = null
  let opened: B | null = null
  const open = () =>
    (opening ??= load().then((backend) => {
      opened = backend
      return backend
    }))
  return {
    open,
    get opening() {
      return opening
    },
    dispatch: async (channel, input) => (await open()).dispatch(channel, input),
    // A backend not open yet has emitted nothing.
    eventsEmitted: () => opened?.eventsEmitted() ?? 0,
    onEvent(listener, subscribed) {
      let unsubscribe: (() => void) | null = null
      let closed = false
      void open().then(
        (backend) => {
          if (!closed) unsubscribe = backend.onEvent(listener, subscribed)
        },
        () => undefined,
      )
      return () => {
        closed = true
        unsubscribe?.()
      }
    },
  }
}
