/**
 * Phrases of synthetic practices in every locale, parallel across locales, so that a generated
 * practice says the same thing in English, French, Spanish and Portuguese and every language's
 * search finds it with its own words.
 */
export type Phrase = { en: string; fr: string; es: string; pt: string }

export const MEASURES: Phrase[] = [
  { en: 'Deep renovation', fr: 'Rénovation profonde', es: 'Rehabilitación profunda', pt: 'Renovação profunda' },
  { en: 'District heating', fr: 'Réseau de chaleur', es: 'Calefacción urbana', pt: 'Aquecimento urbano' },
  { en: 'Rooftop solar', fr: 'Solaire en toiture', es: 'Energía solar en tejados', pt: 'Energia solar nos telhados' },
  { en: 'Electric buses', fr: 'Bus électriques', es: 'Autobuses eléctricos', pt: 'Autocarros elétricos' },
  { en: 'Protected cycle lanes', fr: 'Pistes cyclables protégées', es: 'Carriles bici protegidos', pt: 'Ciclovias protegidas' },
  { en: 'Heat pumps', fr: 'Pompes à chaleur', es: 'Bombas de calor', pt: 'Bombas de calor' },
  { en: 'Street lighting retrofit', fr: "Modernisation de l'éclairage public", es: 'Renovación del alumbrado público', pt: 'Modernização da iluminação pública' },
  { en: 'Food waste composting', fr: 'Compostage des biodéchets', es: 'Compostaje de residuos orgánicos', pt: 'Compostagem de resíduos alimentares' },
  { en: 'Urban forest', fr: 'Forêt urbaine', es: 'Bosque urbano', pt: 'Floresta urbana' },
  { en: 'Green roofs', fr: 'Toitures végétalisées', es: 'Cubiertas verdes', pt: 'Coberturas verdes' },
  { en: 'Low-emission zone', fr: 'Zone à faibles émissions', es: 'Zona de bajas emisiones', pt: 'Zona de baixas emissões' },
  { en: 'Energy cooperative', fr: 'Coopérative énergétique', es: 'Cooperativa energética', pt: 'Cooperativa de energia' },
  { en: 'Circular construction', fr: 'Construction circulaire', es: 'Construcción circular', pt: 'Construção circular' },
  { en: 'Shared mobility hubs', fr: 'Pôles de mobilité partagée', es: 'Centros de movilidad compartida', pt: 'Polos de mobilidade partilhada' },
  { en: 'Climate budget', fr: 'Budget climat', es: 'Presupuesto climático', pt: 'Orçamento climático' },
  { en: 'Green bonds', fr: 'Obligations vertes', es: 'Bonos verdes', pt: 'Obrigações verdes' },
  { en: 'Citizen assembly', fr: 'Assemblée citoyenne', es: 'Asamblea ciudadana', pt: 'Assembleia de cidadãos' },
  { en: 'Energy data platform', fr: 'Plateforme de données énergétiques', es: 'Plataforma de datos energéticos', pt: 'Plataforma de dados energéticos' },
  { en: 'Wastewater biogas', fr: 'Biogaz des eaux usées', es: 'Biogás de aguas residuales', pt: 'Biogás de águas residuais' },
  { en: 'Industrial symbiosis', fr: 'Symbiose industrielle', es: 'Simbiosis industrial', pt: 'Simbiose industrial' },
  { en: 'Urban farming', fr: 'Agriculture urbaine', es: 'Agricultura urbana', pt: 'Agricultura urbana' },
  { en: 'Reskilling programme', fr: 'Programme de reconversion', es: 'Programa de recualificación', pt: 'Programa de requalificação' },
  { en: 'Tram extension', fr: 'Extension du tramway', es: 'Ampliación del tranvía', pt: 'Extensão do elétrico' },
  { en: 'Building energy code', fr: 'Réglementation énergétique des bâtiments', es: 'Código energético de edificios', pt: 'Regulamento energético dos edifícios' },
  { en: 'Wetland restoration', fr: 'Restauration des zones humides', es: 'Restauración de humedales', pt: 'Restauro de zonas húmidas' },
  { en: 'Smart grid pilot', fr: 'Réseau électrique intelligent', es: 'Red eléctrica inteligente', pt: 'Rede elétrica inteligente' },
  { en: 'Repair cafés', fr: 'Cafés de réparation', es: 'Cafés de reparación', pt: 'Cafés de reparação' },
  { en: 'Cargo bike logistics', fr: 'Logistique en vélo-cargo', es: 'Logística en bicicleta de carga', pt: 'Logística em bicicleta de carga' },
]

