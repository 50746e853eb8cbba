import {
  easterSunday,
  frenchPublicHolidays,
  isPublicHoliday,
} from "../../src/domain/calendar/frenchHolidays";
import {
  dayOfWeek,
  formatFrenchDate,
  formatIsoDate,
  parseFrenchDate,
  parseIsoDate,
  schoolYearStart,
} from "../../src/domain/calendar/isoDate";
import {
  formatWeeks,
  periodDuration,
  weeksFromDays,
} from "../../src/domain/calendar/periodDuration";
import { parseAbsenceDays, parseDaysToRecoverMention } from "../../src/domain/calendar/absences";
import { parseStrictIsoDate } from "../../src/domain/calendar/strictIsoDate";
import { isIsoDate } from "../../src/services/dataFormats";

describe("ISO dates", () => {
  it("parses real dates and refuses impossible ones", () => {
    expect(parseIsoDate("1970-01-01")).toBe(0);
    expect(formatIsoDate(parseIsoDate("2025-01-06") as number)).toBe("2025-01-06");
    expect(parseIsoDate("2025-02-29")).toBeNull();
    expect(parseIsoDate("2024-02-29")).not.toBeNull();
    expect(parseIsoDate("2025-13-01")).toBeNull();
    expect(parseIsoDate("06/01/2025")).toBeNull();
    expect(parseIsoDate(undefined)).toBeNull();
  });

  it("has one reader: the form's trims, the data format's does not", () => {
    expect(parseIsoDate(" 2025-01-06 ")).toBe(parseStrictIsoDate("2025-01-06"));
    expect(parseStrictIsoDate(" 2025-01-06")).toBeNull();
    expect(isIsoDate(" 2025-01-06")).toBe(false);
    expect(isIsoDate("2025-01-06")).toBe(true);
    expect(isIsoDate("2025-04-31")).toBe(false);
    // Date.UTC would read year 50 as 1950; the day must be that of year 0050.
    expect(formatIsoDate(parseStrictIsoDate("0050-03-01") as number)).toBe("0050-03-01");
    expect(parseStrictIsoDate("2100-02-29")).toBeNull();
    expect(parseStrictIsoDate("2000-02-29")).not.toBeNull();
  });

  it("knows the day of the week", () => {
    expect(dayOfWeek(parseIsoDate("2025-01-06") as number)).toBe(1); // Monday
    expect(dayOfWeek(parseIsoDate("2025-04-20") as number)).toBe(0); // Sunday
    expect(dayOfWeek(parseIsoDate("1969-12-31") as number)).toBe(3); // Wednesday, before epoch
  });

  it("converts to and from the livret's French form", () => {
    expect(formatFrenchDate("2025-01-06")).toBe("06/01/2025");
    expect(parseFrenchDate("06/01/2025")).toBe("2025-01-06");
    expect(parseFrenchDate("6/1/2025")).toBe("2025-01-06");
    expect(parseFrenchDate("31/02/2025")).toBeNull();
    expect(parseFrenchDate("06/01/25")).toBeNull();
  });

  it("places a date in its school year (1 September – 31 August)", () => {
    expect(schoolYearStart(parseIsoDate("2025-08-31") as number)).toBe(2024);
    expect(schoolYearStart(parseIsoDate("2025-09-01") as number)).toBe(2025);
  });
});

describe("French public holidays", () => {
  it("computes Easter with the anonymous Gregorian algorithm", () => {
    expect(easterSunday(2025)).toBe("2025-04-20");
    expect(easterSunday(2026)).toBe("2026-04-05");
    expect(easterSunday(2024)).toBe("2024-03-31");
    expect(easterSunday(2019)).toBe("2019-04-21");
    expect(easterSunday(2038)).toBe("2038-04-25"); // latest possible date
  });

  it("lists the eleven holidays of 2025 at their known dates", () => {
    expect(frenchPublicHolidays(2025).map((h) => h.date)).toEqual([
      "2025-01-01",
      "2025-04-21",
      "2025-05-01",
      "2025-05-08",
      "2025-05-29",
      "2025-06-09",
      "2025-07-14",
      "2025-08-15",
      "2025-11-01",
      "2025-11-11",
      "2025-12-25",
    ]);
  });

  it("places the Easter-based holidays of 2026", () => {
    const byName = Object.fromEntries(frenchPublicHolidays(2026).map((h) => [h.name, h.date]));
    expect(byName["Lundi de Pâques"]).toBe("2026-04-06");
    expect(byName["Ascension"]).toBe("2026-05-14");
    expect(byName["Lundi de Pentecôte"]).toBe("2026-05-25");
  });

  it("keeps one entry when Ascension falls on 1 May (2008)", () => {
    const dates = frenchPublicHolidays(2008).map((h) => h.date);
    expect(dates.filter((d) => d === "2008-05-01")).toHaveLength(1);
    expect(dates).toHaveLength(10);
  });

  it("answers for a single day", () => {
    expect(isPublicHoliday(parseIsoDate("2025-04-21") as number)).toBe(true);
    expect(isPublicHoliday(parseIsoDate("2025-04-22") as number)).toBe(false);
  });
});

