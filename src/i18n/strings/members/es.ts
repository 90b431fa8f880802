import type { MembersStrings } from './en'

export const membersEs: MembersStrings = {}
