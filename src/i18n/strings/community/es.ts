import type { CommunityStrings } from './en'

export const communityEs: CommunityStrings = {}
