import type { CommunityStrings } from './en'

export const communityPt: CommunityStrings = {}
