import { MAX_EURO_AMOUNT } from '@koers/domain';
import { withText } from '@koers/server-auth';
import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, IsIn, IsNumber, Matches, Max, Min } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date YYYY-MM-DD that exists, without a time. */
export const day = (what: { nl: string; en: string }): PropertyDecorator[] => [
  IsDateString({ strict: true }, withText({ nl: `${what.nl}: een bestaande datum als 2026-03-01`, en: `${what.en}: an existing date like 2026-03-01` }, 'validation.date')),
  Matches(DAY, withText({ nl: `${what.nl}: een datum als 2026-03-01, zonder tijd`, en: `${what.en}: a date like 2026-03-01, without a time` }, 'validation.date')),
];

/** Euros as numeric(14,2) stores them: at most two decimals, not negative, below a trillion. */
export const euros: PropertyDecorator[] = [
  IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }, withText({ nl: 'Het bedrag is een getal in euro met hoogstens 2 decimalen', en: 'The amount is a number of euros with at most 2 decimals' }, 'alliance.amount')),
  Min(0, withText({ nl: 'Het bedrag is niet negatief', en: 'The amount is not negative' }, 'alliance.amount')),
  Max(MAX_EURO_AMOUNT, withText({ nl: 'Het bedrag is kleiner dan 1.000.000.000.000', en: 'The amount is less than 1,000,000,000,000' }, 'alliance.amount')),
];

export const choose = (values: readonly string[], code: string): PropertyDecorator =>
  IsIn(values as string[], withText({ nl: `Kies een van: ${values.join(', ')}`, en: `Choose one of: ${values.join(', ')}` }, code));

export const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

/** A text in both languages, as the alliance's views carry labels. */
export class AllianceTextView {
  @ApiProperty({ example: 'Nagekomen' }) nl!: string;
  @ApiProperty({ example: 'Met' }) en!: string;
}

/** numeric text from PostgreSQL as a number (amounts fit a double exactly to the cent below 2^53 cents). */
export const num = (v: string | null): number | null => (v === null ? null : Number(v));
