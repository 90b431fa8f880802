export const communityNotificationsEn = {}

export type CommunityNotificationsStrings = typeof communityNotificationsEn
