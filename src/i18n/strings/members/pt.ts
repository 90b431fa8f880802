import type { MembersStrings } from './en'

export const membersPt: MembersStrings = {}
