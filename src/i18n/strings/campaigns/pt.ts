import type { CampaignsStrings } from './en'

export const campaignsPt: CampaignsStrings = {}
