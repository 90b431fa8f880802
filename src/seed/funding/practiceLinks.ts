/**
 * Demo practices whose own text names a seeded funding action as a source of their money; only
 * these are linked (through the practice's `budget.fundingActions`).
 */
export type PracticeFundingLink = { practice: string; action: string }

export const demoPracticeFundingLinks: PracticeFundingLink[] = [
  // "largely paid by the EU Cohesion Fund" (the regional waste centre)
  { practice: 'ljubljana-zero-waste-capital', action: 'seed-cohesion-fund' },
  // "with European regional development funds"
  { practice: 'hamburg-company-resource-efficiency-grants', action: 'seed-european-regional-development-fund' },
  // "European environmental and regional funds"
  { practice: 'vitoria-gasteiz-green-belt', action: 'seed-european-regional-development-fund' },
]
