// The documents, mechanisms and events the relevance test (src/server/search/relevance.test.ts)
// creates and judges queries against (tests/search/judged-queries.json). Titles and summaries are
// written as the portal's editors would; each entity has its original language and, for some,
// translations. Distractors share words with the judged ones without being what a query asks for.

type Lang = 'es' | 'pt' | 'en';
type Text = { title: string; summary: string };

export type JudgedDocument = {
  slug: string;
  type: 'REPORT' | 'GUIDE' | 'DECLARATION' | 'LAW' | 'RECOMMENDATION' | 'TRAINING' | 'OTHER';
  originalLocale: Lang;
  publishedOn: string;
  texts: Partial<Record<Lang, Text>>;
};

export type JudgedMechanism = {
  slug: string;
  originalLocale: Lang;
  acronym?: string;
  /** A country of JUDGED_COUNTRIES (else the test's placeholder country). */
  country?: string;
  level?: 'NATIONAL' | 'LOCAL';
  jurisdiction?: string;
  names: Partial<Record<Lang, string>>;
};

export type JudgedCountry = {
  slug: string;
  iso2: string;
  iso3: string;
  names: Record<Lang, string>;
};

// Countries by their usual names and ISO 3166 codes, for country queries ("Brasil", "PY") and
// "<country> NPM".
export const JUDGED_COUNTRIES: JudgedCountry[] = [
  {
    slug: 'rel-paraguay',
    iso2: 'PY',
    iso3: 'PRY',
    names: { es: 'Paraguay', pt: 'Paraguai', en: 'Paraguay' },
  },
  {
    slug: 'rel-mexico',
    iso2: 'MX',
    iso3: 'MEX',
    names: { es: 'México', pt: 'México', en: 'Mexico' },
  },
  {
    slug: 'rel-brasil',
    iso2: 'BR',
    iso3: 'BRA',
    names: { es: 'Brasil', pt: 'Brasil', en: 'Brazil' },
  },
  {
    slug: 'rel-argentina',
    iso2: 'AR',
    iso3: 'ARG',
    names: { es: 'Argentina', pt: 'Argentina', en: 'Argentina' },
  },
];

export type JudgedEvent = {
  slug: string;
  kind: 'CONFERENCE' | 'WORKSHOP' | 'EXCHANGE' | 'WEBINAR' | 'OTHER';
  originalLocale: Lang;
  startsOn: string;
  texts: Partial<Record<Lang, Text>>;
};

