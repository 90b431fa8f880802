/**
 * Phrases of synthetic funding actions in every locale, parallel across locales, so a generated
 * action says the same thing in English, French, Spanish and Portuguese and each language's search
 * finds it with its own words. A title is a kind of programme followed by its subject.
 */
export type Phrase = { en: string; fr: string; es: string; pt: string }

/** The kind of programme, ending with the word that introduces its subject. */
export const PROGRAMME_KINDS: Phrase[] = [
  { en: 'Facility for', fr: 'Facilité pour', es: 'Mecanismo para', pt: 'Mecanismo para' },
  { en: 'Grant call for', fr: 'Appel à subventions pour', es: 'Convocatoria de subvenciones para', pt: 'Concurso de subvenções para' },
  { en: 'Technical assistance for', fr: 'Assistance technique pour', es: 'Asistencia técnica para', pt: 'Assistência técnica para' },
  { en: 'Partnership programme on', fr: 'Programme de partenariat sur', es: 'Programa de asociación sobre', pt: 'Programa de parceria sobre' },
  { en: 'Project preparation fund for', fr: 'Fonds de préparation de projets pour', es: 'Fondo de preparación de proyectos para', pt: 'Fundo de preparação de projetos para' },
  { en: 'Loan window for', fr: 'Guichet de prêts pour', es: 'Línea de préstamos para', pt: 'Linha de empréstimos para' },
  { en: 'Capacity building initiative on', fr: 'Initiative de renforcement des capacités sur', es: 'Iniciativa de desarrollo de capacidades sobre', pt: 'Iniciativa de capacitação sobre' },
  { en: 'City award for', fr: 'Prix des villes pour', es: 'Premio de ciudades para', pt: 'Prémio de cidades para' },
  { en: 'Peer exchange network on', fr: 'Réseau d’échange entre pairs sur', es: 'Red de intercambio entre pares sobre', pt: 'Rede de intercâmbio entre pares sobre' },
  { en: 'Guarantee scheme for', fr: 'Dispositif de garantie pour', es: 'Régimen de garantías para', pt: 'Regime de garantias para' },
]

/** What the programme supports. */
export const SUBJECTS: Phrase[] = [
  { en: 'clean urban transport', fr: 'le transport urbain propre', es: 'el transporte urbano limpio', pt: 'o transporte urbano limpo' },
  { en: 'building energy retrofits', fr: 'la rénovation énergétique des bâtiments', es: 'la rehabilitación energética de edificios', pt: 'a renovação energética de edifícios' },
  { en: 'district heating and cooling', fr: 'les réseaux de chaleur et de froid', es: 'las redes de calor y frío', pt: 'as redes de calor e frio' },
  { en: 'municipal solar power', fr: 'l’énergie solaire municipale', es: 'la energía solar municipal', pt: 'a energia solar municipal' },
  { en: 'urban green infrastructure', fr: 'les infrastructures vertes urbaines', es: 'la infraestructura verde urbana', pt: 'as infraestruturas verdes urbanas' },
  { en: 'circular waste management', fr: 'la gestion circulaire des déchets', es: 'la gestión circular de residuos', pt: 'a gestão circular de resíduos' },
  { en: 'climate action planning', fr: 'la planification de l’action climatique', es: 'la planificación de la acción climática', pt: 'o planeamento da ação climática' },
  { en: 'electric bus fleets', fr: 'les flottes de bus électriques', es: 'las flotas de autobuses eléctricos', pt: 'as frotas de autocarros elétricos' },
  { en: 'cycling networks', fr: 'les réseaux cyclables', es: 'las redes ciclistas', pt: 'as redes cicláveis' },
  { en: 'street lighting efficiency', fr: 'l’efficacité de l’éclairage public', es: 'la eficiencia del alumbrado público', pt: 'a eficiência da iluminação pública' },
  { en: 'urban climate data', fr: 'les données climatiques urbaines', es: 'los datos climáticos urbanos', pt: 'os dados climáticos urbanos' },
  { en: 'a just energy transition', fr: 'une transition énergétique juste', es: 'una transición energética justa', pt: 'uma transição energética justa' },
  { en: 'green municipal bonds', fr: 'les obligations vertes municipales', es: 'los bonos verdes municipales', pt: 'as obrigações verdes municipais' },
  { en: 'low-carbon industrial zones', fr: 'les zones industrielles bas carbone', es: 'las zonas industriales bajas en carbono', pt: 'as zonas industriais de baixo carbono' },
  { en: 'peri-urban agriculture', fr: 'l’agriculture périurbaine', es: 'la agricultura periurbana', pt: 'a agricultura periurbana' },
  { en: 'citizen energy communities', fr: 'les communautés énergétiques citoyennes', es: 'las comunidades energéticas ciudadanas', pt: 'as comunidades de energia de cidadãos' },
  { en: 'social housing decarbonisation', fr: 'la décarbonation du logement social', es: 'la descarbonización de la vivienda social', pt: 'a descarbonização da habitação social' },
  { en: 'wastewater energy recovery', fr: 'la valorisation énergétique des eaux usées', es: 'la recuperación energética de aguas residuales', pt: 'a recuperação energética de águas residuais' },
]

