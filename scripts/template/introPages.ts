import type { BuildContext, Page } from "./buildContext";
import { ARROW_BULLET_NUM_ID, DIAMOND_BULLET_NUM_ID, bulletPara } from "./bulletStyle";
import type { CellSpec, ParaSpec } from "./wml";
import { paraXml, tableXml } from "./wml";
import { premiereCoverPage } from "./coverPages";

/**
 * The portrait pages before the Première grids: objectives, interlocutors, suivi administratif,
 * the diploma and planning page, the Première cover and the level legend. Text as in the seed.
 */

function p(text: string, spec: ParaSpec = {}): string {
  return paraXml({ ...spec, text });
}

function blank(n: number): string[] {
  return Array.from({ length: n }, () => paraXml({}));
}

function cell(texts: readonly string[], first: ParaSpec = {}, rest: ParaSpec = {}): CellSpec {
  return { paras: texts.map((text, i) => ({ ...(i === 0 ? first : rest), text })) };
}

function objectivesPage(): Page {
  const arrow = (text: string): string =>
    p(text, { numId: ARROW_BULLET_NUM_ID, style: "ListParagraph" });
  const diamond = (text: string): string =>
    p(text, { numId: DIAMOND_BULLET_NUM_ID, style: "ListParagraph" });
  const continued = (text: string): string => p(text, { style: "ListParagraph", indentLeft: 1080 });
  return [
    p(" OBJECTIFS DU LIVRET et MODALITÉS DE SUIVI DES PFMP ", { style: "PageTitle" }),
    ...blank(2),
    p("Ce livret vise à : "),
    ...blank(4),
    arrow("Informer : "),
    ...blank(1),
    diamond(
      "L’élève sur le contenu de sa formation en milieu professionnel et les objectifs à atteindre, ",
    ),
    diamond(
      "Le tuteur sur le parcours de formation de l’apprenant, afin de proposer des activités ",
    ),
    continued("adaptées aux compétences à acquérir, "),
    diamond(
      "L’enseignant de spécialité, afin d’adapter son enseignement à chaque élève compte tenu du degré ",
    ),
    continued("d’acquisition des compétences. "),
    ...blank(4),
    arrow("Dialoguer avec :  "),
    diamond("\tL’élève sur l’évolution de son parcours professionnel, "),
    diamond("\tLe tuteur sur les activités réalisées par l’élève en milieu professionnel,"),
    diamond("L’enseignant référent sur la coordination de son suivi."),
  ];
}

function interlocutorsPage(): Page {
  const bold: ParaSpec = { props: { bold: true } };
  return [
    p("PRÉSENTATION DES INTERLOCUTEURS DU LYCÉE", { style: "PageTitle" }),
    ...blank(3),
    tableXml({
      grid: [4819, 4819],
      rows: [
        {
          cells: [
            cell(
              [
                "Chef d’établissement\u00a0 ",
                "",
                "",
                "Nom et prénom\u00a0: ",
                "Téléphone direct\u00a0: ",
                "Mail\u00a0: ",
              ],
              bold,
            ),
            cell(
              [
                "Directeur Délégué aux Formations Professionnelles et Technologiques (DDFPT)\u00a0",
                " ",
                "Nom\u00a0et prénom\u00a0: ",
                "Téléphone direct\u00a0: ",
                "Mail\u00a0: ",
                "",
              ],
              bold,
            ),
          ],
        },
        {
          cells: [
            cell(
              [
                "Professeur en charge des matières professionnelles",
                "",
                "",
                "Nom et prénom\u00a0: ",
                "Téléphone\u00a0: ",
                "Mail\u00a0: ",
                "",
              ],
              bold,
            ),
            cell(
              ["Professeur référent ", "", " ", "Nom\u00a0: ", "Téléphone\u00a0: ", "Mail\u00a0: "],
              bold,
            ),
          ],
        },
      ],
    }),
    ...blank(6),
  ];
}

