import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const aucklandCanopyMapping: DemoPractice = {
  slug: 'auckland-lidar-canopy-mapping',
  title: 'Auckland: mapping every tree canopy with airborne laser scans to steer urban forest targets',
  summary:
    'Auckland used airborne laser scanning (LiDAR) and aerial imagery to measure tree canopy across its whole urban area, on public and private land, down to individual trees. The analysis revealed canopy cover of under a fifth of the urban area, with large gaps between wealthier and poorer local board areas. It became the evidence base of an urban forest strategy with a target of 30% canopy in every area, and repeat surveys now show where canopy is gained and lost.',
  challenge: [
    'Auckland’s urban forest was poorly known: the council managed street and park trees but had no picture of canopy on private land, where most trees grow. Intensification of housing was removing trees from private sections, and rules protecting trees had been loosened, but no one could say how much canopy was being lost or where.',
    'Without data, debates about trees were anecdotal, and it was impossible to set targets, direct planting to the neighbourhoods that needed it or track progress.',
  ],
  objectives: [
    'Measure tree canopy across the whole urban area, by height class and land ownership, with a repeatable method.',
    'Provide the evidence for urban forest targets and for directing planting to areas with the least canopy, and monitor change over time.',
  ],
  solution: [
    'The council commissioned analysis of region-wide airborne laser scanning and aerial imagery. Vegetation over three metres tall was classified as tree canopy and broken down by height class, land use, ownership and local board area. Results were published as maps and an open dataset, so that local boards, community groups and researchers could use them.',
    'The analysis underpinned an urban forest strategy adopted by the council, with a target of at least 30% canopy cover in every local board area. Planting programmes prioritise the areas furthest below the target, often lower-income neighbourhoods in the south and west. New laser scans repeat the measurement every few years and show where canopy was gained or lost.',
  ],
  results: [
    'The first analysis put urban canopy cover at around 18%, with some local board areas below 10% and others above 30%, and showed that most canopy stands on private land. A repeat survey identified net losses in several areas, giving the council evidence to discuss tree protection and planting with communities.',
    'The mapping itself avoids no emissions, so no figure is given; its value lies in targeting planting and protection. Planting programmes guided by the data have put hundreds of thousands of trees and shrubs into the ground in low-canopy areas. The approach adapts Melbourne’s canopy-led urban forest strategy to a region where most trees are on private land.',
  ],
  successFactors: [
    'Region-wide laser scan data already collected for flood and terrain mapping; a clear, repeatable method; open publication; and a simple target that local boards could understand.',
  ],
  limitingFactors: [
    'Most canopy is on private land, where the council has limited control after tree protection rules were relaxed. Laser surveys are expensive and repeated only every few years. Canopy area says little about tree health or species.',
  ],
  replication: {
    guidance: [
      'Check whether laser scanning data already exists for flood or terrain mapping — it often does. Use a documented method with a height threshold, report by neighbourhood and ownership, publish the results openly, and plan to repeat the survey at regular intervals.',
    ],
    powers: 'None beyond data access; targets and protection rules need planning powers.',
    budget: 'From tens of thousands of euros where scan data exists, to several hundred thousand for a new survey.',
    partners: 'GIS and remote sensing specialists, universities, the national mapping agency, local boards and community groups.',
    time: 'Six to twelve months for the first analysis; repeat every three to five years.',
  },
  steps: [
    { title: 'Get the data', description: 'Use existing region-wide laser scanning and aerial imagery, or commission a survey.' },
    { title: 'Classify canopy', description: 'Classify vegetation over three metres as canopy, by height class, land use and ownership.' },
    { title: 'Publish openly', description: 'Release maps and datasets for local boards, communities and researchers.' },
    { title: 'Set targets and target planting', description: 'Adopt canopy targets per area and send planting to the largest gaps.' },
    { title: 'Repeat and compare', description: 'Repeat the analysis with each new survey to measure gains and losses.' },
  ],
  timeline: '2016: first region-wide canopy analysis. 2018–2019: urban forest strategy adopted with the 30% target. Early 2020s: repeat analysis showing change; planting programmes in low-canopy areas.',
  stakeholders: 'Regional council (parks, planning, GIS and research teams), local boards, community planting groups, universities, contractors for laser scanning.',
  leadCity: 'auckland',
  themes: ['green-infrastructure', 'data-digital'],
  scale: 'metropolitan',
  implementationStatus: 'ongoing',
  startYear: 2016,
  impact: {
    method: 'other',
    methodNote: 'Data and targeting measure: canopy cover (about 18% at first survey) measured from laser scans; no emissions figure.',
    verificationLevel: 'expert_reviewed',
    coBenefits: ['biodiversity', 'equity', 'health', 'resilience'],
  },
  budget: {
    amount: 600000,
    currency: 'NZD',
    financing: 'Approximate cost of the analyses, from the council’s operating budget; laser scan data shared with flood and terrain mapping programmes.',
  },
  sourceLinks: [{ label: 'Auckland Council', url: 'https://www.aucklandcouncil.govt.nz' }],
  partners: [
    { name: 'Remote sensing consultants', role: 'Canopy classification' },
    { name: 'Local boards', role: 'Local targets and planting programmes' },
  ],
  contact: demoContact('urban forest data', 'Auckland Council', 'auckland-canopy'),
  lookingForPartners: true,
  replicates: { slug: 'melbourne-urban-forest-strategy', kind: 'adapts' },
  publishedDaysAgo: 220,
  translations: {
    fr: {
      title: 'Auckland : cartographier toute la canopée par lidar aéroporté pour piloter les objectifs de forêt urbaine',
      summary:
        'Auckland a mesuré la canopée de toute sa zone urbaine, sur terrain public comme privé et jusqu’à l’arbre isolé, grâce au lidar aéroporté et à l’imagerie aérienne. L’analyse a révélé une canopée couvrant moins d’un cinquième de la ville, avec de grands écarts entre quartiers aisés et populaires. Elle fonde une stratégie de forêt urbaine visant 30 % de canopée dans chaque secteur, et des relevés répétés montrent où la canopée progresse ou recule.',
    },
    es: {
      title: 'Auckland: cartografiar toda la copa arbórea con láser aerotransportado para guiar los objetivos de bosque urbano',
      summary:
        'Auckland midió la cobertura arbórea de toda su zona urbana, en suelo público y privado y hasta el nivel de árbol, con escaneo láser aerotransportado (LiDAR) e imágenes aéreas. El análisis reveló una cobertura inferior a la quinta parte de la ciudad, con grandes diferencias entre zonas ricas y pobres. Es la base de una estrategia de bosque urbano con un objetivo del 30 % en cada zona, y nuevos vuelos muestran dónde se gana o pierde cobertura.',
    },
    pt: {
      title: 'Auckland: mapear toda a copa arbórea com laser aerotransportado para orientar as metas de floresta urbana',
      summary:
        'Auckland mediu a copa arbórea de toda a área urbana, em terreno público e privado e até ao nível da árvore, com varrimento laser aerotransportado (LiDAR) e imagens aéreas. A análise revelou uma cobertura inferior a um quinto da cidade, com grandes diferenças entre zonas ricas e pobres. Serve de base a uma estratégia de floresta urbana com meta de 30 % em cada zona, e novos levantamentos mostram onde a copa aumenta ou diminui.',
    },
  },
}
