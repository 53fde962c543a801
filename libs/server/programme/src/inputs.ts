import { NotBlank, withText } from '@koers/server-auth';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ENROLMENT_ROLES, KVK_NUMBER_PATTERN, PROGRAMME_LINES, SBI_CODE_PATTERN, SIZE_CLASSES, STAFF_ROLES_ON_GROUP, type EnrolmentRole, type ProgrammeLine, type SizeClass, type StaffRole } from '@koers/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsDateString, IsEmail, IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf, ValidateNested,
} from 'class-validator';

// What clients send to the core. Step-specific values (phases, session kinds) are checked against the step's definition in the services.

/** The alliance's programme line a group belongs to (optional: a new group gets its step's default line). For every step's create and update DTO. */
export function ProgrammeLineField(): PropertyDecorator {
  const api = ApiPropertyOptional({ enum: PROGRAMME_LINES, description: "The alliance's programme line the group belongs to; a new group gets its step's default (sustainable_entrepreneurship)" });
  const optional = IsOptional();
  const valid = IsIn(PROGRAMME_LINES as unknown as string[], withText({ nl: `Kies een programmalijn: ${PROGRAMME_LINES.join(', ')}`, en: `Choose a programme line: ${PROGRAMME_LINES.join(', ')}` }, 'group.programme_line'));
  return (target, key) => {
    api(target, key);
    optional(target, key);
    valid(target, key);
  };
}

export class GroupFieldsDto {
  @ApiPropertyOptional({ example: 'Koplopergroep Assen 2026' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) name?: string;
  @ApiPropertyOptional({ example: '2026-01-15' }) @IsOptional() @IsDateString({ strict: true }) startsOn?: string;
  @ApiPropertyOptional({ example: '2026-12-15' }) @IsOptional() @IsDateString({ strict: true }) endsOn?: string;
  @ApiPropertyOptional({
    description: "The date (YYYY-MM-DD) by which each of the step's phases should be finished. A null date removes it.",
    example: { kickoff: '2026-02-01', baseline: '2026-04-01' },
    type: 'object',
    additionalProperties: { type: 'string', format: 'date', nullable: true },
  })
  @IsOptional()
  @IsObject()
  phasePlan?: Record<string, string | null>;
  @ProgrammeLineField() programmeLine?: ProgrammeLine;
}

export class AddEnrolmentDto {
  @ApiProperty() @IsUUID() organisationId!: string;
  @ApiPropertyOptional({ enum: ENROLMENT_ROLES, description: 'participant (default); in a chain project lead or chain_partner' }) @IsOptional() @IsIn(ENROLMENT_ROLES as unknown as string[]) role?: EnrolmentRole;
}

export class UpdateEnrolmentDto {
  @ApiPropertyOptional({ description: "Move to this phase: only the next one of the step's phases, or withdrawn", example: 'baseline' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  phase?: string;
  @ApiPropertyOptional({ description: "Why the phase is reached although the step's conditions are not met (coordinator), or why the participant withdraws" })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: "The participant's adviser: one of the group's advisers, or null" })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  adviserUserId?: string | null;
}

export class AddStaffDto {
  @ApiProperty({ enum: STAFF_ROLES_ON_GROUP }) @IsIn(STAFF_ROLES_ON_GROUP as unknown as string[]) role!: StaffRole;
  @ApiPropertyOptional({ description: 'A user of the partner; leave out for an outside specialist (externalName)' }) @IsOptional() @IsUUID() userId?: string;
  @ApiPropertyOptional({ description: 'A local professional trained on the job; needs a mentor' }) @IsOptional() @IsBoolean() trainee?: boolean;
  @ApiPropertyOptional({ description: 'An experienced adviser of this group (required for a trainee)' }) @IsOptional() @IsUUID() mentorUserId?: string;
  @ApiPropertyOptional({ example: 'dr. Ineke Smit', description: 'An outside specialist or speaker without an account' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) externalName?: string;
  @ApiPropertyOptional({ example: 'Hanzehogeschool Groningen' }) @IsOptional() @IsString() @MaxLength(200) externalOrganisation?: string;
  @ApiPropertyOptional({ example: 'i.smit@hanze.test' }) @IsOptional() @IsEmail() @MaxLength(254) externalEmail?: string;
  @ApiPropertyOptional({ description: 'An entrepreneur speaking for an organisation in the system (a masterclass speaker who leads in a CE field); with or without externalName (the person), never with userId' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
  @ApiPropertyOptional({ example: 'Biobased bouwmaterialen' }) @IsOptional() @IsString() @MaxLength(2000) contribution?: string;
}

export class CreateSessionDto {
  @ApiProperty({ description: "One of the step's session kinds (step 1: kickoff, exchange, company_visit, symposium)", example: 'kickoff' }) @IsString() @MaxLength(32) kind!: string;
  @ApiProperty({ example: 'Startbijeenkomst Koplopers Assen' }) @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @ApiProperty({ example: '2026-02-03T15:00:00+01:00' }) @IsDateString({ strict: true }) startsAt!: string;
  @ApiPropertyOptional({ example: '2026-02-03T17:00:00+01:00' }) @IsOptional() @IsDateString({ strict: true }) endsAt?: string;
  @ApiProperty({ example: 'Gemeentehuis Assen, raadzaal', description: "A session of one participant left empty takes place at the company (its name and municipality)" }) @IsString() @MaxLength(200) location!: string;
  @ApiProperty({ example: '1. Welkom\n2. Het traject\n3. Kennismaken' }) @IsString() @MaxLength(5000) agenda!: string;
  @ApiPropertyOptional({
    description: "The participant (enrolment) a session of one participant belongs to: required for step 1's company_visit (Gesprek op locatie), refused for a session of the whole group. Only that participant and the staff see it.",
  })
  @IsOptional()
  @IsUUID('all', withText({ nl: 'Kies een deelnemer van deze groep', en: 'Choose a participant of this group' }, 'session.participant_format'))
  participantId?: string;
}

export class UpdateSessionDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(32) kind?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) title?: string;
  @ApiPropertyOptional() @IsOptional() @IsDateString({ strict: true }) startsAt?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsDateString({ strict: true }) endsAt?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) location?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) agenda?: string;
}

