export const membersEn = {}

export type MembersStrings = typeof membersEn
