export * from "./progressMatrix";
export * from "./draftFromPrevious";
