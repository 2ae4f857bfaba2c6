export * from './appendix'
export * from './cursor'
export * from './filters'
export * from './phases'
