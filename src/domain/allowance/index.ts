export * from "./allowanceRates";
export * from "./allowanceDue";
