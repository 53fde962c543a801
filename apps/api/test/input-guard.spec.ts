/**
 * The request-input guard and the global validation pipe on their own (issue 14,
 * item 3): what they refuse and how they name it. malformed-input.spec.ts checks
 * the same over HTTP for every operation.
 */
import 'reflect-metadata';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BadInputError } from '@koers/server-db';
import { Type } from 'class-transformer';
import { IsDateString, IsOptional, IsString, ValidateIf, ValidateNested } from 'class-validator';
import { checkRequestInput, findInputProblem, MAX_DEPTH, MAX_TEXT, parseQuery } from '../src/app/input-guard';
import { createValidationPipe, isCalendarDate } from '../src/app/validation';

describe('findInputProblem', () => {
  it('names the field of a NUL character, in a value or in a key, however deep', () => {
    expect(findInputProblem({ a: { b: ['ok', 'x\u0000'] } }, 'body')).toMatchObject({ field: 'a.b.1', code: 'text.nul' });
    expect(findInputProblem({ ['na\u0000me']: 1 }, 'body')).toMatchObject({ code: 'text.nul' });
    expect(findInputProblem('x\u0000', 'body')).toMatchObject({ field: 'body' });
  });

  it('refuses a lone surrogate but takes a surrogate pair (emoji)', () => {
    expect(findInputProblem({ t: 'a\ud800b' }, 'body')).toMatchObject({ field: 't', code: 'text.invalid_unicode' });
    expect(findInputProblem({ t: 'a\udc00' }, 'body')).toMatchObject({ field: 't', code: 'text.invalid_unicode' });
    expect(findInputProblem({ t: 'groen 🌱 gas, café' }, 'body')).toBeNull();
  });

  it('refuses nesting deeper than MAX_DEPTH, named by the top-level field, without overflowing itself', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findInputProblem({ name: deep }, 'body')).toMatchObject({ field: 'name', code: 'body.too_deep' });
    expect(findInputProblem(deep, 'body')).toMatchObject({ field: 'body', code: 'body.too_deep' });
    let ok: unknown = 1;
    for (let i = 0; i < MAX_DEPTH - 1; i++) ok = { a: ok };
    expect(findInputProblem(ok, 'body')).toBeNull();
  });

  it('refuses text longer than MAX_TEXT', () => {
    expect(findInputProblem({ t: 'x'.repeat(MAX_TEXT + 1) }, 'body')).toMatchObject({ field: 't', code: 'text.too_long' });
    expect(findInputProblem({ t: 'x'.repeat(MAX_TEXT) }, 'body')).toBeNull();
  });
});

describe('checkRequestInput', () => {
  const refusal = (req: Parameters<typeof checkRequestInput>[0]) => {
    try {
      checkRequestInput(req);
      return null;
    } catch (e) {
      expect(e).toBeInstanceOf(BadInputError);
      return { field: (e as BadInputError).field, code: (e as BadInputError).code };
    }
  };

  it('refuses an empty PATCH, but not an empty POST', () => {
    expect(refusal({ method: 'PATCH', body: {} })).toEqual({ field: 'body', code: 'body.empty_update' });
    expect(refusal({ method: 'POST', body: {} })).toBeNull();
  });

  it('names the path and query parameter by its own name', () => {
    expect(refusal({ method: 'GET', params: { id: 'a\u0000' } })).toEqual({ field: 'id', code: 'text.nul' });
    expect(refusal({ method: 'GET', query: { search: 'a\ud800' } })).toEqual({ field: 'search', code: 'text.invalid_unicode' });
  });

  it('refuses a query parameter whose %-encoding is not UTF-8, and parses the rest like Fastify', () => {
    expect(refusal({ method: 'GET', query: parseQuery('page=2&search=%FF') })).toEqual({ field: 'search', code: 'text.invalid_encoding' });
    expect(refusal({ method: 'GET', query: parseQuery('q=%ED%A0%80') })).toEqual({ field: 'q', code: 'text.invalid_encoding' });
    expect({ ...parseQuery('a=1&a=2&b=caf%C3%A9+au+lait&c=%25') }).toEqual({ a: ['1', '2'], b: 'café au lait', c: '%' });
    expect(refusal({ method: 'GET', query: parseQuery('b=caf%C3%A9') })).toBeNull();
  });
});

describe('isCalendarDate', () => {
  it.each(['2026-02-28', '2024-02-29', '2026-12-31', '2026-03-01T10:00:00+01:00', 'not a date'])('%s passes', (d) => expect(isCalendarDate(d)).toBe(true));
  it.each(['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-06-00', '2026-02-30T10:00:00Z', '2026-05-01T24:00'])('%s is refused', (d) => expect(isCalendarDate(d)).toBe(false));
});

class PeriodDto {
  @ApiProperty() @IsDateString() from!: string;
}
class ExampleDto {
  @ApiPropertyOptional() @IsOptional() @IsString() name?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() note?: string | null;
  // Not strict on purpose: the pipe still refuses a day the calendar does not have.
  @ApiPropertyOptional() @IsOptional() @IsDateString() startsOn?: string;
  @ApiPropertyOptional({ type: () => PeriodDto }) @IsOptional() @ValidateNested() @Type(() => PeriodDto) period?: PeriodDto;
  @ApiPropertyOptional({ type: [PeriodDto] }) @IsOptional() @ValidateNested({ each: true }) @Type(() => PeriodDto) periods?: PeriodDto[];
}

describe('the global validation pipe', () => {
  const pipe = createValidationPipe();
  const run = (value: unknown) => pipe.transform(value, { type: 'body', metatype: ExampleDto, data: undefined });
  const fields = async (value: unknown) => {
    try {
      await run(value);
      return [];
    } catch (e) {
      return (e as BadInputError).fields.map((f) => `${f.field} ${f.code}`);
    }
  };

  it('refuses an explicit null where the DTO does not declare it nullable, also nested', async () => {
    expect(await fields({ name: null })).toEqual(['name validation.notNull']);
    expect(await fields({ period: { from: null } })).toEqual(['period.from validation.notNull']);
    expect(await fields({ periods: [{ from: '2026-01-01' }, { from: null }] })).toEqual(['periods.1.from validation.notNull']);
    expect(await fields({ note: null })).toEqual([]);
  });

  it('refuses a day the calendar does not have, also in nested DTOs, and takes a real one', async () => {
    expect(await fields({ startsOn: '2026-02-30' })).toEqual(['startsOn validation.calendarDate']);
    expect(await fields({ periods: [{ from: '2025-02-29' }] })).toEqual(['periods.0.from validation.calendarDate']);
    expect(await run({ startsOn: '2024-02-29', period: { from: '2026-03-31' } })).toBeInstanceOf(ExampleDto);
  });
});
