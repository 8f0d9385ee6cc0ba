// Words and sentence patterns for the synthetic search corpus: the subjects of the portal
// (torture prevention, detention monitoring, NPM independence, groups in vulnerable situations)
// in Spanish, Portuguese and English. Lists are parallel: index i means the same in each language.

export type Lang = 'es' | 'pt' | 'en';
export type Phrase = Record<Lang, string>;

export const TOPICS: Phrase[] = [
  {
    es: 'monitoreo de lugares de detención',
    pt: 'monitoramento de locais de detenção',
    en: 'monitoring of places of detention',
  },
  {
    es: 'independencia de los mecanismos nacionales de prevención',
    pt: 'independência dos mecanismos nacionais de prevenção',
    en: 'independence of national preventive mechanisms',
  },
  {
    es: 'mujeres privadas de libertad',
    pt: 'mulheres privadas de liberdade',
    en: 'women deprived of liberty',
  },
  {
    es: 'adolescentes en centros de internación',
    pt: 'adolescentes em unidades de internação',
    en: 'adolescents in juvenile detention centres',
  },
  {
    es: 'personas con discapacidad psicosocial en instituciones psiquiátricas',
    pt: 'pessoas com deficiência psicossocial em instituições psiquiátricas',
    en: 'persons with psychosocial disabilities in psychiatric institutions',
  },
  {
    es: 'personas migrantes en detención',
    pt: 'pessoas migrantes em detenção',
    en: 'migrants in detention',
  },
  {
    es: 'custodia policial y primeras horas de detención',
    pt: 'custódia policial e primeiras horas de detenção',
    en: 'police custody and the first hours of detention',
  },
  { es: 'aislamiento solitario', pt: 'isolamento solitário', en: 'solitary confinement' },
  { es: 'hacinamiento carcelario', pt: 'superlotação carcerária', en: 'prison overcrowding' },
  { es: 'salud en las cárceles', pt: 'saúde nas prisões', en: 'health care in prisons' },
  {
    es: 'personas LGBTI privadas de libertad',
    pt: 'pessoas LGBTI privadas de liberdade',
    en: 'LGBTI persons deprived of liberty',
  },
  {
    es: 'pueblos indígenas en prisión',
    pt: 'povos indígenas na prisão',
    en: 'indigenous peoples in prison',
  },
  {
    es: 'uso de la fuerza por agentes penitenciarios',
    pt: 'uso da força por agentes penitenciários',
    en: 'use of force by prison officers',
  },
  {
    es: 'investigación de denuncias de tortura',
    pt: 'investigação de denúncias de tortura',
    en: 'investigation of torture allegations',
  },
  {
    es: 'documentación médica según el Protocolo de Estambul',
    pt: 'documentação médica segundo o Protocolo de Istambul',
    en: 'medical documentation under the Istanbul Protocol',
  },
  { es: 'visitas sin previo aviso', pt: 'visitas sem aviso prévio', en: 'unannounced visits' },
  {
    es: 'entrevistas confidenciales con personas detenidas',
    pt: 'entrevistas confidenciais com pessoas detidas',
    en: 'confidential interviews with detainees',
  },
  {
    es: 'seguimiento de recomendaciones',
    pt: 'acompanhamento de recomendações',
    en: 'follow-up of recommendations',
  },
  {
    es: 'presupuesto y recursos de los mecanismos',
    pt: 'orçamento e recursos dos mecanismos',
    en: 'budget and resources of the mechanisms',
  },
  {
    es: 'selección de los miembros del mecanismo',
    pt: 'seleção dos membros do mecanismo',
    en: 'selection of the members of the mechanism',
  },
  {
    es: 'cooperación con el Subcomité para la Prevención de la Tortura',
    pt: 'cooperação com o Subcomitê de Prevenção da Tortura',
    en: 'cooperation with the Subcommittee on Prevention of Torture',
  },
  {
    es: 'prevención de represalias',
    pt: 'prevenção de represálias',
    en: 'prevention of reprisals',
  },
  {
    es: 'condiciones materiales de detención',
    pt: 'condições materiais de detenção',
    en: 'material conditions of detention',
  },
  {
    es: 'régimen disciplinario y sanciones',
    pt: 'regime disciplinar e sanções',
    en: 'disciplinary regime and sanctions',
  },
  {
    es: 'registros de personas detenidas',
    pt: 'registros de pessoas detidas',
    en: 'registers of detained persons',
  },
  {
    es: 'acceso a abogado y a médico',
    pt: 'acesso a advogado e a médico',
    en: 'access to a lawyer and a doctor',
  },
  {
    es: 'personas mayores en residencias de larga estadía',
    pt: 'pessoas idosas em instituições de longa permanência',
    en: 'older persons in long-term care homes',
  },
  {
    es: 'cárceles de máxima seguridad',
    pt: 'presídios de segurança máxima',
    en: 'maximum security prisons',
  },
  {
    es: 'traslados de personas detenidas',
    pt: 'transferências de pessoas presas',
    en: 'transfers of detainees',
  },
  {
    es: 'tortura y malos tratos en comisarías',
    pt: 'tortura e maus-tratos em delegacias',
    en: 'torture and ill-treatment in police stations',
  },
  { es: 'prisión preventiva', pt: 'prisão preventiva', en: 'pre-trial detention' },
  {
    es: 'madres con hijos en prisión',
    pt: 'mães com filhos na prisão',
    en: 'mothers with children in prison',
  },
];