function suiviPage(): Page {
  const head: ParaSpec = { style: "TableHeading" };
  const h = (text: string): CellSpec => ({ ...cell([text], head), fill: "D9D9D9" });
  const c = (...texts: string[]): CellSpec => cell(texts);
  return [
    p("SUIVI ADMINISTRATIF", { style: "PageTitle" }),
    ...blank(2),
    tableXml({
      grid: [1900, 1600, 1900, 2000, 2238],
      rows: [
        {
          header: true,
          cells: [h(""), h("Emetteur"), h("Contact"), h("Procédure"), h("Documents éventuels")],
        },
        {
          cells: [
            cell(["Absence ou retard"], head),
            c("Elève "),
            c("Tuteur + DDFPT"),
            c("Dès la 1ère absence ou retard"),
            c("Justificatif des parents ou certificat médical le cas échéant.", ""),
          ],
        },
        {
          cells: [
            cell(["Accident"], head),
            c("Tuteur et famille"),
            c("Proviseur + DDFPT"),
            c("Immédiatement"),
            c("Déclaration d’accident sous 48h au Proviseur.", ""),
          ],
        },
        {
          cells: [
            cell(["Difficultés lors de la PFMP", ""], head),
            c("Tuteur et/ou élève"),
            c("Professeur + DDFPT"),
            c("Courriel "),
            c(""),
          ],
        },
      ],
    }),
    ...blank(8),
  ];
}

function diplomaPage(ctx: BuildContext): Page {
  const strong: ParaSpec = { props: { bold: true } };
  const goBack = ctx.withBookmarks ? { id: ctx.nextBookmarkId(), name: "_GoBack" } : undefined;
  return [
    p("Le baccalauréat professionnel métiers du commerce et de la vente option B.", {
      style: "PageTitle",
    }),
    p(
      "Le titulaire du baccalauréat professionnel « Métiers du commerce et de la vente » s’inscrit dans une démarche commerciale active. ",
    ),
    ...blank(1),
    p("Son activité consiste à : "),
    ...blank(1),
    p(" Accueillir, conseiller et vendre des produits et des services associés, "),
    p(" Contribuer au suivi des ventes, "),
    p(" Participer à la fidélisation de la clientèle et au développement de la relation client. "),
    p(" Participer à la prospection et la valorisation de l’offre commerciale. "),
    ...blank(1),
    p("Et cela, dans le but de participer à la construction d’une relation client durable."),
    ...blank(1),
    p("22 semaines de PFMP SUR LE CYCLE DE 3 ANS", { ...strong, align: "center" }),
    p("Répartition interne à chaque établissement", { align: "center" }),
    ...blank(3),
    p("PFMP en classe de Terminale", { ...strong, align: "center" }),
    ...blank(3),
    p("PFMP en classe de Première", { ...strong, align: "center" }),
    ...blank(7),
    p("Planification possible\u00a0:", { props: { bold: true, underline: true } }),
    p(
      "(RAPPEL\u00a0: 2 périodes de trois semaines avec, si possible, une période en option A et une période en option B en classe de seconde ou 3 périodes de 2 semaines)",
    ),
    p("En première\u00a0: 2 périodes dont une au moins de 4 semaines dans l’option choisie"),
    p("En Terminale\u00a0: 2 périodes dans l’option choisie, dont une d’au moins 4 semaines. "),
    paraXml({
      text: "La durée ne peut être fractionnée en plus de six périodes.",
      ...(goBack !== undefined ? { bookmark: goBack } : {}),
    }),
    p("_".repeat(105)),
    p(
      "Les activités confiées à l’élève, doivent permettre l’évaluation des compétences décrites dans les groupes de compétences 1 à 4 du référentiel de certification\u00a0:",
    ),
    p("G1 Conseiller et vendre", strong),
    p("G2 Suivre les ventes", strong),
    p("G3 Fidéliser la clientèle et développer la relation client", strong),
    p("G4B Prospecter et valoriser l’offre commerciale", strong),
  ];
}

