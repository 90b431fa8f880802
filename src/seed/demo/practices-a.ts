import { buildingPractices } from './a/buildings'
import { energyPractices } from './a/energy'
import { mobilityPractices } from './a/mobility'
import { wastePractices } from './a/waste'
import type { DemoPractice } from './practiceTypes'

/** Demo practices, part A: energy systems, buildings, mobility, waste and circular economy. */
export const demoPracticesA: DemoPractice[] = [...energyPractices, ...buildingPractices, ...mobilityPractices, ...wastePractices]
