import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { fillDocument, openDocument } from "../../src/services/livretEngine";
import { fullData } from "./fullData";

const SOFFICE = "/usr/bin/soffice";
const run = existsSync(SOFFICE) ? it : it.skip;

describe("a filled livret in a real word processor", () => {
  run("opens in LibreOffice, which shows the filled values", () => {
    const dir = mkdtempSync(join(tmpdir(), "livret-engine-"));
    try {
      const template = new Uint8Array(
        readFileSync(join(__dirname, "../../assets/livret-mcv-option-b.docx")),
      );
      const data = fullData();
      const filled = fillDocument(openDocument(template, "template.docx"), data, 0);
      writeFileSync(join(dir, "filled.docx"), filled.bytes);
      execFileSync(
        SOFFICE,
        [
          `-env:UserInstallation=file://${join(dir, "profile")}`,
          "--headless",
          "--convert-to",
          "txt:Text",
          "--outdir",
          dir,
          join(dir, "filled.docx"),
        ],
        { stdio: "ignore", timeout: 240_000 },
      );
      const text = readFileSync(join(dir, "filled.txt"), "utf8");
      // The template types a no-break space before the colons (French typography).
      expect(text).toMatch(/Nom\s: MARTIN/);
      expect(text).toMatch(/Prénom\s: Léa/);
      expect(text).toContain("Du 06/01/2025 au 31/01/2025");
      expect(text).toContain(data.periods!["4"]!.company!);
      expect(text).toMatch(/Nombre de jours à récupérer\s: 1/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