function levelLegendPage(ctx: BuildContext): Page {
  const head: ParaSpec = { style: "TableHeading" };
  const level = (
    name: readonly string[],
    caption: readonly string[],
    character: readonly string[],
    items: readonly string[],
    trailing: boolean,
  ): CellSpec[] => [
    { ...cell(name, head), vAlign: "center" },
    { ...cell(caption, head), vAlign: "center" },
    cell(character),
    {
      paras: [
        ...items.map((t) => bulletPara(t, ctx.bullets, { style: "GridText" })),
        ...(trailing ? [{ style: "GridText" }] : []),
      ],
    },
  ];
  return [
    p("LE NIVEAU DE MAÎTRISE DES COMPÉTENCES", { style: "PageTitle" }),
    ...blank(1),
    p(
      "Chaque élève sera évalué par compétence répondant au référentiel du Baccalauréat professionnel des métiers du commerce et de la vente (MCV) Option B.",
    ),
    ...blank(1),
    p(
      "Les compétences doivent faire l’objet de négociations avec les entreprises d’accueil notamment par les professeurs en charge de la matière professionnelle.",
    ),
    ...blank(1),
    p(
      "Les compétences sont évaluées au fur et à mesure des PFMP et des différentes tâches confiées au stagiaire (il convient de cocher la case NE si la compétence n’est pas évaluée). Les compétences non évaluées lors de la 1re PFMP le seront ensuite.",
    ),
    ...blank(1),
    p(
      "L’objectif est pour l’élève de maîtriser le maximum de compétences en classe de terminale professionnelle, et de s’assurer qu’elles soient TOUTES validées par l’équipe pédagogique.",
    ),
    p(
      "Lors de la visite en entreprise, le (ou les) professeur(s) ou formateur(s) chargé(s) de l’enseignement professionnel, le (ou les) tuteur(s) ou maître(s) d’apprentissage noteront les activités qui ont été prévues pendant cette formation",
    ),
    ...blank(1),
    tableXml({
      grid: [1500, 2300, 2600, 3238],
      rows: [
        {
          header: true,
          cells: [
            { ...cell(["Niveau de maîtrise des compétences"], head), gridSpan: 2, fill: "D9D9D9" },
            { ...cell(["Caractéristiques"], head), fill: "D9D9D9" },
            { ...cell(["Descriptif"], head), fill: "D9D9D9" },
          ],
        },
        {
          cells: level(
            ["Novice"],
            ["Maitrise insuffisante (MI)", ""],
            ["", "Les compétences sont peu ou pas maîtrisées"],
            [
              "Les consignes sont peu ou mal maitrisées.",
              "Les tâches sont peu ou pas exécutées.",
              "Les techniques de vente sont peu ou mal maitrisées.",
            ],
            true,
          ),
        },
        {
          cells: level(
            ["Débrouillé"],
            ["Maîtrise Fragile (MF)", ""],
            ["", "Les compétences sont partiellement maitrisées"],
            [
              "Les consignes sont partiellement maitrisées. ",
              "Les tâches sont partiellement maitrisées.",
              "Les techniques de vente sont partiellement maitrisées.",
            ],
            true,
          ),
        },
        {
          cells: level(
            ["Averti"],
            ["Maîtrise satisfaisante (MS)", ""],
            ["Les compétences sont bien maîtrisées"],
            [
              "Les consignes sont maitrisées.",
              "Les tâches sont maitrisées.",
              "Les techniques de vente sont maîtrisées.",
            ],
            true,
          ),
        },
        {
          cells: level(
            ["Expert", ""],
            ["Très bonne maîtrise (TBM)", ""],
            ["Les compétences sont très bien maitrisées"],
            [
              "Les consignes sont très bien maitrisées",
              "Les tâches sont très bien maîtrisées.",
              "Les techniques de vente sont très bien maîtrisées.",
            ],
            false,
          ),
        },
      ],
    }),
  ];
}

export function introPages(ctx: BuildContext): Page[] {
  return [
    objectivesPage(),
    interlocutorsPage(),
    suiviPage(),
    diplomaPage(ctx),
    premiereCoverPage(),
    levelLegendPage(ctx),
  ];
}
