/** The fields, in the order they are found and printed. A new field is a module and a line here. */
import type { ArticleFields } from '../types.ts';
import { agenciesField } from './agencies.ts';
import { authorField } from './author.ts';
import { dateField } from './date.ts';
import type { FieldExtractor } from './field.ts';
import { officialsField } from './officials.ts';
import { outletField } from './outlet.ts';
import { titleField } from './title.ts';

export const FIELDS = [titleField, dateField, outletField, agenciesField, officialsField, authorField] as readonly FieldExtractor[];

/** Every field name in printing order. */
export const FIELD_NAMES: readonly (keyof ArticleFields)[] = FIELDS.flatMap((f) => f.fields);
