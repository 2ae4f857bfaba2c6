export * from './action-items'
export * from './insights'
export * from './months'
export * from './stats'
