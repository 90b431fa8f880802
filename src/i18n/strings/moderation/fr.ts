import type { ModerationStrings } from './en'

export const moderationFr: ModerationStrings = {}
