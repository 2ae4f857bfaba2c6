// Which rule produced an alert, so "Confirm the alert" can graph the rule's expression.

export interface RuleForAlert {
  type: string
  name: string
  query: string
  alerts?: { labels: Record<string, string> }[]
}

export interface RuleGroupForAlert {
  name: string
  rules: RuleForAlert[]
}

function sameLabels(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}

/**
 * The alerting rule behind an alert: the one whose active alerts include exactly these labels,
 * else the only alerting rule with that alertname. Null when it cannot be told (several rules
 * share the name and none lists the alert), so the UI asks rather than graphing the wrong query.
 */
export function findAlertRule(
  groups: readonly RuleGroupForAlert[],
  alertLabels: Record<string, string>,
): { group: string; rule: RuleForAlert } | null {
  const candidates = groups.flatMap((group) =>
    group.rules
      .filter((rule) => rule.type === 'alerting' && rule.name === alertLabels.alertname)
      .map((rule) => ({ group: group.name, rule })),
  )
  const exact = candidates.find(({ rule }) =>
    (rule.alerts ?? []).some((alert) => sameLabels(alert.labels, alertLabels)),
  )
  if (exact) return exact
  return candidates.length === 1 ? (candidates[0] ?? null) : null
}
