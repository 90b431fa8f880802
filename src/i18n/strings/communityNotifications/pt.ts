import type { CommunityNotificationsStrings } from './en'

export const communityNotificationsPt: CommunityNotificationsStrings = {}