export class CreateSessionItemDto {
  @ApiProperty({ enum: ['decision', 'action'], description: 'A decision taken, or an action agreed (with who and by when)' }) @IsIn(['decision', 'action'], withText({ nl: 'Kies decision (besluit) of action (actie)', en: 'Choose decision or action' }, 'session_item.kind')) kind!: 'decision' | 'action';
  @ApiProperty({ example: 'Hennepvezel van de coöperatie wordt getest in de isolatieplaat' }) @IsString() @MaxLength(2000) @NotBlank({ nl: 'De tekst', en: 'The text' }) text!: string;
  @ApiPropertyOptional({ example: 'Hempflax', description: 'Who carries out the action' }) @IsOptional() @IsString() @MaxLength(200) owner?: string;
  @ApiPropertyOptional({ example: '2026-05-01', description: 'When the action is due (actions only)' }) @IsOptional() @IsDateString({ strict: true }) dueOn?: string;
}

export class UpdateSessionItemDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(2000) text?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) owner?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsDateString({ strict: true }) dueOn?: string | null;
  @ApiPropertyOptional({ description: 'Mark the action done (or not done)' }) @IsOptional() @IsBoolean() done?: boolean;
}

export class AttendanceEntryDto {
  @ApiProperty({ description: 'The enrolment (in step 1: the participant)' }) @IsUUID() participantId!: string;
  @ApiProperty() @IsBoolean() present!: boolean;
}

export class AttendanceDto {
  @ApiProperty({ type: [AttendanceEntryDto] }) @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => AttendanceEntryDto) attendance!: AttendanceEntryDto[];
}

export class CreateInvitationDto {
  @ApiProperty({ example: 'directie@bakkerij-devries.test' }) @IsEmail() @MaxLength(254) email!: string;
  @ApiPropertyOptional({ description: 'An organisation the partner already knows; without it the invitee registers a new one' }) @IsOptional() @IsUUID() organisationId?: string;
}

export class RegisterOrganisationDto {
  @ApiProperty({ example: 'Bakkerij De Korenschoof' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ example: '12345678' }) @IsString() @Matches(KVK_NUMBER_PATTERN, withText({ nl: 'Het KvK-nummer heeft 8 cijfers', en: 'The KvK number has 8 digits' }, 'organisation.kvk_format')) kvkNumber!: string;
  @ApiProperty({ example: '10.71' }) @IsString() @Matches(SBI_CODE_PATTERN, withText({ nl: 'De SBI-code heeft 2 tot 5 cijfers (bijv. 10.71)', en: 'The SBI code has 2 to 5 digits (e.g. 10.71)' }, 'organisation.sbi_format')) sbiCode!: string;
  @ApiProperty({ enum: SIZE_CLASSES }) @IsIn(SIZE_CLASSES as unknown as string[]) sizeClass!: SizeClass;
  @ApiProperty({ example: 'Assen' }) @IsString() @MinLength(1) @MaxLength(100) municipality!: string;
}

export class RegisterUserDto {
  @ApiProperty({ example: 'Anna de Korenschoof' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ minLength: 12, description: 'At least 12 characters' }) @IsString() @MinLength(12, withText({ nl: 'Het wachtwoord heeft ten minste 12 tekens', en: 'The password has at least 12 characters' }, 'password.too_short')) @MaxLength(200) password!: string;
}

export class AcceptInvitationDto {
  @ApiPropertyOptional({ type: RegisterOrganisationDto, description: 'Required when the invitation names no organisation' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RegisterOrganisationDto)
  organisation?: RegisterOrganisationDto;
  @ApiProperty({ type: RegisterUserDto }) @IsObject() @ValidateNested() @Type(() => RegisterUserDto) user!: RegisterUserDto;
}