export const PLACES: Phrase[] = [
  { es: 'comisarías', pt: 'delegacias', en: 'police stations' },
  { es: 'cárceles', pt: 'presídios', en: 'prisons' },
  { es: 'centros de menores', pt: 'unidades socioeducativas', en: 'juvenile centres' },
  { es: 'hospitales psiquiátricos', pt: 'hospitais psiquiátricos', en: 'psychiatric hospitals' },
  {
    es: 'centros de detención migratoria',
    pt: 'centros de detenção de migrantes',
    en: 'immigration detention centres',
  },
  {
    es: 'unidades penitenciarias de mujeres',
    pt: 'penitenciárias femininas',
    en: "women's prisons",
  },
  { es: 'celdas de tribunales', pt: 'carceragens de fóruns', en: 'court cells' },
  { es: 'residencias de personas mayores', pt: 'casas de repouso', en: 'care homes' },
];

export const FINDINGS: Phrase[] = [
  { es: 'hacinamiento grave', pt: 'superlotação grave', en: 'severe overcrowding' },
  { es: 'falta de atención médica', pt: 'falta de atendimento médico', en: 'lack of medical care' },
  {
    es: 'malos tratos durante el arresto',
    pt: 'maus-tratos durante a prisão',
    en: 'ill-treatment during arrest',
  },
  {
    es: 'uso excesivo del aislamiento',
    pt: 'uso excessivo do isolamento',
    en: 'excessive use of isolation',
  },
  {
    es: 'ausencia de registros completos',
    pt: 'ausência de registros completos',
    en: 'incomplete custody registers',
  },
  {
    es: 'celdas sin luz natural ni ventilación',
    pt: 'celas sem luz natural nem ventilação',
    en: 'cells without daylight or ventilation',
  },
  { es: 'requisas vejatorias', pt: 'revistas vexatórias', en: 'degrading body searches' },
  {
    es: 'amenazas a las personas entrevistadas',
    pt: 'ameaças às pessoas entrevistadas',
    en: 'threats against interviewees',
  },
  { es: 'alimentación insuficiente', pt: 'alimentação insuficiente', en: 'insufficient food' },
  {
    es: 'falta de contacto con las familias',
    pt: 'falta de contato com as famílias',
    en: 'lack of contact with families',
  },
  {
    es: 'demoras en la notificación a la defensa',
    pt: 'demora na notificação à defesa',
    en: 'delays in notifying defence lawyers',
  },
  {
    es: 'violencia entre personas detenidas',
    pt: 'violência entre pessoas presas',
    en: 'violence among detainees',
  },
];

