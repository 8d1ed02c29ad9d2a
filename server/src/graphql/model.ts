// What resolvers pass between each other: a row as the data layer returned it (plain JSON
// values, dates as ISO strings). Field resolvers read what they need from it.
export type Model = Record<string, unknown>;
