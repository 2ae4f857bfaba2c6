// Types for postinstall.mjs (plain Node, run by npm before any build tool exists).
export type PostinstallPlan = { action: 'skip'; message: string } | { action: 'rebuild' }
export function postinstallPlan(
  env: Record<string, string | undefined>,
  hasBuilder: boolean,
): PostinstallPlan
