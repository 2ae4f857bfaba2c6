/**
 * The IPC channel backend events travel on, main -> renderer. Kept in a file with no imports
 * so both the main process and the bundled preload can take it without pulling in the other.
 */
export const EVENT_CHANNEL = 'firebreak:event'
