import type { CommunityNotificationsStrings } from './en'

export const communityNotificationsFr: CommunityNotificationsStrings = {}
