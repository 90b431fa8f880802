import { demoContact } from '../demoContact'
import type { DemoPractice } from '../practiceTypes'

export const capeTownIndustrialSymbiosis: DemoPractice = {
  slug: 'cape-town-western-cape-industrial-symbiosis',
  title: 'Cape Town: a free facilitation service that links companies’ waste to new uses',
  summary:
    'A regional industrial symbiosis programme, funded by the City of Cape Town and the provincial government and run by a non-profit green-economy agency, connects companies so that one firm’s unused materials, energy, water or logistics become another’s inputs. Facilitators run workshops and broker each deal at no cost to the firms. Over its first decade the programme diverted tens of thousands of tonnes from landfill, created jobs and avoided roughly 20,000 tonnes of CO2e a year.',
  challenge: [
    'Cape Town’s landfills were filling up quickly and new sites are hard to find near the city. Industrial and commercial waste made up a large part of what was buried, while many small and medium-sized manufacturers struggled with rising input costs and unreliable electricity supply.',
    'The drought of 2015–2018 added pressure on water use, and the province wanted to grow green manufacturing jobs.',
  ],
  objectives: [
    'Divert industrial waste from landfill by connecting companies that can use each other’s surplus resources.',
    'Create financial savings and jobs in local companies and stimulate new green businesses.',
  ],
  solution: [
    'The city and the provincial government fund a team of facilitators hosted by a non-profit green-economy agency. The team adapted a facilitated industrial symbiosis method — known from programmes in Europe and pioneered as a self-organised network in Kalundborg — to local conditions.',
    'Facilitators run "resource matching" workshops where participants list what they have and what they need, then follow up each promising match one by one: checking quality, arranging logistics, and helping with waste regulations. Exchanges range from wood and plastics to spent grain, glass, packaging, shared transport and even surplus expertise. A database keeps track of members, resources and outcomes.',
  ],
  results: [
    'Over its first ten years the programme worked with several hundred companies and completed hundreds of synergies. It reports tens of thousands of tonnes of waste diverted from landfill, significant savings and additional revenue for members, and over a hundred jobs created or sustained.',
    'Avoided emissions are estimated at roughly 20,000 tonnes of CO2e a year, based on the programme’s own accounting of avoided landfill and virgin materials; results have been reviewed by the funding governments. The approach was taken up by a similar programme in the Durban region.',
  ],
  successFactors: [
    'A free, neutral facilitator that companies trust with commercial information; long-term public funding; a hosting agency with industry knowledge; and careful measurement of outcomes to justify that funding.',
  ],
  limitingFactors: [
    'Waste regulations sometimes make reuse of materials slow to approve. Many synergies are small, and some end when a firm changes process or closes. Results depend on the continuity of public funding.',
  ],
  replication: {
    guidance: [
      'Secure at least three years of public funding for a small facilitation team housed in a trusted, non-regulatory organisation. Start with workshops in one industrial area, measure outcomes rigorously, and work with the waste regulator to simplify approvals for common exchanges.',
    ],
    powers: 'Economic development and waste management mandates; a convening role with industry.',
    budget: 'A few million rand a year for a team of four to six facilitators and a database.',
    partners: 'Provincial government, a green-economy or business-support agency, industry associations, the waste regulator.',
    time: 'One year to launch and prove first synergies; three to five years to reach a stable membership.',
  },
  steps: [
    { title: 'Fund a neutral facilitator', description: 'Commission a non-profit agency to host a small symbiosis team with multi-year funding.' },
    { title: 'Run resource-matching workshops', description: 'Bring companies together to list resources they have and need.' },
    { title: 'Broker synergies', description: 'Follow up each match: quality, logistics, contracts and waste permits.' },
    { title: 'Measure and report', description: 'Record tonnes diverted, money saved, jobs and emissions avoided for each synergy.' },
  ],
  timeline: '2013: programme launched in the Cape Town metropolitan area. 2014–2016: extended to the wider province. 2016 onwards: continuous operation, with similar programmes started in other South African regions.',
  stakeholders: 'City of Cape Town, provincial department of economic development, a non-profit green-economy agency, several hundred member companies, industry associations, waste regulators.',
  leadCity: 'cape-town',
  otherLocations: ['durban'],
  themes: ['industry', 'capacity-building'],
  scale: 'regional',
  implementationStatus: 'ongoing',
  startYear: 2013,
  impact: {
    emissionsReduced: 20000,
    baselineYear: 2013,
    lifetimeYears: 10,
    method: 'other',
    methodNote: 'Approximate: the programme’s accounting of avoided landfill emissions and virgin material production.',
    verificationLevel: 'expert_reviewed',
    coBenefits: ['jobs', 'local_economy', 'resilience'],
  },
  budget: {
    amount: 5000000,
    currency: 'ZAR',
    financing: 'Approximate annual budget, from the city and provincial governments; member companies pay for their own exchanges.',
  },
  sourceLinks: [
    { label: 'GreenCape', url: 'https://www.greencape.co.za' },
    { label: 'City of Cape Town', url: 'https://www.capetown.gov.za' },
  ],
  partners: [
    { name: 'GreenCape', role: 'Hosts the facilitation team', url: 'https://www.greencape.co.za' },
    { name: 'Western Cape Government', role: 'Co-funding' },
  ],
  contact: demoContact('industrial symbiosis', 'GreenCape', 'cape-town-symbiosis'),
  lookingForPartners: true,
  replicates: { slug: 'kalundborg-industrial-symbiosis', kind: 'adapts' },
  publishedDaysAgo: 530,
  translations: {
    fr: {
      title: 'Le Cap : un service gratuit qui trouve de nouveaux usages aux déchets des entreprises',
      summary:
        'Un programme régional de symbiose industrielle, financé par la ville du Cap et la province et animé par une agence à but non lucratif de l’économie verte, met en relation les entreprises pour que les matières, l’énergie, l’eau ou la logistique inutilisées de l’une deviennent les ressources d’une autre. Les animateurs organisent des ateliers et négocient chaque échange gratuitement. En dix ans, des dizaines de milliers de tonnes ont évité la décharge.',
    },
    es: {
      title: 'Ciudad del Cabo: un servicio gratuito que encuentra nuevos usos a los residuos de las empresas',
      summary:
        'Un programa regional de simbiosis industrial, financiado por la ciudad de Ciudad del Cabo y el gobierno provincial y gestionado por una agencia sin ánimo de lucro de economía verde, conecta empresas para que los materiales, la energía, el agua o la logística sin uso de una sean recursos de otra. Los facilitadores organizan talleres y median cada acuerdo sin coste. En su primera década desvió decenas de miles de toneladas del vertedero.',
    },
    pt: {
      title: 'Cidade do Cabo: um serviço gratuito que encontra novos usos para os resíduos das empresas',
      summary:
        'Um programa regional de simbiose industrial, financiado pela Cidade do Cabo e pelo governo provincial e gerido por uma agência sem fins lucrativos de economia verde, liga empresas para que os materiais, a energia, a água ou a logística sem uso de uma se tornem recursos de outra. Os facilitadores organizam oficinas e mediam cada acordo sem custos. Na primeira década desviou dezenas de milhares de toneladas do aterro.',
    },
  },
}
