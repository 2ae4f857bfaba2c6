// Every UI string lives in these catalogues, one namespace per feature so features can be
// translated (and reviewed) on their own. English is the source; pt-BR must have every key.

import { sharedEn, sharedPtBR } from '../../../shared/i18n/catalogues'
import en_alerts from './locales/en/alerts.json'
import en_archive from './locales/en/archive.json'
import en_backups from './locales/en/backups.json'
import en_bundles from './locales/en/bundles.json'
import en_charts from './locales/en/charts.json'
import en_common from './locales/en/common.json'
import en_dataSources from './locales/en/dataSources.json'
import en_evidence from './locales/en/evidence.json'
import en_healthChecks from './locales/en/healthChecks.json'
import en_hypotheses from './locales/en/hypotheses.json'
import en_incidents from './locales/en/incidents.json'
import en_insights from './locales/en/insights.json'
import en_library from './locales/en/library.json'
import en_lifecycle from './locales/en/lifecycle.json'
import en_postmortem from './locales/en/postmortem.json'
import en_query from './locales/en/query.json'
import en_review from './locales/en/review.json'
import en_runbook from './locales/en/runbook.json'
import en_settings from './locales/en/settings.json'
import en_shell from './locales/en/shell.json'
import en_slo from './locales/en/slo.json'
import en_timeline from './locales/en/timeline.json'
import en_traces from './locales/en/traces.json'
import en_ui from './locales/en/ui.json'
import en_welcome from './locales/en/welcome.json'
import ptBR_alerts from './locales/pt-BR/alerts.json'
import ptBR_archive from './locales/pt-BR/archive.json'
import ptBR_backups from './locales/pt-BR/backups.json'
import ptBR_bundles from './locales/pt-BR/bundles.json'
import ptBR_charts from './locales/pt-BR/charts.json'
import ptBR_common from './locales/pt-BR/common.json'
import ptBR_dataSources from './locales/pt-BR/dataSources.json'
import ptBR_evidence from './locales/pt-BR/evidence.json'
import ptBR_healthChecks from './locales/pt-BR/healthChecks.json'
import ptBR_hypotheses from './locales/pt-BR/hypotheses.json'
import ptBR_incidents from './locales/pt-BR/incidents.json'
import ptBR_insights from './locales/pt-BR/insights.json'
import ptBR_library from './locales/pt-BR/library.json'
import ptBR_lifecycle from './locales/pt-BR/lifecycle.json'
import ptBR_postmortem from './locales/pt-BR/postmortem.json'
import ptBR_query from './locales/pt-BR/query.json'
import ptBR_review from './locales/pt-BR/review.json'
import ptBR_runbook from './locales/pt-BR/runbook.json'
import ptBR_settings from './locales/pt-BR/settings.json'
import ptBR_shell from './locales/pt-BR/shell.json'
import ptBR_slo from './locales/pt-BR/slo.json'
import ptBR_timeline from './locales/pt-BR/timeline.json'
import ptBR_traces from './locales/pt-BR/traces.json'
import ptBR_ui from './locales/pt-BR/ui.json'
import ptBR_welcome from './locales/pt-BR/welcome.json'

export const en = {
  ...sharedEn,
  alerts: en_alerts,
  archive: en_archive,
  backups: en_backups,
  bundles: en_bundles,
  charts: en_charts,
  common: en_common,
  dataSources: en_dataSources,
  evidence: en_evidence,
  healthChecks: en_healthChecks,
  hypotheses: en_hypotheses,
  incidents: en_incidents,
  insights: en_insights,
  library: en_library,
  lifecycle: en_lifecycle,
  postmortem: en_postmortem,
  query: en_query,
  review: en_review,
  runbook: en_runbook,
  settings: en_settings,
  shell: en_shell,
  slo: en_slo,
  timeline: en_timeline,
  traces: en_traces,
  ui: en_ui,
  welcome: en_welcome,
}

// Typed against English so a namespace missing here does not compile.
export const ptBR: Record<keyof typeof en, Record<string, unknown>> = {
  ...sharedPtBR,
  alerts: ptBR_alerts,
  archive: ptBR_archive,
  backups: ptBR_backups,
  bundles: ptBR_bundles,
  charts: ptBR_charts,
  common: ptBR_common,
  dataSources: ptBR_dataSources,
  evidence: ptBR_evidence,
  healthChecks: ptBR_healthChecks,
  hypotheses: ptBR_hypotheses,
  incidents: ptBR_incidents,
  insights: ptBR_insights,
  library: ptBR_library,
  lifecycle: ptBR_lifecycle,
  postmortem: ptBR_postmortem,
  query: ptBR_query,
  review: ptBR_review,
  runbook: ptBR_runbook,
  settings: ptBR_settings,
  shell: ptBR_shell,
  slo: ptBR_slo,
  timeline: ptBR_timeline,
  traces: ptBR_traces,
  ui: ptBR_ui,
  welcome: ptBR_welcome,
}

export const NAMESPACES = Object.keys(en) as (keyof typeof en)[]