export const JUDGED_DOCUMENTS: JudgedDocument[] = [
  {
    slug: 'rel-informe-anual-mnp-peru-2023',
    type: 'REPORT',
    originalLocale: 'es',
    publishedOn: '2024-03-15',
    texts: {
      es: {
        title: 'Informe anual 2023 del Mecanismo Nacional de Prevención de la Tortura del Perú',
        summary:
          'Resume las visitas realizadas en 2023 a establecimientos penitenciarios, comisarías y centros juveniles, y el seguimiento de las recomendaciones formuladas al Estado.',
      },
      en: {
        title: 'Annual report 2023 of the National Preventive Mechanism of Peru',
        summary:
          'Summarises the 2023 visits to prisons, police stations and juvenile centres and the follow-up of recommendations to the State.',
      },
    },
  },
  {
    slug: 'rel-guia-monitoreo-comisarias',
    type: 'GUIDE',
    originalLocale: 'es',
    publishedOn: '2022-09-01',
    texts: {
      es: {
        title: 'Guía para el monitoreo de comisarías',
        summary:
          'Herramienta práctica para visitar comisarías y calabozos: qué observar en las celdas, cómo revisar los libros de registro y cómo entrevistar a las personas detenidas.',
      },
      pt: {
        title: 'Guia para o monitoramento de delegacias',
        summary:
          'Ferramenta prática para visitar delegacias e carceragens: o que observar nas celas, como revisar os livros de registro e como entrevistar as pessoas presas.',
      },
    },
  },
  {
    slug: 'rel-mujeres-privadas-libertad',
    type: 'REPORT',
    originalLocale: 'es',
    publishedOn: '2023-11-20',
    texts: {
      es: {
        title: 'Mujeres privadas de libertad: enfoque de género en la prevención de la tortura',
        summary:
          'Analiza los riesgos específicos que enfrentan las mujeres en las cárceles de la región, como las requisas vejatorias y la falta de atención a la salud sexual y reproductiva.',
      },
      pt: {
        title: 'Mulheres privadas de liberdade: enfoque de gênero na prevenção da tortura',
        summary:
          'Analisa os riscos específicos que as mulheres enfrentam nas prisões da região, como as revistas vexatórias e a falta de atenção à saúde sexual e reprodutiva.',
      },
      en: {
        title: 'Women deprived of liberty: a gender perspective on torture prevention',
        summary:
          'Looks at the specific risks women face in the region’s prisons, such as degrading body searches and the lack of sexual and reproductive health care.',
      },
    },
  },
  {
    slug: 'rel-adolescentes-internacion',
    type: 'REPORT',
    originalLocale: 'es',
    publishedOn: '2021-06-10',
    texts: {
      es: {
        title: 'Adolescentes en centros de internación: informe temático',
        summary:
          'Documenta el uso del encierro prolongado en celdas de castigo en centros para adolescentes y propone alternativas socioeducativas.',
      },
    },
  },
  {
    slug: 'rel-independencia-mnp',
    type: 'RECOMMENDATION',
    originalLocale: 'en',
    publishedOn: '2020-02-01',
    texts: {
      en: {
        title: 'Guaranteeing the independence of national preventive mechanisms',
        summary:
          'Functional and financial independence, the selection of members and the guarantees that let a mechanism criticise the authorities it monitors.',
      },
      es: {
        title: 'Garantizar la independencia de los mecanismos nacionales de prevención',
        summary:
          'La independencia funcional y financiera, la selección de sus integrantes y las garantías que permiten a un mecanismo criticar a las autoridades que supervisa.',
      },
    },
  },
  {
    slug: 'rel-relatorio-mnpct-2022',
    type: 'REPORT',
    originalLocale: 'pt',
    publishedOn: '2023-04-05',
    texts: {
      pt: {
        title: 'Relatório anual 2022 do Mecanismo Nacional de Prevenção e Combate à Tortura',
        summary:
          'Apresenta as inspeções realizadas em 2022 em unidades prisionais, socioeducativas e instituições de longa permanência em nove estados.',
      },
    },
  },
  {
    slug: 'rel-superlotacao-presidios',
    type: 'REPORT',
    originalLocale: 'pt',
    publishedOn: '2022-08-18',
    texts: {
      pt: {
        title: 'Superlotação nos presídios do Nordeste',
        summary:
          'Dados de inspeções em presídios com mais do dobro de pessoas que vagas, celas sem ventilação e falta de água potável.',
      },
      es: {
        title: 'Hacinamiento en las cárceles del Nordeste de Brasil',
        summary:
          'Datos de inspecciones en cárceles con más del doble de personas que plazas, celdas sin ventilación y falta de agua potable.',
      },
    },
  },
  {
    slug: 'rel-saude-mental-hospitais',
    type: 'REPORT',
    originalLocale: 'pt',
    publishedOn: '2021-10-10',
    texts: {
      pt: {
        title: 'Inspeções em hospitais psiquiátricos e comunidades terapêuticas',
        summary:
          'Contenções mecânicas, internações involuntárias e isolamento de pessoas com deficiência psicossocial.',
      },
    },
  },
  {
    slug: 'rel-istanbul-protocol-training',
    type: 'TRAINING',
    originalLocale: 'en',
    publishedOn: '2023-01-30',
    texts: {
      en: {
        title: 'Training manual on the Istanbul Protocol for forensic doctors',
        summary:
          'How to examine and document physical and psychological signs of torture in line with the revised Istanbul Protocol.',
      },
      es: {
        title: 'Manual de formación sobre el Protocolo de Estambul para médicos forenses',
        summary:
          'Cómo examinar y documentar los signos físicos y psicológicos de tortura conforme al Protocolo de Estambul revisado.',
      },
      pt: {
        title: 'Manual de formação sobre o Protocolo de Istambul para médicos legistas',
        summary:
          'Como examinar e documentar os sinais físicos e psicológicos de tortura de acordo com o Protocolo de Istambul revisado.',
      },
    },
  },
  {
    slug: 'rel-migrants-detention-mexico',
    type: 'REPORT',
    originalLocale: 'en',
    publishedOn: '2024-07-01',
    texts: {
      en: {
        title: 'Immigration detention in Mexico: findings from visits to migrant stations',
        summary:
          'Overcrowded migrant stations, families held without access to lawyers and deportations without an individual assessment.',
      },
      es: {
        title: 'Detención migratoria en México: hallazgos de las visitas a estaciones migratorias',
        summary:
          'Estaciones migratorias hacinadas, familias retenidas sin acceso a abogados y deportaciones sin evaluación individual.',
      },
    },
  },
  {
    slug: 'rel-ley-mnp-argentina',
    type: 'LAW',
    originalLocale: 'es',
    publishedOn: '2013-01-07',
    texts: {
      es: {
        title: 'Ley 26.827: Sistema Nacional de Prevención de la Tortura (Argentina)',
        summary:
          'Crea el Comité Nacional para la Prevención de la Tortura y el consejo federal de mecanismos locales.',
      },
    },
  },
  {
    slug: 'rel-reprisals-guidance',
    type: 'GUIDE',
    originalLocale: 'en',
    publishedOn: '2022-05-12',
    texts: {
      en: {
        title: 'Preventing reprisals against detainees who speak to monitors',
        summary:
          'Practical measures before, during and after visits so that nobody is punished for talking to a monitoring team.',
      },
    },
  },
  {
    slug: 'rel-aislamiento-solitario',
    type: 'RECOMMENDATION',
    originalLocale: 'es',
    publishedOn: '2024-02-14',
    texts: {
      es: {
        title: 'Estándares sobre el aislamiento solitario en las cárceles',
        summary:
          'Límites al confinamiento en solitario: duración máxima, prohibición para adolescentes y personas con discapacidad, y control médico.',
      },
      en: {
        title: 'Standards on solitary confinement in prisons',
        summary:
          'Limits on solitary confinement: maximum length, prohibition for adolescents and persons with disabilities, and medical oversight.',
      },
    },
  },
  {
    slug: 'rel-lgbti-detencion',
    type: 'REPORT',
    originalLocale: 'es',
    publishedOn: '2023-06-28',
    texts: {
      es: {
        title: 'Personas LGBTI privadas de libertad: riesgos y salvaguardas',
        summary:
          'Violencia, asignación de módulos y acceso a la salud de personas lesbianas, gais, bisexuales, trans e intersex detenidas.',
      },
      pt: {
        title: 'Pessoas LGBTI privadas de liberdade: riscos e salvaguardas',
        summary:
          'Violência, alocação em alas e acesso à saúde de pessoas lésbicas, gays, bissexuais, trans e intersexo presas.',
      },
    },
  },
  {
    slug: 'rel-pueblos-indigenas-carcel',
    type: 'REPORT',
    originalLocale: 'es',
    publishedOn: '2020-10-12',
    texts: {
      es: {
        title: 'Pueblos indígenas en las cárceles de Guatemala',
        summary:
          'Barreras lingüísticas, falta de intérpretes y alejamiento de las comunidades de origen.',
      },
    },
  },
  {
    slug: 'rel-declaracion-cono-sur',
    type: 'DECLARATION',
    originalLocale: 'es',
    publishedOn: '2019-08-16',
    texts: {
      es: {
        title: 'Declaración de Asunción sobre la prevención de la tortura en el Cono Sur',
        summary:
          'Los mecanismos de Argentina, Brasil, Chile, Paraguay y Uruguay acuerdan intercambiar metodologías de visita.',
      },
      pt: {
        title: 'Declaração de Assunção sobre a prevenção da tortura no Cone Sul',
        summary:
          'Os mecanismos da Argentina, Brasil, Chile, Paraguai e Uruguai acordam trocar metodologias de visita.',
      },
      en: {
        title: 'Asunción Declaration on torture prevention in the Southern Cone',
        summary:
          'The mechanisms of Argentina, Brazil, Chile, Paraguay and Uruguay agree to exchange visiting methods.',
      },
    },
  },
  {
    slug: 'rel-presupuesto-mnp',
    type: 'REPORT',
    originalLocale: 'es',
    publishedOn: '2022-12-01',
    texts: {
      es: {
        title: 'Presupuesto y recursos de los mecanismos de prevención: estudio comparado',
        summary:
          'Compara el presupuesto anual, el personal y la autonomía financiera de once mecanismos de la región.',
      },
    },
  },
  {
    slug: 'rel-custodia-policial-primeras-horas',
    type: 'GUIDE',
    originalLocale: 'pt',
    publishedOn: '2021-03-03',
    texts: {
      pt: {
        title: 'Custódia policial: as primeiras horas da detenção',
        summary:
          'Salvaguardas fundamentais: aviso à família, acesso a advogado e exame médico logo após a prisão.',
      },
      es: {
        title: 'Custodia policial: las primeras horas de la detención',
        summary:
          'Salvaguardas fundamentales: aviso a la familia, acceso a abogado y examen médico apenas producido el arresto.',
      },
      en: {
        title: 'Police custody: the first hours of detention',
        summary:
          'Fundamental safeguards: notifying the family, access to a lawyer and a medical examination right after arrest.',
      },
    },
  },
  {
    slug: 'rel-opcat-ratification-caribbean',
    type: 'OTHER',
    originalLocale: 'en',
    publishedOn: '2024-09-09',
    texts: {
      en: {
        title: 'OPCAT ratification in the Caribbean: state of play',
        summary:
          'Which Caribbean states have signed or ratified the Optional Protocol and what stands in the way of designating mechanisms.',
      },
    },
  },
  {
    slug: 'rel-visitas-sin-aviso',
    type: 'GUIDE',
    originalLocale: 'es',
    publishedOn: '2020-07-07',
    texts: {
      es: {
        title: 'Metodología de visitas sin previo aviso a lugares de detención',
        summary:
          'Preparación, composición del equipo, entrevistas privadas y redacción del informe tras una visita no anunciada.',
      },
      en: {
        title: 'Methodology for unannounced visits to places of detention',
        summary:
          'Preparation, team composition, private interviews and report writing after an unannounced visit.',
      },
    },
  },
  {
    slug: 'rel-audiencias-custodia-brasil',
    type: 'REPORT',
    originalLocale: 'pt',
    publishedOn: '2023-09-22',
    texts: {
      pt: {
        title: 'Audiências de custódia e prevenção da tortura no Brasil',
        summary:
          'Como a apresentação da pessoa presa a um juiz em 24 horas ajuda a identificar relatos de violência policial.',
      },
    },
  },
  {
    slug: 'rel-personas-mayores-residencias',
    type: 'REPORT',
    originalLocale: 'es',
    publishedOn: '2022-04-04',
    texts: {
      es: {
        title: 'Personas mayores en residencias de larga estadía: monitoreo preventivo',
        summary:
          'Sujeciones, medicación sin consentimiento y aislamiento de residentes durante la pandemia.',
      },
    },
  },
  {
    slug: 'rel-uso-fuerza-penitenciaria',
    type: 'RECOMMENDATION',
    originalLocale: 'es',
    publishedOn: '2024-05-30',
    texts: {
      es: {
        title: 'Uso de la fuerza por agentes penitenciarios: recomendaciones',
        summary:
          'Principios de necesidad y proporcionalidad, registro de cada intervención y uso de cámaras corporales.',
      },
      en: {
        title: 'Use of force by prison officers: recommendations',
        summary:
          'Necessity and proportionality, recording every intervention and the use of body-worn cameras.',
      },
    },
  },
  {
    slug: 'rel-registro-detenidos',
    type: 'GUIDE',
    originalLocale: 'es',
    publishedOn: '2019-11-11',
    texts: {
      es: {
        title: 'Registros de personas detenidas como salvaguarda contra la tortura',
        summary:
          'Qué datos debe consignar cada registro de detención y cómo cruzarlos durante una visita.',
      },
    },
  },
  {
    slug: 'rel-madres-hijos-prision',
    type: 'REPORT',
    originalLocale: 'pt',
    publishedOn: '2024-01-25',
    texts: {
      pt: {
        title: 'Mães com filhos na prisão: relatório temático',
        summary:
          'Condições das unidades materno-infantis e acesso das crianças à saúde e à convivência familiar.',
      },
      es: {
        title: 'Madres con hijos en prisión: informe temático',
        summary:
          'Condiciones de las unidades materno-infantiles y acceso de niñas y niños a la salud y a la convivencia familiar.',
      },
    },
  },
  {
    slug: 'rel-spt-visit-report-honduras',
    type: 'REPORT',
    originalLocale: 'en',
    publishedOn: '2021-12-15',
    texts: {
      en: {
        title: 'Report of the Subcommittee on Prevention of Torture on its visit to Honduras',
        summary:
          'Findings on police holding cells and prisons, and recommendations to the national preventive mechanism.',
      },
    },
  },
  {
    slug: 'rel-salud-carceles-covid',
    type: 'REPORT',
    originalLocale: 'es',
    publishedOn: '2020-09-01',
    texts: {
      es: {
        title: 'Salud en las cárceles durante la pandemia de COVID-19',
        summary:
          'Brotes, falta de atención médica y suspensión de visitas familiares en los penales.',
      },
    },
  },
  {
    slug: 'rel-tortura-interrogatorio',
    type: 'REPORT',
    originalLocale: 'es',
    publishedOn: '2022-02-20',
    texts: {
      es: {
        title: 'La tortura durante los interrogatorios policiales: casos documentados en México',
        summary: 'Confesiones obtenidas bajo coacción y su uso como prueba en procesos penales.',
      },
    },
  },
  {
    slug: 'rel-defensoria-informe-especial',
    type: 'REPORT',
    originalLocale: 'es',
    publishedOn: '2018-06-06',
    texts: {
      es: {
        title: 'Informe especial sobre celdas policiales en Bolivia',
        summary:
          'Condiciones de detención en celdas de la policía de La Paz, Cochabamba y Santa Cruz.',
      },
    },
  },
  {
    slug: 'rel-juvenile-justice-guide',
    type: 'GUIDE',
    originalLocale: 'en',
    publishedOn: '2023-03-03',
    texts: {
      en: {
        title: 'Monitoring juvenile justice facilities: a practical guide',
        summary: 'What to look for when visiting centres where children are deprived of liberty.',
      },
      pt: {
        title: 'Monitoramento de unidades socioeducativas: guia prático',
        summary:
          'O que observar ao visitar unidades onde adolescentes estão privados de liberdade.',
      },
    },
  },
  {
    slug: 'rel-women-prisons-en',
    type: 'REPORT',
    originalLocale: 'en',
    publishedOn: '2024-10-01',
    texts: {
      en: {
        title: 'Women in prison in Latin America: 2024 data',
        summary:
          'Numbers of women in prison by country, offences and the share held in pre-trial detention.',
      },
    },
  },
  // Distractors: they share words with the queries (cárceles, prisión, informe anual, tortura…).
  {
    slug: 'rel-agua-saneamiento',
    type: 'REPORT',
    originalLocale: 'es',
    publishedOn: '2021-01-15',
    texts: {
      es: {
        title: 'Acceso al agua y saneamiento en unidades penitenciarias',
        summary: 'El agua potable como condición mínima de detención en las cárceles.',
      },
    },
  },
  {
    slug: 'rel-educacion-carceles',
    type: 'REPORT',
    originalLocale: 'es',
    publishedOn: '2023-05-05',
    texts: {
      es: {
        title: 'Programas de educación en las cárceles de Uruguay',
        summary: 'Escolarización y formación profesional de personas privadas de libertad.',
      },
    },
  },
  {
    slug: 'rel-trabalho-prisional',
    type: 'REPORT',
    originalLocale: 'pt',
    publishedOn: '2022-11-11',
    texts: {
      pt: {
        title: 'Trabalho e remição de pena no sistema prisional',
        summary: 'Oportunidades de trabalho para pessoas privadas de liberdade e redução da pena.',
      },
    },
  },
  {
    slug: 'rel-informe-anual-comision-2005',
    type: 'REPORT',
    originalLocale: 'es',
    publishedOn: '2005-12-31',
    texts: {
      es: {
        title: 'Informe anual 2005 de la Comisión de Derechos Humanos',
        summary: 'Actividades de la comisión durante 2005, incluidas quejas sobre malos tratos.',
      },
    },
  },
  {
    slug: 'rel-torture-definition-note',
    type: 'OTHER',
    originalLocale: 'en',
    publishedOn: '2018-01-01',
    texts: {
      en: {
        title: 'Note on the definition of torture in national criminal codes',
        summary: 'Compares how criminal codes in the region define torture and ill-treatment.',
      },
      es: {
        title: 'Nota sobre la definición de tortura en los códigos penales',
        summary:
          'Compara cómo los códigos penales de la región definen la tortura y los malos tratos.',
      },
    },
  },
];