export const TARGETS: Phrase[] = [
  { en: 'for social housing', fr: 'pour le logement social', es: 'para la vivienda social', pt: 'para a habitação social' },
  { en: 'in public schools', fr: 'dans les écoles publiques', es: 'en las escuelas públicas', pt: 'nas escolas públicas' },
  { en: 'for the historic centre', fr: 'pour le centre historique', es: 'para el centro histórico', pt: 'para o centro histórico' },
  { en: 'across municipal buildings', fr: 'dans les bâtiments municipaux', es: 'en los edificios municipales', pt: 'nos edifícios municipais' },
  { en: 'in industrial estates', fr: 'dans les zones industrielles', es: 'en los polígonos industriales', pt: 'nas zonas industriais' },
  { en: 'for low-income households', fr: 'pour les ménages modestes', es: 'para hogares con bajos ingresos', pt: 'para famílias de baixos rendimentos' },
  { en: 'along the river', fr: 'le long du fleuve', es: 'a lo largo del río', pt: 'ao longo do rio' },
  { en: 'in suburban neighbourhoods', fr: 'dans les quartiers périphériques', es: 'en los barrios periféricos', pt: 'nos bairros periféricos' },
  { en: 'for hospitals', fr: 'pour les hôpitaux', es: 'para los hospitales', pt: 'para os hospitais' },
  { en: 'at the port', fr: 'au port', es: 'en el puerto', pt: 'no porto' },
  { en: 'for small businesses', fr: 'pour les petites entreprises', es: 'para las pequeñas empresas', pt: 'para as pequenas empresas' },
  { en: 'in the metropolitan area', fr: "dans l'aire métropolitaine", es: 'en el área metropolitana', pt: 'na área metropolitana' },
  { en: 'for street markets', fr: 'pour les marchés de plein air', es: 'para los mercados callejeros', pt: 'para as feiras de rua' },
  { en: 'in university campuses', fr: 'sur les campus universitaires', es: 'en los campus universitarios', pt: 'nos campi universitários' },
  { en: 'for public transport depots', fr: 'pour les dépôts de transport public', es: 'para las cocheras del transporte público', pt: 'para os depósitos de transportes públicos' },
  { en: 'in informal settlements', fr: 'dans les quartiers informels', es: 'en los asentamientos informales', pt: 'nos assentamentos informais' },
]

