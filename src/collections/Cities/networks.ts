/** City networks a city can belong to. The labels are proper names, the same in every language. */
export const CITY_NETWORKS = [
  { value: 'gcom', label: 'Global Covenant of Mayors for Climate & Energy' },
  { value: 'covenant_eu', label: 'Covenant of Mayors – Europe' },
  { value: 'c40', label: 'C40 Cities' },
  { value: 'iclei', label: 'ICLEI – Local Governments for Sustainability' },
  { value: 'eurocities', label: 'Eurocities' },
  { value: 'energy_cities', label: 'Energy Cities' },
  { value: 'climate_alliance', label: 'Climate Alliance' },
  { value: 'race_to_zero', label: 'Cities Race to Zero' },
  { value: 'resilient_cities', label: 'Resilient Cities Network' },
  { value: 'uclg', label: 'United Cities and Local Governments (UCLG)' },
]
