import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const vitoriaGasteizGreenBelt: DemoPractice = {
  slug: 'vitoria-gasteiz-green-belt',
  title: 'Vitoria-Gasteiz: a green belt that turned a degraded urban fringe into wetlands, woods and farmland',
  summary:
    'Since the early 1990s Vitoria-Gasteiz has restored the degraded land around the city — drained wetlands, gravel pits, dumps and neglected river banks — into a ring of connected parks of roughly 900 hectares. Restored wetlands store floodwater, woodland and meadows hold carbon, and allotment gardens and an agricultural park keep food growing at the city’s edge. The belt is now being extended inward along streets and outward to the surrounding farmland and hills.',
  challenge: [
    'In the 1980s the outskirts of Vitoria-Gasteiz were a patchwork of drained wetlands used for intensive farming, abandoned gravel pits, informal dumps and river banks cut off by industry and roads. Periodic floods affected new neighbourhoods built on former marshland, and the growing city threatened to spread over its farmland without any plan for the land in between.',
    'Each degraded area was owned and managed by a different body, and no one saw them as a single system.',
  ],
  objectives: [
    'Restore the ecological value of the peri-urban fringe and connect its pieces into a continuous green belt around the city.',
    'Reduce flood risk, keep farmland and wetlands from urbanisation, store carbon and give every neighbourhood easy access to nature.',
  ],
  solution: [
    'A municipal environmental studies centre drew up a plan linking six major parks — wetlands, woodland, river corridors and former gravel pits — into a belt around the city, joined by paths and ecological corridors. The city acquired land where needed and restored it step by step: re-wetting drained fields, replanting native woodland, renaturalising river banks and turning a former dump into a park.',
    'Agriculture stays part of the belt: organic allotment gardens are rented to residents, an agricultural park supports local farmers, and a training centre teaches ecological growing. The green belt was written into the city’s land-use plan, protecting it from development, and a programme of environmental education and volunteering draws residents in.',
  ],
  results: [
    'Around 900 hectares of restored parks now surround the city; the restored wetland is a protected site of international importance and a major bird habitat. The wetlands store floodwater that once reached housing, and nearly every resident lives within a short walk of green space.',
    'Restored woodland, meadows and wetland soils are estimated to store around 2,500 tonnes of CO2e more each year than the degraded land did; an approximate estimate. The belt was central to the city’s title as European Green Capital and is being extended into an inner green network.',
  ],
  successFactors: [
    'Continuity over three decades and across political changes; a dedicated municipal centre with scientific staff; protection in the land-use plan; and a vision simple enough for residents to understand — a ring of nature around the city.',
  ],
  limitingFactors: [
    'Land acquisition and restoration took many years and depended on regional and European co-funding. Some links of the ring cross infrastructure and private farmland and remain incomplete. Maintenance costs grow with the area managed.',
  ],
  replication: {
    guidance: [
      'Map degraded land around the city as a single system, start with the site that solves an urgent problem such as flooding, and protect the whole ring in the land-use plan early. Keep agriculture inside the belt rather than replacing it with parks.',
    ],
    powers: 'Land-use planning, ability to acquire or agree the management of peri-urban land, and a parks or environment service.',
    budget: 'Tens of millions of euros over two or three decades, largely co-funded; a few million a year for maintenance.',
    partners: 'Regional and water authorities, farmers, universities, conservation groups, European funding programmes.',
    time: 'First park within five years; the full ring over decades.',
  },
  steps: [
    { title: 'Plan the ring', description: 'Map degraded land around the city and design a connected green belt.' },
    { title: 'Protect in the land-use plan', description: 'Zone the belt as protected green and agricultural land.' },
    { title: 'Restore site by site', description: 'Re-wet wetlands, replant woods, renaturalise rivers and convert dumps and gravel pits.' },
    { title: 'Keep farming in the belt', description: 'Create allotments, an agricultural park and training in ecological growing.' },
    { title: 'Engage residents', description: 'Run environmental education, volunteering and visitor programmes.' },
  ],
  timeline: '1993: green belt plan launched. 1990s–2000s: wetland, woodland and river parks restored. 2012: European Green Capital. 2010s–2020s: allotments, agricultural park and an inner green network.',
  stakeholders: 'City council and its environmental studies centre, regional and provincial governments, the water agency, farmers and gardeners, universities, conservation and neighbourhood associations.',
  leadCity: 'vitoria-gasteiz',
  themes: ['agriculture-forestry-land-use', 'governance-policy'],
  scale: 'city',
  implementationStatus: 'ongoing',
  startYear: 1993,
  impact: {
    emissionsReduced: 2500,
    baselineYear: 1993,
    lifetimeYears: 50,
    method: 'ipcc',
    methodNote: 'Approximate: carbon stock change of restored land uses compared with degraded land, using default factors.',
    verificationLevel: 'expert_reviewed',
    coBenefits: ['biodiversity', 'resilience', 'health', 'local_economy'],
  },
  budget: {
    amount: 60000000,
    currency: 'EUR',
    financing: 'Approximate total over three decades: city budget, regional government, water agency and European environmental and regional funds.',
  },
  sourceLinks: [{ label: 'Ayuntamiento de Vitoria-Gasteiz', url: 'https://www.vitoria-gasteiz.org' }],
  partners: [
    { name: 'Municipal environmental studies centre', role: 'Plan, restoration and monitoring' },
    { name: 'Basque water agency', role: 'River and wetland restoration' },
  ],
  contact: demoContact('green belt', 'Ayuntamiento de Vitoria-Gasteiz', 'vitoria-gasteiz-green-belt'),
  publishedDaysAgo: 1100,
  translations: {
    fr: {
      title: 'Vitoria-Gasteiz : une ceinture verte qui a changé une périphérie dégradée en zones humides, bois et terres agricoles',
      summary:
        'Depuis le début des années 1990, Vitoria-Gasteiz restaure les terres dégradées autour de la ville — zones humides drainées, gravières, décharges, berges délaissées — pour en faire un anneau de parcs reliés d’environ 900 hectares. Les zones humides stockent les crues, bois et prairies retiennent le carbone, et jardins familiaux et parc agricole maintiennent la production alimentaire en lisière de ville.',
    },
    es: {
      title: 'Vitoria-Gasteiz: un anillo verde que convirtió la periferia degradada en humedales, bosques y huertas',
      summary:
        'Desde principios de los años noventa, Vitoria-Gasteiz restaura los terrenos degradados que rodean la ciudad —humedales desecados, graveras, vertederos y riberas abandonadas— para formar un anillo de parques conectados de unas 900 hectáreas. Los humedales recuperados almacenan las crecidas, bosques y praderas retienen carbono, y huertos urbanos y un parque agrario mantienen la producción de alimentos en el borde de la ciudad.',
    },
    pt: {
      title: 'Vitoria-Gasteiz: um anel verde que transformou a periferia degradada em zonas húmidas, bosques e hortas',
      summary:
        'Desde o início dos anos noventa, Vitoria-Gasteiz restaura os terrenos degradados à volta da cidade — zonas húmidas drenadas, areeiros, lixeiras e margens abandonadas — formando um anel de parques ligados com cerca de 900 hectares. As zonas húmidas guardam as cheias, bosques e prados retêm carbono, e hortas urbanas e um parque agrícola mantêm a produção de alimentos na orla da cidade.',
    },
  },
}
