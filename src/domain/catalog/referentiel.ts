import type { BlockId, CatalogBlock, CatalogCompetence, CatalogSection } from "./catalogTypes";

/**
 * The grids of the seed livret (Bac Pro MCV option B) as data. Labels are copied from the seed,
 * typos included ("Maitriser", "vente(s)additionnelle(s)", "la règlementation"): detection
 * normalises them, the template reproduces them.
 */
function section(
  blockId: BlockId,
  id: string,
  heading: string | null,
  labels: readonly string[],
): CatalogSection {
  const competences: CatalogCompetence[] = labels.map((label, i) => ({
    key: `${id}.${i + 1}`,
    label,
    blockId,
    sectionId: id,
  }));
  return { id, heading, competences };
}

const block1: CatalogBlock = {
  id: "1",
  kind: "competences",
  heading: "Compétences 1 - Conseiller et vendre",
  sections: [
    section("1", "1.1", "1-1 Assurer la veille commerciale", [
      "Rechercher, hiérarchiser, exploiter et actualiser en continu les informations sur l’entreprise et son marché",
      "Maitriser la technologie des produits",
      "Sélectionner les outils de recherche d'information les plus adaptés",
    ]),
    section("1", "1.2", "1.2 Réaliser la vente dans un cadre omni-canal", [
      "Intégrer l’omni-canal dans le processus de vente",
      "Prendre contact avec le client",
      "S’adapter au contexte commercial et au comportement du client",
      "Découvrir, analyser et identifier le(s) besoin(s) du client, sa (ses) motivation(s) et ses freins éventuels",
      "Découvrir, analyser et reformuler les besoins du client",
      "Présenter l’entreprise et/ou ses produits et/ou ses services.",
      "Conseiller le client en proposant la solution adaptée.",
      "Argumenter",
      "Réaliser une démonstration le cas échéant",
      "Répondre aux objections du client",
      "Proposer les produits et/ou les services associés",
      "Détecter les opportunités de vente(s)additionnelle(s) et les concrétiser",
      "S’assurer de la disponibilité du produit",
      "Formaliser l'accord du client",
    ]),
    section("1", "1.3", "1-3 Assurer l’exécution de la vente", [
      "Mettre en place les modalités de règlement et de livraison",
      "Rassurer le client sur son choix",
      "Prendre congé",
    ]),
  ],
};

const block2: CatalogBlock = {
  id: "2",
  kind: "competences",
  heading: "Compétences 2 - Suivre les ventes",
  sections: [
    section("2", "2.1", "2.1 Assurer le suivi de la commande du produit et/ou du service", [
      "Suivre l’évolution de la commande et éventuellement du règlement",
      "Informer le client des délais et des modalités de mise à disposition",
    ]),
    section("2", "2.2", "2.2 Mettre en œuvre le ou les services associés", [
      "Sélectionner le cas échéant le prestataire le plus adapté",
      "Collecter et transmettre les informations au service de l'entreprise ou aux prestataires concernés",
      "Suivre l’exécution du ou des service(s) associé(s) et en rendre compte",
      "Effectuer le cas échéant les relances",
    ]),
    section("2", "2.3", "2.3 Traiter les retours et les réclamations du client", [
      "Identifier le(s) problème(s) rencontré(s) par le client",
      "Proposer une solution adaptée en tenant compte des procédures de l’entreprise et de la règlementation",
    ]),
    section("2", "2.4", "2.4 S’assurer de la satisfaction du client", [
      "Collecter les informations de satisfaction auprès des clients",
      "Mesurer et analyser la satisfaction du client",
      "Transmettre les informations sur la satisfaction du client",
      "Exploiter les informations recueillies à des fins d’amélioration",
      "Proposer des éléments de nature à améliorer la satisfaction client",
    ]),
  ],
};

const block3: CatalogBlock = {
  id: "3",
  kind: "competences",
  heading: "Compétences 3 - Fidéliser la clientèle et développer la relation client",
  sections: [
    section("3", "3.1", "3-1 Traiter et exploiter l’information ou le contact client", [
      "Traiter les messages et/ou les demandes des clients",
      "Recueillir, extraire, exploiter, synthétiser les données : « de sources internes ; de sources externes »",
      "Rendre compte des données appropriées",
      "Proposer des actions de fidélisation et/ou de développement de la relation client en adéquation avec les données recueillies et orientation commerciale de l’entreprise",
    ]),
    section(
      "3",
      "3.2",
      "3-2 Contribuer à des actions de fidélisation de la clientèle et de développement de la relation client",
      [
        "Sélectionner et mettre en œuvre les outils de fidélisation et/ou de développement de la relation client de l'entreprise",
        "Concourir à la préparation et à l’organisation d’événements et/ou d’opérations de fidélisation/développement de la relation client",
        "Participer à la mise en œuvre des événements et/ou opérations de fidélisation/ développement de la relation client",
        "Effectuer des ventes au rebond",
        "Réaliser les opérations de suivi post événement",
        "Mobiliser les outils d'internet et les réseaux sociaux",
      ],
    ),
    section(
      "3",
      "3.3",
      "3-3 Evaluer les actions de fidélisation et de développement de la relation client",
      [
        "Enrichir et actualiser le SIC",
        "Mesurer et analyser les résultats",
        "Rendre compte des actions et des résultats par écrit et/ou à l'oral",
        "Proposer des axes d’amélioration",
      ],
    ),
  ],
};