/** Sentences of the summary. */
export const SENTENCES: Phrase[] = [
  {
    en: 'It supports local governments from the first idea to a project ready for finance.',
    fr: 'Il accompagne les collectivités de la première idée à un projet prêt à être financé.',
    es: 'Acompaña a los gobiernos locales desde la primera idea hasta un proyecto listo para financiarse.',
    pt: 'Acompanha os governos locais desde a primeira ideia até um projeto pronto para financiamento.',
  },
  {
    en: 'Applications are assessed on climate impact, feasibility and local ownership.',
    fr: 'Les candidatures sont évaluées selon l’impact climatique, la faisabilité et l’appropriation locale.',
    es: 'Las solicitudes se evalúan según el impacto climático, la viabilidad y la apropiación local.',
    pt: 'As candidaturas são avaliadas pelo impacto climático, viabilidade e apropriação local.',
  },
  {
    en: 'Partnerships between cities are encouraged.',
    fr: 'Les partenariats entre villes sont encouragés.',
    es: 'Se fomentan las asociaciones entre ciudades.',
    pt: 'As parcerias entre cidades são incentivadas.',
  },
  {
    en: 'Support covers studies, training and expert advice.',
    fr: 'Le soutien couvre études, formations et conseil d’experts.',
    es: 'El apoyo cubre estudios, formación y asesoramiento experto.',
    pt: 'O apoio cobre estudos, formação e aconselhamento especializado.',
  },
  {
    en: 'Results are shared with other cities through peer learning.',
    fr: 'Les résultats sont partagés avec d’autres villes par l’apprentissage entre pairs.',
    es: 'Los resultados se comparten con otras ciudades mediante el aprendizaje entre pares.',
    pt: 'Os resultados são partilhados com outras cidades através da aprendizagem entre pares.',
  },
  {
    en: 'Co-financing from the applicant strengthens a proposal.',
    fr: 'Un cofinancement du porteur renforce une proposition.',
    es: 'La cofinanciación del solicitante refuerza una propuesta.',
    pt: 'O cofinanciamento do candidato reforça uma proposta.',
  },
]

/** Words of the names of generated provider organisations. */
export const ORGANISATION_KINDS: Phrase[] = [
  { en: 'Climate Fund', fr: 'Fonds climat', es: 'Fondo climático', pt: 'Fundo climático' },
  { en: 'Development Agency', fr: 'Agence de développement', es: 'Agencia de desarrollo', pt: 'Agência de desenvolvimento' },
  { en: 'Green Investment Bank', fr: 'Banque d’investissement vert', es: 'Banco de inversión verde', pt: 'Banco de investimento verde' },
  { en: 'Cities Foundation', fr: 'Fondation des villes', es: 'Fundación de ciudades', pt: 'Fundação das cidades' },
  { en: 'Urban Network', fr: 'Réseau urbain', es: 'Red urbana', pt: 'Rede urbana' },
  { en: 'Ministry of Environment', fr: 'Ministère de l’Environnement', es: 'Ministerio de Medio Ambiente', pt: 'Ministério do Ambiente' },
]
