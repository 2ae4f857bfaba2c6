/** The trace view chunk (waterfall, details, totals), loaded on demand. */
export const loadTracePage = () => import('./TracePage')
