export * from "./isoDate";
export * from "./frenchHolidays";
export * from "./periodDuration";
export * from "./absences";
