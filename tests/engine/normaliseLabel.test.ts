import {
  classifyRow,
  isSectionHeading,
  parseBlockHeading,
} from "../../src/domain/detection/classifyRow";
import { matchCompetence } from "../../src/domain/detection/catalogMatcher";
import { levelOfHeaderCell } from "../../src/domain/detection/gridHeader";
import { isPlaceholder, labelKey, normaliseLabel } from "../../src/domain/detection/normaliseLabel";
import { yearOfAttestationTitle, yearOfCover } from "../../src/domain/detection/yearMentions";

describe("normaliseLabel / labelKey", () => {
  it("folds NFD accents, apostrophes, NBSP, et/ou, bullets, case and final dot", () => {
    const nfd = "Pre\u0301senter l\u2019entreprise et/ou ses produits\u00a0et/ou ses services.";
    expect(normaliseLabel(nfd)).toBe(
      "presenter l'entreprise et ou ses produits et ou ses services",
    );
    expect(labelKey("· Présenter l'entreprise et ou  ses produits et ou ses services")).toBe(
      labelKey(nfd),
    );
    expect(normaliseLabel("• Mettre en œuvre")).toBe("mettre en oeuvre");
    expect(normaliseLabel("- Argumenter ;")).toBe("argumenter");
  });

  it("matches labels within their block only", () => {
    expect(matchCompetence("1", "· Argumenter")).toBe("1.2.8");
    expect(matchCompetence("4B", "ARGUMENTER")).toBe("4B.3.6");
    expect(matchCompetence("2", "Argumenter")).toBeNull();
    expect(
      matchCompetence(
        "1",
        "Détecter les opportunités de vente(s) additionnelle(s) et les concrétiser",
      ),
    ).toBe("1.2.12");
    expect(matchCompetence("AP", "Faire preuve d'efficacité dans son travail")).toBe("AP.9");
  });

  it("tells placeholders from values", () => {
    expect(isPlaceholder("…………  ...")).toBe(true);
    expect(isPlaceholder("")).toBe(true);
    expect(isPlaceholder("Boulangerie")).toBe(false);
  });
});

describe("row classification", () => {
  it("recognises block headings, including en dashes and attitudes", () => {
    expect(parseBlockHeading("Compétences 1 - Conseiller et vendre")).toBe("1");
    expect(parseBlockHeading("Compétences 2 – Suivre les ventes ")).toBe("2");
    expect(parseBlockHeading("Compétences 4B - Valoriser les produits et/ou les services")).toBe(
      "4B",
    );
    expect(parseBlockHeading("Attitudes professionnelles et savoir-être (1)")).toBe("AP");
    expect(parseBlockHeading("Argumenter")).toBeNull();
  });

  it("recognises section headings written 1-1, 1.2 or indented", () => {
    expect(isSectionHeading("1-1 Assurer la veille commerciale")).toBe(true);
    expect(isSectionHeading("2.3 Traiter les retours")).toBe(true);
    expect(isSectionHeading("   3-3 Évaluer les actions")).toBe(true);
    expect(isSectionHeading("Prendre congé")).toBe(false);
  });

  it("classifies rows", () => {
    expect(classifyRow("", "", true)).toBe("blank");
    expect(classifyRow("Compétences 3 - Fidéliser", "", false)).toBe("block");
    expect(classifyRow("1-3 Assurer l’exécution de la vente", "", true)).toBe("section");
    expect(classifyRow("· Prendre congé", "", true)).toBe("competence");
    expect(classifyRow("Une note sans cases", "", false)).toBe("section");
  });

  it("reads level header cells with or without the asterisk", () => {
    expect(levelOfHeaderCell("NE*")).toBe("NE");
    expect(levelOfHeaderCell(" e ")).toBe("E");
    expect(levelOfHeaderCell("Niveau")).toBeNull();
  });

  it("reads the year of covers and attestation titles, not of plain mentions", () => {
    expect(yearOfCover("Classe de Première Professionnelle")).toBe("premiere");
    expect(yearOfCover("Classe de 1ère professionnelle")).toBe("premiere");
    expect(yearOfCover("… (MCV) – Option B … –   1re Professionnelle")).toBe("premiere");
    expect(yearOfCover("Classe de Terminale Professionnelle")).toBe("terminale");
    expect(yearOfCover("En première : 2 périodes dont une au moins de 4 semaines")).toBeNull();
    expect(yearOfAttestationTitle("ATTESTATION - année de terminale")).toBe("terminale");
  });
});
