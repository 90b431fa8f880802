import { aucklandCanopyMapping } from './part-b/aucklandCanopyMapping'
import { capeTownIndustrialSymbiosis } from './part-b/capeTownIndustrialSymbiosis'
import { durbanCommunityReforestation } from './part-b/durbanCommunityReforestation'
import { freetownTreeTown } from './part-b/freetownTreeTown'
import { gothenburgGreenBonds } from './part-b/gothenburgGreenBonds'
import { hamburgResourceEfficiency } from './part-b/hamburgResourceEfficiency'
import { kalundborgSymbiosis } from './part-b/kalundborgSymbiosis'
import { kampalaUrbanAgriculture } from './part-b/kampalaUrbanAgriculture'
import { lisbonParticipatoryBudget } from './part-b/lisbonParticipatoryBudget'
import { medellinGreenCorridors } from './part-b/medellinGreenCorridors'
import { melbourneUrbanForest } from './part-b/melbourneUrbanForest'
import { mexicoCityChinampas } from './part-b/mexicoCityChinampas'
import { milanFoodPolicy } from './part-b/milanFoodPolicy'
import { montrealSynergie } from './part-b/montrealSynergie'
import { quezonCityUrbanFarms } from './part-b/quezonCityUrbanFarms'
import { rotterdamWaterSquares } from './part-b/rotterdamWaterSquares'
import { singaporeSkyriseGreenery } from './part-b/singaporeSkyriseGreenery'
import { turkuClimateGovernance } from './part-b/turkuClimateGovernance'
import { ulsanEcoIndustrialPark } from './part-b/ulsanEcoIndustrialPark'
import { viennaOekoBusiness } from './part-b/viennaOekoBusiness'
import { vitoriaGasteizGreenBelt } from './part-b/vitoriaGasteizGreenBelt'
import type { DemoPractice } from './practiceTypes'

/**
 * Demo practices, part B: green infrastructure, industry, agriculture, forestry and land use, and
 * six practices led by a cross-cutting enabler. One practice per file in ./part-b.
 */
export const demoPracticesB: DemoPractice[] = [
  // Green infrastructure and nature-based solutions
  singaporeSkyriseGreenery,
  medellinGreenCorridors,
  melbourneUrbanForest,
  rotterdamWaterSquares,
  freetownTreeTown,
  // Industry
  kalundborgSymbiosis,
  ulsanEcoIndustrialPark,
  montrealSynergie,
  capeTownIndustrialSymbiosis,
  hamburgResourceEfficiency,
  // Agriculture, forestry and land use
  mexicoCityChinampas,
  vitoriaGasteizGreenBelt,
  kampalaUrbanAgriculture,
  quezonCityUrbanFarms,
  milanFoodPolicy,
  // Led by a cross-cutting enabler (each also tagged with its action domain, listed first)
  turkuClimateGovernance, // governance and policy
  gothenburgGreenBonds, // finance and investment
  lisbonParticipatoryBudget, // citizen engagement
  aucklandCanopyMapping, // data and digital
  durbanCommunityReforestation, // just transition
  viennaOekoBusiness, // capacity building
]
