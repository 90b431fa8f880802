import type { CommunityStrings } from './en'

export const communityFr: CommunityStrings = {}
