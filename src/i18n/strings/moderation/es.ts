import type { ModerationStrings } from './en'

export const moderationEs: ModerationStrings = {}
