import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { assertIsoDate } from '@koers/domain';
import { withText } from '@koers/server-auth';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateBy } from 'class-validator';

export const CONFERENCE_KINDS = ['opening', 'closing'] as const;
export type ConferenceKind = (typeof CONFERENCE_KINDS)[number];

const NOT_BLANK = /\S/;
const notBlank = (what: { nl: string; en: string }) => withText({ nl: `${what.nl} mag niet leeg zijn`, en: `${what.en} must not be empty` }, 'validation.blank');

/** An existing calendar date YYYY-MM-DD between 2000 and 2100 (no time, no 30 February). */
function IsDay(): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDay',
      validator: {
        validate: (v: unknown) => {
          if (typeof v !== 'string') return false;
          try {
            assertIsoDate(v, 'date');
          } catch {
            return false;
          }
          return v >= '2000-01-01' && v <= '2100-12-31';
        },
        defaultMessage: (a) => `${a?.property}: not an existing date YYYY-MM-DD (2000-2100)`,
      },
    },
    withText({ nl: 'Geen bestaande datum JJJJ-MM-DD (2000-2100)', en: 'Not an existing date YYYY-MM-DD (2000-2100)' }, 'validation.isDay'),
  );
}

export class SectorProgrammeQuery {
  @ApiPropertyOptional({ example: 'Zorg', description: 'Only the programmes of this sector (case does not matter)' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(100) sector?: string;
}

export class CreateSectorProgrammeDto {
  @ApiProperty({ example: 'Zorggebouwen en faciliteiten Drenthe' }) @IsString() @MaxLength(200) @Matches(NOT_BLANK, notBlank({ nl: 'De naam', en: 'The name' })) name!: string;
  @ApiProperty({ example: 'Zorg', description: 'The sector whose institutions and suppliers take part (care)' }) @IsString() @MaxLength(100) @Matches(NOT_BLANK, notBlank({ nl: 'De sector', en: 'The sector' })) sector!: string;
  @ApiPropertyOptional({ example: 'Drenthe' }) @IsOptional() @IsString() @MaxLength(100) region?: string;
  @ApiProperty({ example: '2026-02-01' }) @IsDay() startsOn!: string;
  @ApiProperty({ example: '2027-01-31', description: 'Not before startsOn' }) @IsDay() endsOn!: string;
}

export class UpdateSectorProgrammeDto {
  @ApiPropertyOptional({ example: 'Zorggebouwen en faciliteiten Drenthe' }) @IsOptional() @IsString() @MaxLength(200) @Matches(NOT_BLANK, notBlank({ nl: 'De naam', en: 'The name' })) name?: string;
  @ApiPropertyOptional({ example: 'Zorg' }) @IsOptional() @IsString() @MaxLength(100) @Matches(NOT_BLANK, notBlank({ nl: 'De sector', en: 'The sector' })) sector?: string;
  @ApiPropertyOptional({ example: 'Drenthe', description: 'An empty text removes it' }) @IsOptional() @IsString() @MaxLength(100) region?: string;
  @ApiPropertyOptional({ example: '2026-02-01' }) @IsOptional() @IsDay() startsOn?: string;
  @ApiPropertyOptional({ example: '2027-01-31', description: 'Not before startsOn' }) @IsOptional() @IsDay() endsOn?: string;
}

export class ConferenceDto {
  @ApiProperty({ example: '2026-02-12', description: 'The closing conference is not before the opening one, nor after an agreement recorded at it' }) @IsDay() heldOn!: string;
  @ApiPropertyOptional({ example: 'Wilhelmina Ziekenhuis Assen' }) @IsOptional() @IsString() @MaxLength(200) location?: string;
  @ApiPropertyOptional({ example: 'Zes ketens in kaart gebracht; vier ketengroepen gaan aan de slag' }) @IsOptional() @IsString() @MaxLength(10000) notes?: string;
}

export class CreateQuestionDto {
  @ApiProperty({ example: 'Minder afval', description: 'The theme it belongs to (the care sector themes, or one of the programme\'s own)' })
  @IsString()
  @MaxLength(100)
  @Matches(NOT_BLANK, notBlank({ nl: 'Het thema', en: 'The theme' }))
  theme!: string;
  @ApiProperty({ example: 'Hoe krijgen we incontinentiemateriaal uit het restafval?' }) @IsString() @MaxLength(5000) @Matches(NOT_BLANK, notBlank({ nl: 'Het vraagstuk', en: 'The question' })) question!: string;
  @ApiPropertyOptional({ example: 'Zorggroep Drenthe', description: 'Who raised it' }) @IsOptional() @IsString() @MaxLength(200) raisedBy?: string;
}

export class CreateAgreementDto {
  @ApiProperty({ type: [String], example: ['Zorggroep Drenthe', 'Textielservice Noord'], description: 'The chain partners that agree, by name: at least two different ones' })
  @IsArray()
  @ArrayMinSize(2, withText({ nl: 'Een afspraak is tussen minstens twee ketenpartners', en: 'An agreement is between at least two chain partners' }, 'sector.agreement_parties'))
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  @Matches(NOT_BLANK, { each: true, ...notBlank({ nl: 'De naam van een partij', en: "A party's name" }) })
  parties!: string[];
  @ApiProperty({ example: 'Textielservice Noord wast vanaf 2027 met hergebruikt spoelwater' }) @IsString() @MaxLength(5000) @Matches(NOT_BLANK, notBlank({ nl: 'De afspraak', en: 'The agreement' })) text!: string;
  @ApiProperty({ example: '2026-11-20', description: 'Not before the closing conference' }) @IsDay() agreedOn!: string;
  @ApiPropertyOptional({ description: 'The chain group of this programme it comes from' }) @IsOptional() @IsUUID() groupId?: string;
}

// Answers.

const dateTime = { type: String, format: 'date-time' } as const;

export class SectorProgrammeSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'Zorggebouwen en faciliteiten Drenthe' }) name!: string;
  @ApiProperty({ example: 'Zorg' }) sector!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Drenthe' }) region!: string | null;
  @ApiProperty({ example: '2026-02-01' }) startsOn!: string;
  @ApiProperty({ example: '2027-01-31' }) endsOn!: string;
  @ApiProperty({ type: String, nullable: true, example: '2026-02-12', description: 'The opening work conference, once recorded' }) openingOn!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-12-10', description: 'The closing work conference, once recorded' }) closingOn!: string | null;
  @ApiProperty({ example: 4, description: 'Chain groups (chain projects) of the programme' }) groups!: number;
  @ApiProperty({ example: 9 }) questions!: number;
  @ApiProperty({ example: 3 }) agreements!: number;
}