export const ACTORS: Phrase[] = [
  {
    es: 'el mecanismo nacional de prevención',
    pt: 'o mecanismo nacional de prevenção',
    en: 'the national preventive mechanism',
  },
  { es: 'la Defensoría del Pueblo', pt: 'a Defensoria do Povo', en: "the Ombudsperson's Office" },
  { es: 'el comité local', pt: 'o comitê local', en: 'the local committee' },
  { es: 'la sociedad civil', pt: 'a sociedade civil', en: 'civil society' },
  {
    es: 'el Subcomité para la Prevención de la Tortura',
    pt: 'o Subcomitê de Prevenção da Tortura',
    en: 'the Subcommittee on Prevention of Torture',
  },
  {
    es: 'la Asociación para la Prevención de la Tortura',
    pt: 'a Associação para a Prevenção da Tortura',
    en: 'the Association for the Prevention of Torture',
  },
  { es: 'el Ministerio de Justicia', pt: 'o Ministério da Justiça', en: 'the Ministry of Justice' },
  {
    es: 'la administración penitenciaria',
    pt: 'a administração penitenciária',
    en: 'the prison administration',
  },
];

export const RECOMMENDATIONS: Phrase[] = [
  {
    es: 'garantizar el acceso irrestricto a todos los lugares de privación de libertad',
    pt: 'garantir o acesso irrestrito a todos os locais de privação de liberdade',
    en: 'guarantee unrestricted access to all places of deprivation of liberty',
  },
  {
    es: 'asegurar la independencia funcional y financiera del mecanismo',
    pt: 'assegurar a independência funcional e financeira do mecanismo',
    en: 'ensure the functional and financial independence of the mechanism',
  },
  {
    es: 'reducir el uso de la prisión preventiva',
    pt: 'reduzir o uso da prisão preventiva',
    en: 'reduce the use of pre-trial detention',
  },
  {
    es: 'investigar de forma pronta e imparcial toda denuncia de tortura',
    pt: 'investigar de forma pronta e imparcial toda denúncia de tortura',
    en: 'investigate every allegation of torture promptly and impartially',
  },
  {
    es: 'adoptar medidas con perspectiva de género',
    pt: 'adotar medidas com perspectiva de gênero',
    en: 'adopt gender-sensitive measures',
  },
  {
    es: 'prohibir el aislamiento prolongado de adolescentes',
    pt: 'proibir o isolamento prolongado de adolescentes',
    en: 'prohibit prolonged isolation of adolescents',
  },
  {
    es: 'crear registros únicos de casos de tortura',
    pt: 'criar registros únicos de casos de tortura',
    en: 'create single registers of torture cases',
  },
  {
    es: 'proteger a las personas entrevistadas contra represalias',
    pt: 'proteger as pessoas entrevistadas contra represálias',
    en: 'protect interviewees against reprisals',
  },
];