// Documents for the cross-language queries: a title pasted from an e-mail in another language.
export const CROSS_LANGUAGE_DOCUMENTS: JudgedDocument[] = [
  {
    slug: 'rel-declaracion-buenos-aires',
    type: 'DECLARATION',
    originalLocale: 'en',
    publishedOn: '2013-11-20',
    texts: {
      en: {
        title: 'Buenos Aires Declaration of national preventive mechanisms',
        summary:
          'Commitments adopted by the mechanisms of the region on independence, follow-up of recommendations and cooperation.',
      },
      es: {
        title: 'Declaración de Buenos Aires de los mecanismos nacionales de prevención',
        summary:
          'Compromisos adoptados por los mecanismos de la región sobre independencia, seguimiento de recomendaciones y cooperación.',
      },
      pt: {
        title: 'Declaração de Buenos Aires dos mecanismos nacionais de prevenção',
        summary:
          'Compromissos adotados pelos mecanismos da região sobre independência, seguimento das recomendações e cooperação.',
      },
    },
  },
  {
    slug: 'rel-apt-programa',
    type: 'OTHER',
    originalLocale: 'es',
    publishedOn: '2021-02-01',
    texts: {
      es: {
        title: 'Programa regional de la APT para América Latina',
        summary:
          'Apoyo a los mecanismos de la región: formación, intercambio entre pares y acompañamiento de sus primeras inspecciones.',
      },
      en: {
        title: 'APT regional programme for Latin America',
        summary:
          'Support for the mechanisms of the region: training, peer exchange and accompaniment of their first inspections.',
      },
    },
  },
];

