export const communityEn = {}

export type CommunityStrings = typeof communityEn