export const SENTENCES: Record<Lang, string[]> = {
  es: [
    'Durante {year}, {actor} realizó {n} visitas a {place} y constató {finding}.',
    'El informe analiza {topic} y formula {n} recomendaciones a las autoridades de {country}.',
    'En {city}, {actor} entrevistó de manera confidencial a {n} personas detenidas.',
    'Se recomienda {recommendation}.',
    'La prevención de la tortura exige {recommendation}, según {actor}.',
    'Las visitas a {place} de {city} mostraron {finding} y {finding2}.',
    'El capítulo {n} examina {topic} a la luz del Protocolo Facultativo (OPCAT).',
    '{actor2} señaló que {topic} sigue siendo una prioridad en {country}.',
    'Se documentaron {n} casos de {finding} en {place} durante el período {year}-{year2}.',
    'La metodología combina visitas sin previo aviso, entrevistas y revisión de registros.',
    'Firmado en {city} por {person}, coordinadora del equipo de monitoreo.',
  ],
  pt: [
    'Durante {year}, {actor} realizou {n} visitas a {place} e constatou {finding}.',
    'O relatório analisa {topic} e formula {n} recomendações às autoridades de {country}.',
    'Em {city}, {actor} entrevistou de forma confidencial {n} pessoas presas.',
    'Recomenda-se {recommendation}.',
    'A prevenção da tortura exige {recommendation}, segundo {actor}.',
    'As visitas a {place} de {city} mostraram {finding} e {finding2}.',
    'O capítulo {n} examina {topic} à luz do Protocolo Facultativo (OPCAT).',
    '{actor2} apontou que {topic} continua sendo uma prioridade em {country}.',
    'Foram documentados {n} casos de {finding} em {place} durante o período {year}-{year2}.',
    'A metodologia combina visitas sem aviso prévio, entrevistas e revisão de registros.',
    'Assinado em {city} por {person}, coordenadora da equipe de monitoramento.',
  ],
  en: [
    'In {year}, {actor} carried out {n} visits to {place} and found {finding}.',
    'The report analyses {topic} and makes {n} recommendations to the authorities of {country}.',
    'In {city}, {actor} held confidential interviews with {n} detainees.',
    'It recommends that the State {recommendation}.',
    'Preventing torture requires that authorities {recommendation}, according to {actor}.',
    'Visits to {place} in {city} revealed {finding} and {finding2}.',
    'Chapter {n} examines {topic} in the light of the Optional Protocol (OPCAT).',
    '{actor2} noted that {topic} remains a priority in {country}.',
    '{n} cases of {finding} were documented in {place} between {year} and {year2}.',
    'The methodology combines unannounced visits, interviews and a review of registers.',
    'Signed in {city} by {person}, coordinator of the monitoring team.',
  ],
};

export const DOCUMENT_TITLES: Record<string, Record<Lang, string[]>> = {
  REPORT: {
    es: [
      'Informe anual {year} sobre {topic}',
      'Informe temático: {topic} en {country}',
      'Informe de visita a {place} de {city}',
    ],
    pt: [
      'Relatório anual {year} sobre {topic}',
      'Relatório temático: {topic} no país ({country})',
      'Relatório de visita a {place} de {city}',
    ],
    en: [
      'Annual report {year} on {topic}',
      'Thematic report: {topic} in {country}',
      'Report on the visit to {place} in {city}',
    ],
  },
  GUIDE: {
    es: ['Guía práctica sobre {topic}', 'Manual para el {topic}'],
    pt: ['Guia prático sobre {topic}', 'Manual sobre {topic}'],
    en: ['Practical guide on {topic}', 'Handbook on {topic}'],
  },
  DECLARATION: {
    es: ['Declaración de {city} sobre {topic}'],
    pt: ['Declaração de {city} sobre {topic}'],
    en: ['{city} Declaration on {topic}'],
  },
  LAW: {
    es: ['Ley {n}/{year} de prevención de la tortura ({country})'],
    pt: ['Lei {n}/{year} de prevenção da tortura ({country})'],
    en: ['Law {n}/{year} on the prevention of torture ({country})'],
  },
  RECOMMENDATION: {
    es: ['Recomendaciones sobre {topic}', 'Recomendación general sobre {topic}'],
    pt: ['Recomendações sobre {topic}', 'Recomendação geral sobre {topic}'],
    en: ['Recommendations on {topic}', 'General recommendation on {topic}'],
  },
  TRAINING: {
    es: ['Material de formación: {topic}', 'Curso sobre {topic}'],
    pt: ['Material de formação: {topic}', 'Curso sobre {topic}'],
    en: ['Training material: {topic}', 'Course on {topic}'],
  },
  OTHER: {
    es: ['Nota informativa sobre {topic}', 'Comunicado: {topic} en {city}'],
    pt: ['Nota informativa sobre {topic}', 'Comunicado: {topic} em {city}'],
    en: ['Briefing note on {topic}', 'Press release: {topic} in {city}'],
  },
};

