export * from './definition'
export * from './run'
export {
  canChangeRunbook,
  changeRunbook,
  completeStep,
  reopenStep,
  skipStep,
  startRun,
  startStep,
  SKIP_REASON_MAX_LENGTH,
  STEP_NOTE_MAX_LENGTH,
  type StepActionContext,
} from './engine'
export { addStepNote, setItemTicked } from './checklist'
export * from './view'
