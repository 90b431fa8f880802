export const campaignsEn = {}

export type CampaignsStrings = typeof campaignsEn
