import type { ModerationStrings } from './en'

export const moderationPt: ModerationStrings = {}