export const EVENT_TITLES: Record<string, Record<Lang, string[]>> = {
  CONFERENCE: {
    es: [
      'Conferencia regional sobre {topic}',
      'Encuentro latinoamericano de mecanismos de prevención en {city}',
    ],
    pt: [
      'Conferência regional sobre {topic}',
      'Encontro latino-americano de mecanismos de prevenção em {city}',
    ],
    en: [
      'Regional conference on {topic}',
      'Latin American meeting of preventive mechanisms in {city}',
    ],
  },
  WORKSHOP: {
    es: ['Taller sobre {topic} en {city}'],
    pt: ['Oficina sobre {topic} em {city}'],
    en: ['Workshop on {topic} in {city}'],
  },
  EXCHANGE: {
    es: ['Intercambio de experiencias sobre {topic}'],
    pt: ['Intercâmbio de experiências sobre {topic}'],
    en: ['Exchange of experiences on {topic}'],
  },
  WEBINAR: {
    es: ['Seminario web: {topic}'],
    pt: ['Webinário: {topic}'],
    en: ['Webinar: {topic}'],
  },
  OTHER: {
    es: ['Presentación pública: {topic}'],
    pt: ['Apresentação pública: {topic}'],
    en: ['Public launch: {topic}'],
  },
};

export const MECHANISM_NAMES: Record<Lang, string[]> = {
  es: [
    'Comisión Provincial por la Memoria y la Prevención de la Tortura de {city}',
    'Comité Local para la Prevención de la Tortura de {city}',
    'Mecanismo Estatal de Prevención de la Tortura de {city}',
    'Defensoría del Pueblo de {city} – Área de Prevención de la Tortura',
  ],
  pt: [
    'Comissão Provincial pela Memória e Prevenção da Tortura de {city}',
    'Comitê Local para a Prevenção da Tortura de {city}',
    'Mecanismo Estadual de Prevenção e Combate à Tortura de {city}',
    'Defensoria do Povo de {city} – Área de Prevenção da Tortura',
  ],
  en: [
    'Provincial Commission for Memory and the Prevention of Torture of {city}',
    'Local Committee for the Prevention of Torture of {city}',
    'State Mechanism to Prevent and Combat Torture of {city}',
    "Ombudsperson's Office of {city} – Torture Prevention Unit",
  ],
};

export const CITIES = [
  'Córdoba',
  'Rosario',
  'Mendoza',
  'Salta',
  'Tucumán',
  'Neuquén',
  'Corrientes',
  'Chaco',
  'Misiones',
  'La Plata',
  'São Paulo',
  'Rio de Janeiro',
  'Belo Horizonte',
  'Recife',
  'Salvador',
  'Fortaleza',
  'Porto Alegre',
  'Curitiba',
  'Manaus',
  'Belém',
  'Ciudad de México',
  'Guadalajara',
  'Monterrey',
  'Oaxaca',
  'Chiapas',
  'Puebla',
  'Veracruz',
  'Tijuana',
  'Mérida',
  'Querétaro',
  'Lima',
  'Arequipa',
  'Cusco',
  'Trujillo',
  'La Paz',
  'Cochabamba',
  'Santa Cruz',
  'Quito',
  'Guayaquil',
  'Cuenca',
  'Bogotá',
  'Medellín',
  'Cali',
  'Santiago',
  'Valparaíso',
  'Concepción',
  'Asunción',
  'Encarnación',
  'Montevideo',
  'Salto',
  'Tegucigalpa',
  'San Pedro Sula',
  'Ciudad de Guatemala',
  'Quetzaltenango',
  'San José',
  'Managua',
  'Panamá',
  'Colón',
  'San Salvador',
  'Santo Domingo',
];

export const PEOPLE = [
  'María Fernández',
  'Ana Souza',
  'Lucía Gómez',
  'Carla Oliveira',
  'Patricia Rojas',
  'Juliana Costa',
  'Valentina Ríos',
  'Fernanda Lima',
  'Gabriela Torres',
  'Beatriz Almeida',
  'Claudia Mendoza',
  'Renata Carvalho',
  'Sofía Herrera',
  'Isabel Duarte',
];

export const ORGANISERS = [
  'APT',
  'OMCT',
  'CEJIL',
  'IIDH',
  'ILANUD',
  'Red Latinoamericana de MNP',
  'Comité Nacional de Prevención',
  'Defensoría del Pueblo',
];
