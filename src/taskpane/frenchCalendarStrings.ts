import type { IDatePickerStrings } from "@fluentui/react/lib/DatePicker";
import type { ICalendarProps } from "@fluentui/react/lib/Calendar";

// Only the calendar (components/CalendarCallout.tsx, the on-demand chunk) reads these: kept out of
// frenchDates.ts, which the start bundle needs, so that they travel with the calendar.

type IDateFormatting = NonNullable<ICalendarProps["dateTimeFormatter"]>;

/** Fluent v8 DatePicker/Calendar strings in French (the defaults are English). */
export const FRENCH_DATE_PICKER_STRINGS: IDatePickerStrings = {
  months: [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  shortMonths: [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
  ],
  days: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
  shortDays: ["D", "L", "M", "M", "J", "V", "S"],
  goToToday: "Aujourd’hui",
  prevMonthAriaLabel: "Mois précédent",
  nextMonthAriaLabel: "Mois suivant",
  prevYearAriaLabel: "Année précédente",
  nextYearAriaLabel: "Année suivante",
  prevYearRangeAriaLabel: "Années précédentes",
  nextYearRangeAriaLabel: "Années suivantes",
  closeButtonAriaLabel: "Fermer le calendrier",
  monthPickerHeaderAriaLabel: "{0}, choisir pour changer d’année",
  yearPickerHeaderAriaLabel: "{0}, choisir pour changer de mois",
  isRequiredErrorMessage: "Date obligatoire.",
  invalidInputErrorMessage: "Date invalide : écrire JJ/MM/AAAA.",
  isOutOfBoundsErrorMessage: "Date hors des limites.",
  weekNumberFormatString: "Semaine {0}",
  dayMarkedAriaLabel: "marqué",
  selectedDateFormatString: "Date choisie : {0}",
  todayDateFormatString: "Aujourd’hui : {0}",
  isResetStatusMessage: "Saisie « {0} » invalide, date remise à « {1} »",
};

/** Day, month and year in French order ("6 janvier 2025"): Fluent's default is English. */
export const FRENCH_DATE_FORMATTING: IDateFormatting = {
  formatDay: (date) => String(date.getDate()),
  formatMonth: (date, strings) => strings.months[date.getMonth()],
  formatYear: (date) => String(date.getFullYear()),
  formatMonthDayYear: (date, strings) =>
    `${date.getDate()} ${strings.months[date.getMonth()]} ${date.getFullYear()}`,
  formatMonthYear: (date, strings) => `${strings.months[date.getMonth()]} ${date.getFullYear()}`,
};