export class SectorProgrammeListView {
  @ApiProperty({ type: [SectorProgrammeSummaryView] }) items!: SectorProgrammeSummaryView[];
  @ApiProperty() total!: number;
}

export class ConferenceView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: CONFERENCE_KINDS }) kind!: ConferenceKind;
  @ApiProperty({ example: '2026-02-12' }) heldOn!: string;
  @ApiProperty() location!: string;
  @ApiProperty() notes!: string;
}

export class ConferencesView {
  @ApiProperty({ type: ConferenceView, nullable: true, description: 'Where the chains and their questions are mapped' }) opening!: ConferenceView | null;
  @ApiProperty({ type: ConferenceView, nullable: true, description: 'Where the chains are linked and agreements are made' }) closing!: ConferenceView | null;
}

export class QuestionView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'Minder afval' }) theme!: string;
  @ApiProperty() question!: string;
  @ApiProperty() raisedBy!: string;
  @ApiProperty(dateTime) createdAt!: Date;
}

export class ThemeQuestionsView {
  @ApiProperty({ example: 'Minder afval' }) theme!: string;
  @ApiProperty({ type: [QuestionView] }) questions!: QuestionView[];
}

export class AgreementView {
  @ApiProperty() id!: string;
  @ApiProperty() programmeId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The chain group it comes from' }) groupId!: string | null;
  @ApiProperty({ type: [String] }) parties!: string[];
  @ApiProperty() text!: string;
  @ApiProperty({ example: '2026-12-10' }) agreedOn!: string;
  @ApiProperty(dateTime) createdAt!: Date;
}

