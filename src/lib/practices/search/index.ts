export { parsePracticeSearchParams, type RawSearchParams } from './params'
export { PAGE_SIZE } from './searchStatement'
export { searchPractices } from './searchPractices'
export * from './types'