const block4B: CatalogBlock = {
  id: "4B",
  kind: "competences",
  heading: "Compétences 4B - Rechercher et analyser les informations à des fins d'exploitation",
  sections: [
    section(
      "4B",
      "4B.1",
      "Compétences 4B - Rechercher et analyser les informations à des fins d'exploitation",
      [
        "Identifier, au sein du SIC (système d'information commercial), les informations internes utiles à l'opération de prospection, les extraire et les analyser",
        "Collecter, traiter et analyser les informations externes",
        "Mettre à jour le système d'information commercial",
      ],
    ),
    section(
      "4B",
      "4B.2",
      "Compétences 4B - Participer à la conception d'une opération de prospection",
      [
        "Définir la cible en cohérence avec la stratégie de l'organisation et des moyens alloués",
        "Fixer les objectifs quantitatifs et qualitatifs de l'opération en fonction des moyens alloués",
        "Déterminer la durée de l'opération en fonction des moyens alloués",
        "Déterminer la ou les techniques de prospection adaptées aux objectifs du projet et aux moyens alloués",
      ],
    ),
    section("4B", "4B.3", "Compétences 4B - Mettre en œuvre une opération de prospection", [
      "Élaborer le plan de prospection et le plan de tournée",
      "Construire et/ou mettre à jour le fichier prospects",
      "Sélectionner et/ou concevoir des outils d'aide à la prospection et des supports de communication",
      "Établir le contact avec le prospect dans des situations de prospection physique et/ou à distance",
      "Identifier les besoins du prospect",
      "Argumenter",
      "Traiter les objections",
      "Conclure",
      "Prendre congé",
    ]),
    section("4B", "4B.4", "Compétences 4B - Suivre et évaluer l'action de prospection", [
      "Traiter et exploiter les contacts obtenus lors d'une opération de prospection",
      "Mettre à jour le fichier prospect et le système d'information mercatique",
      "Qualifier les contacts",
      "Définir les actions à mener auprès des contacts",
      "Mesurer et analyser les résultats de l'opération de prospection et les écarts par rapport aux objectifs",
      "Déterminer les causes des écarts",
      "Proposer des actions correctives",
      "Rendre compte de l'opération de prospection",
    ]),
    section("4B", "4B.5", "Compétences 4B - Valoriser les produits et/ou les services", [
      "Mettre en valeur l'offre dans un salon, show-room, un espace de vente éphémère, chez le client, sur les sites marchands et sur les réseaux sociaux",
    ]),
  ],
};

const attitudes: CatalogBlock = {
  id: "AP",
  kind: "attitudes",
  heading: "Attitudes professionnelles et savoir-être (1)",
  sections: [
    section("AP", "AP", null, [
      "Respecter les horaires de travail et faire preuve de ponctualité",
      "Se présenter et avoir une tenue adaptée au milieu professionnel",
      "Communiquer de façon professionnelle/Utiliser un vocabulaire adapté",
      "Faire preuve de curiosité professionnelle et demander des conseils",
      "Faire preuve de discrétion, de respect du secret professionnel",
      "Effectuer son travail en respectant les consignes données",
      "Faire preuve de motivation et s’impliquer dans son travail",
      "Faire preuve de dynamisme, de participation active",
      "Faire preuve d’efficacité dans son travail",
      "Faire preuve d’initiatives dans son travail",
      "S’intégrer de manière active au sein de l’équipe",
      "Tenir compte des remarques formulées pour progresser",
    ]),
  ],
};

/** Blocks in the order the livret prints them. */
export const REFERENTIEL: readonly CatalogBlock[] = [block1, block2, block3, block4B, attitudes];

/** Every competence and attitude, in livret order (72 competences then 12 attitudes). */
export const CATALOG: readonly CatalogCompetence[] = REFERENTIEL.flatMap((b) =>
  b.sections.flatMap((s) => s.competences),
);

const byKey: ReadonlyMap<string, CatalogCompetence> = new Map(CATALOG.map((c) => [c.key, c]));

export function findCompetence(key: string): CatalogCompetence | undefined {
  return byKey.get(key);
}

export function blockOf(id: BlockId): CatalogBlock {
  const block = REFERENTIEL.find((b) => b.id === id);
  if (block === undefined) throw new Error(`unknown block ${id}`);
  return block;
}