export const SENTENCES: Phrase[] = [
  {
    en: 'The city measured energy use in every building before choosing where to start.',
    fr: "La ville a mesuré la consommation d'énergie de chaque bâtiment avant de choisir par où commencer.",
    es: 'La ciudad midió el consumo de energía de cada edificio antes de decidir por dónde empezar.',
    pt: 'A cidade mediu o consumo de energia de cada edifício antes de decidir por onde começar.',
  },
  {
    en: 'Residents were consulted in neighbourhood workshops and their proposals changed the design.',
    fr: 'Les habitants ont été consultés lors d’ateliers de quartier et leurs propositions ont modifié le projet.',
    es: 'Los vecinos participaron en talleres de barrio y sus propuestas cambiaron el diseño.',
    pt: 'Os moradores foram consultados em oficinas de bairro e as suas propostas alteraram o projeto.',
  },
  {
    en: 'A revolving fund repays the investment from the savings on energy bills.',
    fr: "Un fonds renouvelable rembourse l'investissement grâce aux économies sur les factures d'énergie.",
    es: 'Un fondo rotatorio devuelve la inversión con el ahorro en las facturas de energía.',
    pt: 'Um fundo rotativo reembolsa o investimento com as poupanças nas faturas de energia.',
  },
  {
    en: 'Emissions fell steadily once the old boilers were replaced.',
    fr: 'Les émissions ont baissé régulièrement une fois les vieilles chaudières remplacées.',
    es: 'Las emisiones bajaron de forma constante tras sustituir las viejas calderas.',
    pt: 'As emissões desceram de forma constante depois de substituídas as velhas caldeiras.',
  },
  {
    en: 'Local contractors were trained so that the work created jobs in the region.',
    fr: 'Des entreprises locales ont été formées pour que les travaux créent des emplois dans la région.',
    es: 'Se formó a empresas locales para que las obras crearan empleo en la región.',
    pt: 'As empresas locais receberam formação para que as obras criassem emprego na região.',
  },
  {
    en: 'Air quality improved near schools and hospitals.',
    fr: "La qualité de l'air s'est améliorée près des écoles et des hôpitaux.",
    es: 'La calidad del aire mejoró cerca de escuelas y hospitales.',
    pt: 'A qualidade do ar melhorou junto a escolas e hospitais.',
  },
  {
    en: 'The national energy agency verified the savings with metered data.',
    fr: "L'agence nationale de l'énergie a vérifié les économies à partir de données de comptage.",
    es: 'La agencia nacional de energía verificó el ahorro con datos de contadores.',
    pt: 'A agência nacional de energia verificou as poupanças com dados de contadores.',
  },
  {
    en: 'Permits took longer than planned, which delayed the second phase.',
    fr: 'Les autorisations ont pris plus de temps que prévu, ce qui a retardé la deuxième phase.',
    es: 'Los permisos tardaron más de lo previsto y retrasaron la segunda fase.',
    pt: 'As licenças demoraram mais do que o previsto, o que atrasou a segunda fase.',
  },
  {
    en: 'Rainwater is now kept on site, which reduces flooding during storms.',
    fr: 'Les eaux de pluie sont désormais retenues sur place, ce qui réduit les inondations lors des orages.',
    es: 'El agua de lluvia se retiene ahora en el lugar, lo que reduce las inundaciones durante las tormentas.',
    pt: 'A água da chuva é agora retida no local, o que reduz as inundações durante as tempestades.',
  },
  {
    en: 'Tenants did not pay more rent after the renovation.',
    fr: 'Les locataires ne paient pas de loyer plus élevé après la rénovation.',
    es: 'Los inquilinos no pagan más alquiler después de la rehabilitación.',
    pt: 'Os inquilinos não pagam renda mais alta depois da renovação.',
  },
  {
    en: 'Ridership on the new line doubled within two years.',
    fr: 'La fréquentation de la nouvelle ligne a doublé en deux ans.',
    es: 'El número de viajeros de la nueva línea se duplicó en dos años.',
    pt: 'O número de passageiros da nova linha duplicou em dois anos.',
  },
  {
    en: 'A public dashboard shows progress towards the climate-neutrality target.',
    fr: "Un tableau de bord public montre les progrès vers l'objectif de neutralité climatique.",
    es: 'Un panel público muestra los avances hacia el objetivo de neutralidad climática.',
    pt: 'Um painel público mostra o progresso rumo à meta de neutralidade climática.',
  },
  {
    en: 'Procurement rules now require low-carbon concrete and reused materials.',
    fr: 'Les règles des marchés publics exigent désormais du béton bas carbone et des matériaux réemployés.',
    es: 'Las normas de contratación exigen ahora hormigón bajo en carbono y materiales reutilizados.',
    pt: 'As regras de contratação pública exigem agora betão de baixo carbono e materiais reutilizados.',
  },
  {
    en: 'Farmers around the city supply the school canteens.',
    fr: 'Les agriculteurs des environs approvisionnent les cantines scolaires.',
    es: 'Los agricultores de los alrededores abastecen los comedores escolares.',
    pt: 'Os agricultores dos arredores abastecem as cantinas escolares.',
  },
  {
    en: 'The utility shares hourly consumption data with the municipality.',
    fr: "Le fournisseur d'énergie partage les données de consommation horaire avec la commune.",
    es: 'La compañía eléctrica comparte datos horarios de consumo con el ayuntamiento.',
    pt: 'A empresa de energia partilha dados horários de consumo com o município.',
  },
  {
    en: 'Street trees lowered summer temperatures by several degrees.',
    fr: "Les arbres d'alignement ont abaissé les températures estivales de plusieurs degrés.",
    es: 'El arbolado viario redujo varios grados las temperaturas de verano.',
    pt: 'As árvores de arruamento baixaram as temperaturas de verão em vários graus.',
  },
  {
    en: 'Waste collection routes were redesigned to cut fuel use.',
    fr: 'Les tournées de collecte des déchets ont été redessinées pour consommer moins de carburant.',
    es: 'Las rutas de recogida de residuos se rediseñaron para gastar menos combustible.',
    pt: 'Os circuitos de recolha de resíduos foram redesenhados para gastar menos combustível.',
  },
  {
    en: 'Neighbouring towns have since copied the approach with their own budgets.',
    fr: "Des communes voisines ont depuis repris l'approche avec leurs propres budgets.",
    es: 'Desde entonces, municipios vecinos han copiado el enfoque con sus propios presupuestos.',
    pt: 'Desde então, municípios vizinhos copiaram a abordagem com os seus próprios orçamentos.',
  },
  {
    en: 'European structural funds covered part of the capital cost.',
    fr: "Les fonds structurels européens ont couvert une partie de l'investissement.",
    es: 'Los fondos estructurales europeos cubrieron parte de la inversión.',
    pt: 'Os fundos estruturais europeus cobriram parte do investimento.',
  },
  {
    en: 'Night-time noise dropped on the main avenues.',
    fr: 'Le bruit nocturne a diminué sur les grandes avenues.',
    es: 'El ruido nocturno disminuyó en las grandes avenidas.',
    pt: 'O ruído noturno diminuiu nas grandes avenidas.',
  },
]
