import type { MembersStrings } from './en'

export const membersFr: MembersStrings = {}