describe("periodDuration", () => {
  it("counts a Monday–Friday four-week period as 4 weeks and 20 working days", () => {
    const d = periodDuration("2025-01-06", "2025-01-31");
    expect(d).toMatchObject({ calendarDays: 26, calendarWeeks: 4, workingDays: 20, daysDone: 20 });
  });

  it("treats exactly 28 days as 4 weeks and 25 days as less", () => {
    expect(periodDuration("2025-03-05", "2025-04-01")).toMatchObject({
      calendarDays: 28,
      calendarWeeks: 4,
    });
    const short = periodDuration("2025-03-03", "2025-03-27");
    expect(short?.calendarDays).toBe(25);
    expect(short?.calendarWeeks).toBeCloseTo(25 / 7, 10);
    expect(short?.calendarWeeks).toBeLessThan(4);
  });

  it("takes Easter Monday, 1 May and 8 May out of the working days", () => {
    const d = periodDuration("2025-04-14", "2025-05-09", 2);
    expect(d?.calendarWeeks).toBe(4);
    expect(d?.workingDays).toBe(17);
    expect(d?.daysDone).toBe(15);
    expect(d?.holidays.map((h) => h.date)).toEqual(["2025-04-21", "2025-05-01", "2025-05-08"]);
  });

  it("does not count a holiday that falls on a weekend twice", () => {
    // 1 November 2025 is a Saturday: the week keeps its five working days.
    expect(periodDuration("2025-10-27", "2025-11-02")?.workingDays).toBe(5);
  });

  it("returns null for missing, invalid or reversed dates", () => {
    expect(periodDuration(undefined, "2025-01-31")).toBeNull();
    expect(periodDuration("2025-02-30", "2025-03-31")).toBeNull();
    expect(periodDuration("2025-01-31", "2025-01-06")).toBeNull();
  });

  it("accepts a one-day period", () => {
    expect(periodDuration("2025-01-06", "2025-01-06")).toMatchObject({
      calendarDays: 1,
      workingDays: 1,
    });
  });

  it("rounds a last week of five or six days up to a whole week", () => {
    expect(weeksFromDays(21)).toBe(3);
    expect(weeksFromDays(19)).toBe(3);
    expect(weeksFromDays(18)).toBeCloseTo(18 / 7, 10);
    expect(weeksFromDays(0)).toBe(0);
    expect(formatWeeks(25 / 7)).toBe("3,6");
    expect(formatWeeks(4)).toBe("4");
  });
});

describe("absences in observations", () => {
  it.each([
    ["1 jour d'absence (maladie)", 1],
    ["2 jours d’absence", 2],
    ["absent 3 jours", 3],
    ["Absente pendant 2 jours (rendez-vous médical)", 2],
    ["deux jours d'absence", 2],
    ["une demi-journée d'absence", 0.5],
    ["1 jour d'absence le 12/01, 2 jours d'absence le 20/01", 3],
    ["Absences : 4 jours", 4],
    ["0 jour d'absence", 0],
  ])("reads %j as %d", (text, days) => {
    expect(parseAbsenceDays(text)).toBe(days);
  });

  it.each([["RAS"], ["absences justifiées"], ["aucun jour perdu"], [""]])(
    "gives no number for %j",
    (text) => {
      expect(parseAbsenceDays(text)).toBeNull();
    },
  );

  it("does not read 'un' inside another word", () => {
    expect(parseAbsenceDays("aucun jour d'absence")).toBeNull();
  });

  it("reads the days to recover when stated", () => {
    expect(parseDaysToRecoverMention("1 jour d'absence, 1 jour à récupérer")).toBe(1);
    expect(parseDaysToRecoverMention("à récupérer : 2 jours")).toBe(2);
    expect(parseDaysToRecoverMention("1 jour d'absence")).toBeNull();
  });
});
