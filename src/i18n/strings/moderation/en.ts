export const moderationEn = {}

export type ModerationStrings = typeof moderationEn