export class ChainGroupView {
  @ApiProperty({ description: 'The chain project (its group)' }) id!: string;
  @ApiProperty({ example: 'Textielreiniging met minder water' }) name!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Textielreiniging met minder water' }) theme!: string | null;
  @ApiProperty({ enum: ['planned', 'running', 'closed'] }) status!: 'planned' | 'running' | 'closed';
  @ApiProperty({ example: '2026-03-01' }) startsOn!: string;
  @ApiProperty({ example: '2026-12-01' }) endsOn!: string;
  @ApiProperty({ example: 5, description: 'The lead and chain partners that have not withdrawn' }) activePartners!: number;
}

export class SectorFiguresView {
  @ApiProperty({ type: Number, nullable: true, example: 42000, description: 'Cost savings for the chain partners, € per year' }) costSavingEurPerYear!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 18500, description: 'CO2 reduction, kg per year' }) co2KgPerYear!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 1200, description: 'Water saved, m³ per year' }) waterM3PerYear!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 1.5, description: 'Change in employment, fte' }) fte!: number | null;
}

export class SectorFigureCountsView {
  @ApiProperty({ example: 3 }) costSavingEurPerYear!: number;
  @ApiProperty({ example: 2 }) co2KgPerYear!: number;
  @ApiProperty({ example: 2 }) waterM3PerYear!: number;
  @ApiProperty({ example: 1 }) fte!: number;
}

export class GroupResultView {
  @ApiProperty() groupId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) theme!: string | null;
  @ApiProperty({ description: 'Whether the group has a succeeded chain.impact result' }) hasResult!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) computedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true }) pluginVersion!: string | null;
  @ApiProperty({ type: SectorFiguresView, description: "The figures of the group's latest succeeded result; null where it has none" }) figures!: SectorFiguresView;
}

export class SectorResultsView {
  @ApiProperty({ example: 'chain.impact' }) pluginId!: string;
  @ApiProperty({ example: 4, description: 'Chain groups of the programme' }) groupsTotal!: number;
  @ApiProperty({ example: 3, description: 'Chain groups with a succeeded chain.impact result: the totals add up only these' }) groupsWithResults!: number;
  @ApiProperty({ type: SectorFiguresView, description: 'Each figure summed over the groups that have it; null when none has it' }) totals!: SectorFiguresView;
  @ApiProperty({ type: SectorFigureCountsView, description: 'How many groups each total adds up' }) counted!: SectorFigureCountsView;
  @ApiProperty({ type: [GroupResultView] }) groups!: GroupResultView[];
}

export class SectorProgrammeDetailView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() sector!: string;
  @ApiProperty({ type: String, nullable: true }) region!: string | null;
  @ApiProperty({ example: '2026-02-01' }) startsOn!: string;
  @ApiProperty({ example: '2027-01-31' }) endsOn!: string;
  @ApiProperty(dateTime) createdAt!: Date;
  @ApiProperty({ type: ConferencesView }) conferences!: ConferencesView;
  @ApiProperty({ type: [ThemeQuestionsView], description: 'The mapped questions grouped by theme, themes in the order first raised' }) themes!: ThemeQuestionsView[];
  @ApiProperty({ type: [AgreementView] }) agreements!: AgreementView[];
  @ApiProperty({ type: [ChainGroupView], description: 'The chain groups (chain projects naming this programme), one per theme or more' }) groups!: ChainGroupView[];
  @ApiProperty({ type: SectorResultsView }) results!: SectorResultsView;
  @ApiProperty({ type: String, nullable: true, description: 'The results report (PDF) once rendered: download at /api/files/{id}' }) reportFileId!: string | null;
}
