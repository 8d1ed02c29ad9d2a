import { GraphQLScalarType, Kind } from 'graphql';
import { AppError } from '../shared/errors.js';
import { isoDate } from '../shared/fields.js';

function parseDate(value: unknown): string {
  if (typeof value === 'string' && isoDate.safeParse(value).success) return value;
  throw new AppError('BAD_USER_INPUT', 'validation.badDate');
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (v) => String(v),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (v) => String(v),
  parseValue: (v) => {
    if (typeof v === 'string' && !Number.isNaN(Date.parse(v))) return new Date(v).toISOString();
    throw new AppError('BAD_USER_INPUT', 'validation.invalidFormat');
  },
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING && !Number.isNaN(Date.parse(ast.value))) return new Date(ast.value).toISOString();
    throw new AppError('BAD_USER_INPUT', 'validation.invalidFormat');
  },
});