export const JUDGED_MECHANISMS: JudgedMechanism[] = [
  {
    slug: 'rel-mech-paraguay',
    originalLocale: 'es',
    acronym: 'MNP',
    country: 'rel-paraguay',
    level: 'NATIONAL',
    names: {
      es: 'Mecanismo Nacional de Prevención de la Tortura y otros Tratos o Penas Crueles, Inhumanos o Degradantes',
    },
  },
  {
    slug: 'rel-mech-mexico',
    originalLocale: 'es',
    acronym: 'MNPT',
    country: 'rel-mexico',
    level: 'NATIONAL',
    names: {
      es: 'Mecanismo Nacional de Prevención de la Tortura',
      en: 'National Mechanism for the Prevention of Torture',
    },
  },
  {
    slug: 'rel-mech-alagoas',
    originalLocale: 'pt',
    acronym: 'MEPCT/AL',
    country: 'rel-brasil',
    level: 'LOCAL',
    jurisdiction: 'Alagoas',
    names: { pt: 'Mecanismo Estadual de Prevenção e Combate à Tortura de Alagoas' },
  },
  {
    slug: 'rel-mech-misiones',
    originalLocale: 'es',
    country: 'rel-argentina',
    level: 'LOCAL',
    jurisdiction: 'Misiones',
    names: { es: 'Comisión Provincial de Prevención de la Tortura de Misiones' },
  },
  {
    slug: 'rel-mech-bolivia',
    originalLocale: 'es',
    names: {
      es: 'Defensoría del Pueblo de Bolivia – Mecanismo de Prevención de la Tortura',
      en: "Ombudsperson's Office of Bolivia – Torture Prevention Mechanism",
      pt: 'Defensoria do Povo da Bolívia – Mecanismo de Prevenção da Tortura',
    },
  },
  {
    slug: 'rel-mech-brasil',
    originalLocale: 'pt',
    acronym: 'MNPCT',
    country: 'rel-brasil',
    level: 'NATIONAL',
    names: {
      pt: 'Mecanismo Nacional de Prevenção e Combate à Tortura',
      es: 'Mecanismo Nacional de Prevención y Combate a la Tortura',
      en: 'National Mechanism to Prevent and Combat Torture',
    },
  },
  {
    slug: 'rel-mech-chaco',
    originalLocale: 'es',
    country: 'rel-argentina',
    level: 'LOCAL',
    jurisdiction: 'Chaco',
    names: { es: 'Comité Provincial para la Prevención de la Tortura del Chaco' },
  },
  {
    slug: 'rel-mech-uruguay',
    originalLocale: 'es',
    acronym: 'INDDH',
    names: {
      es: 'Institución Nacional de Derechos Humanos y Defensoría del Pueblo del Uruguay',
      en: "National Human Rights Institution and Ombudsperson's Office of Uruguay",
    },
  },
];

export const JUDGED_EVENTS: JudgedEvent[] = [
  {
    slug: 'rel-event-taller-genero',
    kind: 'WORKSHOP',
    originalLocale: 'es',
    startsOn: '2025-04-22',
    texts: {
      es: {
        title: 'Taller sobre perspectiva de género en el monitoreo de cárceles',
        summary: 'Dos días de trabajo con equipos de visita de cinco mecanismos.',
      },
    },
  },
  {
    slug: 'rel-event-webinar-istanbul',
    kind: 'WEBINAR',
    originalLocale: 'en',
    startsOn: '2024-06-26',
    texts: {
      en: {
        title: 'Webinar: applying the Istanbul Protocol in monitoring visits',
        summary: 'Forensic experts on documenting signs of torture during visits.',
      },
    },
  },
  {
    slug: 'rel-event-encontro-mnp',
    kind: 'CONFERENCE',
    originalLocale: 'pt',
    startsOn: '2023-10-10',
    texts: {
      pt: {
        title: 'Encontro nacional de mecanismos de prevenção',
        summary: 'Mecanismos estaduais e o mecanismo nacional discutem metodologias de inspeção.',
      },
    },
  },
];
