import { registerEnumType } from 'type-graphql';

/** How precisely a date is known: "November 2022" is 2022-11-01 with MONTH. */
export enum DatePrecision {
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

/** For or against the question of the decision a lobbying effort is about. */
export enum Stance {
  SUPPORT = 'SUPPORT',
  OPPOSE = 'OPPOSE',
}

/** How a source supports a claim: its own words, its report, or its relay of another source. */
export enum Attribution {
  DIRECT = 'DIRECT',
  REPORTED = 'REPORTED',
  ACCORDING_TO = 'ACCORDING_TO',
}

registerEnumType(DatePrecision, { name: 'DatePrecision', description: 'How precisely a date is known.' });
registerEnumType(Stance, { name: 'Stance', description: "For or against the decision's question." });
registerEnumType(Attribution, { name: 'Attribution', description: 'How a source supports a claim.' });
