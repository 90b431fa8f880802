import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const kalundborgSymbiosis: DemoPractice = {
  slug: 'kalundborg-industrial-symbiosis',
  title: 'Kalundborg: industrial symbiosis, where one company’s residue is another’s resource',
  summary:
    'In a small Danish port town, a power station, a refinery, a plasterboard maker, pharmaceutical and enzyme plants and the municipal utility have built up, over five decades, a network of more than twenty exchanges of steam, heat, water, gypsum, biomass and other residues. A small coordination centre jointly owned by the municipality and the companies finds new exchanges. The partners report savings of around 600,000 tonnes of CO2e a year and millions of cubic metres of groundwater.',
  challenge: [
    'Kalundborg hosts several large, energy- and water-intensive industrial plants close together, on a coast where groundwater is scarce. Each plant once bought its own energy and fresh water and paid to dispose of its residues: surplus steam and warm cooling water were released, waste gas was flared, and by-products went to landfill.',
    'For the municipality, the challenge was to keep these employers competitive and growing without exhausting the local water supply or increasing emissions.',
  ],
  objectives: [
    'Turn each plant’s surplus energy, water and materials into inputs for its neighbours, on commercial terms that benefit both sides.',
    'Reduce fresh water abstraction, fossil fuel use and waste, and make the town attractive to new industrial investment.',
  ],
  solution: [
    'The symbiosis grew one bilateral deal at a time, starting in the early 1970s when the refinery began supplying surplus gas to the plasterboard factory. Over the following decades the power station sold steam to the refinery and pharmaceutical plant, and heat to the town’s district heating; gypsum from flue gas cleaning replaced mined gypsum; treated wastewater and cooling water were reused; and fermentation residues from the enzyme and insulin plants became fertiliser and biogas feedstock.',
    'Each exchange is a commercial contract between companies, but since the 1990s a small coordination body, jointly owned by the municipality and the partners, maps flows, screens new opportunities, welcomes newcomers and tells the story. The municipal utility plays a central role, treating and distributing surface water, wastewater and heat between the plants and the town.',
    'As the power station moved from coal to biomass, the exchanges adapted; new partners such as a biorefinery and a protein producer joined to use flows that became available.',
  ],
  results: [
    'The partners report combined savings of around 600,000 tonnes of CO2e a year, several million cubic metres of groundwater and hundreds of thousands of tonnes of materials recycled annually, along with substantial cost savings for each company. These figures are compiled by the coordination centre from partner data and reviewed by external researchers; they are approximate.',
    'The symbiosis has become a model studied and adapted by industrial parks on every continent, and it helped attract new industrial investment to the town.',
  ],
  successFactors: [
    'Short physical distances between plants; trust between plant managers who knew each other; exchanges that make business sense on their own; and a municipal utility able to act as a hub for water and heat.',
  ],
  limitingFactors: [
    'Exchanges create mutual dependence: when one plant changes process or closes, its partners lose a supply. Building pipelines is capital-intensive and requires long contracts. Much of the success came from a specific mix of industries that other places cannot copy exactly.',
  ],
  replication: {
    guidance: [
      'Start with a map of energy, water and material flows in one industrial area, then look for two or three exchanges with a clear business case. A neutral facilitator — often a municipal or regional body — is needed to keep the search going after the first deals.',
    ],
    powers: 'Land-use planning for industrial zones; ownership of or influence over the water, wastewater and district heating utilities.',
    budget: 'A coordination function costs a few hundred thousand euros a year; each physical exchange is financed by the companies involved.',
    partners: 'Anchor industrial companies, municipal utilities, a business development agency, a university for flow analysis.',
    time: 'First exchanges within two to three years; a mature network takes decades.',
  },
  steps: [
    { title: 'Map the flows', description: 'Record each plant’s inputs and surplus outputs of energy, water and materials.' },
    { title: 'Broker first exchanges', description: 'Match the most promising surplus flows with nearby buyers and help negotiate contracts.' },
    { title: 'Create a coordination body', description: 'Set up a small jointly owned centre to look for new exchanges and welcome new companies.' },
    { title: 'Use the utility as a hub', description: 'Let the municipal utility treat and distribute water and heat between plants and the town.' },
  ],
  timeline: '1972: first exchange (refinery gas). 1980s–1990s: steam, heat, gypsum and water exchanges. 1996: coordination body formed. 2010s–2020s: conversion to biomass and new biobased partners.',
  stakeholders: 'Municipality of Kalundborg and its utility, a power station, an oil refinery, a plasterboard factory, pharmaceutical and enzyme producers, a biorefinery, farmers who receive fertiliser.',
  leadCity: 'kalundborg',
  themes: ['industry', 'governance-policy'],
  scale: 'city',
  implementationStatus: 'ongoing',
  startYear: 1972,
  impact: {
    emissionsReduced: 600000,
    baselineYear: 2015,
    method: 'ghg_protocol',
    methodNote: 'Approximate: sum of partners’ reported savings against each plant buying energy and materials separately.',
    verificationLevel: 'expert_reviewed',
    energySaved: 1000000,
    coBenefits: ['local_economy', 'jobs', 'energy_security', 'resilience'],
  },
  budget: {
    amount: 3000000,
    currency: 'DKK',
    financing: 'Annual coordination budget, approximately, shared by the municipality and partner companies. Each exchange is financed by the companies on commercial terms.',
  },
  sourceLinks: [{ label: 'Kalundborg Symbiosis', url: 'https://www.symbiosis.dk' }],
  partners: [
    { name: 'Kalundborg Forsyning', role: 'Municipal utility: water, wastewater and heat hub' },
    { name: 'Partner companies of the symbiosis', role: 'Suppliers and users of surplus flows' },
  ],
  contact: demoContact('symbiosis coordination', 'Kalundborg Symbiosis', 'kalundborg-symbiosis'),
  featured: true,
  publishedDaysAgo: 1080,
  translations: {
    fr: {
      title: 'Kalundborg : la symbiose industrielle, où les résidus de l’un sont les ressources de l’autre',
      summary:
        'Dans une petite ville portuaire danoise, une centrale électrique, une raffinerie, un fabricant de plaques de plâtre, des usines pharmaceutiques et d’enzymes et le service public municipal ont construit en cinquante ans un réseau de plus de vingt échanges de vapeur, chaleur, eau, gypse, biomasse et autres résidus. Un petit centre de coordination détenu par la commune et les entreprises en cherche de nouveaux. Les partenaires font état d’environ 600 000 tonnes de CO2e évitées par an.',
    },
    es: {
      title: 'Kalundborg: simbiosis industrial, donde el residuo de una empresa es el recurso de otra',
      summary:
        'En una pequeña ciudad portuaria danesa, una central eléctrica, una refinería, un fabricante de placas de yeso, plantas farmacéuticas y de enzimas y la empresa municipal de servicios han tejido en cinco décadas una red de más de veinte intercambios de vapor, calor, agua, yeso, biomasa y otros residuos. Un pequeño centro de coordinación, propiedad del municipio y las empresas, busca nuevos intercambios. Los socios declaran un ahorro de unas 600.000 toneladas de CO2e al año.',
    },
    pt: {
      title: 'Kalundborg: simbiose industrial, onde o resíduo de uma empresa é o recurso de outra',
      summary:
        'Numa pequena cidade portuária dinamarquesa, uma central elétrica, uma refinaria, um fabricante de placas de gesso, fábricas farmacêuticas e de enzimas e a empresa municipal de serviços construíram em cinco décadas uma rede de mais de vinte trocas de vapor, calor, água, gesso, biomassa e outros resíduos. Um pequeno centro de coordenação, detido pelo município e pelas empresas, procura novas trocas. Os parceiros reportam poupanças de cerca de 600 000 toneladas de CO2e por ano.',
    },
  },
}
